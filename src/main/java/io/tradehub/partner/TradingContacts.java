package io.tradehub.partner;

import java.util.Locale;
import java.util.UUID;

import io.tradehub.partner.company.Company;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.company.Mailboxes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom the hub writes to at a company about its trade (a new request, an answer, an
 * order, a shipment): the person it named for ordering, else its administrative contact,
 * else its account manager; in the company's language.
 */
@Service
public class TradingContacts {

	private final CompanyService companies;

	private final Mailboxes mailboxes;

	TradingContacts(CompanyService companies, Mailboxes mailboxes) {
		this.companies = companies;
		this.mailboxes = mailboxes;
	}

	@Transactional(readOnly = true)
	public Recipient ordering(UUID companyId) {
		Company company = this.companies.get(companyId);
		String address = (company.orderingContact() != null) ? company.orderingContact().email()
				: this.mailboxes.addressOf(company);
		return new Recipient(address, company.language());
	}

	/**
	 * Where a mail goes and the language it is written in.
	 */
	public record Recipient(String address, Locale language) {
	}

}
