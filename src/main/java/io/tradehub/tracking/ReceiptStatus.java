package io.tradehub.tracking;

/**
 * Where a received file stands: it is decided once, read or refused.
 */
public enum ReceiptStatus {

	/** Archived and committed; the channel may be acknowledged. */
	RECEIVED,

	/** Its format was detected and its interchanges read. */
	READ,

	/** Not readable or not acceptable as a whole (too large, malformed, a duplicate). */
	REFUSED;

	public boolean canMoveTo(ReceiptStatus next) {
		return this == RECEIVED && next != RECEIVED;
	}

}
