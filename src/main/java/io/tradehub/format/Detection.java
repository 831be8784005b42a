package io.tradehub.format;

import org.jspecify.annotations.Nullable;

/**
 * What a file's first bytes look like.
 *
 * @param format the format, {@link Format#UNRECOGNISED} when the hub does not read it
 * @param csvDelimiter the separator of a CSV file, null for other formats
 * @param description the format by name, for example "EDIFACT with UNA" or, for an
 * unrecognised file, what it appears to be ("binary data", "EBCDIC-encoded X12")
 */
public record Detection(Format format, @Nullable Character csvDelimiter, String description) {

	static Detection of(Format format, String description) {
		return new Detection(format, null, description);
	}

	static Detection unrecognised(String description) {
		return new Detection(Format.UNRECOGNISED, null, description);
	}

	/** Whether the hub reads this format. */
	public boolean recognised() {
		return this.format != Format.UNRECOGNISED;
	}

}
