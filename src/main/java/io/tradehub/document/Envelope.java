package io.tradehub.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What every canonical document carries besides its content (DESIGN §3).
 *
 * @param hubId the hub's time-ordered id of the document
 * @param sender who sent it
 * @param receiver who it is for
 * @param documentNumber the sender's number of the document (BGM 1004, BEG03 ...)
 * @param documentDate the date the sender gave the document
 * @param answers the document this one answers or fulfils
 * @param source how it reached the hub, or null for one made in the hub (a portal form)
 * @param status the document's lifecycle state, as its lifecycle names it
 */
public record Envelope(UUID hubId, Party sender, Party receiver, String documentNumber,
		@Nullable LocalDate documentDate, @Nullable DocumentLink answers, @Nullable Source source,
		@Nullable String status) {

	public Envelope {
		Objects.requireNonNull(hubId, "hubId");
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(receiver, "receiver");
		Objects.requireNonNull(documentNumber, "documentNumber");
	}

	/** The same envelope with the parties as the hub identified them. */
	public Envelope withParties(Party sender, Party receiver) {
		return new Envelope(this.hubId, sender, receiver, this.documentNumber, this.documentDate, this.answers,
				this.source, this.status);
	}

	/** The same envelope under the hub's own id for the document. */
	public Envelope withHubId(UUID hubId) {
		return new Envelope(hubId, this.sender, this.receiver, this.documentNumber, this.documentDate, this.answers,
				this.source, this.status);
	}

	/**
	 * The document another one answers or fulfils: by hub id once resolved, and by the
	 * number its sender gave it.
	 */
	public record DocumentLink(@Nullable UUID hubId, @Nullable DocumentType type, @Nullable String documentNumber) {
	}

}
