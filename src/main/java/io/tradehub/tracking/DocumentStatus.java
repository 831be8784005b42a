package io.tradehub.tracking;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a canonical document stands in the hub: accepted by the rules, written for its
 * receiver, delivered, or parked as failed or refused with a reason.
 */
public enum DocumentStatus {

	/** Parsed and passed the rules. */
	ACCEPTED,

	/** The output for the receiver is written and on its way. */
	ROUTED,

	/**
	 * A delivery attempt failed; the next one is due at the document's next attempt time.
	 */
	RETRYING,

	/**
	 * Handed to the receiver's channel; for an incoming acknowledgement, tied to what it
	 * acknowledges.
	 */
	DELIVERED,

	/**
	 * Delivery gave up after the last try; a replay makes a new attempt, this one stays.
	 */
	FAILED,

	/** Parsed but refused by a rule; final, the reason tells the sender why. */
	REFUSED;

	public boolean canMoveTo(DocumentStatus next) {
		return next(this).contains(next);
	}

	public boolean isFinal() {
		return next(this).isEmpty();
	}

	private static Set<DocumentStatus> next(DocumentStatus from) {
		return switch (from) {
			// An incoming acknowledgement goes straight to DELIVERED once tied (checked
			// by
			// the document, which knows its type).
			case ACCEPTED -> EnumSet.of(ROUTED, REFUSED, DELIVERED);
			case ROUTED -> EnumSet.of(DELIVERED, RETRYING, FAILED);
			// A retry may write the output again (ROUTED) or just send it (DELIVERED).
			case RETRYING -> EnumSet.of(ROUTED, DELIVERED, RETRYING, FAILED);
			case DELIVERED, FAILED, REFUSED -> EnumSet.noneOf(DocumentStatus.class);
		};
	}

}
