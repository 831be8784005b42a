package io.tradehub.partner.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company keeps its technical profile through the API, and its partners read it through
 * their connection only.
 */
class TechnicalProfileIntegrationTests extends HubIntegrationTest {

	@Test
	void aCompanyPutsItsProfileAndGetsItBackWithDefaults() {
		TestCompany bistro = this.fixtures.customer("Profile Bistro");
		HubClient client = login(bistro);
		client.get("/api/v1/technical-profile").expect(404);
		String key = key("bistro");
		Map<String, Object> profile = profile(key, "EDIFACT_D96A");
		profile.put("inboundChannels", List.of(Map.of("routeId", key + "-file-in"),
				Map.of("routeId", key + "-imap-in", "identity", " Orders@Bistro.example ")));
		profile.put("outboundChannel", key + "-file-out");
		profile.put("acknowledgement", Map.of("level", "SYNTAX"));

		JsonNode saved = client.put("/api/v1/technical-profile", profile).expect(200).json();

		assertThat(saved.at("/key").asText()).isEqualTo(key);
		assertThat(saved.at("/format").asText()).isEqualTo("EDIFACT_D96A");
		assertThat(saved.at("/syntaxId").asText()).as("EDIFACT default").isEqualTo("UNOC");
		assertThat(saved.at("/test").asBoolean()).isFalse();
		assertThat(saved.at("/inboundChannels/1/identity").asText()).isEqualTo("Orders@Bistro.example");
		assertThat(saved.at("/inboundChannels/0/identity").isNull()).isTrue();
		assertThat(saved.at("/acknowledgement/delivery").asText()).as("the outbound channel when there is one")
			.isEqualTo("OUTBOUND_CHANNEL");
		assertThat(client.get("/api/v1/technical-profile").expect(200).json()).isEqualTo(saved);

		profile.put("format", "CSV");
		profile.put("csvLayout", "sku-qty-semicolon-no-header");
		profile.put("test", true);
		profile.put("inboundChannels", List.of());
		profile.put("acknowledgement", Map.of("level", "APPLICATION", "delivery", "REPLY"));
		JsonNode changed = client.put("/api/v1/technical-profile", profile).expect(200).json();
		assertThat(changed.at("/csvLayout").asText()).isEqualTo("sku-qty-semicolon-no-header");
		assertThat(changed.at("/syntaxId").isNull()).isTrue();
		assertThat(changed.at("/test").asBoolean()).isTrue();
		assertThat(changed.at("/inboundChannels")).isEmpty();
		assertThat(changed.at("/acknowledgement/delivery").asText()).isEqualTo("REPLY");
	}

	@Test
	void badProfilesAreRefusedNamingTheField() {
		HubClient holder = login(this.fixtures.supplier("Profile Holder"));
		String takenKey = key("holder");
		Map<String, Object> held = profile(takenKey, "X12_4010");
		held.put("inboundChannels", List.of(Map.of("routeId", takenKey + "-mail-in")));
		holder.put("/api/v1/technical-profile", held).expect(200);
		HubClient client = login(this.fixtures.customer("Profile Tester"));
		String key = key("tester");

		record Case(String field, Object value, String named) {
		}
		List<Case> cases = List.of(new Case("format", "EDIFACT_D93A", "format"), new Case("format", null, "format"),
				new Case("key", "Bistro Lumen", "key"), new Case("key", takenKey, "key"),
				new Case("csvLayout", "sku-qty-semicolon-no-header", "csvLayout"),
				new Case("syntaxId", "UNOZ", "syntaxId"), new Case("syntaxId", "UNOC", "syntaxId"),
				new Case("outboundChannel", "Bistro_SFTP", "outboundChannel"),
				new Case("inboundChannels", List.of(Map.of("routeId", "../etc/passwd")), "inboundChannels[0].routeId"),
				new Case("inboundChannels", List.of(Map.of("routeId", "a-in"), Map.of("routeId", "a-in")),
						"inboundChannels[1].routeId"),
				new Case("inboundChannels", List.of(Map.of("routeId", "http")), "inboundChannels[0].routeId"),
				new Case("inboundChannels",
						List.of(Map.of("routeId", takenKey + "-mail-in", "identity", "me@x.example")),
						"inboundChannels[0].identity"),
				new Case("acknowledgement", Map.of("level", "SYNTAX", "delivery", "OUTBOUND_CHANNEL"),
						"outboundChannel"),
				new Case("acknowledgement", Map.of("level", "LOUD"), "acknowledgement.level"));
		List<String> wrong = new ArrayList<>();
		for (Case bad : cases) {
			Map<String, Object> body = profile(key, "X12_4010");
			body.put(bad.field(), bad.value());
			Response response = client.put("/api/v1/technical-profile", body);
			List<String> fields = new ArrayList<>();
			response.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
			if (response.status() != 400 || !fields.contains(bad.named())
					|| !response.header("Content-Type").startsWith("application/problem+json")) {
				wrong.add(bad + " -> " + response.status() + " " + response.body());
			}
		}
		assertThat(wrong).isEmpty();

		Map<String, Object> csv = profile(key, "CSV");
		assertThat(client.put("/api/v1/technical-profile", csv).expect(400).at("/errors/0/field"))
			.isEqualTo("csvLayout");
		csv.put("csvLayout", "no-such-layout");
		assertThat(client.put("/api/v1/technical-profile", csv).expect(400).at("/detail"))
			.contains("csvLayout names no layout");
		client.get("/api/v1/technical-profile").expect(404);
	}

	@Test
	void aSharedRouteNeedsAnIdentityForEverySender() {
		String route = key("shared") + "-imap-in";
		HubClient first = login(this.fixtures.customer("First Sharer"));
		HubClient second = login(this.fixtures.customer("Second Sharer"));
		Map<String, Object> mine = profile(key("first"), "JSON");
		mine.put("inboundChannels", List.of(Map.of("routeId", route, "identity", "orders@first.example")));
		first.put("/api/v1/technical-profile", mine).expect(200);

		Map<String, Object> theirs = profile(key("second"), "XML");
		theirs.put("inboundChannels", List.of(Map.of("routeId", route)));
		second.put("/api/v1/technical-profile", theirs).expect(400);
		theirs.put("inboundChannels", List.of(Map.of("routeId", route, "identity", "ORDERS@first.example")));
		second.put("/api/v1/technical-profile", theirs).expect(400);
		theirs.put("inboundChannels", List.of(Map.of("routeId", route, "identity", "orders@second.example")));
		second.put("/api/v1/technical-profile", theirs).expect(200);
	}

	@Test
	void onlyTheIntegrationPrivilegeReadsAndWritesTheOwnProfile() {
		TestCompany company = this.fixtures.supplier("Guarded Profile");
		HubClient manager = login(company);
		String clerkEmail = address("profile-clerk");
		manager
			.post("/api/v1/users", Map.of("email", clerkEmail, "name", "Cleo Clerk", "password", "the clerk's password",
					"privileges", List.of("ORDERS")))
			.expect(201);
		HubClient clerk = anonymous().login(clerkEmail, "the clerk's password");

		clerk.put("/api/v1/technical-profile", profile(key("guarded"), "JSON")).expect(403);
		manager.put("/api/v1/technical-profile", profile(key("guarded"), "JSON")).expect(200);
		assertThat(clerk.get("/api/v1/technical-profile").expect(403).at("/detail")).contains("INTEGRATION");
	}

	@Test
	void partnersReadEachOthersProfileThroughTheirConnectionOnly() {
		TestCompany supplier = this.fixtures.supplier("Profile Dairy");
		TestCompany customer = this.fixtures.customer("Profile Deli");
		TestCompany stranger = this.fixtures.customer("Profile Stranger");
		HubClient supplierClient = login(supplier);
		HubClient customerClient = login(customer);
		HubClient strangerClient = login(stranger);
		String supplierKey = key("dairy");
		supplierClient.put("/api/v1/technical-profile", profile(supplierKey, "XML")).expect(200);
		strangerClient.put("/api/v1/technical-profile", profile(key("stranger"), "JSON")).expect(200);
		String connection = customerClient.post("/api/v1/connections", Map.of("supplierId", supplier.id()))
			.expect(201)
			.at("/id");

		assertThat(
				customerClient.get("/api/v1/connections/" + connection + "/technical-profile").expect(200).at("/key"))
			.isEqualTo(supplierKey);
		// The customer has none yet: the supplier learns that, and nothing else.
		supplierClient.get("/api/v1/connections/" + connection + "/technical-profile").expect(404);
		strangerClient.get("/api/v1/connections/" + connection + "/technical-profile").expect(404);
		strangerClient.get("/api/v1/connections/" + UUID.randomUUID() + "/technical-profile").expect(404);
		assertThat(strangerClient.get("/api/v1/technical-profile").at("/key")).startsWith("stranger-");
	}

	/** A key of its own for each test, since all of them share one hub. */
	static String key(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Map<String, Object> profile(String key, String format) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("key", key);
		profile.put("format", format);
		return profile;
	}

	private HubClient login(TestCompany company) {
		return anonymous().login(company.email(), company.password());
	}

}
