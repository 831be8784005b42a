package io.tradehub.document.lifecycle;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order request's lifecycle as its supplier and customer see it.
 *
 * @param status the status as of now: a waiting request past its deadline is EXPIRED
 * @param view the derived view it falls in now, or null when it is in none
 * @param requestDocumentId the hub id of the request document; answer and order likewise
 */
public record RequestView(UUID id, UUID connectionId, UUID supplierId, UUID customerId, String requestNumber,
		RequestStatus status, @Nullable RequestsView view, Instant receivedAt, Instant answerBy,
		@Nullable Instant answeredAt, UUID requestDocumentId, @Nullable UUID answerDocumentId,
		@Nullable UUID orderDocumentId) {

	static RequestView of(RequestLifecycle request, Instant now) {
		RequestStatus status = request.status(now);
		return new RequestView(request.id(), request.connectionId(), request.supplierId(), request.customerId(),
				request.requestNumber(), status, RequestsView.of(status, request.answerBy(), now), request.receivedAt(),
				request.answerBy(), request.answeredAt(), request.requestDocumentId(), request.answerDocumentId(),
				request.orderDocumentId());
	}

}
