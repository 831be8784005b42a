package io.tradehub.format.conversion;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How a receiver wants its documents written.
 *
 * @param format the format and version
 * @param partner the receiver's partner key, whose overrides under
 * {@code mappings/partners/<partner>/} apply, or null for the standard mappings
 * @param csvLayout the CSV layout, required for {@link OutputFormat#CSV}
 * @param syntaxId the EDIFACT character set (UNB 0001), UNOC when null
 * @param test whether the interchange is marked as a test
 */
public record WriteOptions(OutputFormat format, @Nullable String partner, @Nullable String csvLayout,
		@Nullable String syntaxId, boolean test) {

	public WriteOptions {
		Objects.requireNonNull(format, "format");
	}

	public static WriteOptions of(OutputFormat format) {
		return new WriteOptions(format, null, null, null, false);
	}

	public WriteOptions withPartner(@Nullable String partner) {
		return new WriteOptions(this.format, partner, this.csvLayout, this.syntaxId, this.test);
	}

	public WriteOptions withCsvLayout(@Nullable String csvLayout) {
		return new WriteOptions(this.format, this.partner, csvLayout, this.syntaxId, this.test);
	}

}
