package io.tradehub.format.x12;

import java.time.LocalDate;
import java.util.regex.Pattern;

import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.Party;
import io.tradehub.document.Source;
import org.jspecify.annotations.Nullable;

/**
 * Builds the canonical envelope of a transaction set: parties, number, date, what it
 * answers and its source (format with the version, ISA13).
 */
final class X12Envelopes {

	private static final Pattern VERSION = Pattern.compile("\\d{6}.*");

	private X12Envelopes() {
	}

	static Envelope envelope(X12Transaction tx, Party sender, Party receiver, String number, @Nullable LocalDate date,
			@Nullable DocumentType answersType, @Nullable String answers) {
		DocumentLink link = (answers != null) ? new DocumentLink(null, answersType, answers) : null;
		Source source = new Source(tx.context.channel(), "X12 " + version(tx.message.version()), null,
				tx.interchange.controlReference(), tx.context.clock().instant());
		return new Envelope(tx.context.hubIds().get(), sender, receiver, number, date, link, source, null);
	}

	/** The six-digit version of GS08, without an industry suffix such as VICS or UCS. */
	static String version(String gs08) {
		String version = gs08.strip();
		return VERSION.matcher(version).matches() ? version.substring(0, 6) : version;
	}

}
