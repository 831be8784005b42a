package io.tradehub.format.conversion;

import io.tradehub.document.Party;
import org.jspecify.annotations.Nullable;

/**
 * What the hub knows of a file besides its bytes.
 *
 * @param partner the sender's partner key, whose overrides under
 * {@code mappings/partners/<partner>/} apply, or null for the standard mappings
 * @param csvLayout the layout a CSV file is read with; a file without one is not CSV
 * @param channel the channel it came by, for the documents' source
 * @param sender the sender as the channel knows it, for formats that do not name it (CSV)
 * @param receiver the receiver as the channel knows it, for formats that do not name it
 */
public record ReadOptions(@Nullable String partner, @Nullable String csvLayout, String channel, Party sender,
		Party receiver) {

	private static final Party UNKNOWN = new Party(null, null, null);

	/** Standard mappings, no CSV layout, parties unknown until the file names them. */
	public static ReadOptions of(String channel) {
		return new ReadOptions(null, null, channel, UNKNOWN, UNKNOWN);
	}

	public ReadOptions withPartner(@Nullable String partner) {
		return new ReadOptions(partner, this.csvLayout, this.channel, this.sender, this.receiver);
	}

	public ReadOptions withCsvLayout(@Nullable String csvLayout) {
		return new ReadOptions(this.partner, csvLayout, this.channel, this.sender, this.receiver);
	}

}
