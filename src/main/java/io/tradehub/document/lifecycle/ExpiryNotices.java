package io.tradehub.document.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.tradehub.mail.Mail;
import io.tradehub.mail.MailService;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TradingContacts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a supplier's ordering and administrative contacts, once per request and deadline,
 * that a waiting request has entered its last hour. A request reopened with a new
 * deadline is told again when that one nears. Each request is told in a transaction of
 * its own, marked before its mails are queued, so two hub instances sweeping at once
 * never both tell it.
 */
@Component
class ExpiryNotices {

	private final RequestLifecycleRepository requests;

	private final Partners partners;

	private final TradingContacts contacts;

	private final MailService mail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ExpiryNotices(RequestLifecycleRepository requests, Partners partners, TradingContacts contacts, MailService mail,
			TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.partners = partners;
		this.contacts = contacts;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @return how many requests were told of
	 */
	@Scheduled(fixedDelayString = "${tradehub.lifecycle.sweep-interval:PT1M}",
			initialDelayString = "${tradehub.lifecycle.sweep-interval:PT1M}")
	int tell() {
		Instant now = this.clock.instant();
		int told = 0;
		for (UUID id : this.requests.findExpiringUntold(now, now.plus(RequestsView.LAST_HOUR))) {
			if (Boolean.TRUE.equals(this.transactions.execute((status) -> tell(id)))) {
				told++;
			}
		}
		return told;
	}

	private boolean tell(UUID id) {
		if (this.requests.markTold(id) == 0) {
			return false;
		}
		RequestLifecycle request = this.requests.findById(id).orElseThrow();
		PartnerView supplier = this.partners.byId(request.supplierId()).orElseThrow();
		String customer = this.partners.byId(request.customerId()).map(PartnerView::name).orElse("Your customer");
		String deadline = RequestLifecycle.local(request.answerBy(), supplier.timeZone());
		for (String address : this.contacts.orderingAndAdministrative(supplier.companyId())) {
			this.mail.queue(Mail
				.of(address, supplier.language(), "request-expiring", request.requestNumber(), customer, deadline)
				.about("request", request.id()));
		}
		return true;
	}

}
