package io.tradehub.action;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.Party;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.pipeline.Portal;
import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.IllegalTransitionException;
import io.tradehub.shared.NotFoundException;
import io.tradehub.tracking.DocumentStatus;
import io.tradehub.tracking.DocumentView;
import io.tradehub.tracking.Documents;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What every action shares: the documents a company may act on, the envelope of a new
 * document with its number, and its way into the pipeline through the portal.
 */
@Component
class Submissions {

	/**
	 * How long an action waits for the pipeline's verdict: a request thread is held while
	 * it does, and an unloaded hub reads a document well within it.
	 */
	static final Duration VERDICT_WAIT = Duration.ofSeconds(10);

	private final Portal portal;

	private final Documents documents;

	private final Partners partners;

	private final DocumentNumbers numbers;

	private final Clock clock;

	Submissions(Portal portal, Documents documents, Partners partners, DocumentNumbers numbers, Clock clock) {
		this.portal = portal;
		this.documents = documents;
		this.partners = partners;
		this.numbers = numbers;
		this.clock = clock;
	}

	/**
	 * A document the caller's company received and may act on.
	 * @param what the document's kind in words, for the answers
	 * @param action what the caller is doing, for the answers
	 * @throws NotFoundException when it is not one the caller's company sent or received,
	 * or of another type
	 * @throws ConflictException when the caller's company sent it
	 * @throws IllegalTransitionException when the pipeline refused it
	 */
	DocumentView received(Caller caller, UUID id, DocumentType type, String what, String action) {
		DocumentView view;
		try {
			view = this.documents.get(id);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException(what, id);
		}
		boolean sent = caller.companyId().equals(view.senderCompanyId());
		if (view.type() != type || !(sent || caller.companyId().equals(view.receiverCompanyId()))) {
			throw new NotFoundException(what, id);
		}
		if (sent) {
			throw new ConflictException("Your company sent " + what + " " + view.documentNumber() + "; only the"
					+ " company it went to may " + action + " it.");
		}
		if (view.status() == DocumentStatus.REFUSED) {
			throw new IllegalTransitionException(what + " " + view.documentNumber(), DocumentStatus.REFUSED, action);
		}
		return view;
	}

	/**
	 * A trading partner of the customer: the supplier it holds a connection with, in any
	 * state (the rules refuse a connection that is not ACTIVE, saying so); any other
	 * company is not found, so an id tells nothing about companies it does not trade
	 * with.
	 */
	PartnerView supplierOf(Caller caller, UUID supplierId) {
		if (this.partners.supply(supplierId, caller.companyId()).isEmpty()) {
			throw new NotFoundException("supplier connected with your company", supplierId);
		}
		return company(supplierId);
	}

	PartnerView company(UUID companyId) {
		return this.partners.byId(companyId).orElseThrow(() -> new NotFoundException("company", companyId));
	}

	/**
	 * A new envelope, numbered by its sender.
	 * @param answers the document it answers or fulfils, or null
	 */
	Envelope envelope(PartnerView sender, PartnerView receiver, DocumentType type, @Nullable DocumentView answers) {
		String number = this.numbers.next(sender.companyId(), sender.timeZone(), type);
		Envelope.DocumentLink link = (answers != null)
				? new Envelope.DocumentLink(answers.id(), answers.type(), answers.documentNumber()) : null;
		return new Envelope(HubIds.next(), party(sender), party(receiver), number,
				LocalDate.ofInstant(this.clock.instant(), sender.timeZone()), link, null, null);
	}

	/**
	 * Hands the document to the pipeline as the sender's and waits for the verdict.
	 */
	ActionResult submit(CanonicalDocument document, Caller caller) {
		UUID sender = document.envelope().sender().companyId();
		Portal.PortalVerdict verdict = this.portal.submit(document, (sender != null) ? sender : caller.companyId(),
				caller.name(), VERDICT_WAIT);
		return ActionResult.of(verdict, document.envelope().documentNumber());
	}

	private static Party party(PartnerView company) {
		return new Party(company.companyId(), null, company.name());
	}

}
