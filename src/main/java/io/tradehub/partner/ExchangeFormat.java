package io.tradehub.partner;

/**
 * The format the hub writes a company's documents in.
 */
public enum ExchangeFormat {

	/** EANCOM on EDIFACT directory D.96A. */
	EDIFACT_D96A,

	/** EANCOM on EDIFACT directory D.01B. */
	EDIFACT_D01B,

	/** X12 version 004010. */
	X12_4010,

	/** X12 version 005010. */
	X12_5010,

	/** A CSV layout of {@code mappings/csv}, named by the profile. */
	CSV,

	/** The canonical XML form. */
	XML,

	/** The canonical JSON form. */
	JSON;

	public boolean edifact() {
		return this == EDIFACT_D96A || this == EDIFACT_D01B;
	}

	public boolean x12() {
		return this == X12_4010 || this == X12_5010;
	}

}
