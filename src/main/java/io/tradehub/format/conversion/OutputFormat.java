package io.tradehub.format.conversion;

/**
 * The formats and versions the hub writes a receiver's documents in.
 */
public enum OutputFormat {

	/** EANCOM 1997 on UN/EDIFACT D.96A. */
	EDIFACT_D96A,

	/** EANCOM 2002 on UN/EDIFACT D.01B. */
	EDIFACT_D01B,

	/** X12 004010. */
	X12_4010,

	/** X12 005010. */
	X12_5010,

	/** A CSV layout of {@code mappings/csv}; orders only. */
	CSV,

	/** Canonical XML. */
	XML,

	/** Canonical JSON. */
	JSON

}
