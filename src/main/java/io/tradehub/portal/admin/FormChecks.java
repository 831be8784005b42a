package io.tradehub.portal.admin;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the REST API's {@code @Valid} does before a service sees a form: the services
 * check what depends on more than one field, bean validation the single fields. A page
 * calls this first, so both kinds of problem reach the user the same way, as an
 * {@link InvalidInputException} shown next to the form.
 */
@Component
class FormChecks {

	private final Validator validator;

	FormChecks(Validator validator) {
		this.validator = validator;
	}

	/** Throws naming every field bean validation refuses. */
	void require(Object form) {
		List<FieldProblem> problems = this.validator.validate(form)
			.stream()
			.map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** A decimal as typed, or a problem naming the field. */
	static BigDecimal decimal(String field, @Nullable String text) {
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
	static List<String> lines(@Nullable String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** Blank form input is no input. */
	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
