package io.tradehub.tracking;

import java.util.Objects;
import java.util.UUID;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Envelope;
import org.jspecify.annotations.Nullable;

/**
 * A canonical document to track. Its id, type, number, sender, receiver and the document
 * it answers come from its envelope, so they cannot disagree with it.
 *
 * @param receiptId the receipt it was read from; null for a document the hub makes (an
 * acknowledgement it sends)
 * @param interchangeId the interchange it came in
 * @param document the canonical document, its envelope's hub id is the tracked id
 * @param acknowledgesInterchangeId for an acknowledgement: the interchange it
 * acknowledges
 * @param acknowledgesDocumentId for an acknowledgement: the document it acknowledges
 */
public record NewDocument(@Nullable UUID receiptId, @Nullable UUID interchangeId, CanonicalDocument document,
		@Nullable UUID acknowledgesInterchangeId, @Nullable UUID acknowledgesDocumentId) {

	public NewDocument {
		Objects.requireNonNull(document, "document");
	}

	/** A document as read from a receipt and interchange, not an acknowledgement. */
	public static NewDocument read(UUID receiptId, @Nullable UUID interchangeId, CanonicalDocument document) {
		return new NewDocument(receiptId, interchangeId, document, null, null);
	}

	UUID id() {
		return envelope().hubId();
	}

	Envelope envelope() {
		return this.document.envelope();
	}

	@Nullable UUID answersId() {
		Envelope.DocumentLink answers = envelope().answers();
		return (answers != null) ? answers.hubId() : null;
	}

	boolean acknowledgesSomething() {
		return this.acknowledgesInterchangeId != null || this.acknowledgesDocumentId != null;
	}

}
