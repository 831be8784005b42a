package io.tradehub.test;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.tradehub.partner.company.Address;
import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.CompanyService;
import io.tradehub.partner.company.Contact;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.partner.user.UserService;
import io.tradehub.shared.Privilege;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Companies with an account manager, made directly through the services so a test starts
 * from a known network.
 */
public class Fixtures {

	public static final String PASSWORD = "correct horse battery staple";

	private final CompanyService companies;

	private final UserService users;

	private final TransactionTemplate transactions;

	Fixtures(CompanyService companies, UserService users, TransactionTemplate transactions) {
		this.companies = companies;
		this.users = users;
		this.transactions = transactions;
	}

	/**
	 * Fixtures for a hub a test started and stops itself, outside the test framework's
	 * cached contexts.
	 */
	public static Fixtures of(ApplicationContext hub) {
		return new Fixtures(hub.getBean(CompanyService.class), hub.getBean(UserService.class),
				hub.getBean(TransactionTemplate.class));
	}

	public TestCompany supplier(String name) {
		return company(name, CompanyRole.SUPPLIER, "en");
	}

	public TestCompany customer(String name) {
		return company(name, CompanyRole.CUSTOMER, "en");
	}

	public TestCompany company(String name, CompanyRole role, String language) {
		return company(name, role, language, List.of());
	}

	/**
	 * A company that uses these EDI identities in its interchanges; each must be new to
	 * the hub.
	 */
	public TestCompany company(String name, CompanyRole role, String language, List<EdiIdentity> identities) {
		String email = HubIntegrationTest.address(name.toLowerCase().replaceAll("[^a-z]", ""));
		return this.transactions.execute(status -> {
			CompanyDetails plain = details(name, email, language);
			CompanyDetails details = new CompanyDetails(plain.name(), plain.timeZone(), plain.language(),
					plain.address(), plain.adminContact(), plain.financeContact(), plain.orderingContact(), identities);
			UUID companyId = this.companies.register(details, role).id();
			UUID userId = this.users
				.createAccount(companyId, email, name + " Manager", PASSWORD, true, EnumSet.allOf(Privilege.class))
				.id();
			return new TestCompany(companyId, name, email, userId);
		});
	}

	public static CompanyDetails details(String name, String adminEmail, String language) {
		return new CompanyDetails(name, "Europe/Berlin", language,
				new Address("Hauptstraße 1", "10115", "Berlin", "DE"), new Contact(name + " Admin", adminEmail, null),
				null, null, List.of());
	}

	/**
	 * A company made for a test, with the email and password of its account manager.
	 */
	/** A GLN no other test uses: 12 random digits and their check digit. */
	public static String gln() {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			body.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
		}
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			int digit = body.charAt(i) - '0';
			sum += (i % 2 == 0) ? digit : digit * 3;
		}
		return body.toString() + (10 - sum % 10) % 10;
	}

	public record TestCompany(UUID id, String name, String email, UUID userId) {

		public String password() {
			return PASSWORD;
		}

	}

}
