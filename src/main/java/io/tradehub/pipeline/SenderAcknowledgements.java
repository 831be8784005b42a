package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.channel.Channels;
import io.tradehub.document.Acknowledgement;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Party;
import io.tradehub.format.Format;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ack.AcknowledgementWriter;
import io.tradehub.format.ack.DocumentVerdict;
import io.tradehub.format.conversion.Conversion;
import io.tradehub.format.conversion.FileProblem;
import io.tradehub.format.conversion.ReadFile;
import io.tradehub.format.conversion.ReadOptions;
import io.tradehub.partner.AcknowledgementPolicy;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.NewDocument;
import io.tradehub.tracking.Output;
import io.tradehub.tracking.ReceiptView;
import io.tradehub.tracking.Receipts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Acknowledges each interchange to its sender as its profile asks: a CONTRL for EDIFACT,
 * a 997 or 999 for X12 (TA1 when the envelope itself is bad), accepting or rejecting with
 * the positions of its problems; at the application level an EDIFACT interchange gets an
 * APERAK per document instead, with the rules' verdict, and a CSV, XML or JSON file a
 * canonical application acknowledgement. A refusal by the rules always reaches the sender
 * in words: where the acknowledgement has none (CONTRL, 997, 999), APERAKs of the refused
 * documents or an 824 follow it, and a 997 or 999 rejects the refused sets. The
 * acknowledgement is a document of its own, recorded and delivered like any other: on the
 * sender's outbound channel, or back the way the file came ({@link Channels#REPLY}).
 */
@Component
class SenderAcknowledgements {

	private static final Logger logger = LoggerFactory.getLogger(SenderAcknowledgements.class);

	private final AcknowledgementWriter writer;

	private final Conversion conversion;

	private final Partners partners;

	private final Documents documents;

	private final Receipts receipts;

	SenderAcknowledgements(AcknowledgementWriter writer, Conversion conversion, Partners partners, Documents documents,
			Receipts receipts) {
		this.writer = writer;
		this.conversion = conversion;
		this.partners = partners;
		this.documents = documents;
		this.receipts = receipts;
	}

	/**
	 * An EDIFACT sender at the application level gets one interchange of APERAKs, one per
	 * document, rather than the CONTRL: DESIGN §4 gives a sender the one acknowledgement
	 * its profile asks for, and the APERAK says all a CONTRL would (syntax errors and a
	 * duplicate refuse each message, with where). Only an interchange with no business
	 * message to name (acknowledgements alone) is still answered by a CONTRL.
	 * @param problems everything wrong with the interchange, as EDI positions
	 * @param verdicts the rules' verdict on each document read from it, in its order;
	 * empty when its problems kept the documents from being read
	 * @return the hub ids of the acknowledgements, routed and ready to deliver, or none
	 * when the sender wants none or they cannot be sent: the one its profile asks for,
	 * and when that carries no words and the rules refused a document, the reasons (for
	 * EDIFACT APERAKs of the refused documents beside the CONTRL, for X12 an 824 beside
	 * the 997 or 999)
	 */
	List<UUID> acknowledge(UUID receiptId, @Nullable UUID interchangeId, ReadFile.Part part,
			List<ParseProblem> problems, List<Verdict> verdicts, PartnerView sender) {
		TechnicalProfile profile = sender.technicalProfile();
		Interchange interchange = part.interchange();
		if (interchange == null || profile == null
				|| profile.acknowledgement().level() == AcknowledgementPolicy.Level.NONE) {
			return List.of();
		}
		Destination destination = destination(receiptId, profile);
		if (Destination.NONE.equals(destination)) {
			return List.of();
		}
		Optional<PartnerView> receiver = this.partners.byInterchangeIdentity(interchange.receiver().toString());
		if (receiver.isEmpty()) {
			logger.warn("Interchange {} from {} is addressed to {}, no company on the hub; it is not acknowledged",
					interchange.controlReference(), sender.name(), interchange.receiver());
			return List.of();
		}
		boolean x12 = interchange.standard().equals("X12");
		List<DocumentVerdict> documents = documents(verdicts);
		Optional<byte[]> aperak = (profile.acknowledgement().level() == AcknowledgementPolicy.Level.APPLICATION && !x12)
				? this.writer.aperak(interchange, problems, documents) : Optional.empty();
		byte[] bytes = aperak.orElseGet(() -> x12 ? this.writer.x12(interchange, problems, documents)
				: this.writer.write(interchange, problems));
		ReadFile written = this.conversion.read("acknowledgement", bytes, ReadOptions.of("hub"));
		String reference = written.parts().get(0).interchange().controlReference();
		CanonicalDocument ack = aperak.isPresent() ? AperakSummary.of(written.documents(), interchange, reference)
				: written.documents().get(0);
		List<UUID> sent = new ArrayList<>();
		record(receiptId, interchangeId, ack, sender, receiver.get(), interchange,
				new Output(name(aperak.isPresent() ? "aperak" : null, reference, interchange), interchange.standard(),
						destination.channelOr(Channels.REPLY), reference, bytes),
				destination)
			.ifPresent(sent::add);
		if (aperak.isEmpty()) {
			explain(receiptId, interchangeId, interchange, verdicts, documents, sender, receiver.get(), destination)
				.ifPresent(sent::add);
		}
		return sent;
	}

	/**
	 * CONTRL, 997 and 999 carry codes, not words: when the rules refused a document, its
	 * reason follows in an acknowledgement of its own, APERAKs of the refused documents
	 * for EDIFACT and an 824 for X12.
	 * @return the hub id of that acknowledgement, or empty when nothing was refused
	 */
	private Optional<UUID> explain(UUID receiptId, @Nullable UUID interchangeId, Interchange interchange,
			List<Verdict> verdicts, List<DocumentVerdict> documents, PartnerView sender, PartnerView receiver,
			Destination destination) {
		boolean x12 = interchange.standard().equals("X12");
		Optional<byte[]> refusals = x12 ? this.writer.applicationAdvice(interchange, documents)
				: this.writer.refusals(interchange, documents);
		if (refusals.isEmpty()) {
			return Optional.empty();
		}
		ReadFile read = this.conversion.read("refusals", refusals.get(), ReadOptions.of("hub"));
		String reference = read.parts().get(0).interchange().controlReference();
		CanonicalDocument summary = x12 ? ApplicationAdvice.of(verdicts, interchange)
				: AperakSummary.of(read.documents(), interchange, reference);
		return record(receiptId, interchangeId, summary, sender, receiver, interchange,
				new Output(name(x12 ? "advice" : "aperak", reference, interchange), interchange.standard(),
						destination.channelOr(Channels.REPLY), reference, refusals.get()),
				destination);
	}

	/**
	 * Records an acknowledgement going back from the interchange's receiver to its
	 * sender, routed and ready to deliver.
	 */
	private Optional<UUID> record(UUID receiptId, @Nullable UUID interchangeId, CanonicalDocument ack,
			PartnerView sender, PartnerView receiver, Interchange interchange, Output output, Destination destination) {
		CanonicalDocument answer = ack.withEnvelope(ack.envelope()
			.withParties(new Party(receiver.companyId(), interchange.receiver().toString(), receiver.name()),
					new Party(sender.companyId(), interchange.sender().toString(), sender.name())));
		UUID id = this.documents.accept(new NewDocument(receiptId, null, answer, interchangeId, null));
		return route(id, output, destination);
	}

	/**
	 * The application acknowledgement of a CSV, XML or JSON file, for a sender that asks
	 * for one: a canonical acknowledgement in JSON, one per file. EDI interchanges are
	 * acknowledged one by one by {@link #acknowledge} instead (for EDIFACT an APERAK).
	 * @param verdicts the rules' verdict on each document of the file
	 * @param problems what made the file, or a part of it, unreadable
	 * @return the acknowledgement's hub id, routed and ready to deliver, or empty
	 */
	Optional<UUID> acknowledgeFile(ReceiptView receipt, Format format, List<Verdict> verdicts,
			List<FileProblem> problems, PartnerView sender) {
		TechnicalProfile profile = sender.technicalProfile();
		if (profile == null || profile.acknowledgement().level() != AcknowledgementPolicy.Level.APPLICATION
				|| format == Format.EDIFACT || format == Format.X12) {
			return Optional.empty();
		}
		Destination destination = destination(receipt, profile);
		if (Destination.NONE.equals(destination)) {
			return Optional.empty();
		}
		Acknowledgement ack = FileAcknowledgement.of(receipt, verdicts, problems, sender);
		UUID id = this.documents.accept(new NewDocument(receipt.id(), null, ack, null, null));
		byte[] bytes = CanonicalJson.write(ack).getBytes(StandardCharsets.UTF_8);
		String name = "ack-"
				+ receipt.fileName().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^A-Za-z0-9._-]", "_")
				+ ".json";
		return route(id, new Output(name, "JSON", destination.channelOr(Channels.REPLY), null, bytes), destination);
	}

	/**
	 * An acknowledgement with nowhere to go stays recorded, FAILED with the reason, for
	 * the sender to see and the operator to fix.
	 */
	private Optional<UUID> route(UUID id, Output output, Destination destination) {
		this.documents.routed(id, output);
		if (destination.channel() == null) {
			logger.warn("Acknowledgement {} is not sent: {}", id, destination.nowhere());
			this.documents.failed(id, "Not sent: " + destination.nowhere());
			return Optional.empty();
		}
		return Optional.of(id);
	}

	/**
	 * The receipt is looked up only for a reply, so the other acknowledgements cost
	 * nothing more.
	 */
	private Destination destination(UUID receiptId, TechnicalProfile profile) {
		return replies(profile) ? destination(this.receipts.get(receiptId), profile) : outbound(profile);
	}

	/**
	 * Where the sender's profile sends its acknowledgement: its outbound channel, or back
	 * the way the file came. HTTP callers collect it (the POST waits for it, or
	 * {@code GET /api/v1/inbound/{id}/acknowledgement}); mail and JMS answer on the
	 * receipt's reply address. Files (SFTP, folders) have no way back that the partner
	 * would look at without being told where, so REPLY falls back to the outbound channel
	 * there.
	 */
	private Destination destination(ReceiptView receipt, TechnicalProfile profile) {
		if (!replies(profile)) {
			return outbound(profile);
		}
		return switch (receipt.channelKind()) {
			case "http" -> new Destination(Channels.REPLY, null);
			case "imap", "jms" -> (receipt.replyTo() != null) ? new Destination(Channels.REPLY, null)
					: new Destination(null, "the acknowledgement goes back the way the file came, but "
							+ receipt.channel() + " gave no reply address" + (receipt.channelKind().equals("jms")
									? " (the message had no JMSReplyTo and the channel has no replyQueue)" : ""));
			default -> (profile.outboundChannel() != null) ? new Destination(profile.outboundChannel(), null)
					: new Destination(null, "the acknowledgement goes back the way the file came, but "
							+ receipt.channel() + " is a " + receipt.channelKind()
							+ " channel, which has no way back, and there is no outbound channel to fall back to");
		};
	}

	private static boolean replies(TechnicalProfile profile) {
		return profile.acknowledgement().delivery() == AcknowledgementPolicy.Delivery.REPLY;
	}

	private static Destination outbound(TechnicalProfile profile) {
		return (profile.outboundChannel() != null) ? new Destination(profile.outboundChannel(), null)
				: Destination.NONE;
	}

	/**
	 * The channel an acknowledgement goes by; no channel with the reason it has nowhere
	 * to go.
	 */
	private record Destination(@Nullable String channel, @Nullable String nowhere) {

		static final Destination NONE = new Destination(null, null);

		String channelOr(String otherwise) {
			return (this.channel != null) ? this.channel : otherwise;
		}

	}

	/**
	 * The rules' verdicts an APERAK answers: a partner's own acknowledgements are not
	 * acknowledged back.
	 */
	private static List<DocumentVerdict> documents(List<Verdict> verdicts) {
		List<DocumentVerdict> documents = new ArrayList<>();
		for (Verdict verdict : verdicts) {
			if (verdict instanceof Verdict.Accepted accepted && !(accepted.document() instanceof Acknowledgement)) {
				documents.add(DocumentVerdict.accepted(accepted.document().envelope().documentNumber()));
			}
			else if (verdict instanceof Verdict.Refused refused && !(refused.document() instanceof Acknowledgement)) {
				documents
					.add(DocumentVerdict.refused(refused.document().envelope().documentNumber(), refused.reason()));
			}
		}
		return documents;
	}

	/**
	 * @param type the acknowledgement's name, or null for the standard's syntax one
	 */
	private static String name(@Nullable String type, String reference, Interchange answered) {
		if (type == null) {
			type = answered.standard().equals("EDIFACT") ? "contrl" : "x12-ack";
		}
		return type + "-" + answered.controlReference().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + reference
				+ (answered.standard().equals("EDIFACT") ? ".edi" : ".x12");
	}

}
