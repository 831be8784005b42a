package io.tradehub.format.x12;

/**
 * The X12 versions the hub writes, with what ISA and GS call them.
 */
public enum X12Version {

	/** 004010: no repetition separator, ISA11 is the standards identifier U. */
	V4010("00401", "004010", "U"),

	/** 005010: ISA11 is the repetition separator. */
	V5010("00501", "005010", "^");

	final String interchangeVersion;

	final String groupVersion;

	final String isa11;

	X12Version(String interchangeVersion, String groupVersion, String isa11) {
		this.interchangeVersion = interchangeVersion;
		this.groupVersion = groupVersion;
		this.isa11 = isa11;
	}

}
