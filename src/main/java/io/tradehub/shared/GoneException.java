package io.tradehub.shared;

/**
 * A link, code or token that was valid once and is no longer (expired, used up,
 * cancelled); answers 410.
 */
public class GoneException extends RuntimeException {

	public GoneException(String message) {
		super(message);
	}

}
