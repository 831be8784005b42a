package io.tradehub.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Acknowledged;
import io.tradehub.document.Acknowledgement.MessageStatus;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Envelope;
import io.tradehub.format.Interchange;

/**
 * The APERAKs the hub sent in one interchange, as the one document the hub records and
 * delivers for them: the received interchange acknowledged, each document answered with
 * its verdict, and each reason under the number of the document it refuses.
 */
final class AperakSummary {

	private AperakSummary() {
	}

	/**
	 * @param aperaks the APERAKs as the hub reads them back, one per document answered
	 * @param answered the interchange they answer
	 * @param reference the control reference of the interchange they go out in
	 */
	static Acknowledgement of(List<CanonicalDocument> aperaks, Interchange answered, String reference) {
		List<MessageStatus> messages = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (CanonicalDocument document : aperaks) {
			Acknowledgement aperak = (Acknowledgement) document;
			String number = aperak.acknowledgedReference();
			messages.add(new MessageStatus(number, null, aperak.status()));
			aperak.problems()
				.forEach((problem) -> problems.add(new Problem(number, problem.segment(), problem.segmentPosition(),
						problem.element(), problem.code(), problem.message())));
		}
		Envelope first = aperaks.get(0).envelope();
		Envelope envelope = new Envelope(first.hubId(), first.sender(), first.receiver(), "APERAK-" + reference, null,
				null, first.source(), null);
		return new Acknowledgement(envelope, Acknowledgement.Kind.APPLICATION, Acknowledgement.Level.INTERCHANGE,
				answered.controlReference(), status(messages),
				new Acknowledged(answered.sender().toString(), answered.controlReference(), null), messages, problems);
	}

	private static Status status(List<MessageStatus> messages) {
		long accepted = messages.stream().filter((message) -> message.status() == Status.ACCEPTED).count();
		if (accepted == messages.size()) {
			return Status.ACCEPTED;
		}
		return (accepted == 0) ? Status.REJECTED : Status.PARTIALLY_ACCEPTED;
	}

}
