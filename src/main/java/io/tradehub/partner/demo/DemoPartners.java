package io.tradehub.partner.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.tradehub.partner.company.Address;
import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.Contact;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.partner.connection.ConnectionSettings;
import io.tradehub.partner.connection.Visibility;
import io.tradehub.partner.profile.ProfileForm;
import io.tradehub.partner.profile.ProfileForm.Acknowledgement;
import io.tradehub.partner.profile.ProfileForm.Channel;
import io.tradehub.shared.Privilege;
import org.jspecify.annotations.Nullable;

/**
 * Who is in the demo network: the companies, their people, the terms the supplier sets,
 * and the one password every demo user signs in with.
 */
final class DemoPartners {

	/**
	 * Printed at start-up for anyone to use; it exists only while the demo is switched
	 * on, so it protects nothing.
	 */
	static final String PASSWORD = "tradehub-demo";

	static final String TERMS_VERSION = "2026-01";

	static final String TERMS_URL = "https://example.com/alpine-foods/terms-2026-01.pdf";

	static final DemoCompany ALPINE = new DemoCompany("Alpine Foods GmbH", CompanyRole.SUPPLIER, "Europe/Berlin", "en",
			new Address("Almweg 12", "83471", "Berchtesgaden", "DE"),
			// The second identity is the supplier's in the corpus sample the README's
			// demo
			// drops (its id fails the GLN check digit, so it is kept as sent, under 14).
			List.of(new EdiIdentity("GLN", "4012345000009"), new EdiIdentity("14", "8450534000000")),
			new DemoUser("Anna Berger", "anna.berger@alpine-foods.example", "supplier, account manager"),
			// Its ERP talks canonical JSON, over a queue or, in the demo, a folder pair
			// (routes/demo/), and wants to hear what partners' systems made of each
			// message.
			new ProfileForm("alpine-foods", "JSON", null, null, false,
					List.of(new Channel("alpine-foods-jms-in", "alpine.erp.outbox"),
							new Channel("alpine-foods-file-in", null)),
					"alpine-foods-file-out", new Acknowledgement("APPLICATION", "OUTBOUND_CHANNEL")));

	static final DemoUser CLERK = new DemoUser("Max Huber", "max.huber@alpine-foods.example",
			"supplier, requests/orders/shipping only");

	static final Set<Privilege> CLERK_PRIVILEGES = Set.of(Privilege.REQUESTS, Privilege.ORDERS, Privilege.SHIPPING);

	static final DemoCompany BISTRO = new DemoCompany("Bistro Lumen", CompanyRole.CUSTOMER, "Europe/Paris", "en",
			new Address("12 Rue des Lanternes", "75003", "Paris", "FR"),
			// The buyer's and the interchange sender's GLNs of the corpus sample the demo
			// drops.
			List.of(new EdiIdentity("GLN", "3012345000000"), new EdiIdentity("GLN", "5450534000017"),
					new EdiIdentity("GLN", "5450534000000")),
			new DemoUser("Claire Martin", "claire.martin@bistro-lumen.example", "customer, connection ACTIVE"),
			// Its restaurant system drops EANCOM files in a folder and picks up the
			// answers from another.
			new ProfileForm("bistro-lumen", "EDIFACT_D96A", null, "UNOC", false,
					List.of(new Channel("bistro-lumen-file-in", null)), "bistro-lumen-file-out",
					new Acknowledgement("SYNTAX", "OUTBOUND_CHANNEL")));

	static final DemoCompany CORNER = new DemoCompany("Corner Market", CompanyRole.CUSTOMER, "America/New_York", "en",
			new Address("240 Bleecker Street", "10014", "New York", "US"),
			List.of(new EdiIdentity("DUNS", "081466849"), new EdiIdentity("ZZ", "CORNERMKT")),
			new DemoUser("Sam Rivera", "sam.rivera@corner-market.example", "customer, connection ONBOARDING"),
			// A US shop: X12 004010 over its own SFTP account, a 997 back for every
			// interchange. The channel reports user@host: its account on the compose
			// file's SFTP server (deploy/routes/).
			new ProfileForm("corner-market", "X12_4010", null, null, false,
					List.of(new Channel("corner-market-sftp-in", "cornermkt@sftp")), "corner-market-sftp-out",
					new Acknowledgement("SYNTAX", "OUTBOUND_CHANNEL")));

	static final DemoCompany HARBOUR = customer("Harbour Canteen", "Europe/London", "en",
			new Address("3 Dock Road", "E16 1AA", "London", "GB"),
			new DemoUser("Ella Wright", "ella.wright@harbour-canteen.example", "prospect, connection PENDING"));

	static final DemoCompany ZEITLOS = customer("Kaffeehaus Zeitlos", "Europe/Vienna", "de",
			new Address("Praterstraße 40", "1020", "Wien", "AT"), new DemoUser("Lisa Gruber",
					"lisa.gruber@kaffeehaus-zeitlos.example", "prospect (German), connection APPROVED_INACTIVE"));

	static final DemoCompany SEASIDE = customer("Seaside Deli", "Europe/Lisbon", "en",
			new Address("Rua do Mar 5", "1100-001", "Lisboa", "PT"),
			new DemoUser("Marta Silva", "marta.silva@seaside-deli.example", "customer, connection DEACTIVATED"));

	static final DemoCompany SNACK = customer("Snack Point", "Europe/Madrid", "en",
			new Address("Calle Mayor 8", "28013", "Madrid", "ES"),
			new DemoUser("Diego Ruiz", "diego.ruiz@snack-point.example", "prospect, connection REJECTED"));

	/** The supplier's partners, one for each state of a connection. */
	static final List<DemoCompany> CUSTOMERS = List.of(BISTRO, CORNER, HARBOUR, ZEITLOS, SEASIDE, SNACK);

	static final String INVITED = "orders@green-grocer.example";

	static final String UNINVITED = "purchasing@old-mill-bakery.example";

	/** Terms for a restaurant: delivered twice a week by the supplier's own trucks. */
	static final ConnectionSettings RESTAURANT_TERMS = new ConnectionSettings("restaurant", new BigDecimal("4.50"),
			Visibility.ALL, Set.of(), true,
			Map.of(DayOfWeek.TUESDAY, "Alpine Kuehltransport", DayOfWeek.FRIDAY, "Alpine Kuehltransport"), 48, 2);

	/** Terms for a shop abroad: a forwarder, longer lead times. */
	static final ConnectionSettings RETAIL_TERMS = new ConnectionSettings("retail", new BigDecimal("12.00"),
			Visibility.ALL, Set.of(), true, Map.of(DayOfWeek.MONDAY, "DHL Freight", DayOfWeek.THURSDAY, "DHL Freight"),
			24, 5);

	private DemoPartners() {
	}

	/**
	 * Every demo login with its company, in the order the start-up block lists them.
	 */
	static List<Login> logins() {
		Stream<Login> supplier = Stream.of(new Login(ALPINE.name(), ALPINE.manager()), new Login(ALPINE.name(), CLERK));
		return Stream.concat(supplier, CUSTOMERS.stream().map(company -> new Login(company.name(), company.manager())))
			.toList();
	}

	private static DemoCompany customer(String name, String timeZone, String language, Address address,
			DemoUser manager) {
		return new DemoCompany(name, CompanyRole.CUSTOMER, timeZone, language, address, List.of(), manager, null);
	}

	/**
	 * A person of the demo network and what they can try.
	 */
	record DemoUser(String name, String email, String role) {
	}

	/**
	 * A demo company with its first user, the account manager, and its technical profile
	 * if it exchanges files.
	 */
	record DemoCompany(String name, CompanyRole role, String timeZone, String language, Address address,
			List<EdiIdentity> identities, DemoUser manager, @Nullable ProfileForm profile) {

		CompanyDetails details() {
			return new CompanyDetails(this.name, this.timeZone, this.language, this.address,
					new Contact(this.manager.name(), this.manager.email(), null), null, null, this.identities);
		}

	}

	/**
	 * One line of the start-up block.
	 */
	record Login(String company, DemoUser user) {
	}

}
