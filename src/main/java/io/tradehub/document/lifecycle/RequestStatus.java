package io.tradehub.document.lifecycle;

/**
 * Where an order request stands (DESIGN §3). Whether a waiting request is in its last
 * hour is a view computed from its deadline, not a status.
 */
public enum RequestStatus {

	/** Open for the supplier's answer until its deadline. */
	WAITING,

	/** The supplier answered in time. */
	ANSWERED,

	/** The deadline passed unanswered. */
	EXPIRED,

	/** An order took it up. */
	CONVERTED,

	/** Withdrawn; nothing more happens to it. */
	CANCELLED

}
