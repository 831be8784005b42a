package io.tradehub.partner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
	 * Where the hub writes about a deadline at a company: its ordering contact and its
	 * administrative contact (or account manager), each once.
	 */
	@Transactional(readOnly = true)
	public List<String> orderingAndAdministrative(UUID companyId) {
		Company company = this.companies.get(companyId);
		Set<String> addresses = new LinkedHashSet<>();
		if (company.orderingContact() != null) {
			addresses.add(company.orderingContact().email());
		}
		addresses.add(this.mailboxes.addressOf(company));
		return List.copyOf(addresses);
	}

	/**
	 * Where a mail goes and the language it is written in.
	 */
	public record Recipient(String address, Locale language) {
	}

}
