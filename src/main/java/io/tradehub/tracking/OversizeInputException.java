package io.tradehub.tracking;

import java.util.UUID;

/**
 * Input larger than the hub reads. It is archived all the same, as a refused receipt, so
 * the channel may be acknowledged and the operator still finds the file.
 */
public class OversizeInputException extends IllegalArgumentException {

	private final UUID receiptId;

	OversizeInputException(UUID receiptId, String fileName, long size, long limit) {
		super("The file " + fileName + " has " + size + " bytes, more than the " + limit
				+ " bytes the hub reads; it is kept as receipt " + receiptId + " but not read.");
		this.receiptId = receiptId;
	}

	/** The refused receipt the input is archived as. */
	public UUID receiptId() {
		return this.receiptId;
	}

}
