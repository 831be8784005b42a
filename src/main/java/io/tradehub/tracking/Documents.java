package io.tradehub.tracking;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.tradehub.document.CanonicalJson;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents the pipeline tracks: recorded once per hub id, moved through their
 * guarded lifecycle stage by stage, every change kept as an event, and failed deliveries
 * replayed on a partner's request.
 */
@Service
public class Documents {

	private final TrackedDocumentRepository documents;

	private final InterchangeRepository interchanges;

	private final TrackingEventRepository events;

	private final Receipts receipts;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	Documents(TrackedDocumentRepository documents, InterchangeRepository interchanges, TrackingEventRepository events,
			Receipts receipts, ApplicationEventPublisher publisher, Clock clock, JdbcTemplate jdbc) {
		this.documents = documents;
		this.interchanges = interchanges;
		this.events = events;
		this.receipts = receipts;
		this.publisher = publisher;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Records a document that passed the rules, ACCEPTED; recording the same hub id again
	 * does nothing.
	 * @return the document's hub id
	 * @throws IllegalArgumentException when its sender is not identified or a document or
	 * interchange it refers to is not tracked
	 */
	@Transactional
	public UUID accept(NewDocument document) {
		if (document.envelope().sender().companyId() == null) {
			throw new IllegalArgumentException(
					"Document " + document.id() + " has no identified sender; refuse it instead of accepting it.");
		}
		return record(document, DocumentStatus.ACCEPTED, null, null);
	}

	/**
	 * Records a document that passed the rules and is written for its receiver already:
	 * ACCEPTED and then ROUTED with the output, both in its history, in one insert where
	 * {@link #accept} and {@link #routed} would make an insert and an update of a row
	 * with many indexes, the most a read costs the database.
	 * @return the document's hub id
	 */
	@Transactional
	public UUID acceptRouted(NewDocument document, Output output) {
		if (document.envelope().sender().companyId() == null) {
			throw new IllegalArgumentException(
					"Document " + document.id() + " has no identified sender; refuse it instead of accepting it.");
		}
		return record(document, DocumentStatus.ACCEPTED, null, output);
	}

	/**
	 * Records a document a rule refused, REFUSED with the reason the sender reads;
	 * recording the same hub id again does nothing.
	 */
	@Transactional
	public UUID refuse(NewDocument document, String reason) {
		return record(document, DocumentStatus.REFUSED, reason, null);
	}

	/**
	 * Refuses an accepted document (a rule of a later stage, such as the receiver's
	 * profile, says no).
	 * @return whether it changed; false when it was refused already
	 */
	@Transactional
	public boolean refuse(UUID id, String reason) {
		TrackedDocument document = load(id);
		DocumentStatus from = document.status();
		return changed(document, from, document.refuse(reason, now()), reason);
	}

	/** The output for the receiver is written: ACCEPTED or RETRYING → ROUTED. */
	@Transactional
	public boolean routed(UUID id, Output output) {
		TrackedDocument document = load(id);
		DocumentStatus from = document.status();
		return changed(document, from, document.routed(output, now()), output.name());
	}

	/**
	 * Handed to the receiver's channel (ROUTED or RETRYING → DELIVERED); an incoming
	 * acknowledgement tied to what it acknowledges goes from ACCEPTED.
	 */
	@Transactional
	public boolean delivered(UUID id) {
		return delivered(id, null);
	}

	/**
	 * Handed to the receiver's channel, in the broker transaction of the route stage's
	 * queue message with the given id when there is one: should that message come back,
	 * the delivery rolled back with it.
	 */
	@Transactional
	public boolean delivered(UUID id, @Nullable String byQueueMessage) {
		if (deliveredAsRouted(id, byQueueMessage)) {
			return true;
		}
		TrackedDocument document = load(id);
		DocumentStatus from = document.status();
		return changed(document, from, document.delivered(now(), byQueueMessage), null);
	}

	/**
	 * ROUTED → DELIVERED, the change every delivered document makes, as one guarded
	 * UPDATE. Loading the entity would read its canonical form and its output back,
	 * kilobytes each, only for Hibernate to copy and compare them at flush; on the
	 * pipeline's hot path that cost more than the update. Any other status goes through
	 * the entity and its rules.
	 * @return whether it moved; false leaves the document as it was
	 */
	private boolean deliveredAsRouted(UUID id, @Nullable String byQueueMessage) {
		List<@Nullable UUID> receipt = this.jdbc.query(
				"select receipt_id from tracked_document where id = ? and status = ?",
				(row, n) -> row.getObject(1, UUID.class), id, DocumentStatus.ROUTED.name());
		if (receipt.isEmpty()) {
			return false;
		}
		Instant now = now();
		int moved = this.jdbc.update(
				"update tracked_document set status = ?, reason = null, next_attempt_at = null, delivered_by_message = ?,"
						+ " updated_at = ?, version = coalesce(version, 0) + 1 where id = ? and status = ?",
				DocumentStatus.DELIVERED.name(), Texts.cut(byQueueMessage, 100), now.atOffset(ZoneOffset.UTC), id,
				DocumentStatus.ROUTED.name());
		if (moved == 0) {
			return false;
		}
		this.events
			.save(new TrackingEvent(receipt.get(0), id, DocumentStatus.ROUTED, DocumentStatus.DELIVERED, null, now));
		return true;
	}

	/**
	 * Whether the document was delivered in the broker transaction of this queue message:
	 * the message comes back, so that transaction rolled back, and the delivery with it.
	 */
	@Transactional(readOnly = true)
	public boolean deliveredBy(UUID id, String queueMessage) {
		return queueMessage.equals(load(id).deliveredByMessage());
	}

	/**
	 * A delivery attempt failed and another is due at {@code next}; the same call again
	 * (same {@code next}) counts once.
	 */
	@Transactional
	public boolean retrying(UUID id, String reason, Instant next) {
		TrackedDocument document = load(id);
		DocumentStatus from = document.status();
		return changed(document, from, document.retrying(reason, next, now()), reason);
	}

	/** The last delivery attempt failed; the document waits for a replay. */
	@Transactional
	public boolean failed(UUID id, String reason) {
		TrackedDocument document = load(id);
		DocumentStatus from = document.status();
		return changed(document, from, document.failed(reason, now()), reason);
	}

	/**
	 * Replays a FAILED document for its sender or receiver: a new document, ROUTED with
	 * the original's output, announced by {@link DocumentReplayRequested} after commit;
	 * the original stays FAILED. Each attempt is replayed once; a failed replay is
	 * replayed in turn.
	 * @return the new document's id
	 */
	@Transactional
	public UUID replay(UUID id, Caller caller) {
		TrackedDocument original = this.documents.findById(id)
			.filter(document -> document.visibleTo(caller.companyId()))
			.orElseThrow(() -> new NotFoundException("document", id));
		Optional<TrackedDocument> earlier = this.documents.findByReplayOf(id);
		if (earlier.isPresent()) {
			throw new ConflictException("Document " + id + " was replayed already as " + earlier.get().id()
					+ "; should that fail too, replay it instead.");
		}
		UUID newId = HubIds.next();
		Instant now = now();
		TrackedDocument replay = this.documents
			.saveAndFlush(original.replay(newId, Canonicals.withHubId(original.canonical(), newId), now));
		this.events.save(new TrackingEvent(replay.receiptId(), newId, null, DocumentStatus.ROUTED,
				"Replay of " + id + " by " + caller.name(), now));
		this.publisher.publishEvent(new DocumentReplayRequested(newId));
		return newId;
	}

	@Transactional(readOnly = true)
	public DocumentView get(UUID id) {
		return load(id).view();
	}

	/**
	 * The documents that answer or fulfil this one (answers to a request, an order made
	 * from it, shipment notices of an order), oldest first.
	 */
	@Transactional(readOnly = true)
	public List<DocumentView> answering(UUID id) {
		return this.documents.findByAnswersIdOrderByCreatedAt(id).stream().map(TrackedDocument::view).toList();
	}

	/** What was written for the receiver, once routed. */
	@Transactional(readOnly = true)
	public Optional<Output> output(UUID id) {
		return Optional.ofNullable(load(id).output());
	}

	/**
	 * What to deliver for a ROUTED document, in one query: what the route stage does for
	 * nearly every document. Loading the entity would read its canonical form too, and
	 * Hibernate would copy the output for a flush that changes nothing.
	 * @return the output; empty when the document is not ROUTED
	 */
	@Transactional(readOnly = true)
	public Optional<Output> routedOutput(UUID id) {
		List<Output> outputs = this.jdbc.query(
				"select output_name, output_format, outbound_channel, output_reference, output from tracked_document"
						+ " where id = ? and status = ? and output is not null and output_name is not null"
						+ " and output_format is not null and outbound_channel is not null",
				(row, n) -> new Output(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getBytes(5)),
				id, DocumentStatus.ROUTED.name());
		return outputs.stream().findFirst();
	}

	/**
	 * Documents in one of the statuses whose last change is older than the given instant,
	 * oldest first: work a crashed stage left behind.
	 */
	@Transactional(readOnly = true)
	public List<UUID> stalled(Collection<DocumentStatus> statuses, Instant updatedBefore, int limit) {
		return this.documents.findStalled(statuses, updatedBefore, Limit.of(limit));
	}

	/**
	 * The documents read from one receipt that are in one of the statuses: what a
	 * redelivered read still has to hand on.
	 */
	@Transactional(readOnly = true)
	public List<UUID> ofReceipt(UUID receiptId, Collection<DocumentStatus> statuses) {
		return this.documents.findOfReceipt(receiptId, statuses);
	}

	/**
	 * What the hub wrote to acknowledge a receipt to its sender, in the order written
	 * (one per interchange of an EDI file, one for any other file); empty until the
	 * receipt is read, and for a sender that wants none.
	 */
	@Transactional(readOnly = true)
	public List<Output> acknowledgementsOf(UUID receiptId) {
		return this.documents.findAcknowledgementsOf(receiptId).stream().map(TrackedDocument::output).toList();
	}

	/** RETRYING documents whose next attempt is due, most overdue first. */
	@Transactional(readOnly = true)
	public List<UUID> dueForRetry(Instant now, int limit) {
		return this.documents.findDue(now, Limit.of(limit));
	}

	/**
	 * The documents sent to a receiver in the interchange with this control reference:
	 * what that receiver's acknowledgement acknowledges.
	 */
	@Transactional(readOnly = true)
	public List<UUID> sentIn(UUID receiverCompanyId, String controlReference) {
		return this.documents.findSent(receiverCompanyId, controlReference);
	}

	/**
	 * Asked for every document the hub reads: in SQL, as Spring Data's existsById builds
	 * and plans a query each time, which costs more than the lookup. SQL does not see
	 * what this transaction has not flushed yet; that is never this id, as a document is
	 * recorded once per transaction and its redelivery comes in a transaction of its own.
	 */
	private boolean recorded(UUID id) {
		return Boolean.TRUE.equals(this.jdbc.query("select 1 from tracked_document where id = ?", ResultSet::next, id));
	}

	private UUID record(NewDocument document, DocumentStatus status, @Nullable String reason, @Nullable Output output) {
		UUID id = document.id();
		if (recorded(id)) {
			return id;
		}
		requireTracked(document.answersId(), this.documents::existsById, "answers document");
		requireTracked(document.acknowledgesDocumentId(), this.documents::existsById, "acknowledges document");
		requireTracked(document.acknowledgesInterchangeId(), this.interchanges::existsById, "acknowledges interchange");
		Instant now = now();
		String canonical = CanonicalJson.write(document.document());
		TrackedDocument tracked = new TrackedDocument(document, canonical, status, reason, now);
		boolean routed = output != null && tracked.routed(output, now);
		this.documents.save(tracked);
		this.events.save(new TrackingEvent(document.receiptId(), id, null, status, reason, now));
		if (routed) {
			this.events.save(new TrackingEvent(document.receiptId(), id, status, tracked.status(), output.name(), now));
		}
		UUID sender = document.envelope().sender().companyId();
		if (document.receiptId() != null && sender != null) {
			this.receipts.identify(document.receiptId(), sender);
		}
		return id;
	}

	private static void requireTracked(@Nullable UUID id, Predicate<UUID> exists, String what) {
		if (id != null && !exists.test(id)) {
			throw new IllegalArgumentException("The " + what + " " + id + " is not tracked.");
		}
	}

	private boolean changed(TrackedDocument document, DocumentStatus from, boolean changed, @Nullable String reason) {
		if (changed) {
			this.events
				.save(new TrackingEvent(document.receiptId(), document.id(), from, document.status(), reason, now()));
		}
		return changed;
	}

	private TrackedDocument load(UUID id) {
		return this.documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
