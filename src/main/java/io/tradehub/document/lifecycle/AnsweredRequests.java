package io.tradehub.document.lifecycle;

import java.util.Optional;

import io.tradehub.document.Answer;
import io.tradehub.catalog.Quotes;
import io.tradehub.document.Order;
import io.tradehub.partner.ConnectionState;
import io.tradehub.tracking.Documents;

import org.springframework.stereotype.Component;

/**
 * Finds the quote an order takes up through the request lifecycles: the request the order
 * names, then that request's accepted answer.
 */
@Component
class AnsweredRequests implements Quotes {

	private final RequestLifecycleRepository requests;

	private final Documents documents;

	AnsweredRequests(RequestLifecycleRepository requests, Documents documents) {
		this.requests = requests;
		this.documents = documents;
	}

	@Override
	public Optional<Answer> takenUpBy(Order order, ConnectionState connection) {
		return Threads.requestOf(order, connection, this.requests)
			.map(RequestLifecycle::answerDocumentId)
			.map((answerId) -> (Answer) this.documents.get(answerId).document());
	}

}
