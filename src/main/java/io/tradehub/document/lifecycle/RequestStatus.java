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
	CANCELLED;

	/** Whether its supplier may answer a request in this status. */
	public boolean answerable() {
		return this == WAITING;
	}

	/**
	 * Whether its supplier may open a request in this status again, with a new deadline.
	 */
	public boolean reopenable() {
		return this == EXPIRED || this == ANSWERED;
	}

	/** Whether an order may take up a request in this status. */
	public boolean convertible() {
		return this == WAITING || this == ANSWERED;
	}

	/** Whether either partner may withdraw a request in this status. */
	public boolean cancellable() {
		return this == WAITING || this == ANSWERED;
	}

}
