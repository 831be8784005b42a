package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Predicate;

import io.tradehub.partner.ConnectionState;
import io.tradehub.shared.IllegalTransitionException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
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
class RequestLifecycle extends Lifecycle {

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private String requestNumber;

	private UUID requestDocumentId;

	private @Nullable String answerNumber;

	private @Nullable UUID answerDocumentId;

	private @Nullable UUID orderDocumentId;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private Instant answerBy;

	private @Nullable Instant answeredAt;

	private @Nullable Instant expiryNoticeFor;

	protected RequestLifecycle() {
	}

	RequestLifecycle(ConnectionState connection, String requestNumber, UUID requestDocumentId, Instant receivedAt,
			Instant answerBy) {
		super(connection, receivedAt);
		this.requestNumber = requestNumber;
		this.requestDocumentId = requestDocumentId;
		this.status = WAITING;
		this.answerBy = answerBy;
	}

	/** An instant as the supplier reads it: {@code 2026-12-01 17:00 Europe/Berlin}. */
	static String local(Instant instant, ZoneId zone) {
		return DEADLINE.format(instant.atZone(zone)) + " " + zone.getId();
	}

	/** The status as of {@code now}: a waiting request past its deadline is expired. */
	RequestStatus status(Instant now) {
		return (this.status == WAITING && !now.isBefore(this.answerBy)) ? EXPIRED : this.status;
	}

	void answer(String answerNumber, UUID answerDocumentId, Instant now) {
		require(now, "answer", RequestStatus::answerable);
		this.answerNumber = answerNumber;
		this.answerDocumentId = answerDocumentId;
		this.answeredAt = now;
		move(ANSWERED, now);
	}

	/** Opens an expired or answered request again, to be answered by a new deadline. */
	void reopen(Instant newAnswerBy, Instant now) {
		require(now, "reopen", RequestStatus::reopenable);
		if (!newAnswerBy.isAfter(now)) {
			throw new IllegalArgumentException("A new deadline must be in the future, not " + newAnswerBy);
		}
		this.answerBy = newAnswerBy;
		move(WAITING, now);
	}

	void convert(UUID orderDocumentId, Instant now) {
		require(now, "convert", RequestStatus::convertible);
		this.orderDocumentId = orderDocumentId;
		move(CONVERTED, now);
	}

	void cancel(Instant now) {
		require(now, "cancel", RequestStatus::cancellable);
		move(CANCELLED, now);
	}

	private void require(Instant now, String action, Predicate<RequestStatus> allowed) {
		RequestStatus current = status(now);
		if (!allowed.test(current)) {
			throw new IllegalTransitionException("request " + this.requestNumber, current, action);
		}
	}

	private void move(RequestStatus to, Instant now) {
		this.status = to;
		changed(now);
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

	Instant answerBy() {
		return this.answerBy;
	}

	@Nullable Instant answeredAt() {
		return this.answeredAt;
	}

}
