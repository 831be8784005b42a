package io.tradehub.document.lifecycle;

/**
 * Where an order stands (DESIGN §3). Whether it is delayed is a view computed from its
 * ship-by deadline, not a status.
 */
public enum OrderStatus {

	/** Nothing shipped yet. */
	TO_BE_SHIPPED,

	/** Some lines, or part of a line, shipped. */
	PARTIALLY_SHIPPED,

	/** Every ordered quantity shipped. */
	SHIPPED,

	/** Withdrawn before anything was shipped. */
	CANCELLED;

	/** Whether a shipment may still ship against an order in this status. */
	public boolean shippable() {
		return this == TO_BE_SHIPPED || this == PARTIALLY_SHIPPED;
	}

}
