package io.tradehub.format.ack;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import io.tradehub.document.Envelope;
import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.Party;
import io.tradehub.document.Source;
import io.tradehub.format.EdiMessage;
import io.tradehub.format.Interchange;
import org.jspecify.annotations.Nullable;

/**
 * The canonical envelope of an acknowledgement read: its interchange's parties, its own
 * number, and its source with the interchange that brought it.
 *
 * @param hubIds gives each acknowledgement its hub id
 * @param clock gives the received-at instant
 */
record AckEnvelopes(Supplier<UUID> hubIds, Clock clock) {

	Envelope envelope(Interchange interchange, EdiMessage message, String channel, String number,
			@Nullable String answers) {
		String format = (interchange.standard() + " " + message.type() + " " + message.version() + message.release())
			.strip();
		Source source = new Source(channel, format, null, interchange.controlReference(), this.clock.instant());
		DocumentLink link = (answers != null) ? new DocumentLink(null, null, answers) : null;
		return new Envelope(this.hubIds.get(), Party.identifiedAs(interchange.sender().toString()),
				Party.identifiedAs(interchange.receiver().toString()), number, null, link, source, null);
	}

}
