package io.tradehub.notification;

import java.util.UUID;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Envelope;
import io.tradehub.mail.Mail;
import io.tradehub.mail.MailService;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TradingContacts;
import io.tradehub.pipeline.DocumentRecorded;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the receiving company's ordering contact (else its administrative contact) about
 * a document recorded for it, whatever channel it came by: a new order request or order
 * to the supplier, an answer or a shipment notice to the customer; in the company's
 * language. One mail per document: the read stage records a document once.
 * <p>
 * Only for a company that works in the portal: one whose technical profile delivers its
 * documents to its own systems (an outbound channel) has them there already, and an ERP
 * taking thousands of orders a day would bury its ordering contact in mail.
 */
@Component
class DocumentNotifications {

	private static final Logger logger = LoggerFactory.getLogger(DocumentNotifications.class);

	private final TradingContacts contacts;

	private final Partners partners;

	private final MailService mail;

	private final TransactionTemplate ownTransaction;

	DocumentNotifications(TradingContacts contacts, Partners partners, MailService mail,
			PlatformTransactionManager transactions) {
		this.contacts = contacts;
		this.partners = partners;
		this.mail = mail;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * After the record commits, so a document the read rolls back mails no one, and on
	 * another thread: queueing a mail is a transaction of its own, which the read stage's
	 * consumer must not wait for with every document. A mail that cannot be queued is
	 * logged, not thrown: the document is recorded and on its way either way.
	 */
	@Async
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void recorded(DocumentRecorded recorded) {
		String kind = kind(recorded.document());
		UUID receiver = recorded.document().envelope().receiver().companyId();
		if (kind == null || receiver == null || takesDocumentsInItsSystems(receiver)) {
			return;
		}
		try {
			this.ownTransaction.executeWithoutResult((status) -> queue(kind, recorded));
		}
		catch (RuntimeException ex) {
			logger.warn("No notification for document {}: {}", recorded.hubId(), ex.toString());
		}
	}

	private void queue(String kind, DocumentRecorded recorded) {
		Envelope envelope = recorded.document().envelope();
		TradingContacts.Recipient to = this.contacts.ordering(envelope.receiver().companyId());
		String sender = (envelope.sender().name() != null) ? envelope.sender().name() : "-";
		Envelope.DocumentLink answers = envelope.answers();
		String answered = (answers != null && answers.documentNumber() != null) ? answers.documentNumber() : "-";
		this.mail.queue(Mail.of(to.address(), to.language(), kind, sender, envelope.documentNumber(), answered)
			.about("document", recorded.hubId()));
	}

	private boolean takesDocumentsInItsSystems(UUID companyId) {
		return this.partners.byId(companyId)
			.map((partner) -> partner.technicalProfile() != null
					&& partner.technicalProfile().outboundChannel() != null)
			.orElse(false);
	}

	private static @Nullable String kind(CanonicalDocument document) {
		return switch (document.type()) {
			case ORDER_REQUEST -> "order-request-received";
			case ORDER -> "order-received";
			case ANSWER -> "answer-received";
			case SHIPMENT_NOTICE -> "shipment-received";
			default -> null;
		};
	}

}
