package io.tradehub.tracking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.shared.IllegalTransitionException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import static io.tradehub.tracking.DocumentStatus.ACCEPTED;
import static io.tradehub.tracking.DocumentStatus.DELIVERED;
import static io.tradehub.tracking.DocumentStatus.FAILED;
import static io.tradehub.tracking.DocumentStatus.REFUSED;
import static io.tradehub.tracking.DocumentStatus.RETRYING;
import static io.tradehub.tracking.DocumentStatus.ROUTED;

/**
 * A canonical document on its way through the hub. Every change of status goes through a
 * guarded method; asking for the status it already has is a no-op, so a redelivered stage
 * never doubles anything. Only the columns a change touches are updated: the canonical
 * form and the output are large, and each document changes state several times.
 */
@Entity
@DynamicUpdate
@Table(name = "tracked_document")
class TrackedDocument {

	@Id
	private UUID id;

	private @Nullable UUID receiptId;

	private @Nullable UUID interchangeId;

	private @Nullable UUID replayOf;

	@Enumerated(EnumType.STRING)
	private DocumentType type;

	private String documentNumber;

	private @Nullable UUID senderCompanyId;

	private @Nullable UUID receiverCompanyId;

	private @Nullable UUID answersId;

	private @Nullable UUID acknowledgesInterchangeId;

	private @Nullable UUID acknowledgesDocumentId;

	@Enumerated(EnumType.STRING)
	private DocumentStatus status;

	private @Nullable String reason;

	private String canonical;

	private byte @Nullable [] output;

	private @Nullable String outputName;

	private @Nullable String outputFormat;

	private @Nullable String outboundChannel;

	private @Nullable String outputReference;

	private int attempts;

	private @Nullable String deliveredByMessage;

	private @Nullable Instant nextAttemptAt;

	private Instant createdAt;

	private Instant updatedAt;

	/** When retention removed the output ({@link ArchivePurge}); written there only. */
	private @Nullable Instant purgedAt;

	@Version
	private @Nullable Long version;

	protected TrackedDocument() {
	}

	TrackedDocument(NewDocument document, String canonical, DocumentStatus status, @Nullable String reason,
			Instant now) {
		Envelope envelope = document.envelope();
		this.id = document.id();
		this.receiptId = document.receiptId();
		this.interchangeId = document.interchangeId();
		this.type = document.document().type();
		this.documentNumber = Objects.requireNonNull(Texts.cut(envelope.documentNumber(), 100));
		this.senderCompanyId = envelope.sender().companyId();
		this.receiverCompanyId = envelope.receiver().companyId();
		this.answersId = document.answersId();
		this.acknowledgesInterchangeId = document.acknowledgesInterchangeId();
		this.acknowledgesDocumentId = document.acknowledgesDocumentId();
		this.canonical = canonical;
		this.status = status;
		this.reason = Texts.cut(reason, 2000);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A new attempt at delivering this failed document: the same document and output
	 * under a new id, ROUTED.
	 */
	TrackedDocument replay(UUID newId, String canonical, Instant now) {
		if (this.status != FAILED) {
			throw new IllegalTransitionException("document " + this.id, this.status, "replay");
		}
		TrackedDocument replay = new TrackedDocument();
		replay.id = newId;
		replay.receiptId = this.receiptId;
		replay.interchangeId = this.interchangeId;
		replay.replayOf = this.id;
		replay.type = this.type;
		replay.documentNumber = this.documentNumber;
		replay.senderCompanyId = this.senderCompanyId;
		replay.receiverCompanyId = this.receiverCompanyId;
		replay.answersId = this.answersId;
		replay.acknowledgesInterchangeId = this.acknowledgesInterchangeId;
		replay.acknowledgesDocumentId = this.acknowledgesDocumentId;
		replay.canonical = canonical;
		replay.output = this.output;
		replay.outputName = this.outputName;
		replay.outputFormat = this.outputFormat;
		replay.outboundChannel = this.outboundChannel;
		replay.outputReference = this.outputReference;
		replay.status = ROUTED;
		replay.createdAt = now;
		replay.updatedAt = now;
		return replay;
	}

	/** Each method answers whether it changed anything; false for a repeat. */
	boolean refuse(String reason, Instant now) {
		return move(REFUSED, "refuse", reason, now);
	}

	boolean routed(Output output, Instant now) {
		if (!move(ROUTED, "route", null, now)) {
			return false;
		}
		this.output = output.bytes();
		this.outputName = Texts.cut(output.name(), 500);
		this.outputFormat = Texts.cut(output.format(), 60);
		this.outboundChannel = Texts.cut(output.channel(), 200);
		this.outputReference = Texts.cut(output.controlReference(), 100);
		this.nextAttemptAt = null;
		return true;
	}

	/**
	 * @param byQueueMessage the id of the route stage's queue message when the delivery
	 * was sent in that message's broker transaction, so that it rolled back should that
	 * message come back
	 */
	boolean delivered(Instant now, @Nullable String byQueueMessage) {
		// Only an incoming acknowledgement is delivered without being routed: it has
		// arrived where it was going once it is tied to what it acknowledges.
		if (this.status == ACCEPTED && !isTiedAcknowledgement()) {
			throw new IllegalTransitionException("document " + this.id, this.status, "deliver");
		}
		if (!move(DELIVERED, "deliver", null, now)) {
			return false;
		}
		this.nextAttemptAt = null;
		this.deliveredByMessage = Texts.cut(byQueueMessage, 100);
		return true;
	}

	boolean retrying(String reason, Instant next, Instant now) {
		// The database keeps microseconds; a repeat must compare equal to what it stored.
		Instant at = next.truncatedTo(ChronoUnit.MICROS);
		if (this.status == RETRYING && at.equals(this.nextAttemptAt)) {
			return false;
		}
		guard(RETRYING, "retry");
		this.status = RETRYING;
		this.reason = Texts.cut(reason, 2000);
		this.attempts++;
		this.nextAttemptAt = at;
		this.updatedAt = now;
		return true;
	}

	boolean failed(String reason, Instant now) {
		if (!move(FAILED, "fail", reason, now)) {
			return false;
		}
		this.attempts++;
		this.nextAttemptAt = null;
		return true;
	}

	private boolean move(DocumentStatus to, String action, @Nullable String reason, Instant now) {
		if (this.status == to) {
			return false;
		}
		guard(to, action);
		this.status = to;
		this.reason = Texts.cut(reason, 2000);
		this.updatedAt = now;
		return true;
	}

	private void guard(DocumentStatus to, String action) {
		if (!this.status.canMoveTo(to)) {
			throw new IllegalTransitionException("document " + this.id, this.status, action);
		}
	}

	private boolean isTiedAcknowledgement() {
		return this.type == DocumentType.ACKNOWLEDGEMENT
				&& (this.acknowledgesInterchangeId != null || this.acknowledgesDocumentId != null);
	}

	boolean visibleTo(UUID companyId) {
		return companyId.equals(this.senderCompanyId) || companyId.equals(this.receiverCompanyId);
	}

	@Nullable Output output() {
		if (this.output == null || this.outputName == null || this.outputFormat == null
				|| this.outboundChannel == null) {
			return null;
		}
		return new Output(this.outputName, this.outputFormat, this.outboundChannel, this.outputReference, this.output);
	}

	DocumentView view() {
		return new DocumentView(this.id, this.receiptId, this.interchangeId, this.replayOf, this.type,
				this.documentNumber, this.senderCompanyId, this.receiverCompanyId, this.answersId,
				this.acknowledgesInterchangeId, this.acknowledgesDocumentId, this.status, this.reason, this.canonical,
				this.outputName, this.outputFormat, this.outboundChannel, this.outputReference, this.attempts,
				this.nextAttemptAt, this.createdAt, this.updatedAt);
	}

	UUID id() {
		return this.id;
	}

	@Nullable String deliveredByMessage() {
		return this.deliveredByMessage;
	}

	DocumentStatus status() {
		return this.status;
	}

	@Nullable UUID receiptId() {
		return this.receiptId;
	}

	@Nullable UUID interchangeId() {
		return this.interchangeId;
	}

	@Nullable UUID answersId() {
		return this.answersId;
	}

	@Nullable String reason() {
		return this.reason;
	}

	String canonical() {
		return this.canonical;
	}

	/** When retention removed the output, if it had one. */
	@Nullable Instant outputPurgedAt() {
		return (this.outputName != null) ? this.purgedAt : null;
	}

}
