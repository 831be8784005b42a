package io.tradehub.document.lifecycle;

import java.util.Optional;
import java.util.UUID;

import io.tradehub.document.Answer;
import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.Order;
import io.tradehub.partner.ConnectionState;

/**
 * How answers and orders find their request: by the hub id their link names, else by the
 * number they name (for an order, an answer's, EDIFACT RFF+PR or X12 REF*PR, or the
 * request's own).
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
				.or(() -> requests.findByRequestDocumentId(link.hubId()))
				.filter((request) -> request.connectionId().equals(connection.connectionId()));
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
	 * The request an answer answers: by the hub id its link names (an answer made in the
	 * hub), else by the request's number (an answer from a partner's file).
	 */
	static Optional<RequestLifecycle> requestAnswered(Answer answer, ConnectionState connection,
			RequestLifecycleRepository requests) {
		DocumentLink link = answer.envelope().answers();
		if (link == null) {
			return Optional.empty();
		}
		Optional<RequestLifecycle> byId = (link.hubId() != null) ? requests.findByRequestDocumentId(link.hubId())
			.filter((request) -> request.connectionId().equals(connection.connectionId())) : Optional.empty();
		return (byId.isPresent() || link.documentNumber() == null) ? byId
				: requests.findByConnectionIdAndRequestNumber(connection.connectionId(), link.documentNumber());
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
