package io.tradehub.partner;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A company as the hub's pipeline sees it: who it is, where its deadlines are computed,
 * which language its documents speak, and how it exchanges files.
 *
 * @param companyId the company
 * @param name its name
 * @param role whether it supplies, buys or both
 * @param timeZone where its deadlines are computed
 * @param language of its documents and mails
 * @param ediIdentities its interchange identities
 * @param technicalProfile how it exchanges files, or null when it has not set one up
 */
public record PartnerView(UUID companyId, String name, PartnerRole role, ZoneId timeZone, Locale language,
		List<PartnerIdentity> ediIdentities, @Nullable TechnicalProfile technicalProfile) {

	public PartnerView {
		ediIdentities = List.copyOf(ediIdentities);
	}

}
