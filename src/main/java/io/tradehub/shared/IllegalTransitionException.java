package io.tradehub.shared;

/**
 * An action that the current state of a lifecycle does not allow; answers 409 with the
 * current state.
 */
public class IllegalTransitionException extends RuntimeException {

	private final String currentState;

	public IllegalTransitionException(String subject, Enum<?> currentState, String action) {
		super("Cannot " + action + " " + subject + " while it is " + currentState + ".");
		this.currentState = currentState.name();
	}

	public String currentState() {
		return this.currentState;
	}

}
