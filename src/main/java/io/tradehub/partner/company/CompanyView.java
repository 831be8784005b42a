package io.tradehub.partner.company;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A company as its own users see it.
 */
public record CompanyView(UUID id, String name, CompanyRole role, String timeZone, String language,
		@Nullable Address address, @Nullable Contact adminContact, @Nullable Contact financeContact,
		@Nullable Contact orderingContact, List<EdiIdentity> ediIdentities, @Nullable String termsVersion,
		@Nullable String termsUrl) {

	static CompanyView of(Company company) {
		return new CompanyView(company.id(), company.name(), company.role(), company.timeZone().getId(),
				company.language().toLanguageTag(), company.address(), company.adminContact(), company.financeContact(),
				company.orderingContact(), company.ediIdentities(), company.termsVersion(), company.termsUrl());
	}

}
