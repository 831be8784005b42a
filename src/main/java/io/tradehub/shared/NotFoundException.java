package io.tradehub.shared;

/**
 * A resource that does not exist, or that the caller's company may not see; both answer
 * 404 so ids of other companies reveal nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super("No " + what + " " + id + ".");
	}

}
