package io.tradehub.partner;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The façade the pipeline reads the partner network through: companies found by
 * interchange identity, key, id and inbound channel, and the connection between two.
 */
class PartnersIntegrationTests extends HubIntegrationTest {

	@Autowired
	Partners partners;

	@Test
	void findsACompanyByItsInterchangeIdentityInEveryForm() {
		String gln = Fixtures.gln();
		String duns = digits(9);
		String zz = "ZZ" + digits(8);
		TestCompany company = this.fixtures.company("Identity Foods", CompanyRole.BOTH, "de",
				List.of(new EdiIdentity("GLN", gln), new EdiIdentity("DUNS", duns), new EdiIdentity("ZZ", zz)));

		for (String identity : List.of("14:" + gln, "GLN:" + gln, "ZZ:" + gln, "1:" + duns, "01:" + duns,
				"DUNS:" + duns, "ZZ:" + zz, "ZZZ:" + zz, zz, "ZZ:" + zz + "      ")) {
			assertThat(this.partners.byInterchangeIdentity(identity)).as(identity)
				.map(PartnerView::companyId)
				.contains(company.id());
		}
		for (String identity : List.of("1:" + gln, "14:" + duns, "14:" + zz, "08:" + zz, "14:" + Fixtures.gln(), "",
				"ZZ:")) {
			assertThat(this.partners.byInterchangeIdentity(identity)).as(identity).isEmpty();
		}

		PartnerView view = this.partners.byInterchangeIdentity("14:" + gln).orElseThrow();
		assertThat(view.name()).isEqualTo("Identity Foods");
		assertThat(view.role()).isEqualTo(PartnerRole.BOTH);
		assertThat(view.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(view.language()).isEqualTo(Locale.GERMAN);
		assertThat(view.ediIdentities()).extracting(PartnerIdentity::toString)
			.containsExactlyInAnyOrder("GLN:" + gln, "DUNS:" + duns, "ZZ:" + zz);
		assertThat(view.technicalProfile()).as("none set up yet").isNull();
	}

	@Test
	void findsACompanyByKeyIdAndInboundChannel() {
		TestCompany company = this.fixtures.customer("Keyed Bistro");
		String key = "keyed-" + digits(8);
		HubClient client = anonymous().login(company.email(), company.password());
		client
			.put("/api/v1/technical-profile",
					Map.of("key", key, "format", "EDIFACT_D01B", "syntaxId", "UNOW", "inboundChannels",
							List.of(Map.of("routeId", key + "-file-in"),
									Map.of("routeId", key + "-imap-in", "identity", "orders@keyed.example")),
							"outboundChannel", key + "-file-out", "acknowledgement", Map.of("level", "SYNTAX")))
			.expect(200);

		TechnicalProfile profile = this.partners.byKey(key).orElseThrow().technicalProfile();
		assertThat(profile).isEqualTo(new TechnicalProfile(key, ExchangeFormat.EDIFACT_D01B, null, SyntaxId.UNOW, false,
				List.of(new InboundChannel(key + "-file-in", null),
						new InboundChannel(key + "-imap-in", "orders@keyed.example")),
				key + "-file-out", new AcknowledgementPolicy(AcknowledgementPolicy.Level.SYNTAX,
						AcknowledgementPolicy.Delivery.OUTBOUND_CHANNEL)));
		assertThat(this.partners.byId(company.id()).orElseThrow().technicalProfile()).isEqualTo(profile);
		assertThat(profile.admits(TechnicalProfile.HTTP, null)).isTrue();
		assertThat(profile.admits(key + "-imap-in", "ORDERS@keyed.example")).isTrue();
		assertThat(profile.admits(key + "-imap-in", "someone@else.example")).isFalse();
		assertThat(profile.admits(key + "-sftp-in", null)).isFalse();

		assertThat(this.partners.byInboundChannel(key + "-file-in", "anyone")).map(PartnerView::companyId)
			.contains(company.id());
		assertThat(this.partners.byInboundChannel(key + "-imap-in", "Orders@Keyed.example")).map(PartnerView::companyId)
			.contains(company.id());
		assertThat(this.partners.byInboundChannel(key + "-imap-in", "someone@else.example")).isEmpty();
		assertThat(this.partners.byKey("no-such-" + key)).isEmpty();
		assertThat(this.partners.byId(UUID.randomUUID())).isEmpty();
	}

	@Test
	void answersTheConnectionBetweenTwoCompaniesEitherWayRound() {
		TestCompany supplier = this.fixtures.supplier("Connected Dairy");
		TestCompany customer = this.fixtures.customer("Connected Deli");
		TestCompany stranger = this.fixtures.customer("Unconnected Kiosk");
		HubClient supplierClient = anonymous().login(supplier.email(), supplier.password());
		String id = anonymous().login(customer.email(), customer.password())
			.post("/api/v1/connections", Map.of("supplierId", supplier.id()))
			.expect(201)
			.at("/id");

		ConnectionState pending = this.partners.connection(customer.id(), supplier.id()).orElseThrow();
		assertThat(pending).isEqualTo(
				new ConnectionState(UUID.fromString(id), supplier.id(), customer.id(), ConnectionStatus.PENDING, true));
		assertThat(pending.active()).isFalse();

		supplierClient.post("/api/v1/connections/" + id + "/accept").expect(200);
		supplierClient
			.put("/api/v1/connections/" + id + "/settings",
					Map.of("markupPercent", 0, "visibility", "ALL", "orderCreationAllowed", false, "answerWindowHours",
							24, "shippingWindowDays", 2))
			.expect(200);
		ConnectionState active = this.partners.connection(supplier.id(), customer.id()).orElseThrow();
		assertThat(active.active()).isTrue();
		assertThat(active.orderCreationAllowed()).isFalse();
		assertThat(this.partners.supply(supplier.id(), customer.id())).contains(active);
		assertThat(this.partners.supply(customer.id(), supplier.id())).isEmpty();
		assertThat(this.partners.connection(stranger.id(), supplier.id())).isEmpty();
	}

	/**
	 * The pipeline asks these questions for every document, and the answers are cached; a
	 * change on this hub shows in the next answer all the same.
	 */
	@Test
	void answersFollowAChangeAtOnce() {
		TestCompany supplier = this.fixtures.supplier("Changing Dairy");
		TestCompany customer = this.fixtures.customer("Changing Deli");
		HubClient supplierClient = anonymous().login(supplier.email(), supplier.password());
		HubClient customerClient = anonymous().login(customer.email(), customer.password());
		String id = customerClient.post("/api/v1/connections", Map.of("supplierId", supplier.id()))
			.expect(201)
			.at("/id");
		supplierClient.post("/api/v1/connections/" + id + "/accept").expect(200);
		String key = "changing-" + digits(8);
		customerClient
			.put("/api/v1/technical-profile", Map.of("key", key, "format", "JSON", "outboundChannel", key + "-file-out",
					"acknowledgement", Map.of("level", "NONE")))
			.expect(200);
		assertThat(this.partners.connection(customer.id(), supplier.id())).map(ConnectionState::active).contains(true);
		assertThat(this.partners.byKey(key)).map(PartnerView::technicalProfile)
			.map(TechnicalProfile::outboundChannel)
			.contains(key + "-file-out");

		supplierClient.post("/api/v1/connections/" + id + "/deactivate", Map.of("reason", "Closed for winter."))
			.expect(200);
		customerClient
			.put("/api/v1/technical-profile", Map.of("key", key, "format", "JSON", "outboundChannel", key + "-sftp-out",
					"acknowledgement", Map.of("level", "NONE")))
			.expect(200);

		assertThat(this.partners.connection(customer.id(), supplier.id())).map(ConnectionState::status)
			.contains(ConnectionStatus.DEACTIVATED);
		assertThat(this.partners.byKey(key)).map(PartnerView::technicalProfile)
			.map(TechnicalProfile::outboundChannel)
			.contains(key + "-sftp-out");
	}

	private static String digits(int count) {
		StringBuilder digits = new StringBuilder();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < count; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

}
