package io.tradehub.portal.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks what a page's form made with the bean validation the REST API applies to the
 * same record, so a page and the API refuse alike and the page can show each problem next
 * to its field.
 */
@Component
class FormCheck {

	private final Validator validator;

	FormCheck(Validator validator) {
		this.validator = validator;
	}

	/**
	 * @throws InvalidInputException naming every field at fault
	 */
	<T> T valid(T form) {
		List<FieldProblem> problems = this.validator.validate(form)
			.stream()
			.map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return form;
	}

	/** What a text field means when left empty: nothing. */
	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The first problem of each field, for the page to show beside it. */
	static Map<String, String> byField(InvalidInputException ex) {
		Map<String, String> problems = new LinkedHashMap<>();
		ex.problems().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
		return problems;
	}

}
