package io.tradehub.partner.company;

import io.tradehub.partner.user.UserService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the hub writes to a company, and the public addresses its mails link to.
 */
@Component
public class Mailboxes {

	private final UserService users;

	private final String publicUrl;

	Mailboxes(UserService users, @Value("${tradehub.public-url}") String publicUrl) {
		this.users = users;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * The administrative contact, or the account manager where the company named none.
	 */
	public String addressOf(Company company) {
		if (company.adminContact() != null) {
			return company.adminContact().email();
		}
		String manager = this.users.accountManagerEmail(company.id());
		if (manager == null) {
			throw new IllegalStateException("Company " + company.id() + " has neither a contact nor a user");
		}
		return manager;
	}

	public String link(String path) {
		return this.publicUrl + path;
	}

}
