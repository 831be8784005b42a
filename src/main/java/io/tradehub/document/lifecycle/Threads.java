package io.tradehub.document.lifecycle;

import java.util.Optional;
import java.util.UUID;

import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.Order;
import io.tradehub.partner.ConnectionState;

/**
 * How an order finds the request it takes up: by the hub id its link was resolved to,
 * else by the number it names, an answer's (EDIFACT RFF+PR, X12 REF*PR) or the request's
 * own.
 */
final class Threads {

	private Threads() {
	}

	static Optional<RequestLifecycle> requestOf(Order order, ConnectionState connection,
			RequestLifecycleRepository requests) {
		DocumentLink link = order.envelope().answers();
		if (link == null) {
			return Optional.empty();
		}
		if (link.hubId() != null) {
			Optional<RequestLifecycle> byId = requests.findByAnswerDocumentId(link.hubId())
				.or(() -> requests.findByRequestDocumentId(link.hubId()));
			if (byId.isPresent()) {
				return byId;
			}
		}
		String number = link.documentNumber();
		if (number == null) {
			return Optional.empty();
		}
		return requests.findByConnectionIdAndAnswerNumber(connection.connectionId(), number)
			.or(() -> requests.findByConnectionIdAndRequestNumber(connection.connectionId(), number));
	}

	/**
	 * The document an order answers: the request's answer when it names it, else the
	 * request.
	 */
	static UUID linkedDocument(Order order, RequestLifecycle request) {
		DocumentLink link = order.envelope().answers();
		boolean namesAnswer = link != null && request.answerDocumentId() != null
				&& (request.answerDocumentId().equals(link.hubId())
						|| (link.documentNumber() != null && link.documentNumber().equals(request.answerNumber())));
		return namesAnswer ? request.answerDocumentId() : request.requestDocumentId();
	}

}
