package io.tradehub.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Party;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.ack.AcknowledgementWriter;
import io.tradehub.format.conversion.Conversion;
import io.tradehub.format.conversion.ReadFile;
import io.tradehub.format.conversion.ReadOptions;
import io.tradehub.partner.AcknowledgementPolicy;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.NewDocument;
import io.tradehub.tracking.Output;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Acknowledges each interchange to its sender as its profile asks: a CONTRL for EDIFACT,
 * a 997 or 999 for X12 (TA1 when the envelope itself is bad), accepting or rejecting with
 * the positions of its problems. The acknowledgement is a document of its own, recorded
 * and delivered on the sender's outbound channel like any other.
 */
@Component
class SenderAcknowledgements {

	private static final Logger logger = LoggerFactory.getLogger(SenderAcknowledgements.class);

	private final AcknowledgementWriter writer;

	private final Conversion conversion;

	private final Partners partners;

	private final Documents documents;

	SenderAcknowledgements(AcknowledgementWriter writer, Conversion conversion, Partners partners,
			Documents documents) {
		this.writer = writer;
		this.conversion = conversion;
		this.partners = partners;
		this.documents = documents;
	}

	/**
	 * @param problems everything wrong with the interchange, as EDI positions
	 * @return the acknowledgement's hub id, routed and ready to deliver, or empty when
	 * the sender wants none or it cannot be sent
	 */
	Optional<UUID> acknowledge(UUID receiptId, @Nullable UUID interchangeId, ReadFile.Part part,
			List<ParseProblem> problems, PartnerView sender) {
		TechnicalProfile profile = sender.technicalProfile();
		Interchange interchange = part.interchange();
		if (interchange == null || profile == null
				|| profile.acknowledgement().level() == AcknowledgementPolicy.Level.NONE
				|| profile.acknowledgement().delivery() != AcknowledgementPolicy.Delivery.OUTBOUND_CHANNEL
				|| profile.outboundChannel() == null) {
			return Optional.empty();
		}
		Optional<PartnerView> receiver = this.partners.byInterchangeIdentity(interchange.receiver().toString());
		if (receiver.isEmpty()) {
			logger.warn("Interchange {} from {} is addressed to {}, no company on the hub; it is not acknowledged",
					interchange.controlReference(), sender.name(), interchange.receiver());
			return Optional.empty();
		}
		byte[] bytes = this.writer.write(interchange, problems);
		ReadFile written = this.conversion.read("acknowledgement", bytes, ReadOptions.of("hub"));
		CanonicalDocument ack = written.documents().get(0);
		ack = ack.withEnvelope(ack.envelope()
			.withParties(
					new Party(receiver.get().companyId(), interchange.receiver().toString(), receiver.get().name()),
					new Party(sender.companyId(), interchange.sender().toString(), sender.name())));
		UUID id = this.documents.accept(new NewDocument(receiptId, null, ack, interchangeId, null));
		String reference = written.parts().get(0).interchange().controlReference();
		this.documents.routed(id, new Output(name(ack, reference, interchange), interchange.standard(),
				profile.outboundChannel(), reference, bytes));
		return Optional.of(id);
	}

	private static String name(CanonicalDocument ack, String reference, Interchange answered) {
		String type = answered.standard().equals("EDIFACT") ? "contrl" : "x12-ack";
		return type + "-" + answered.controlReference().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + reference
				+ (answered.standard().equals("EDIFACT") ? ".edi" : ".x12");
	}

}
