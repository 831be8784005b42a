package io.tradehub.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.Fixtures;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end over HTTP: customers post files to {@code POST /api/v1/inbound} with their
 * API token, and suppliers receive them on their webhooks (a real HTTP server here),
 * signed with their shared secret. A webhook that is down is retried with growing waits,
 * a document whose last try failed is replayed, and a refused document keeps its raw
 * bytes and says why.
 */
class HttpPipelineIntegrationTests extends HubIntegrationTest {

	private static final String SECRET = "hook-secret";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final HttpServer WEBHOOKS = startWebhooks();

	/** Answers 503 to its first two requests, then 204. */
	private static final AtomicInteger FLAKY_FAILURES_LEFT = new AtomicInteger(2);

	/** Answers 503 while true. */
	private static final AtomicBoolean DOWN = new AtomicBoolean(true);

	private static final Map<String, List<Hook>> HOOKS = Map.of("/orders", new CopyOnWriteArrayList<>(), "/flaky",
			new CopyOnWriteArrayList<>(), "/down", new CopyOnWriteArrayList<>());

	private static final String CSV_CUSTOMER_NUMBER = "C-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String CSV_CUSTOMER_GLN = Fixtures.gln();

	private static final String ORDERS_SUPPLIER_GLN = Fixtures.gln();

	private static final String BUYER_GLN = Fixtures.gln();

	private static final String LATE_CUSTOMER_NUMBER = "C-" + UUID.randomUUID().toString().substring(0, 8);

	private static final String FLAKY_GLN = Fixtures.gln();

	private static final String DOWN_GLN = Fixtures.gln();

	private static final String FORMER_GLN = Fixtures.gln();

	private static String csvCustomerToken;

	private static String buyerToken;

	private static String lateCustomerToken;

	private static HubClient csvCustomer;

	private static HubClient buyer;

	@DynamicPropertySource
	static void pipeline(DynamicPropertyRegistry registry) {
		Path routes = TestFiles.temporaryDirectory("tradehub-http-pipeline").resolve("routes");
		String base = "http://127.0.0.1:" + WEBHOOKS.getAddress().getPort();
		for (String hook : List.of("orders", "flaky", "down")) {
			TestRoutes.write(routes, "http-" + hook + ".http-outbound", "http-outbound", "http-" + hook + "-out",
					Map.of("url", base + "/" + hook, "secret", SECRET, "timeoutSeconds", "5"));
		}
		registry.add("tradehub.routes", routes::toString);
		registry.add("tradehub.pipeline.first-retry", () -> "PT0.5S");
		registry.add("tradehub.pipeline.max-retry", () -> "PT5S");
		registry.add("tradehub.pipeline.delivery-attempts", () -> "3");
	}

	@BeforeEach
	void partners() {
		if (buyer != null) {
			return;
		}
		TestCompany ordersSupplier = supplier("Hook Orchard Produce", ORDERS_SUPPLIER_GLN, "X12_4010", "orders");
		TestCompany flaky = supplier("Hook Flaky Dairy", FLAKY_GLN, "JSON", "flaky");
		TestCompany down = supplier("Hook Down Bakery", DOWN_GLN, "JSON", "down");
		TestCompany former = supplier("Hook Former Fishery", FORMER_GLN, "JSON", "orders");

		TestCompany csv = this.fixtures.company("Hook Corner Cafe", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", CSV_CUSTOMER_GLN), new EdiIdentity("ZZ", CSV_CUSTOMER_NUMBER)));
		csvCustomer = new HubClient(this.port).login(csv.email(), csv.password());
		csvCustomer
			.put("/api/v1/technical-profile",
					Map.of("key", "hook-corner-cafe", "format", "CSV", "csvLayout",
							"po-lines-upc-qty-price-with-header", "acknowledgement",
							Map.of("level", "APPLICATION", "delivery", "REPLY")))
			.expect(200);
		connect(csvCustomer, ordersSupplier);
		csvCustomerToken = token(csvCustomer);

		// A CSV order names no supplier: with its only connection deactivated, this
		// customer's orders have no one to go to.
		TestCompany late = this.fixtures.company("Hook Late Bistro", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("ZZ", LATE_CUSTOMER_NUMBER)));
		HubClient lateCustomer = login(late);
		lateCustomer
			.put("/api/v1/technical-profile",
					Map.of("key", "hook-late-bistro", "format", "CSV", "csvLayout",
							"po-lines-upc-qty-price-with-header", "acknowledgement",
							Map.of("level", "APPLICATION", "delivery", "REPLY")))
			.expect(200);
		String lateConnection = connect(lateCustomer, ordersSupplier);
		login(ordersSupplier).post("/api/v1/connections/" + lateConnection + "/deactivate", Map.of("reason", "Unpaid"))
			.expect(200);
		lateCustomerToken = token(lateCustomer);

		TestCompany edifact = this.fixtures.company("Hook Grand Hotel", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", BUYER_GLN)));
		buyer = new HubClient(this.port).login(edifact.email(), edifact.password());
		buyer
			.put("/api/v1/technical-profile", Map.of("key", "hook-grand-hotel", "format", "EDIFACT_D96A",
					"acknowledgement", Map.of("level", "SYNTAX", "delivery", "REPLY")))
			.expect(200);
		connect(buyer, flaky);
		connect(buyer, down);
		String formerConnection = connect(buyer, former);
		login(former).post("/api/v1/connections/" + formerConnection + "/deactivate", Map.of("reason", "Closed"))
			.expect(200);
		buyerToken = token(buyer);
	}

	@Test
	void aCsvOrderPostedWithAnApiTokenReachesTheSuppliersWebhookAsSignedX12() throws Exception {
		String csv = "LINE_NUMBER,UPC_NUMBER,QUANTITY,PRICE,UOM,PO_NUMBER,PO_DATE,CUSTOMER_NAME,CUSTOMER_NUMBER,"
				+ "ADDRESS,CITY,STATE,POSTAL_CODE\n1,4012345123456,24,4.85,PCE,PO-CSV-1,20261120,Corner Cafe,"
				+ CSV_CUSTOMER_NUMBER + ",12 rue des Halles,Paris,,75001\n";

		HttpResponse<String> posted = post(csvCustomerToken, "po-csv-1.csv", csv);

		assertThat(posted.statusCode()).isEqualTo(202);
		JsonNode accepted = JSON.readTree(posted.body());
		assertThat(accepted.at("/status").asText()).isEqualTo("RECEIVED");
		HubClient system = HubClient.system(this.port, csvCustomerToken);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			HubClient.Response receipt = system.get(accepted.at("/location").asText()).expect(200);
			assertThat(receipt.at("/status")).as(receipt.body()).isEqualTo("READ");
		});
		awaitDocument(csvCustomer, "PO-CSV-1", "DELIVERED");
		Hook hook = awaitHook("/orders", "PO-CSV-1");
		String x12 = new String(hook.body(), StandardCharsets.ISO_8859_1);
		assertThat(x12).startsWith("ISA")
			.contains("ST*850*")
			.contains("BEG*00*")
			.contains("PO-CSV-1")
			.contains("4012345123456");
		assertThat(hook.signature()).isEqualTo("sha256=" + hmac(hook.body()));
	}

	@Test
	void aCsvOrderPostedTwiceWithOneIdempotencyKeyIsOneReceiptAndOneDeliveredOrder() throws Exception {
		String csv = csv("PO-CSV-KEY", CSV_CUSTOMER_NUMBER);
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = post(csvCustomerToken, "po-csv-key.csv", csv, "", "Idempotency-Key", key);
		HttpResponse<String> again = post(csvCustomerToken, "po-csv-key.csv", csv, "", "Idempotency-Key", key);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
		String hubId = JSON.readTree(first.body()).at("/hubId").asText();
		assertThat(JSON.readTree(again.body()).at("/hubId").asText()).isEqualTo(hubId);
		awaitDocument(csvCustomer, "PO-CSV-KEY", "DELIVERED");
		// a second receipt would be read into a second order, delivered a moment later
		HubClient system = HubClient.system(this.port, csvCustomerToken);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(system.get("/api/v1/documents?number=PO-CSV-KEY").expect(200).json().get("total").asLong())
				.isOne();
			assertThat(HOOKS.get("/orders").stream().filter((hook) -> hook.has("PO-CSV-KEY"))).hasSize(1);
		});
	}

	@Test
	void anIdempotencyKeyUsedAgainForAnotherFileIsRefusedNamingItsReceipt() throws Exception {
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = post(csvCustomerToken, "po-csv-reused.csv", csv("PO-CSV-R1", CSV_CUSTOMER_NUMBER),
				"", "Idempotency-Key", key);
		String hubId = JSON.readTree(first.body()).at("/hubId").asText();

		HttpResponse<String> other = post(csvCustomerToken, "po-csv-reused.csv", csv("PO-CSV-R2", CSV_CUSTOMER_NUMBER),
				"", "Idempotency-Key", key);

		assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
		assertThat(JSON.readTree(other.body()).at("/detail").asText()).isEqualTo("The key was already used for receipt "
				+ hubId + " (po-csv-reused.csv) with other content; send a new file with a new key");
	}

	@Test
	void aCsvOrderPostedWithWaitIsAnsweredWithItsAcknowledgementAndTheSupplierGetsTheOrder() throws Exception {
		HttpResponse<String> posted = post(csvCustomerToken, "po-csv-2.csv", csv("PO-CSV-2", CSV_CUSTOMER_NUMBER),
				"?wait=PT20S");

		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		assertThat(posted.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode ack = JSON.readTree(posted.body());
		assertThat(ack.at("/type").asText()).isEqualTo("ACKNOWLEDGEMENT");
		assertThat(ack.at("/kind").asText()).isEqualTo("APPLICATION");
		assertThat(ack.at("/status").asText()).isEqualTo("ACCEPTED");
		assertThat(ack.at("/acknowledgedReference").asText()).isEqualTo("po-csv-2.csv");
		assertThat(ack.at("/messages/0/reference").asText()).isEqualTo("PO-CSV-2");
		assertThat(ack.at("/messages/0/status").asText()).isEqualTo("ACCEPTED");
		assertThat(ack.at("/problems")).isEmpty();
		String receipt = posted.headers().firstValue("Location").orElseThrow();
		HubClient system = HubClient.system(this.port, csvCustomerToken);
		assertThat(system.get(receipt + "/acknowledgement").expect(200).body()).isEqualTo(posted.body());
		Hook hook = awaitHook("/orders", "PO-CSV-2");
		assertThat(new String(hook.body(), StandardCharsets.ISO_8859_1)).contains("ST*850*");
		awaitDocument(csvCustomer, "PO-CSV-2", "DELIVERED");
	}

	@Test
	void aRefusedCsvOrderIsAcknowledgedWithTheReasonAndTheAcknowledgementCanBeFetchedLater() throws Exception {
		HttpResponse<String> posted = post(lateCustomerToken, "po-late-1.csv", csv("PO-LATE-1", LATE_CUSTOMER_NUMBER));
		assertThat(posted.statusCode()).isEqualTo(202);
		String acknowledgement = JSON.readTree(posted.body()).at("/location").asText() + "/acknowledgement";
		HubClient system = HubClient.system(this.port, lateCustomerToken);

		await().atMost(Duration.ofSeconds(20)).until(() -> system.get(acknowledgement).status() == 200);

		JsonNode ack = system.get(acknowledgement).expect(200).json();
		assertThat(ack.at("/status").asText()).isEqualTo("REJECTED");
		assertThat(ack.at("/messages/0/reference").asText()).isEqualTo("PO-LATE-1");
		assertThat(ack.at("/messages/0/status").asText()).isEqualTo("REJECTED");
		assertThat(ack.at("/problems/0/messageReference").asText()).isEqualTo("PO-LATE-1");
		assertThat(ack.at("/problems/0/message").asText()).contains("Hook Late Bistro")
			.contains("does not trade with exactly one company");
		// another company does not see it
		assertThat(HubClient.system(this.port, csvCustomerToken).get(acknowledgement).status()).isEqualTo(404);
	}

	/**
	 * Written for its receiver as the order is read: a supplier whose EDIFACT envelope
	 * cannot name it (it holds no EDI identity) refuses the order there, and the customer
	 * reads why in its acknowledgement.
	 */
	@Test
	void anOrderTheReceiversFormatCannotCarryIsRefusedInTheSendersAcknowledgement() throws Exception {
		TestCompany nameless = this.fixtures.company("Hook Nameless Mill", CompanyRole.SUPPLIER, "en", List.of());
		login(nameless)
			.put("/api/v1/technical-profile",
					Map.of("key", "hook-nameless-mill", "format", "EDIFACT_D96A", "outboundChannel", "http-orders-out"))
			.expect(200);
		String number = "C-" + UUID.randomUUID().toString().substring(0, 8);
		TestCompany deli = this.fixtures.company("Hook Nameless Deli", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("ZZ", number)));
		HubClient customer = login(deli);
		customer
			.put("/api/v1/technical-profile",
					Map.of("key", "hook-nameless-deli", "format", "CSV", "csvLayout",
							"po-lines-upc-qty-price-with-header", "acknowledgement",
							Map.of("level", "APPLICATION", "delivery", "REPLY")))
			.expect(200);
		connect(customer, nameless);

		HttpResponse<String> posted = post(token(customer), "po-nameless-1.csv", csv("PO-NAMELESS-1", number),
				"?wait=PT20S");

		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		JsonNode ack = JSON.readTree(posted.body());
		assertThat(ack.at("/status").asText()).isEqualTo("REJECTED");
		assertThat(ack.at("/messages/0/reference").asText()).isEqualTo("PO-NAMELESS-1");
		assertThat(ack.at("/problems/0/message").asText())
			.contains("cannot be written as EDIFACT_D96A for its receiver");
		awaitDocument(customer, "PO-NAMELESS-1", "REFUSED");
	}

	@Test
	void aWaitThatIsNoDurationIsRefusedAndAnUnknownReceiptHasNoAcknowledgement() {
		HubClient system = HubClient.system(this.port, buyerToken);
		String receipt = system.get("/api/v1/inbound/" + UUID.randomUUID() + "/acknowledgement").body();
		assertThat(receipt).contains("No receipt");
		assertThat(system.send("POST", "/api/v1/inbound?wait=ten", "x").status()).isEqualTo(400);
	}

	@Test
	void aWebhookThatIsDownIsRetriedWithGrowingWaitsAndGetsTheOrderOnceItIsBack() throws Exception {
		post(buyerToken, "flaky.edi", orders(BUYER_GLN, FLAKY_GLN, "INTFLAKY1", "PO-FLAKY-1"));

		String id = awaitDocument(buyer, "PO-FLAKY-1", "DELIVERED");

		List<Hook> attempts = HOOKS.get("/flaky");
		assertThat(attempts).hasSize(3);
		assertThat(attempts).extracting(Hook::status).containsExactly(503, 503, 204);
		Duration firstWait = Duration.between(attempts.get(0).at(), attempts.get(1).at());
		Duration secondWait = Duration.between(attempts.get(1).at(), attempts.get(2).at());
		assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(400));
		assertThat(secondWait).isGreaterThan(firstWait);
		JsonNode detail = buyer.get("/api/v1/documents/" + id).expect(200).json();
		assertThat(retries(detail)).hasSize(2)
			.allSatisfy((reason) -> assertThat(reason).contains("of 3 on http-flaky-out failed").contains("503"));
		assertThat(detail.at("/document/attempts").asInt()).isEqualTo(2);
	}

	@Test
	void aDocumentFailedAfterItsLastTryIsDeliveredByAReplay() throws Exception {
		post(buyerToken, "down.edi", orders(BUYER_GLN, DOWN_GLN, "INTDOWN1", "PO-DOWN-1"));

		String failed = awaitDocument(buyer, "PO-DOWN-1", "FAILED");
		JsonNode detail = buyer.get("/api/v1/documents/" + failed).expect(200).json();
		assertThat(detail.at("/document/reason").asText()).contains("Delivery attempt 3 of 3").contains("503");
		assertThat(retries(detail)).hasSize(2);
		assertThat(HOOKS.get("/down")).hasSize(3).allSatisfy((hook) -> assertThat(hook.status()).isEqualTo(503));

		DOWN.set(false);
		String replay = buyer.post("/api/v1/documents/" + failed + "/replay").expect(202).at("/id");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(buyer.get("/api/v1/documents/" + replay).expect(200).at("/document/status"))
				.isEqualTo("DELIVERED"));
		assertThat(buyer.get("/api/v1/documents/" + replay).expect(200).at("/links/replayOf")).isEqualTo(failed);
		assertThat(buyer.get("/api/v1/documents/" + failed).expect(200).at("/links/replayedBy")).isEqualTo(replay);
		assertThat(HOOKS.get("/down")).hasSize(4).last().satisfies((hook) -> {
			assertThat(hook.status()).isEqualTo(204);
			assertThat(new String(hook.body(), StandardCharsets.UTF_8)).contains("PO-DOWN-1");
		});
	}

	@Test
	void anOrderToAnUnknownReceiverIsRefusedAndKeepsItsRawFile() throws Exception {
		String unknown = Fixtures.gln();
		String file = orders(BUYER_GLN, unknown, "INTUNK1", "PO-UNKNOWN-1");

		assertRefused("PO-UNKNOWN-1", file, "addressed to 14:" + unknown + ", which is no company the hub knows");
	}

	@Test
	void anOrderOverADeactivatedConnectionIsRefusedAndKeepsItsRawFile() throws Exception {
		String file = orders(BUYER_GLN, FORMER_GLN, "INTFORMER1", "PO-FORMER-1");

		assertRefused("PO-FORMER-1", file,
				"Hook Grand Hotel and Hook Former Fishery do not trade on the hub: their connection is DEACTIVATED, not ACTIVE");
	}

	@Test
	void anOrderInAnotherCompanysNameIsRefusedAndKeepsItsRawFile() throws Exception {
		String file = orders(CSV_CUSTOMER_GLN, FLAKY_GLN, "INTSPOOF1", "PO-SPOOF-1");

		assertRefused("PO-SPOOF-1", file, "says it comes from 14:" + CSV_CUSTOMER_GLN
				+ ", which is Hook Corner Cafe, but it came by http, the channel of Hook Grand Hotel");
	}

	@Test
	void anEdifactInterchangePostedWithWaitIsAnsweredWithItsContrl() throws Exception {
		HttpResponse<String> posted = post(buyerToken, "former-2.edi",
				orders(BUYER_GLN, FORMER_GLN, "INTFORMER2", "PO-FORMER-2"), "?wait=PT20S");

		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		assertThat(posted.headers().firstValue("Content-Type").orElseThrow())
			.isEqualToIgnoringCase("application/EDIFACT");
		assertThat(posted.body()).contains("+CONTRL:D:3:UN'")
			.contains("UCI+INTFORMER2+" + BUYER_GLN + ":14+" + FORMER_GLN + ":14+7'")
			.contains("UCM+1+ORDERS:D:96A:UN:EAN008+7'");
		// the CONTRL says the interchange was well formed; why the order went no further
		// is the document's reason
		assertThat(document(buyer, "PO-FORMER-2").at("/reason").asText()).contains("their connection is DEACTIVATED");
	}

	private void assertRefused(String number, String file, String reason) throws Exception {
		HttpResponse<String> posted = post(buyerToken, number + ".edi", file);
		assertThat(posted.statusCode()).isEqualTo(202);

		String id = awaitDocument(buyer, number, "REFUSED");

		assertThat(document(buyer, number).at("/reason").asText()).contains(reason);
		assertThat(buyer.get("/api/v1/documents/" + id + "/raw").expect(200).body()).isEqualTo(file);
	}

	private static List<String> retries(JsonNode detail) {
		List<String> reasons = new ArrayList<>();
		detail.get("changes").forEach((change) -> {
			if ("RETRYING".equals(change.get("to").asText())) {
				reasons.add(change.get("reason").asText());
			}
		});
		return reasons;
	}

	private static String awaitDocument(HubClient client, String number, String status) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(document(client, number).at("/status").asText()).isEqualTo(status));
		return document(client, number).at("/id").asText();
	}

	private static JsonNode document(HubClient client, String number) {
		JsonNode items = client.get("/api/v1/documents?number=" + number).expect(200).json().get("items");
		assertThat(items).as("documents numbered " + number).hasSize(1);
		return items.get(0);
	}

	private static Hook awaitHook(String path, String content) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> HOOKS.get(path).stream().anyMatch((hook) -> hook.has(content)));
		return HOOKS.get(path).stream().filter((hook) -> hook.has(content)).findFirst().orElseThrow();
	}

	private HttpResponse<String> post(String token, String fileName, String content) throws Exception {
		return post(token, fileName, content, "");
	}

	/**
	 * @param headers more request headers, name and value after each other
	 */
	private HttpResponse<String> post(String token, String fileName, String content, String query, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/inbound" + query))
			.header("Authorization", "Bearer " + token)
			.header("X-File-Name", fileName)
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private TestCompany supplier(String name, String gln, String format, String hook) {
		TestCompany supplier = this.fixtures.company(name, CompanyRole.SUPPLIER, "en",
				List.of(new EdiIdentity("GLN", gln)));
		login(supplier)
			.put("/api/v1/technical-profile", Map.of("key", name.toLowerCase().replace(' ', '-'), "format", format,
					"outboundChannel", "http-" + hook + "-out"))
			.expect(200);
		return supplier;
	}

	private String connect(HubClient customer, TestCompany supplier) {
		return customer.connectActive(login(supplier), supplier.id());
	}

	private HubClient login(TestCompany company) {
		return new HubClient(this.port).login(company.email(), company.password());
	}

	private static String token(HubClient client) {
		return client.post("/api/v1/api-tokens", Map.of("name", "ERP", "privileges", List.of("ORDERS")))
			.expect(201)
			.at("/secret");
	}

	private static String csv(String number, String customer) {
		return "LINE_NUMBER,UPC_NUMBER,QUANTITY,PRICE,UOM,PO_NUMBER,PO_DATE,CUSTOMER_NAME,CUSTOMER_NUMBER,"
				+ "ADDRESS,CITY,STATE,POSTAL_CODE\n1,4012345123456,24,4.85,PCE," + number + ",20261120,Corner Cafe,"
				+ customer + ",12 rue des Halles,Paris,,75001\n";
	}

	private static String orders(String sender, String receiver, String reference, String number) {
		return "UNA:+.? '\nUNB+UNOC:3+" + sender + ":14+" + receiver + ":14+261123:1330+" + reference
				+ "'\nUNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+" + number + "+9'\nDTM+137:20261123:102'\nNAD+BY+" + sender
				+ "::9'\nNAD+SU+" + receiver + "::9'\nLIN+1++4000862141404:EN'\nQTY+21:48'\nUNS+S'\n"
				+ "CNT+2:1'\nUNT+10+1'\nUNZ+1+" + reference + "'\n";
	}

	/** What a webhook got, when, and what it answered. */
	record Hook(Instant at, byte[] body, String signature, int status) {

		boolean has(String text) {
			return new String(this.body, StandardCharsets.ISO_8859_1).contains(text);
		}

	}

	private static HttpServer startWebhooks() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/orders", (exchange) -> answer(exchange, 204));
			server.createContext("/flaky",
					(exchange) -> answer(exchange, (FLAKY_FAILURES_LEFT.getAndDecrement() > 0) ? 503 : 204));
			server.createContext("/down", (exchange) -> answer(exchange, DOWN.get() ? 503 : 204));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void answer(HttpExchange exchange, int status) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		HOOKS.get(exchange.getHttpContext().getPath())
			.add(new Hook(Instant.now(), body, exchange.getRequestHeaders().getFirst("X-Tradehub-Signature"), status));
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	/** Computed here independently of the hub, as the supplier would. */
	private static String hmac(byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		StringBuilder hex = new StringBuilder();
		for (byte b : mac.doFinal(body)) {
			hex.append(String.format("%02x", b));
		}
		return hex.toString();
	}

}
