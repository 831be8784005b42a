package io.tradehub.shared;

import java.io.Serializable;
import java.util.List;

/**
 * Input that is well formed but not acceptable, naming each field at fault; answers 400
 * like a failed bean validation.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * One field and what is wrong with it, in words the user can act on. Serializable, as
	 * a page may hand problems to the next one as a flash attribute in the database
	 * session.
	 */
	public record FieldProblem(String field, String message) implements Serializable {
	}

}
