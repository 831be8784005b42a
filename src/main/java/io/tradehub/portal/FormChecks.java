package io.tradehub.portal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the REST API's {@code @Valid} does before a service sees a form: the services
 * check what depends on more than one field, bean validation the single fields. A page
 * calls this first, so both kinds of problem reach the user the same way, as an
 * {@link InvalidInputException} shown next to the form. Shared by every area's pages.
 */
@Component
public class FormChecks {

	private final Validator validator;

	FormChecks(Validator validator) {
		this.validator = validator;
	}

	/** Throws naming every field bean validation refuses. */
	public void require(Object form) {
		List<FieldProblem> problems = this.validator.validate(form)
			.stream()
			.map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The form itself once bean validation took it, for a call that goes on with it. */
	public <T> T valid(T form) {
		require(form);
		return form;
	}

	/** A decimal as typed, or a problem naming the field. */
	public static BigDecimal decimal(String field, @Nullable String text) {
		try {
			if (text != null) {
				return new BigDecimal(text.strip());
			}
		}
		catch (NumberFormatException ex) {
			// said below, in the words every form uses
		}
		throw new InvalidInputException(field, "must be a number with a point for decimals, such as 12.50");
	}

	/** The text's non-blank lines, stripped: one list entry per line in a text area. */
	public static List<String> lines(@Nullable String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** The first problem of each field, for a page to show beside its input. */
	public static Map<String, String> byField(InvalidInputException ex) {
		Map<String, String> problems = new LinkedHashMap<>();
		ex.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
		return problems;
	}

	/** Blank form input is no input. */
	public static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
