package io.tradehub.portal.partners;

import java.util.List;
import java.util.Map;

import io.tradehub.partner.company.Address;
import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.Contact;
import io.tradehub.partner.invite.InviteForms.NewAccount;

/**
 * The registration form as the browser posts it: the new customer company and its first
 * user. The inputs are named like the fields of the API's registration body
 * ({@code company.address.city}, {@code user.password}), so a problem the validation
 * names lands beside its input.
 *
 * @param values each field's text, by its input's name
 */
record RegistrationForm(Map<String, String> values) {

	RegistrationForm {
		values = Map.copyOf(values);
	}

	/**
	 * The company, whose administrative contact is the registering user.
	 */
	CompanyDetails company(String email) {
		return new CompanyDetails(get("company.name"), get("company.timeZone"), get("company.language"),
				new Address(get("company.address.street"), get("company.address.postalCode"),
						get("company.address.city"), get("company.address.country").toUpperCase()),
				new Contact(get("user.name"), email, null), null, null, List.of());
	}

	NewAccount user() {
		// A password is taken as typed: spaces may be part of it.
		return new NewAccount(get("user.name"), this.values.getOrDefault("user.password", ""));
	}

	private String get(String field) {
		return this.values.getOrDefault(field, "").strip();
	}

}
