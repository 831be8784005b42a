package io.tradehub.document.work;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks an action's form by the same constraints the REST API checks its body with, so a
 * form posted from a page meets the same rules, each problem naming its field.
 */
@Component
class WorkForms {

	private final Validator validator;

	WorkForms(Validator validator) {
		this.validator = validator;
	}

	/**
	 * The action's form made from what the browser posted, once every value could be read
	 * and the form meets the action's constraints.
	 * @throws InvalidInputException naming every field at fault
	 */
	<T> T checked(BindingResult posted, Supplier<T> form) {
		if (posted.hasErrors()) {
			throw new InvalidInputException(posted.getFieldErrors()
				.stream()
				.map((error) -> new FieldProblem(error.getField(), "is not a valid value: " + error.getRejectedValue()))
				.toList());
		}
		T checked = form.get();
		List<FieldProblem> problems = this.validator.validate(checked)
			.stream()
			.map((violation) -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return checked;
	}

}
