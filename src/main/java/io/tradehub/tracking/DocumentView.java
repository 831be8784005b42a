package io.tradehub.tracking;

import java.time.Instant;
import java.util.UUID;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * A tracked document as the pipeline sees it, without the output bytes
 * ({@link Documents#output(UUID)} has them).
 *
 * @param replayOf the failed attempt this one replays
 * @param answersId the tracked document this one answers or fulfils
 * @param canonical the canonical JSON
 * @param outputReference the control reference of the interchange the output went out in
 * @param attempts failed delivery attempts so far
 * @param nextAttemptAt when the next delivery attempt is due, while RETRYING
 */
public record DocumentView(UUID id, @Nullable UUID receiptId, @Nullable UUID interchangeId, @Nullable UUID replayOf,
		DocumentType type, String documentNumber, @Nullable UUID senderCompanyId, @Nullable UUID receiverCompanyId,
		@Nullable UUID answersId, @Nullable UUID acknowledgesInterchangeId, @Nullable UUID acknowledgesDocumentId,
		DocumentStatus status, @Nullable String reason, String canonical, @Nullable String outputName,
		@Nullable String outputFormat, @Nullable String outboundChannel, @Nullable String outputReference, int attempts,
		@Nullable Instant nextAttemptAt, Instant createdAt, Instant updatedAt) {

	/** The canonical document, read from its JSON. */
	public CanonicalDocument document() {
		return CanonicalJson.readUnchecked(this.canonical);
	}

}
