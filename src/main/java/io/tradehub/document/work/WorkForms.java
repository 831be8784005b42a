package io.tradehub.document.work;

import java.util.function.Supplier;

import io.tradehub.portal.FormChecks;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks an action's form by the same constraints the REST API checks its body with, so a
 * form posted from a page meets the same rules, each problem naming its field.
 */
@Component
class WorkForms {

	private final FormChecks checks;

	WorkForms(FormChecks checks) {
		this.checks = checks;
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
		return this.checks.valid(form.get());
	}

}
