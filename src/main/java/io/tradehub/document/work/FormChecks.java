package io.tradehub.document.work;

import java.util.Comparator;
import java.util.List;

import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks an action's form by the same constraints the REST API checks its body with, so a
 * form posted from a page meets the same rules, each problem naming its field.
 */
@Component
class FormChecks {

	private final Validator validator;

	FormChecks(Validator validator) {
		this.validator = validator;
	}

	/**
	 * @throws InvalidInputException naming every field at fault
	 */
	<T> T checked(T form) {
		List<FieldProblem> problems = this.validator.validate(form)
			.stream()
			.map((violation) -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return form;
	}

}
