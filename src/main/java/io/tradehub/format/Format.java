package io.tradehub.format;

/**
 * The formats the hub reads, and one for everything else.
 */
public enum Format {

	/** UN/EDIFACT: starts with UNA or UNB. */
	EDIFACT,

	/** ANSI ASC X12: starts with ISA. */
	X12,

	/** XML: starts with {@code <}. */
	XML,

	/** JSON: starts with an object or an array. */
	JSON,

	/**
	 * Delimited text with the same number of {@code , ; tab |} separators on every line.
	 */
	CSV,

	/** Anything else; the detection names what it looks like. */
	UNRECOGNISED

}
