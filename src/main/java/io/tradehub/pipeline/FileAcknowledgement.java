package io.tradehub.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Acknowledgement.MessageStatus;
import io.tradehub.document.Acknowledgement.Problem;
import io.tradehub.document.Acknowledgement.Status;
import io.tradehub.document.Envelope;
import io.tradehub.document.Party;
import io.tradehub.format.conversion.FileProblem;
import io.tradehub.partner.PartnerView;
import io.tradehub.shared.HubIds;
import io.tradehub.tracking.ReceiptView;

/**
 * The application acknowledgement of a file that has no acknowledgement standard of its
 * own (CSV, XML, JSON): a canonical {@link Acknowledgement} naming each document accepted
 * or refused, with the rules' reason for each refusal, or the problems that made the file
 * unreadable.
 */
final class FileAcknowledgement {

	private FileAcknowledgement() {
	}

	/**
	 * @param verdicts the rules' verdict on each document read, in the file's order
	 * @param problems what made the file or a part of it unreadable
	 */
	static Acknowledgement of(ReceiptView receipt, List<Verdict> verdicts, List<FileProblem> problems,
			PartnerView sender) {
		List<MessageStatus> messages = new ArrayList<>();
		List<Problem> reasons = new ArrayList<>();
		for (FileProblem problem : problems) {
			reasons.add(new Problem(null, problem.segment(), problem.position(), problem.element(), problem.kind(),
					(problem.line() != null) ? problem.message() + " (line " + problem.line() + ")"
							: problem.message()));
		}
		for (Verdict verdict : verdicts) {
			if (verdict instanceof Verdict.Accepted accepted) {
				Envelope envelope = accepted.document().envelope();
				messages.add(new MessageStatus(envelope.documentNumber(), accepted.document().type().name(),
						Status.ACCEPTED));
			}
			else if (verdict instanceof Verdict.Refused refused) {
				String number = refused.document().envelope().documentNumber();
				messages.add(new MessageStatus(number, refused.document().type().name(), Status.REJECTED));
				reasons.add(new Problem(number, null, null, null, null, refused.reason()));
			}
		}
		if (messages.isEmpty() && reasons.isEmpty()) {
			reasons.add(new Problem(null, null, null, null, null, "The file holds no document"));
		}
		// The hub answers here, not a trading partner: the sender is on both sides, so
		// the
		// acknowledgement is tracked for it alone, and never identifies a receipt as
		// coming
		// from someone else.
		Party hub = new Party(sender.companyId(), null, "Tradehub");
		Party to = new Party(sender.companyId(), null, sender.name());
		Envelope envelope = new Envelope(HubIds.next(), hub, to, "ACK-" + receipt.id(), null, null, null, null);
		return new Acknowledgement(envelope, Acknowledgement.Kind.APPLICATION, Acknowledgement.Level.INTERCHANGE,
				receipt.fileName(), status(messages, reasons),
				new Acknowledgement.Acknowledged(null, receipt.id().toString(), null), messages, reasons);
	}

	private static Status status(List<MessageStatus> messages, List<Problem> problems) {
		long accepted = messages.stream().filter((message) -> message.status() == Status.ACCEPTED).count();
		if (accepted == 0) {
			return Status.REJECTED;
		}
		return (problems.isEmpty()) ? Status.ACCEPTED : Status.PARTIALLY_ACCEPTED;
	}

}
