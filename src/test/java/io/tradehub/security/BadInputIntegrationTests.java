package io.tradehub.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.tradehub.document.Acknowledgement;
import io.tradehub.document.Envelope;
import io.tradehub.document.Party;
import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.Contact;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.shared.HubIds;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.Inbound;
import io.tradehub.tracking.NewDocument;
import io.tradehub.tracking.Receipts;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends, the hub answers with a problem it can act on: 400 naming the
 * field for bad input, 401 without valid credentials, 403 without the privilege, 409 for
 * a second account of one address, and never a 500.
 */
class BadInputIntegrationTests extends HubIntegrationTest {

	private static final String PROBLEM_JSON = "application/problem+json";

	/** An address that is new on every request of the sweep. */
	private static final String UNIQUE_EMAIL = "swept-{unique}@example.com";

	/** Escapes everything outside ASCII, so lone surrogates reach the hub as written. */
	private static final JsonMapper ASCII_JSON = JsonMapper.builder()
		.enable(JsonWriteFeature.ESCAPE_NON_ASCII)
		.findAndAddModules()
		.build();

	private static final Map<String, Object> SETTINGS = Map.of("priceType", "retail", "markupPercent", 5, "visibility",
			"ALLOW_LIST", "products", List.of("SKU-1"), "orderCreationAllowed", true, "daysOfService",
			Map.of("MONDAY", "DHL"), "answerWindowHours", 24, "shippingWindowDays", 2);

	private static final Map<String, Object> ACTIVATION = Map.of("priceType", "retail", "markupPercent", 5,
			"daysOfService", Map.of("MONDAY", "DHL"));

	private static final Map<String, Object> ONBOARDING = Map.of("financeContact",
			new Contact("Fin Ance", "finance@example.com", "+49 30 1234"), "orderingContact",
			new Contact("Or Der", "orders@example.com", null), "termsVersion", "2024-1", "acceptTerms", true);

	/** A value nested deeper than the JSON parser allows. */
	private static final String TOO_DEEP = "[".repeat(2_000) + "]".repeat(2_000);

	/** Values that have no business in any field, as raw JSON. */
	private static final List<String> GARBAGE = List.of("null", "\"\"", "\"   \"", "0", "-1", "2147483648", "1e400",
			"-1e400", "0.000000001", "\"abc\"", "true", "[]", "{}", "[null]", "{\"a\":null}", "\"not-a-uuid\"",
			"\"00000000-0000-0000-0000-000000000000\"", json("x".repeat(10_000)), json("ä".repeat(60)),
			json("Zür\u0000ich \uD83D\uDE9A \u202Eevil\u200B e\u0301 \uD800 中文"), TOO_DEEP);

	private static final Map<String, Object> MONEY = Map.of("amount", 4.5, "currency", "EUR");

	private static final Map<String, Object> LINE = Map.of("sku", "SWEEP-1", "gtin", "4012345000016", "quantity", 2,
			"unit", "PCE", "unitPrice", MONEY);

	/** Whole bodies that are not what any endpoint takes. */
	private static final List<String> GARBAGE_BODIES = List.of("", "null", "[]", "{}", "\"\"", "123456789012345678901",
			"true", "{", "not json at all", "{\"a\":1}xyz", json("x".repeat(1_000_000)), "[".repeat(100_000),
			"{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), json("\uD800\u0000\uFFFF"));

	/** Path variables that do not name anything of the caller's. */
	private static final List<String> GARBAGE_PATH = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
			UUID.randomUUID().toString(), "%C3%BC%E2%82%AC%F0%9F%9A%9A", "x".repeat(2_000), "-1", "%20", "null");

	private static final List<String> GARBAGE_QUERIES = List.of("?status=NOPE", "?status=", "?status=pending",
			"?status=%F0%9F%9A%9A", "?token=", "?token=" + "x".repeat(5_000), "?status=PENDING&status=ERROR");

	@Autowired
	private Receipts receipts;

	@Autowired
	private Documents documents;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlers;

	@Test
	void malformedFieldsAreRefusedNamingTheField() {
		TestCompany supplier = this.fixtures.supplier("Strict Supplier");
		TestCompany customer = this.fixtures.customer("Strict Customer");
		HubClient session = login(supplier);
		String connection = login(customer).post("/api/v1/connections", Map.of("supplierId", supplier.id()))
			.expect(201)
			.at("/id");
		CompanyDetails details = Fixtures.details("Strict Supplier", supplier.email(), "en");
		String invitee = address("strict-invitee");
		String invite = session.post("/api/v1/invites", Map.of("email", invitee)).expect(201).at("/id");
		String link = mailbox(invitee).await(1).link("http://hub.test/register?invite=");
		String inviteToken = link.substring(link.indexOf('=') + 1);

		record Case(String method, String path, Object body, String field) {
		}
		List<Case> cases = List
			.of(new Case("POST", "/api/v1/invites", Map.of(), "email"),
					new Case("POST", "/api/v1/invites", Map.of("email", "not-an-email"), "email"),
					new Case("POST", "/api/v1/invites", Map.of("email", address("fr"), "language", "fr"), "language"),
					new Case("POST", "/api/v1/users", newUser(address("short"), "too short"), "password"),
					new Case("POST", "/api/v1/users", newUser(address("long"), "x".repeat(100)), "password"),
					new Case("POST", "/api/v1/users", newUser(address("umlauts"), "ä".repeat(40)), "password"),
					new Case("POST", "/api/v1/registrations", registration(inviteToken, invitee, "ä".repeat(40)),
							"password"),
					new Case("POST", "/api/v1/users",
							Map.of("email", address("nameless"), "password", "long enough password"), "name"),
					new Case("POST", "/api/v1/users",
							Map.of("email", address("god"), "name", "G", "password", "long enough password",
									"privileges", List.of("EVERYTHING")),
							"privileges[0]"),
					new Case("PUT", "/api/v1/users/" + supplier.userId() + "/privileges",
							"{\"privileges\": [null], \"accountManager\": false}", "privileges[]"),
					new Case("PUT", "/api/v1/company", Map.of("details", withTimeZone(details, "Mars/Olympus_Mons")),
							"timeZone"),
					new Case("PUT", "/api/v1/company",
							Map.of("details", withIdentities(details, new EdiIdentity("GLN", "4012345000011"))),
							"ediIdentities[0].identifier"),
					new Case("POST", "/api/v1/connections/" + connection + "/activate",
							Map.of("priceType", "retail", "markupPercent", "abc", "daysOfService",
									Map.of("MONDAY", "DHL")),
							"markupPercent"),
					new Case("PUT", "/api/v1/connections/" + connection + "/settings",
							with(SETTINGS, "markupPercent", 1.23456), "markupPercent"),
					new Case("PUT", "/api/v1/connections/" + connection + "/settings",
							with(SETTINGS, "visibility", "SOMETIMES"), "visibility"),
					new Case("PUT", "/api/v1/connections/" + connection + "/settings",
							with(SETTINGS, "daysOfService", Map.of("FUNDAY", "DHL")), "daysOfService"),
					new Case("PUT", "/api/v1/connections/" + connection + "/settings",
							with(SETTINGS, "products", Arrays.asList("SKU-1", null)), "products[]"),
					new Case("PUT", "/api/v1/connections/" + connection + "/settings",
							with(SETTINGS, "daysOfService", Collections.singletonMap("MONDAY", null)),
							"daysOfService[MONDAY]"),
					new Case("POST", "/api/v1/invites", "{\"email\": \"someone@example.com\"", "body"),
					new Case("POST", "/api/v1/invites", "email=someone@example.com", "body"),
					new Case("POST", "/api/v1/invites", null, "body"),
					new Case("GET", "/api/v1/invites?status=LOST", null, "status"),
					new Case("GET", "/api/v1/connections/not-a-uuid", null, "id"),
					new Case("POST", "/api/v1/connections/%20/accept", null, "id"),
					new Case("DELETE", "/api/v1/users/42", null, "id"),
					new Case("POST", "/api/v1/connections", Map.of("supplierId", "not-a-uuid"), "supplierId"),
					new Case("GET", "/api/v1/registrations/invite", null, "token"));

		SoftAssertions softly = new SoftAssertions();
		for (Case c : cases) {
			Response response = session.send(c.method(), c.path(), c.body());
			String call = c.method() + " " + c.path() + " " + c.body() + " -> " + response.body();
			softly.assertThat(response.status()).as(call).isEqualTo(400);
			softly.assertThat(response.header("Content-Type")).as(call).startsWith(PROBLEM_JSON);
			softly.assertThat(fields(response)).as(call).contains(c.field());
		}
		softly.assertAll();
		assertThat(session.get("/api/v1/invites/" + invite).at("/status")).isEqualTo("PENDING");
	}

	@Test
	void unknownPathsAndWrongMethodsAnswerProblemsToo() {
		HubClient session = login(this.fixtures.supplier("Lost Supplier"));
		Response unknown = session.get("/api/v1/no-such-thing").expect(404);
		assertThat(unknown.header("Content-Type")).startsWith(PROBLEM_JSON);
		Response wrongMethod = session.send("PATCH", "/api/v1/company", "{}").expect(405);
		assertThat(wrongMethod.header("Content-Type")).startsWith(PROBLEM_JSON);
		assertThat(wrongMethod.at("/detail")).contains("PATCH");
	}

	@Test
	void aSecondAccountForTheSameEmailIsRefused() {
		TestCompany supplier = this.fixtures.supplier("Twin Supplier");
		TestCompany other = this.fixtures.customer("Twin Other");
		HubClient supplierSession = login(supplier);
		HubClient otherSession = login(other);

		Response sameAddress = otherSession
			.post("/api/v1/users", newUser(supplier.email().toUpperCase(), "another long password"))
			.expect(409);
		assertThat(sameAddress.header("Content-Type")).startsWith(PROBLEM_JSON);
		assertThat(sameAddress.at("/detail")).contains(supplier.email()).contains("already exists");

		String invitee = address("twin");
		String invite = supplierSession.post("/api/v1/invites", Map.of("email", invitee)).expect(201).at("/id");
		String link = mailbox(invitee).await(1).link("http://hub.test/register?invite=");
		otherSession.post("/api/v1/users", newUser(invitee, "the other company's password")).expect(201);

		Response registration = anonymous()
			.post("/api/v1/registrations",
					registration(link.substring(link.indexOf('=') + 1), invitee, "a long enough password"))
			.expect(409);
		assertThat(registration.header("Content-Type")).startsWith(PROBLEM_JSON);
		assertThat(registration.at("/detail")).contains(invitee).contains("already exists");

		assertThat(anonymous().tryLogin(invitee, "a long enough password").header("Location")).contains("error");
		assertThat(otherSession.get("/api/v1/users").json()).extracting(user -> user.get("email").asText())
			.contains(invitee);
		assertThat(supplierSession.get("/api/v1/invites/" + invite).at("/status")).isEqualTo("PENDING");
		assertThat(supplierSession.get("/api/v1/connections").json()).isEmpty();
	}

	@Test
	void requestsWithoutValidCredentialsAreRefusedWithAProblem() {
		Response anonymousCall = anonymous().get("/api/v1/company").expect(401);
		assertThat(anonymousCall.header("Content-Type")).startsWith(PROBLEM_JSON);
		assertThat(anonymousCall.at("/status")).isEqualTo("401");

		Response unknownToken = anonymous().withToken("th_madeUpBySomeoneWhoGuesses")
			.get("/api/v1/company")
			.expect(401);
		assertThat(unknownToken.header("Content-Type")).startsWith(PROBLEM_JSON);

		TestCompany company = this.fixtures.supplier("Revoking Supplier");
		HubClient session = login(company);
		Response created = session.post("/api/v1/api-tokens", Map.of("name", "old erp")).expect(201);
		HubClient system = anonymous().withToken(created.at("/secret"));
		assertThat(system.get("/api/v1/company").expect(200).at("/name")).isEqualTo("Revoking Supplier");

		session.delete("/api/v1/api-tokens/" + created.at("/token/id")).expect(204);

		Response revoked = system.get("/api/v1/company").expect(401);
		assertThat(revoked.header("Content-Type")).startsWith(PROBLEM_JSON);
		assertThat(revoked.at("/detail")).contains("revoked");
		system.post("/api/v1/invites", Map.of("email", address("after-revoke"))).expect(401);
	}

	@Test
	void aUserWithoutTheConnectionsPrivilegeCannotInvite() {
		TestCompany supplier = this.fixtures.supplier("Guarded Supplier");
		HubClient manager = login(supplier);
		String clerkEmail = address("clerk");
		manager
			.post("/api/v1/users", Map.of("email", clerkEmail, "name", "Cleo Clerk", "password", "the clerk's password",
					"privileges", List.of("CATALOG", "ORDERS", "SHIPPING")))
			.expect(201);
		HubClient clerk = anonymous().login(clerkEmail, "the clerk's password");
		assertThat(clerk.get("/api/v1/company").expect(200).at("/name")).isEqualTo("Guarded Supplier");

		String invitee = address("uninvited");
		Response refused = clerk.post("/api/v1/invites", Map.of("email", invitee)).expect(403);
		assertThat(refused.header("Content-Type")).startsWith(PROBLEM_JSON);
		assertThat(refused.at("/detail")).contains("CONNECTIONS");

		assertThat(manager.get("/api/v1/invites?status=PENDING").json()).extracting(i -> i.get("email").asText())
			.doesNotContain(invitee);
	}

	/**
	 * Every endpoint of the API, found from the controllers, gets garbage in every place
	 * a client controls: the body as a whole, each field of a valid body, path variables
	 * and query parameters. The caller is a company that both supplies and buys, so the
	 * garbage reaches both sides of a connection.
	 */
	@Test
	void noInputMakesTheHubFail() throws java.io.IOException {
		TestCompany trader = this.fixtures.company("Sweep Trader", CompanyRole.BOTH, "en");
		TestCompany wholesaler = this.fixtures.supplier("Sweep Wholesaler");
		HubClient session = login(trader);
		String asSupplier = login(this.fixtures.customer("Sweep Customer"))
			.post("/api/v1/connections", Map.of("supplierId", trader.id()))
			.expect(201)
			.at("/id");
		String asCustomer = session.post("/api/v1/connections", Map.of("supplierId", wholesaler.id()))
			.expect(201)
			.at("/id");
		login(wholesaler).post("/api/v1/connections/" + asCustomer + "/accept-with-onboarding", SETTINGS).expect(200);
		String invitee = address("sweep-invitee");
		Map<String, String> realIds = Map.of("/api/v1/users/{id}",
				session.post("/api/v1/users", newUser(address("sweep-user"), "long enough password"))
					.expect(201)
					.at("/id"),
				"/api/v1/api-tokens/{id}",
				session.post("/api/v1/api-tokens", Map.of("name", "sweep")).expect(201).at("/token/id"),
				"/api/v1/invites/{id}", session.post("/api/v1/invites", Map.of("email", invitee)).expect(201).at("/id"),
				"/api/v1/connections/{id}/onboarding", asCustomer, "/api/v1/connections/{id}", asSupplier,
				"/api/v1/invite-links/{code}/verifications/{id}", UUID.randomUUID().toString(),
				"/api/v1/documents/{id}", trackedDocument(trader, wholesaler).toString(), "/api/v1/inbound/{id}",
				UUID.randomUUID().toString());
		// Ids the garbage is put beside: none of them need exist for an answer to be a
		// problem, not a failure.
		Map<String, String> moreIds = Map.of("/api/v1/requests/{id}", UUID.randomUUID().toString(),
				"/api/v1/orders/{id}", UUID.randomUUID().toString(), "/api/v1/orders/{hubId}",
				UUID.randomUUID().toString(), "/api/v1/order-requests/{hubId}", UUID.randomUUID().toString(),
				"/api/v1/shipments/{hubId}", UUID.randomUUID().toString(), "/api/v1/catalog/products/{sku}", "SWEEP-1",
				"/api/v1/catalog/price-lists/{priceType}", "retail", "/api/v1/suppliers/{supplierId}",
				wholesaler.id().toString());
		Map<String, String> ids = new java.util.HashMap<>(realIds);
		ids.putAll(moreIds);
		String code = session.get("/api/v1/invite-link").expect(200).at("/url").replaceAll(".*/", "");
		String inviteLink = mailbox(invitee).await(1).link("http://hub.test/register?invite=");
		Map<String, Object> account = Map.of("name", "Sam Sweep", "password", "long enough password");
		Map<String, Object> validBodies = Map.ofEntries(
				entry("PUT /api/v1/company",
						Map.of("details",
								withIdentities(Fixtures.details("Sweep Trader", trader.email(), "en"),
										new EdiIdentity("GLN", "4012345000016")),
								"termsVersion", "1", "termsUrl", "https://example.com/terms")),
				entry("POST /api/v1/users",
						Map.of("email", UNIQUE_EMAIL, "name", "S", "password", "long enough password", "accountManager",
								false, "privileges", List.of("CATALOG"))),
				entry("PUT /api/v1/users/{id}/privileges",
						Map.of("privileges", List.of("CATALOG"), "accountManager", false)),
				entry("POST /api/v1/api-tokens", Map.of("name", "swept", "privileges", List.of("ORDERS"))),
				entry("POST /api/v1/connections",
						Map.of("supplierId", this.fixtures.supplier("Sweep Mill").id(), "message", "hello")),
				entry("PUT /api/v1/connections/{id}/settings", SETTINGS),
				entry("POST /api/v1/connections/{id}/accept-with-onboarding", SETTINGS),
				entry("PUT /api/v1/connections/{id}/onboarding", ONBOARDING),
				entry("POST /api/v1/connections/{id}/activate", ACTIVATION),
				entry("POST /api/v1/connections/{id}/reject", Map.of("reason", "no")),
				entry("POST /api/v1/connections/{id}/deactivate", Map.of("reason", "no")),
				entry("POST /api/v1/invites", Map.of("email", UNIQUE_EMAIL, "message", "hi", "language", "de")),
				entry("POST /api/v1/registrations",
						Map.of("inviteToken", inviteLink.substring(inviteLink.indexOf('=') + 1), "company",
								Fixtures.details("Swept Bistro", invitee, "en"), "user", account)),
				entry("POST /api/v1/invite-links/{code}/verifications", Map.of("email", UNIQUE_EMAIL)),
				entry("PUT /api/v1/technical-profile",
						Map.of("key", "sweep-trader", "format", "CSV", "csvLayout", "sku-qty-semicolon-no-header",
								"test", true, "inboundChannels",
								List.of(Map.of("routeId", "sweep-trader-imap-in", "identity", "orders@sweep.example")),
								"outboundChannel", "sweep-trader-sftp-out", "acknowledgement",
								Map.of("level", "APPLICATION", "delivery", "OUTBOUND_CHANNEL"))),
				entry("POST /api/v1/dry-run", ASCII_JSON.readValue(
						java.nio.file.Path.of("mappings", "canonical", "examples", "order.json").toFile(), Map.class)),
				entry("POST /api/v1/inbound", ASCII_JSON.readValue(
						java.nio.file.Path.of("mappings", "canonical", "examples", "order.json").toFile(), Map.class)),
				entry("POST /api/v1/invite-links/{code}/verifications/{id}/confirm", Map.of("code", "123456")),
				entry("POST /api/v1/invite-links/{code}/registrations",
						Map.of("verificationId", UUID.randomUUID(), "company",
								Fixtures.details("Swept Shop", UNIQUE_EMAIL, "de"), "user", account)),
				entry("POST /api/v1/order-requests",
						Map.of("supplierId", wholesaler.id(), "lines", List.of(LINE), "shipTo",
								Map.of("city", "Berlin", "country", "DE"), "buyerReferences",
								List.of(Map.of("kind", "CR", "value", "SWEEP")), "note", "soon")),
				entry("POST /api/v1/orders",
						Map.of("supplierId", wholesaler.id(), "lines", List.of(LINE), "requestedDelivery", "2026-12-24",
								"references", List.of(Map.of("kind", "CR", "value", "SWEEP")))),
				entry("POST /api/v1/order-requests/{hubId}/answer",
						Map.of("lines",
								List.of(Map.of("lineNumber", 1, "available", 2, "unitPrice", MONEY, "backOrder", 1,
										"availableOn", "2026-12-30")),
								"shippingCharge", MONEY, "message", "fine")),
				entry("POST /api/v1/orders/{hubId}/shipments",
						Map.of("lines", List.of(Map.of("orderLineNumber", 1, "shipped", 2)), "shippingCost", MONEY,
								"trackingNumber", "1Z", "carrier", "UPS", "service", "Express", "packingSlipLanguage",
								"de", "message", "on its way")),
				entry("POST /api/v1/requests/{id}/reopen", Map.of("answerBy", "2026-12-31T12:00:00Z")),
				entry("PUT /api/v1/catalog/products/{sku}",
						Map.of("description", "Swept", "unit", "PCE", "basePrice", 4.5, "currency", "EUR", "active",
								true)),
				entry("PUT /api/v1/catalog/price-lists/{priceType}/products/{sku}",
						Map.of("tiers", List.of(Map.of("fromQuantity", 10, "unitPrice", 4.2)))),
				entry("POST /api/v1/catalog/products.csv",
						"sku,gtin,description,unit,base_price,currency,active\nSWEEP-2,,Swept,PCE,1.00,EUR,true\n"),
				entry("POST /api/v1/catalog/prices.csv",
						"price_type,sku,from_quantity,unit_price\nretail,SWEEP-2,5,0.90\n"));

		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("endpoints found in the controllers").hasSizeGreaterThan(35);
		assertThat(validBodies.keySet()).as("a valid body for every endpoint that takes one")
			.containsAll(endpoints.stream().filter(Endpoint::takesBody).map(Endpoint::name).toList());

		List<String> failures = new ArrayList<>();
		List<String> unnamed = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			for (Probe probe : probes(endpoint, code, ids, validBodies.get(endpoint.name()))) {
				String body = (probe.body() == null) ? null
						: probe.body().replace("{unique}", UUID.randomUUID().toString().substring(0, 8));
				Response response = session.send(endpoint.method(), probe.path(), body);
				String call = endpoint.method() + " " + abbreviated(probe.path()) + " " + abbreviated(body) + " -> "
						+ response.status() + " " + abbreviated(response.body());
				if (response.status() >= 500
						|| (response.status() >= 400 && !response.header("Content-Type").startsWith(PROBLEM_JSON))) {
					failures.add(call);
				}
				else if (response.status() == 400 && !names(fields(response), probe.culprits())) {
					unnamed.add("should name " + probe.culprits() + ": " + call);
				}
			}
		}
		assertThat(failures).as("answers that are a server error or not a problem").isEmpty();
		assertThat(unnamed).as("400 answers that do not name what was wrong").isEmpty();
	}

	/**
	 * The garbage requests for one endpoint, each with what a 400 has to name: the path
	 * variables, the query parameter, or the field of the body that holds garbage.
	 */
	private static List<Probe> probes(Endpoint endpoint, String code, Map<String, String> realIds, Object valid) {
		String path = endpoint
			.path(variable -> variable.equals("code") ? code : realValue(endpoint.template(), variable, realIds));
		String validBody = (valid != null) ? json(valid) : null;
		List<Probe> probes = new ArrayList<>();
		GARBAGE_PATH.forEach(
				garbage -> probes.add(new Probe(endpoint.path(variable -> garbage), validBody, endpoint.variables())));
		if (endpoint.method().equals("GET")) {
			GARBAGE_QUERIES.forEach(query -> probes.add(new Probe(path + query, null,
					Stream.concat(Stream.of(query.substring(1, query.indexOf('='))), endpoint.parameters().stream())
						.toList())));
		}
		else {
			probes.add(new Probe(path, null, List.of()));
			GARBAGE_BODIES.forEach(body -> probes.add(new Probe(path, body, List.of())));
		}
		if (valid != null) {
			JsonNode tree = ASCII_JSON.valueToTree(valid);
			for (String pointer : pointers(tree, "")) {
				String field = pointer.substring(1).replace('/', '.');
				for (String garbage : GARBAGE) {
					// Too deep to parse: the document as a whole is refused.
					List<String> culprits = garbage.equals(TOO_DEEP) ? List.of(field, "body") : List.of(field);
					probes.add(new Probe(path, replaced(tree, pointer, garbage), culprits));
				}
			}
		}
		return probes;
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		this.handlers.getHandlerMethods().forEach((info, handler) -> {
			boolean takesBody = Arrays.stream(handler.getMethodParameters())
				.anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
			// Spring learns a parameter's name on the handler's first call; these may
			// not have been called yet in this context, so the name is read on a copy
			List<String> parameters = Arrays.stream(handler.getMethodParameters())
				.filter(parameter -> parameter.hasParameterAnnotation(RequestParam.class))
				.map(BadInputIntegrationTests::name)
				.toList();
			for (String template : info.getPathPatternsCondition().getPatternValues()) {
				if (template.startsWith("/api/")) {
					info.getMethodsCondition()
						.getMethods()
						.forEach(method -> endpoints.add(new Endpoint(method.name(), template, takesBody, parameters)));
				}
			}
		});
		return endpoints;
	}

	/**
	 * An id of the caller's own for a path variable: the longest template in the map that
	 * starts the endpoint's template decides.
	 */
	private static String realValue(String template, String variable, Map<String, String> ids) {
		return ids.entrySet()
			.stream()
			.filter(id -> template.startsWith(id.getKey()))
			.max(Comparator.comparing(id -> id.getKey().length()))
			.map(Map.Entry::getValue)
			.orElseThrow(() -> new AssertionError("No id of the caller's own for {" + variable + "} in " + template));
	}

	/** The JSON pointers of every value in a tree except the root. */
	private static List<String> pointers(JsonNode node, String at) {
		List<String> pointers = new ArrayList<>();
		if (node instanceof ObjectNode object) {
			for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
				String name = names.next();
				pointers.add(at + "/" + name);
				pointers.addAll(pointers(object.get(name), at + "/" + name));
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				pointers.add(at + "/" + i);
				pointers.addAll(pointers(array.get(i), at + "/" + i));
			}
		}
		return pointers;
	}

	private static String name(MethodParameter parameter) {
		MethodParameter copy = new MethodParameter(parameter);
		copy.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
		return copy.getParameterName();
	}

	private static String replaced(JsonNode tree, String pointer, String garbage) {
		JsonNode copy = tree.deepCopy();
		JsonPointer target = JsonPointer.compile(pointer);
		JsonNode parent = copy.at(target.head());
		String placeholder = "__garbage_" + UUID.randomUUID() + "__";
		if (parent instanceof ObjectNode object) {
			object.set(target.last().getMatchingProperty(), TextNode.valueOf(placeholder));
		}
		else {
			((ArrayNode) parent).set(target.last().getMatchingIndex(), TextNode.valueOf(placeholder));
		}
		return json(copy).replace(json(placeholder), garbage);
	}

	/**
	 * Whether a problem names one of the culprits (any field when there are none): the
	 * culprit itself, a value inside it, the value holding it, or the culprit's path
	 * relative to a nested object ({@code timeZone} for {@code details.timeZone}). In
	 * field names, {@code [0]} and {@code [MONDAY]} are steps of the path and {@code []}
	 * is any element of a set.
	 */
	private static boolean names(List<String> fields, List<String> culprits) {
		if (culprits.isEmpty()) {
			return !fields.isEmpty() && fields.stream().noneMatch(String::isBlank);
		}
		return fields.stream()
			.filter(field -> !field.isBlank())
			.map(BadInputIntegrationTests::steps)
			.anyMatch(field -> culprits.stream()
				.map(BadInputIntegrationTests::steps)
				.anyMatch(culprit -> startsWith(culprit, field) || startsWith(field, culprit)
						|| (field.size() <= culprit.size()
								&& startsWith(culprit.subList(culprit.size() - field.size(), culprit.size()), field))));
	}

	private static List<String> steps(String field) {
		return List.of(field.replaceAll("\\[([^]]*)]", ".$1").split("\\.", -1));
	}

	private static boolean startsWith(List<String> path, List<String> start) {
		if (start.size() > path.size()) {
			return false;
		}
		for (int i = 0; i < start.size(); i++) {
			if (!start.get(i).isEmpty() && !path.get(i).isEmpty() && !start.get(i).equals(path.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		JsonNode body = response.header("Content-Type").contains("json") ? response.json() : null;
		if (body != null) {
			body.path("errors").forEach(error -> fields.add(error.path("field").asText()));
		}
		return fields;
	}

	/**
	 * A document the trader sent, as the pipeline records it: accepted, so a replay is
	 * refused whatever the request.
	 */
	private UUID trackedDocument(TestCompany sender, TestCompany receiver) {
		UUID hubId = HubIds.next();
		UUID receipt = this.receipts.receive(new Inbound("http", "http", null, null, "order.json", new byte[] { 1 }));
		Envelope envelope = new Envelope(hubId, Party.company(sender.id()), Party.company(receiver.id()), "PO-SWEEP",
				null, null, null, null);
		Acknowledgement document = new Acknowledgement(envelope, Acknowledgement.Kind.APPLICATION,
				Acknowledgement.Level.MESSAGE, "1", Acknowledgement.Status.ACCEPTED, null, List.of(), List.of());
		return this.documents.accept(NewDocument.read(receipt, null, document));
	}

	private HubClient login(TestCompany company) {
		return anonymous().login(company.email(), company.password());
	}

	private static Map<String, Object> registration(String inviteToken, String email, String password) {
		return Map.of("inviteToken", inviteToken, "company", Fixtures.details("Invited Bistro", email, "en"), "user",
				Map.of("name", "Ina Invited", "password", password));
	}

	private static Map<String, Object> newUser(String email, String password) {
		return Map.of("email", email, "name", "New User", "password", password);
	}

	private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(body);
		copy.put(key, value);
		return copy;
	}

	private static CompanyDetails withTimeZone(CompanyDetails details, String timeZone) {
		return new CompanyDetails(details.name(), timeZone, details.language(), details.address(),
				details.adminContact(), details.financeContact(), details.orderingContact(), details.ediIdentities());
	}

	private static CompanyDetails withIdentities(CompanyDetails details, EdiIdentity... identities) {
		return new CompanyDetails(details.name(), details.timeZone(), details.language(), details.address(),
				details.adminContact(), details.financeContact(), details.orderingContact(), List.of(identities));
	}

	private static String json(Object value) {
		try {
			return ASCII_JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static String abbreviated(Object value) {
		String text = String.valueOf(value);
		return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
	}

	/** An endpoint of the API as its controller declares it. */
	private record Endpoint(String method, String template, boolean takesBody, List<String> parameters) {

		private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

		String name() {
			return this.method + " " + this.template;
		}

		List<String> variables() {
			return VARIABLE.matcher(this.template).results().map(result -> result.group(1)).toList();
		}

		String path(Function<String, String> values) {
			Matcher matcher = VARIABLE.matcher(this.template);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, Matcher.quoteReplacement(values.apply(matcher.group(1))));
			}
			matcher.appendTail(path);
			return path.toString();
		}

	}

	/**
	 * One request of the sweep, and what a 400 answer to it has to name.
	 */
	private record Probe(String path, String body, List<String> culprits) {
	}

}
