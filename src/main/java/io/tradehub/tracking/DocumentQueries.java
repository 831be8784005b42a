package io.tradehub.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tradehub.document.DocumentType;
import io.tradehub.shared.Caller;
import io.tradehub.shared.GoneException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.tracking.DocumentViews.Direction;
import io.tradehub.tracking.DocumentViews.DocumentDetail;
import io.tradehub.tracking.DocumentViews.DocumentPage;
import io.tradehub.tracking.DocumentViews.DocumentSummary;
import io.tradehub.tracking.DocumentViews.Download;
import io.tradehub.tracking.DocumentViews.Links;
import io.tradehub.tracking.DocumentViews.OutputInfo;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents as their partners look them up: only the sender and the receiver see a
 * document, and only the company a receipt came from sees its raw input; anything else is
 * not found. The REST API and the portal's messages pages both ask here.
 */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

	/** A thread is a handful of documents; this only stops a cycle or a runaway. */
	private static final int MAX_THREAD = 200;

	private final TrackedDocumentRepository documents;

	private final TrackingEventRepository events;

	private final ReceiptRepository receipts;

	private final RawContentRepository raws;

	DocumentQueries(TrackedDocumentRepository documents, TrackingEventRepository events, ReceiptRepository receipts,
			RawContentRepository raws) {
		this.documents = documents;
		this.events = events;
		this.receipts = receipts;
		this.raws = raws;
	}

	/** The caller's documents, newest first; {@code partner} is the other company. */
	public DocumentPage search(Caller caller, DocumentSearch search) {
		Page<TrackedDocument> page = this.documents.findAll(specification(caller.companyId(), search), PageRequest
			.of(search.page(), search.size(), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
		return new DocumentPage(page.map(document -> summary(document, caller)).getContent(), search.page(),
				search.size(), page.getTotalElements());
	}

	public DocumentDetail detail(Caller caller, UUID id) {
		TrackedDocument document = visible(caller, id);
		DocumentView view = document.view();
		Output output = document.output();
		Map<UUID, TrackedDocument> acknowledgements = new LinkedHashMap<>();
		this.documents.findByAcknowledgesDocumentIdOrderByCreatedAt(id)
			.forEach(ack -> acknowledgements.put(ack.id(), ack));
		if (document.interchangeId() != null) {
			this.documents.findByAcknowledgesInterchangeIdOrderByCreatedAt(document.interchangeId())
				.forEach(ack -> acknowledgements.put(ack.id(), ack));
		}
		UUID answers = (view.answersId() != null && isVisible(caller, view.answersId())) ? view.answersId() : null;
		List<UUID> answeredBy = this.documents.findByAnswersIdOrderByCreatedAt(id)
			.stream()
			.filter(other -> other.visibleTo(caller.companyId()))
			.map(TrackedDocument::id)
			.toList();
		UUID replayedBy = this.documents.findByReplayOf(id).map(TrackedDocument::id).orElse(null);
		return new DocumentDetail(summary(document, caller), view.senderCompanyId(), view.receiverCompanyId(),
				view.nextAttemptAt(),
				(output != null)
						? new OutputInfo(output.name(), output.format(), output.channel(), output.controlReference())
						: null,
				view.canonical(),
				this.events.findByDocumentIdOrderByAtAscIdAsc(id).stream().map(TrackingEvent::view).toList(),
				acknowledgements.values()
					.stream()
					.filter(ack -> ack.visibleTo(caller.companyId()))
					.map(ack -> summary(ack, caller))
					.toList(),
				new Links(answers, answeredBy, view.replayOf(), replayedBy),
				ownReceipt(caller, document).map(Receipt::purgedAt).orElse(null), document.outputPurgedAt());
	}

	/**
	 * The documents that answer one another around this one: up to the first request,
	 * then down through every answer, order and shipment, oldest first.
	 */
	public List<DocumentSummary> thread(Caller caller, UUID id) {
		TrackedDocument root = visible(caller, id);
		Set<UUID> seen = new HashSet<>(Set.of(root.id()));
		while (root.answersId() != null && seen.size() < MAX_THREAD) {
			TrackedDocument parent = this.documents.findById(root.answersId())
				.filter(document -> document.visibleTo(caller.companyId()))
				.orElse(null);
			if (parent == null || !seen.add(parent.id())) {
				break;
			}
			root = parent;
		}
		List<TrackedDocument> thread = new ArrayList<>(List.of(root));
		Set<UUID> inThread = new HashSet<>(Set.of(root.id()));
		Deque<UUID> level = new ArrayDeque<>(List.of(root.id()));
		while (!level.isEmpty() && thread.size() < MAX_THREAD) {
			List<TrackedDocument> answers = this.documents.findByAnswersIdInOrderByCreatedAt(level);
			level.clear();
			for (TrackedDocument answer : answers) {
				if (answer.visibleTo(caller.companyId()) && inThread.add(answer.id())) {
					thread.add(answer);
					level.add(answer.id());
				}
			}
		}
		return thread.stream()
			.sorted(Comparator.comparing((TrackedDocument document) -> document.view().createdAt())
				.thenComparing(TrackedDocument::id))
			.map(document -> summary(document, caller))
			.toList();
	}

	/**
	 * The raw input the document was read from, for the company it came from only.
	 * @throws GoneException once retention removed it
	 */
	public Download raw(Caller caller, UUID id) {
		Receipt receipt = ownReceipt(caller, visible(caller, id))
			.orElseThrow(() -> new NotFoundException("raw input of document", id));
		if (receipt.purgedAt() != null) {
			throw new GoneException("The raw input of document " + id + " (" + receipt.fileName() + ") was purged on "
					+ date(receipt.purgedAt()) + " by the hub's retention; its history and canonical form remain.");
		}
		byte[] bytes = this.raws.findById(receipt.id())
			.orElseThrow(() -> new NotFoundException("raw input of document", id))
			.bytes();
		return new Download(receipt.fileName(), contentType(receipt.format()), bytes);
	}

	/**
	 * What was written for the receiver.
	 * @throws GoneException once retention removed it
	 */
	public Download output(Caller caller, UUID id) {
		TrackedDocument document = visible(caller, id);
		Output output = document.output();
		if (output == null && document.outputPurgedAt() != null) {
			throw new GoneException("The output of document " + id + " was purged on " + date(document.outputPurgedAt())
					+ " by the hub's retention; its history and canonical form remain.");
		}
		if (output == null) {
			throw new NotFoundException("output of document", id);
		}
		return new Download(output.name(), contentType(output.format()), output.bytes());
	}

	/** The receipt the document was read from, when the caller's company sent it. */
	private Optional<Receipt> ownReceipt(Caller caller, TrackedDocument document) {
		return Optional.ofNullable(document.receiptId())
			.flatMap(this.receipts::findById)
			.filter(receipt -> caller.companyId().equals(receipt.senderCompanyId()));
	}

	private static LocalDate date(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	private TrackedDocument visible(Caller caller, UUID id) {
		return this.documents.findById(id)
			.filter(document -> document.visibleTo(caller.companyId()))
			.orElseThrow(() -> new NotFoundException("document", id));
	}

	private boolean isVisible(Caller caller, UUID id) {
		return this.documents.findById(id).filter(document -> document.visibleTo(caller.companyId())).isPresent();
	}

	private static DocumentSummary summary(TrackedDocument document, Caller caller) {
		DocumentView view = document.view();
		boolean sent = caller.companyId().equals(view.senderCompanyId());
		return new DocumentSummary(view.id(), view.type(), view.documentNumber(), view.status(),
				sent ? Direction.SENT : Direction.RECEIVED, sent ? view.receiverCompanyId() : view.senderCompanyId(),
				view.reason(), view.attempts(), view.replayOf(), view.createdAt(), view.updatedAt());
	}

	private static Specification<TrackedDocument> specification(UUID companyId, DocumentSearch search) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			var sender = root.<UUID>get("senderCompanyId");
			var receiver = root.<UUID>get("receiverCompanyId");
			if (search.partner() == null) {
				where.add(cb.or(cb.equal(sender, companyId), cb.equal(receiver, companyId)));
			}
			else {
				where.add(cb.or(cb.and(cb.equal(sender, companyId), cb.equal(receiver, search.partner())),
						cb.and(cb.equal(receiver, companyId), cb.equal(sender, search.partner()))));
			}
			if (search.type() != null) {
				where.add(cb.equal(root.<DocumentType>get("type"), search.type()));
			}
			if (search.status() != null) {
				where.add(cb.equal(root.<DocumentStatus>get("status"), search.status()));
			}
			if (search.number() != null) {
				where.add(cb.equal(root.<String>get("documentNumber"), search.number()));
			}
			if (search.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.<Instant>get("createdAt"), search.from()));
			}
			if (search.to() != null) {
				where.add(cb.lessThan(root.<Instant>get("createdAt"), search.to()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static String contentType(@Nullable String format) {
		String upper = (format != null) ? format.toUpperCase(java.util.Locale.ROOT) : "";
		if (upper.startsWith("EDIFACT")) {
			return "application/EDIFACT";
		}
		if (upper.startsWith("X12")) {
			return "application/EDI-X12";
		}
		if (upper.startsWith("XML")) {
			return "application/xml";
		}
		if (upper.startsWith("JSON")) {
			return "application/json";
		}
		if (upper.startsWith("CSV")) {
			return "text/csv";
		}
		return "application/octet-stream";
	}

}
