package io.tradehub.shared;

/**
 * A secret guessed wrong too often; answers 429 and the secret is dead.
 */
public class TooManyAttemptsException extends RuntimeException {

	public TooManyAttemptsException(String message) {
		super(message);
	}

}
