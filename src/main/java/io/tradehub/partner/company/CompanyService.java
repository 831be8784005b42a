package io.tradehub.partner.company;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.tradehub.shared.Caller;
import io.tradehub.shared.ConflictException;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.InvalidInputException.FieldProblem;
import io.tradehub.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers companies and keeps their settings; the one place that checks time zones and
 * EDI identities.
 */
@Service
public class CompanyService {

	private final CompanyRepository companies;

	private final Clock clock;

	CompanyService(CompanyRepository companies, Clock clock) {
		this.companies = companies;
		this.clock = clock;
	}

	@Transactional
	public Company register(CompanyDetails details, CompanyRole role) {
		Company company = new Company(details.name(), role, zone(details.timeZone()),
				Locale.forLanguageTag(details.language()), this.clock.instant());
		apply(company, details);
		return this.companies.save(company);
	}

	@Transactional(readOnly = true)
	public CompanyView view(Caller caller) {
		return CompanyView.of(get(caller.companyId()));
	}

	@Transactional
	public CompanyView update(Caller caller, CompanyDetails details, @Nullable String termsVersion,
			@Nullable String termsUrl) {
		caller.requireAccountManager();
		Company company = get(caller.companyId());
		apply(company, details);
		company.terms(termsVersion, termsUrl);
		return CompanyView.of(company);
	}

	@Transactional(readOnly = true)
	public Company get(UUID companyId) {
		return this.companies.findById(companyId).orElseThrow(() -> new NotFoundException("company", companyId));
	}

	@Transactional(readOnly = true)
	public List<SupplierView> suppliers() {
		return this.companies.findSuppliers().stream().map(SupplierView::of).toList();
	}

	private void apply(Company company, CompanyDetails details) {
		company.describe(details.name(), zone(details.timeZone()), Locale.forLanguageTag(details.language()),
				details.address());
		company.contacts(details.adminContact(), details.financeContact(), details.orderingContact());
		company.ediIdentities(checked(details.identities(), company.id()));
	}

	private List<EdiIdentity> checked(List<EdiIdentity> identities, UUID companyId) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<EdiIdentity> seen = new HashSet<>();
		for (int i = 0; i < identities.size(); i++) {
			EdiIdentity identity = identities.get(i);
			String problem = identity.problem();
			if (problem != null) {
				problems.add(new FieldProblem("ediIdentities[" + i + "].identifier", problem));
			}
			else if (!seen.add(identity)) {
				problems.add(new FieldProblem("ediIdentities[" + i + "]", "is listed twice"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		for (EdiIdentity identity : identities) {
			if (this.companies.identityHeldByOther(identity.qualifier(), identity.identifier(), companyId)) {
				throw new ConflictException("The EDI identity " + identity.qualifier() + ":" + identity.identifier()
						+ " belongs to another company on the hub.");
			}
		}
		return identities;
	}

	static ZoneId zone(String timeZone) {
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("timeZone", "is not a known time zone; use a name such as Europe/Berlin");
		}
	}

}
