package io.tradehub.shared;

/**
 * A request that clashes with what is already stored (an email that has an account, an
 * identity another company holds); answers 409.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
