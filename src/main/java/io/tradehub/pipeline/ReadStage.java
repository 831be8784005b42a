package io.tradehub.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.document.Acknowledgement;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Party;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.conversion.Conversion;
import io.tradehub.format.conversion.FileProblem;
import io.tradehub.format.conversion.ReadFile;
import io.tradehub.format.conversion.ReadOptions;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TechnicalProfile;
import io.tradehub.tracking.DocumentStatus;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.NewDocument;
import io.tradehub.tracking.ReceiptStatus;
import io.tradehub.tracking.ReceiptView;
import io.tradehub.tracking.Receipts;
import io.tradehub.tracking.Registration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second stage: a receipt is read with its sender's mappings, each interchange is
 * registered (a control reference seen before from the same sender is a duplicate), each
 * document passes the rules and is recorded, accepted or refused with its reason, an
 * accepted one is written for its receiver in the same transaction, and the sender is
 * acknowledged as its profile asks.
 */
@Component
class ReadStage {

	private static final Logger logger = LoggerFactory.getLogger(ReadStage.class);

	private static final List<DocumentStatus> TO_ROUTE = List.of(DocumentStatus.ACCEPTED, DocumentStatus.ROUTED,
			DocumentStatus.RETRYING);

	private final Receipts receipts;

	private final Documents documents;

	private final Partners partners;

	private final Conversion conversion;

	private final Rules rules;

	private final Registrations registrations;

	private final SenderAcknowledgements acknowledgements;

	private final RouteStage writer;

	private final ApplicationEventPublisher events;

	ReadStage(Receipts receipts, Documents documents, Partners partners, Conversion conversion, Rules rules,
			Registrations registrations, SenderAcknowledgements acknowledgements, RouteStage writer,
			ApplicationEventPublisher events) {
		this.receipts = receipts;
		this.documents = documents;
		this.partners = partners;
		this.conversion = conversion;
		this.rules = rules;
		this.registrations = registrations;
		this.acknowledgements = acknowledgements;
		this.writer = writer;
		this.events = events;
	}

	/**
	 * Reads a receipt once; read again (a redelivery after a crash, or at the same time
	 * by another consumer, which waits for the first), it hands on what is still to be
	 * routed and changes nothing.
	 * @return the hub ids of the documents to route next
	 */
	@Transactional
	public List<String> read(String receiptId) {
		UUID id = UUID.fromString(receiptId);
		ReceiptView receipt = this.receipts.claim(id);
		if (receipt.status() != ReceiptStatus.RECEIVED) {
			return ids(this.documents.ofReceipt(id, TO_ROUTE));
		}
		boolean portal = portal(receipt);
		if (!portal && TechnicalProfile.PORTAL.equals(receipt.channel())) {
			// the portal is admitted without a profile and names its receiver by id:
			// a partner's route under its name must not be trusted as it is
			refuse(id, "Only the hub's own portal sends through the channel portal; route " + receipt.channel()
					+ " of kind " + receipt.channelKind() + " needs a name of its own", List.of());
			return List.of();
		}
		Optional<PartnerView> partner = sender(receipt, portal);
		if (partner.isEmpty()) {
			refuse(id, "The channel " + receipt.channel() + " names partner '" + receipt.partnerKey()
					+ "', which the hub does not know", List.of());
			return List.of();
		}
		TechnicalProfile profile = partner.get().technicalProfile();
		if (!TechnicalProfile.admits(profile, receipt.channel(), receipt.channelIdentity())) {
			refuse(id,
					"The channel " + receipt.channel()
							+ (receipt.channelIdentity() != null ? " (" + receipt.channelIdentity() + ")" : "")
							+ " is not one of " + partner.get().name() + "'s inbound channels",
					List.of());
			return List.of();
		}
		ReadFile file = portal ? this.conversion.readOwn(this.receipts.raw(id))
				: this.conversion.read(receipt.fileName(), this.receipts.raw(id), options(receipt, partner.get()));
		if (!file.problems().isEmpty()) {
			refuse(id, file.problems().get(0).message(), file.problems());
			return ids(this.acknowledgements
				.acknowledgeFile(receipt, file.format(), List.of(), file.problems(), partner.get())
				.stream()
				.toList());
		}
		List<UUID> toRoute = new ArrayList<>();
		List<FileProblem> refusals = new ArrayList<>();
		List<Verdict> verdicts = new ArrayList<>();
		boolean accepted = false;
		for (ReadFile.Part part : file.parts()) {
			Registration registration = this.registrations.register(id, part, partner.get());
			UUID interchangeId = (registration instanceof Registration.Registered registered)
					? registered.interchangeId() : null;
			List<FileProblem> problems = new ArrayList<>(part.problems());
			List<ParseProblem> ediProblems = new ArrayList<>(part.ediProblems());
			if (registration instanceof Registration.Duplicate duplicate) {
				ediProblems.add(Registrations.problem(part, duplicate));
				problems.add(FileProblem.of(ediProblems.get(ediProblems.size() - 1)));
			}
			refusals.addAll(problems);
			List<Verdict> partVerdicts = new ArrayList<>();
			if (problems.isEmpty()) {
				for (CanonicalDocument document : part.documents()) {
					accepted |= record(id, interchangeId, part, document, partner.get(), receipt.channel(), toRoute,
							partVerdicts);
				}
			}
			verdicts.addAll(partVerdicts);
			toRoute.addAll(this.acknowledgements.acknowledge(id, interchangeId, part, ediProblems, partVerdicts,
					partner.get()));
		}
		if (!portal) {
			// the portal's user reads the verdict in the action's answer; the company's
			// systems sent nothing and get no acknowledgement
			this.acknowledgements.acknowledgeFile(receipt, file.format(), verdicts, refusals, partner.get())
				.ifPresent(toRoute::add);
		}
		if (accepted || refusals.isEmpty()) {
			this.receipts.read(id, file.format().name());
		}
		else {
			refuse(id, refusals.get(0).message(), refusals);
		}
		return ids(toRoute);
	}

	private boolean record(UUID receiptId, @Nullable UUID interchangeId, ReadFile.Part part, CanonicalDocument document,
			PartnerView partner, String channel, List<UUID> toRoute, List<Verdict> verdicts) {
		Verdict verdict = this.rules.check(document, part.interchange(), partner, channel);
		if (verdict instanceof Verdict.Accepted ok && ok.document() instanceof Acknowledgement ack) {
			verdicts.add(verdict);
			tie(receiptId, interchangeId, ack, partner);
			return true;
		}
		if (verdict instanceof Verdict.Accepted ok) {
			NewDocument accepted = NewDocument.read(receiptId, interchangeId, ok.document());
			RouteStage.Rendering rendering = this.writer.render(ok.document(), ok.receiver().companyId());
			if (rendering.unwritable() != null) {
				this.documents.refuse(accepted, rendering.unwritable());
				verdicts.add(new Verdict.Refused(ok.document(), ok.receiver(), rendering.unwritable()));
				return false;
			}
			UUID id = (rendering.output() != null) ? this.documents.acceptRouted(accepted, rendering.output())
					: this.documents.accept(accepted);
			this.events.publishEvent(new DocumentRecorded(id, ok.document(), ok.connection()));
			verdicts.add(verdict);
			toRoute.add(id);
			return true;
		}
		verdicts.add(verdict);
		Verdict.Refused refused = (Verdict.Refused) verdict;
		logger.info("{} {} of receipt {} refused: {}", document.type(), document.envelope().documentNumber(), receiptId,
				refused.reason());
		this.documents.refuse(NewDocument.read(receiptId, interchangeId, refused.document()), refused.reason());
		return false;
	}

	/**
	 * A partner's acknowledgement answers an interchange the hub sent it: it is tied to
	 * the documents of that interchange and goes no further. One that answers nothing the
	 * hub sent stays ACCEPTED, for the operator to look at.
	 */
	private void tie(UUID receiptId, @Nullable UUID interchangeId, Acknowledgement ack, PartnerView partner) {
		String reference = (ack.acknowledged() != null) ? ack.acknowledged().interchangeReference() : null;
		List<UUID> sent = (reference != null) ? this.documents.sentIn(partner.companyId(), reference) : List.of();
		UUID acknowledged = sent.isEmpty() ? null : sent.get(0);
		UUID id = this.documents.accept(new NewDocument(receiptId, interchangeId, ack, null, acknowledged));
		if (acknowledged != null) {
			this.documents.delivered(id);
		}
		else {
			logger.info("Acknowledgement {} from {} answers interchange {}, which the hub did not send it", id,
					partner.name(), reference);
		}
	}

	/**
	 * A channel names its partner by key; the portal names the company itself, as only it
	 * can: it is the hub, acting for a signed-in user.
	 */
	private Optional<PartnerView> sender(ReceiptView receipt, boolean portal) {
		if (portal) {
			return (receipt.senderCompanyId() != null) ? this.partners.byId(receipt.senderCompanyId())
					: Optional.empty();
		}
		return (receipt.partnerKey() != null) ? this.partners.byKey(receipt.partnerKey()) : Optional.empty();
	}

	static boolean portal(ReceiptView receipt) {
		return TechnicalProfile.PORTAL.equals(receipt.channel())
				&& TechnicalProfile.PORTAL.equals(receipt.channelKind());
	}

	/** A refusal is data for the sender; the log says it too, for the operator. */
	private void refuse(UUID receipt, String reason, List<?> problems) {
		logger.info("Receipt {} refused: {}", receipt, reason);
		this.receipts.refuse(receipt, reason, problems);
	}

	private static ReadOptions options(ReceiptView receipt, PartnerView partner) {
		TechnicalProfile profile = partner.technicalProfile();
		String identity = partner.ediIdentities().isEmpty() ? null : partner.ediIdentities().get(0).toString();
		return new ReadOptions(profile.key(), profile.csvLayout(), receipt.channel(),
				new Party(partner.companyId(), identity, partner.name()), new Party(null, null, null));
	}

	private static List<String> ids(List<UUID> ids) {
		return ids.stream().map(UUID::toString).toList();
	}

}
