package io.tradehub.portal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.tradehub.partner.company.Address;
import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.CompanyView;
import io.tradehub.partner.company.Contact;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.portal.FormChecks;
import io.tradehub.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The company settings form as typed. The finance and ordering contacts are optional:
 * left blank, the company has none. EDI identities are one a line, qualifier and
 * identifier apart by a blank ({@code GLN 4012345000016}).
 */
record SettingsFields(@Nullable String name, @Nullable String timeZone, @Nullable String language,
		@Nullable String street, @Nullable String postalCode, @Nullable String city, @Nullable String country,
		@Nullable String adminName, @Nullable String adminEmail, @Nullable String adminPhone,
		@Nullable String financeName, @Nullable String financeEmail, @Nullable String financePhone,
		@Nullable String orderingName, @Nullable String orderingEmail, @Nullable String orderingPhone,
		@Nullable String identities) {

	static SettingsFields of(CompanyView company) {
		Address address = company.address();
		Contact admin = company.adminContact();
		Contact finance = company.financeContact();
		Contact ordering = company.orderingContact();
		return new SettingsFields(company.name(), company.timeZone(), company.language(),
				(address != null) ? address.street() : null, (address != null) ? address.postalCode() : null,
				(address != null) ? address.city() : null, (address != null) ? address.country() : null,
				(admin != null) ? admin.name() : null, (admin != null) ? admin.email() : null,
				(admin != null) ? admin.phone() : null, (finance != null) ? finance.name() : null,
				(finance != null) ? finance.email() : null, (finance != null) ? finance.phone() : null,
				(ordering != null) ? ordering.name() : null, (ordering != null) ? ordering.email() : null,
				(ordering != null) ? ordering.phone() : null,
				company.ediIdentities()
					.stream()
					.map(identity -> identity.qualifier() + " " + identity.identifier())
					.collect(Collectors.joining("\n")));
	}

	CompanyDetails details() {
		return new CompanyDetails(text(this.name), text(this.timeZone), text(this.language),
				new Address(text(this.street), text(this.postalCode), text(this.city), text(this.country)),
				new Contact(text(this.adminName), text(this.adminEmail), FormChecks.blankToNull(this.adminPhone)),
				contact(this.financeName, this.financeEmail, this.financePhone),
				contact(this.orderingName, this.orderingEmail, this.orderingPhone), ediIdentities());
	}

	private List<EdiIdentity> ediIdentities() {
		List<String> lines = FormChecks.lines(this.identities);
		List<EdiIdentity> identities = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("\\s+", 2);
			if (parts.length != 2) {
				throw new InvalidInputException("ediIdentities[" + i + "]", "'" + lines.get(i)
						+ "' must be a qualifier and an identifier apart by a blank, such as: GLN 4012345000016");
			}
			identities.add(new EdiIdentity(parts[0].toUpperCase(Locale.ROOT), parts[1].strip()));
		}
		return identities;
	}

	private static @Nullable Contact contact(@Nullable String name, @Nullable String email, @Nullable String phone) {
		if (FormChecks.blankToNull(name) == null && FormChecks.blankToNull(email) == null
				&& FormChecks.blankToNull(phone) == null) {
			return null;
		}
		return new Contact(text(name), text(email), FormChecks.blankToNull(phone));
	}

	private static String text(@Nullable String value) {
		return (value == null) ? "" : value.strip();
	}

}
