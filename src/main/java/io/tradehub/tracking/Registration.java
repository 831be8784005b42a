package io.tradehub.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of registering an interchange: new (or the same receipt registering it
 * again), or a duplicate of one the sender sent before.
 */
public sealed interface Registration {

	/**
	 * The interchange is registered under this id.
	 */
	record Registered(UUID interchangeId) implements Registration {
	}

	/**
	 * The sender already sent an interchange with this control reference.
	 *
	 * @param originalReceiptId the receipt it came in first
	 * @param receivedAt when that receipt arrived
	 */
	record Duplicate(UUID originalReceiptId, Instant receivedAt) implements Registration {
	}

}
