package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tradehub.partner.ConnectionState;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.IllegalTransitionException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import static io.tradehub.document.lifecycle.RequestStatus.ANSWERED;
import static io.tradehub.document.lifecycle.RequestStatus.CANCELLED;
import static io.tradehub.document.lifecycle.RequestStatus.CONVERTED;
import static io.tradehub.document.lifecycle.RequestStatus.EXPIRED;
import static io.tradehub.document.lifecycle.RequestStatus.WAITING;

/**
 * An order request's lifecycle: WAITING until answered or its deadline passes, reopened
 * with a new deadline, converted to an order or cancelled. Every change goes through a
 * guarded method; a waiting request whose deadline has passed counts as EXPIRED even
 * before the sweeper stores it, so no answer slips in between.
 */
@Entity
@DynamicUpdate
@Table(name = "request_lifecycle")
class RequestLifecycle {

	@Id
	private UUID id;

	private UUID connectionId;

	private UUID supplierId;

	private UUID customerId;

	private String requestNumber;

	private UUID requestDocumentId;

	private @Nullable String answerNumber;

	private @Nullable UUID answerDocumentId;

	private @Nullable UUID orderDocumentId;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private Instant receivedAt;

	private Instant answerBy;

	private @Nullable Instant answeredAt;

	private @Nullable Instant expiryNoticeFor;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected RequestLifecycle() {
	}

	RequestLifecycle(ConnectionState connection, String requestNumber, UUID requestDocumentId, Instant receivedAt,
			Instant answerBy) {
		this.id = HubIds.next();
		this.connectionId = connection.connectionId();
		this.supplierId = connection.supplierId();
		this.customerId = connection.customerId();
		this.requestNumber = requestNumber;
		this.requestDocumentId = requestDocumentId;
		this.status = WAITING;
		this.receivedAt = receivedAt;
		this.answerBy = answerBy;
		this.updatedAt = receivedAt;
	}

	/** The status as of {@code now}: a waiting request past its deadline is expired. */
	RequestStatus status(Instant now) {
		return (this.status == WAITING && !now.isBefore(this.answerBy)) ? EXPIRED : this.status;
	}

	void answer(String answerNumber, UUID answerDocumentId, Instant now) {
		require(now, "answer", WAITING);
		this.answerNumber = answerNumber;
		this.answerDocumentId = answerDocumentId;
		this.answeredAt = now;
		move(ANSWERED, now);
	}

	/** Opens an expired or answered request again, to be answered by a new deadline. */
	void reopen(Instant newAnswerBy, Instant now) {
		require(now, "reopen", EXPIRED, ANSWERED);
		if (!newAnswerBy.isAfter(now)) {
			throw new IllegalArgumentException("A new deadline must be in the future, not " + newAnswerBy);
		}
		this.answerBy = newAnswerBy;
		move(WAITING, now);
	}

	void convert(UUID orderDocumentId, Instant now) {
		require(now, "convert", WAITING, ANSWERED);
		this.orderDocumentId = orderDocumentId;
		move(CONVERTED, now);
	}

	void cancel(Instant now) {
		require(now, "cancel", WAITING, ANSWERED);
		move(CANCELLED, now);
	}

	private void require(Instant now, String action, RequestStatus... allowed) {
		RequestStatus current = status(now);
		if (!List.of(allowed).contains(current)) {
			throw new IllegalTransitionException("request " + this.requestNumber, current, action);
		}
	}

	private void move(RequestStatus to, Instant now) {
		this.status = to;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID connectionId() {
		return this.connectionId;
	}

	UUID supplierId() {
		return this.supplierId;
	}

	UUID customerId() {
		return this.customerId;
	}

	String requestNumber() {
		return this.requestNumber;
	}

	UUID requestDocumentId() {
		return this.requestDocumentId;
	}

	@Nullable String answerNumber() {
		return this.answerNumber;
	}

	@Nullable UUID answerDocumentId() {
		return this.answerDocumentId;
	}

	@Nullable UUID orderDocumentId() {
		return this.orderDocumentId;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	Instant answerBy() {
		return this.answerBy;
	}

	@Nullable Instant answeredAt() {
		return this.answeredAt;
	}

}
