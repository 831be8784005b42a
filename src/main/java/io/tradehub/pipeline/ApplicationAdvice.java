package io.tradehub.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.Acknowledged;
import io.tradehub.document.Acknowledgement.MessageStatus;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.document.Envelope;
import io.tradehub.document.Party;
import io.tradehub.format.Interchange;
import io.tradehub.format.ack.AcknowledgementWriter;
import io.tradehub.shared.HubIds;

/**
 * The 824 the hub sends an X12 sender whose documents the rules refused, as the document
 * the hub records and delivers for it: each document of the interchange with its verdict,
 * and each reason under the number of the document it refuses. The hub records it from
 * the verdicts, as it does not read 824s.
 */
final class ApplicationAdvice {

	private ApplicationAdvice() {
	}

	/**
	 * @param verdicts the rules' verdict on each document of the interchange
	 * @param answered the interchange they were read from
	 */
	static Acknowledgement of(List<Verdict> verdicts, Interchange answered) {
		List<MessageStatus> messages = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (Verdict verdict : verdicts) {
			if (verdict instanceof Verdict.Accepted accepted && !(accepted.document() instanceof Acknowledgement)) {
				messages.add(new MessageStatus(accepted.document().envelope().documentNumber(),
						accepted.document().type().name(), Status.ACCEPTED));
			}
			else if (verdict instanceof Verdict.Refused refused && !(refused.document() instanceof Acknowledgement)) {
				String number = refused.document().envelope().documentNumber();
				messages.add(new MessageStatus(number, refused.document().type().name(), Status.REJECTED));
				problems
					.add(new Problem(number, null, null, null, AcknowledgementWriter.ADVICE_REFUSED, refused.reason()));
			}
		}
		boolean someAccepted = messages.stream().anyMatch((message) -> message.status() == Status.ACCEPTED);
		Envelope envelope = new Envelope(HubIds.next(), Party.identifiedAs(answered.receiver().toString()),
				Party.identifiedAs(answered.sender().toString()), "824-" + answered.controlReference(), null, null,
				null, null);
		return new Acknowledgement(envelope, Acknowledgement.Kind.APPLICATION, Acknowledgement.Level.INTERCHANGE,
				answered.controlReference(), someAccepted ? Status.PARTIALLY_ACCEPTED : Status.REJECTED,
				new Acknowledged(answered.sender().toString(), answered.controlReference(), null), messages, problems);
	}

}
