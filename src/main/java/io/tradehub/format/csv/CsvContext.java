package io.tradehub.format.csv;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import io.tradehub.document.Party;
import io.tradehub.document.Source;
import io.tradehub.shared.HubIds;
import org.jspecify.annotations.Nullable;

/**
 * What the hub knows about a CSV file besides its content (the channel's partner, how it
 * arrived), used for the envelope fields a layout has no column for.
 *
 * @param documentNumber the number for a file that names none (for example its file name)
 * @param hubIds where hub ids come from; fixed in golden tests
 */
public record CsvContext(Party sender, Party receiver, @Nullable String documentNumber,
		@Nullable LocalDate documentDate, @Nullable Source source, Supplier<UUID> hubIds) {

	public static CsvContext of(Party sender, Party receiver, @Nullable Source source) {
		return new CsvContext(sender, receiver, null, null, source, HubIds::next);
	}

	public CsvContext withDocument(String documentNumber, @Nullable LocalDate documentDate) {
		return new CsvContext(this.sender, this.receiver, documentNumber, documentDate, this.source, this.hubIds);
	}

}
