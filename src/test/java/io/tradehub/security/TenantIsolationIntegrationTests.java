package io.tradehub.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.partner.company.Contact;
import io.tradehub.shared.Privilege;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static io.tradehub.security.TenantIsolationIntegrationTests.Kind.CONNECTION;
import static io.tradehub.security.TenantIsolationIntegrationTests.Kind.INVITE;
import static io.tradehub.security.TenantIsolationIntegrationTests.Kind.TOKEN;
import static io.tradehub.security.TenantIsolationIntegrationTests.Kind.USER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a company keeps under an id (users, API tokens, invites, connections and
 * their history) is out of reach for other companies: whether they sign in or send a
 * token, an id of another company's gets the answer an id that does not exist gets, their
 * lists never show it, and nothing they send changes it.
 */
class TenantIsolationIntegrationTests extends HubIntegrationTest {

	private static final List<String> ALL_PRIVILEGES = Arrays.stream(Privilege.values()).map(Enum::name).toList();

	private static final Map<String, Object> GRANT = Map.of("privileges", ALL_PRIVILEGES, "accountManager", true);

	private static final Map<String, Object> SETTINGS = Map.of("priceType", "retail", "markupPercent", 12.5,
			"visibility", "ALL", "orderCreationAllowed", true, "daysOfService", Map.of("MONDAY", "DHL"),
			"answerWindowHours", 24, "shippingWindowDays", 2);

	private static final Map<String, Object> ACTIVATION = Map.of("priceType", "retail", "markupPercent", 12.5,
			"daysOfService", Map.of("MONDAY", "DHL"));

	private static final Map<String, Object> ONBOARDING = Map.of("financeContact",
			new Contact("Fin Ance", "finance@example.com", null), "orderingContact",
			new Contact("Or Der", "orders@example.com", null), "termsVersion", "1", "acceptTerms", true);

	private static final Map<String, Object> REASON = Map.of("reason", "We no longer trade with you.");

	/**
	 * Every endpoint that takes an id, with a body that passes validation, so only the
	 * tenant check can refuse. A few endpoints refuse every API token before they look at
	 * the id (403): only users manage users and tokens.
	 */
	private static final List<Probe> PROBES = List.of(probe(USER, "GET", "/api/v1/users/{id}", null),
			usersOnly(USER, "PUT", "/api/v1/users/{id}/privileges", GRANT),
			usersOnly(USER, "DELETE", "/api/v1/users/{id}", null),
			usersOnly(TOKEN, "DELETE", "/api/v1/api-tokens/{id}", null),
			probe(INVITE, "GET", "/api/v1/invites/{id}", null),
			probe(INVITE, "POST", "/api/v1/invites/{id}/resend", null),
			probe(INVITE, "POST", "/api/v1/invites/{id}/cancel", null),
			probe(INVITE, "POST", "/api/v1/invites/{id}/clear", null),
			probe(CONNECTION, "GET", "/api/v1/connections/{id}", null),
			probe(CONNECTION, "GET", "/api/v1/connections/{id}/history", null),
			probe(CONNECTION, "PUT", "/api/v1/connections/{id}/settings", SETTINGS),
			probe(CONNECTION, "POST", "/api/v1/connections/{id}/accept", null),
			probe(CONNECTION, "POST", "/api/v1/connections/{id}/accept-with-onboarding", SETTINGS),
			probe(CONNECTION, "POST", "/api/v1/connections/{id}/approve", null),
			probe(CONNECTION, "POST", "/api/v1/connections/{id}/activate", ACTIVATION),
			probe(CONNECTION, "POST", "/api/v1/connections/{id}/reject", REASON),
			probe(CONNECTION, "POST", "/api/v1/connections/{id}/deactivate", REASON),
			probe(CONNECTION, "POST", "/api/v1/connections/{id}/reactivate", null),
			probe(CONNECTION, "PUT", "/api/v1/connections/{id}/onboarding", ONBOARDING));

	@Test
	void otherCompaniesGetNotFoundForEveryIdOfASupplierAndChangeNothing() {
		Tenant supplier = supplierWithEverything("Isolated Supplier");
		Map<String, JsonNode> before = supplier.snapshot();
		List<Intruder> intruders = intruders(this.fixtures.supplier("Rival Supplier"),
				this.fixtures.customer("Unrelated Customer"));

		SoftAssertions softly = new SoftAssertions();
		for (Intruder intruder : intruders) {
			for (Probe probe : PROBES) {
				for (String id : supplier.ids(probe.kind())) {
					String nothing = UUID.randomUUID().toString();
					Response onTheirs = intruder.send(probe, id);
					Response onNothing = intruder.send(probe, nothing);
					String call = intruder.name() + ": " + probe.method() + " " + probe.path(id) + " -> "
							+ onTheirs.body();
					softly.assertThat(onTheirs.status())
						.as(call)
						.isEqualTo((intruder.token() && probe.usersOnly()) ? 403 : 404);
					softly.assertThat(withoutId(onTheirs, id))
						.as("same answer as for an id that does not exist; " + call)
						.isEqualTo(withoutId(onNothing, nothing));
				}
			}
		}
		softly.assertAll();

		assertThat(supplier.snapshot()).isEqualTo(before);
		anonymous().login(supplier.clerkEmail(), "the clerk's password");
		assertThat(anonymous().withToken(supplier.tokenSecret()).get("/api/v1/connections").expect(200).json())
			.extracting(connection -> connection.get("id").asText())
			.containsExactlyInAnyOrderElementsOf(supplier.ids(CONNECTION));
	}

	@Test
	void listsOfOtherCompaniesNeverShowASuppliersResources() {
		Tenant supplier = supplierWithEverything("Listed Supplier");
		TestCompany rival = this.fixtures.supplier("Listing Rival");
		TestCompany customer = this.fixtures.customer("Listing Customer");
		HubClient rivalSession = login(rival);
		String rivalInvite = rivalSession.post("/api/v1/invites", Map.of("email", address("rival-invitee")))
			.expect(201)
			.at("/id");
		String rivalConnection = login(customer).post("/api/v1/connections", Map.of("supplierId", rival.id()))
			.expect(201)
			.at("/id");
		List<Intruder> intruders = intruders(rival, customer);
		String rivalToken = rivalSession.get("/api/v1/api-tokens").json().get(0).get("id").asText();
		String customerToken = login(customer).get("/api/v1/api-tokens").json().get(0).get("id").asText();

		// What each list shows the company itself; only users list API tokens.
		Map<TestCompany, Map<String, List<String>>> own = Map.of(rival,
				Map.of("/api/v1/users", List.of(rival.userId().toString()), "/api/v1/invites?status=PENDING",
						List.of(rivalInvite), "/api/v1/connections", List.of(rivalConnection), "/api/v1/api-tokens",
						List.of(rivalToken)),
				customer,
				Map.of("/api/v1/users", List.of(customer.userId().toString()), "/api/v1/invites?status=PENDING",
						List.of(), "/api/v1/connections", List.of(rivalConnection), "/api/v1/api-tokens",
						List.of(customerToken)));

		SoftAssertions softly = new SoftAssertions();
		for (Intruder intruder : intruders) {
			own.get(intruder.company()).forEach((list, expected) -> {
				Response response = intruder.client().get(list);
				String call = intruder.name() + ": GET " + list + " -> " + response.body();
				if (intruder.token() && list.equals("/api/v1/api-tokens")) {
					softly.assertThat(response.status()).as(call).isEqualTo(403);
					return;
				}
				softly.assertThat(response.status()).as(call).isEqualTo(200);
				softly.assertThat(response.json().findValuesAsText("id"))
					.as(call)
					.doesNotContainAnyElementsOf(supplier.all());
				softly.assertThat(response.body()).as(call).doesNotContain(supplier.addresses());
				softly.assertThat(response.json())
					.as(call)
					.extracting(item -> item.get("id").asText())
					.containsExactlyInAnyOrderElementsOf(expected);
			});
		}
		softly.assertAll();
	}

	/**
	 * A supplier with one of everything that has an id: a second user, an API token, a
	 * pending invite, an active connection with its history, and a pending one.
	 */
	private Tenant supplierWithEverything(String name) {
		TestCompany company = this.fixtures.supplier(name);
		HubClient session = login(company);
		String clerkEmail = address("clerk");
		String clerk = session
			.post("/api/v1/users", Map.of("email", clerkEmail, "name", "Clara Clerk", "password",
					"the clerk's password", "privileges", List.of("CONNECTIONS", "CATALOG")))
			.expect(201)
			.at("/id");
		Response token = session.post("/api/v1/api-tokens", Map.of("name", "erp", "privileges", ALL_PRIVILEGES))
			.expect(201);
		String invitee = address("invitee");
		String invite = session.post("/api/v1/invites", Map.of("email", invitee, "message", "Let us trade."))
			.expect(201)
			.at("/id");

		HubClient buyer = login(this.fixtures.customer(name + " Buyer"));
		String active = buyer.post("/api/v1/connections", Map.of("supplierId", company.id(), "message", "Connect us."))
			.expect(201)
			.at("/id");
		session.post("/api/v1/connections/" + active + "/accept").expect(200);
		String pending = login(this.fixtures.customer(name + " Prospect"))
			.post("/api/v1/connections", Map.of("supplierId", company.id()))
			.expect(201)
			.at("/id");

		// The ids are real: the supplier and its partner see them.
		assertThat(buyer.get("/api/v1/connections/" + active).expect(200).at("/side")).isEqualTo("CUSTOMER");
		assertThat(session.get("/api/v1/connections/" + active + "/history").expect(200).json())
			.extracting(step -> step.get("action").asText())
			.containsExactly("request", "accept");
		assertThat(session.get("/api/v1/connections/" + pending).expect(200).at("/status")).isEqualTo("PENDING");
		assertThat(session.get("/api/v1/invites/" + invite).expect(200).at("/status")).isEqualTo("PENDING");
		assertThat(session.get("/api/v1/users/" + clerk).expect(200).at("/email")).isEqualTo(clerkEmail);
		return new Tenant(company, session,
				Map.of(USER, List.of(company.userId().toString(), clerk), TOKEN, List.of(token.at("/token/id")), INVITE,
						List.of(invite), CONNECTION, List.of(active, pending)),
				clerkEmail, invitee, token.at("/secret"));
	}

	/**
	 * Each company twice: signed in as its account manager, and as a system with a token
	 * that holds every privilege.
	 */
	private List<Intruder> intruders(TestCompany... companies) {
		List<Intruder> intruders = new ArrayList<>();
		for (TestCompany company : companies) {
			HubClient session = login(company);
			String secret = session.post("/api/v1/api-tokens", Map.of("name", "probe", "privileges", ALL_PRIVILEGES))
				.expect(201)
				.at("/secret");
			HubClient system = anonymous().withToken(secret);
			assertThat(system.get("/api/v1/company").expect(200).at("/name")).isEqualTo(company.name());
			intruders.add(new Intruder(company, session, false));
			intruders.add(new Intruder(company, system, true));
		}
		return intruders;
	}

	private HubClient login(TestCompany company) {
		return anonymous().login(company.email(), company.password());
	}

	/** The answer with the id taken out, to compare answers about different ids. */
	private static String withoutId(Response response, String id) {
		return response.status() + " " + response.header("Content-Type") + " " + response.body().replace(id, "{id}");
	}

	private static Probe probe(Kind kind, String method, String path, Object body) {
		return new Probe(kind, method, path, body, false);
	}

	private static Probe usersOnly(Kind kind, String method, String path, Object body) {
		return new Probe(kind, method, path, body, true);
	}

	enum Kind {

		USER, TOKEN, INVITE, CONNECTION

	}

	/** An endpoint that takes the id of one kind of resource. */
	private record Probe(Kind kind, String method, String path, Object body, boolean usersOnly) {

		String path(String id) {
			return this.path.replace("{id}", id);
		}

	}

	/** Another company's session or token. */
	private record Intruder(TestCompany company, HubClient client, boolean token) {

		String name() {
			return this.company.name() + (this.token ? " (token)" : " (session)");
		}

		Response send(Probe probe, String id) {
			return this.client.send(probe.method(), probe.path(id), probe.body());
		}

	}

	/** The supplier under test: its ids by kind, and how it sees them. */
	private record Tenant(TestCompany company, HubClient session, Map<Kind, List<String>> ids, String clerkEmail,
			String invitee, String tokenSecret) {

		List<String> ids(Kind kind) {
			return this.ids.get(kind);
		}

		List<String> all() {
			List<String> all = new ArrayList<>(List.of(this.company.id().toString()));
			this.ids.values().forEach(all::addAll);
			return all;
		}

		String[] addresses() {
			return new String[] { this.company.email(), this.clerkEmail, this.invitee };
		}

		/** Each of the supplier's resources as the supplier itself sees it. */
		Map<String, JsonNode> snapshot() {
			Map<String, JsonNode> snapshot = new LinkedHashMap<>();
			ids(USER).forEach(user -> snapshot.put(user, this.session.get("/api/v1/users/" + user).expect(200).json()));
			snapshot.put("tokens", this.session.get("/api/v1/api-tokens").expect(200).json());
			ids(INVITE).forEach(
					invite -> snapshot.put(invite, this.session.get("/api/v1/invites/" + invite).expect(200).json()));
			for (String connection : ids(CONNECTION)) {
				snapshot.put(connection, this.session.get("/api/v1/connections/" + connection).expect(200).json());
				snapshot.put(connection + "/history",
						this.session.get("/api/v1/connections/" + connection + "/history").expect(200).json());
			}
			return snapshot;
		}

	}

}
