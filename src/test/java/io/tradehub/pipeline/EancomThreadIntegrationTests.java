package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.document.Deadlines;
import io.tradehub.format.EdiReadBack;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import io.tradehub.test.TestSftp;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The EANCOM thread of issue 6 over a real SFTP server: a restaurant's system puts a
 * REQOTE for two catalog products on the hub's inbox; its supplier, who works in the
 * portal, answers through the API with a special price, a back-order and a shipping
 * charge; the restaurant finds the QUOTES in its outbox, orders at the quoted prices with
 * an ORDERS naming the quotation, and finds a DESADV for each of the two shipments the
 * supplier confirms. The thread shows every step.
 */
class EancomThreadIntegrationTests extends HubIntegrationTest {

	private static final Path ROOT = TestFiles.temporaryDirectory("tradehub-eancom-thread");

	private static final String USER = "eancom";

	private static final String PASSWORD = "eancom-secret";

	private static final SshServer SFTP = TestSftp.start(ROOT.resolve("sftp"), ROOT.resolve("hostkey.ser"), USER,
			PASSWORD);

	private static final String RESTAURANT = "thread-bistro";

	private static final String RESTAURANT_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	private static final String CHEESE_GTIN = "4012345123456";

	private static final String BUTTER_GTIN = "4012345654325";

	private static final DateTimeFormatter EDI_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		Path routes = ROOT.resolve("routes");
		String sftp = "host: 127.0.0.1\nport: " + SFTP.getPort() + "\nusername: " + USER + "\npassword: " + PASSWORD
				+ "\nstrictHostKeyChecking: \"no\"\n";
		TestRoutes.write(routes, RESTAURANT + ".sftp-inbound", "sftp-inbound", RESTAURANT + "-sftp-in",
				sftp + "partner: " + RESTAURANT + "\ndirectory: bistro/in\ndelay: 100\n");
		TestRoutes.write(routes, RESTAURANT + ".sftp-outbound", "sftp-outbound", RESTAURANT + "-sftp-out",
				sftp + "directory: bistro/out\n");
		registry.add("tradehub.routes", routes::toString);
	}

	@Test
	void aReqoteBySftpIsAnsweredThroughTheApiOrderedByOrdersAndShippedWithDesadvs() {
		TestCompany supplier = this.fixtures.company("Thread Alpine Foods", CompanyRole.SUPPLIER, "en",
				List.of(new EdiIdentity("GLN", SUPPLIER_GLN)));
		TestCompany restaurant = this.fixtures.company("Thread Bistro", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", RESTAURANT_GLN)));
		HubClient supplierClient = new HubClient(this.port).login(supplier.email(), supplier.password());
		HubClient restaurantClient = new HubClient(this.port).login(restaurant.email(), restaurant.password());
		restaurantClient
			.put("/api/v1/technical-profile", Map.of("key", RESTAURANT, "format", "EDIFACT_D96A", "inboundChannels",
					List.of(Map.of("routeId", RESTAURANT + "-sftp-in", "identity", USER + "@127.0.0.1")),
					"outboundChannel", RESTAURANT + "-sftp-out", "acknowledgement", Map.of("level", "APPLICATION")))
			.expect(200);
		restaurantClient.connectActive(supplierClient, supplier.id());
		catalog(supplierClient);

		// 1. The REQOTE on the hub's inbox
		upload("bistro/in", "rq-8101.edi", reqote("RQ8101", "RQ-8101"));

		String aperak = TestFiles.read(TestFiles.awaitFile(sftp("bistro/out"), "aperak-RQ8101-"));
		assertThat(aperak).as("accepted").containsPattern("BGM\\+12E::9\\+\\d+\\+29'").contains("RFF+ACW:RQ-8101'");
		JsonNode request = await().atMost(Duration.ofSeconds(20))
			.until(() -> only(supplierClient.get("/api/v1/requests?number=RQ-8101").expect(200).json()),
					(found) -> found != null);
		assertThat(request.at("/status").asText()).isEqualTo("WAITING");
		assertThat(request.at("/view").asText()).isEqualTo("WAITING");
		assertThat(request.at("/customerId").asText()).isEqualTo(restaurant.id().toString());
		assertThat(request.at("/answerBy").asText()).as("the connection's 24 hours answer window")
			.isEqualTo(Instant.parse(request.at("/receivedAt").asText()).plus(Duration.ofHours(24)).toString());
		String requestId = request.at("/requestDocumentId").asText();
		// the supplier works in the portal: its contact is told by mail
		await().atMost(Duration.ofSeconds(20))
			.until(() -> mailbox(supplier.email()).all()
				.stream()
				.anyMatch((mail) -> mail.subject().contains("RQ-8101")));

		// 2. The answer through the API, delivered as QUOTES
		LocalDate backOrderDay = LocalDate.now(ZoneOffset.UTC).plusDays(14);
		Response answer = supplierClient
			.post("/api/v1/order-requests/" + requestId + "/answer", Map.of("lines", List.of(
					Map.of("lineNumber", 1, "available", 20, "unitPrice", Map.of("amount", "4.85", "currency", "EUR"),
							"backOrder", 4, "availableOn", backOrderDay.toString()),
					Map.of("lineNumber", 2, "available", 6, "unitPrice", Map.of("amount", "9.80", "currency", "EUR"))),
					"shippingCharge", Map.of("amount", "12.00", "currency", "EUR"), "message",
					"Four more wheels come from the dairy."))
			.expect(201);
		String answerNumber = answer.at("/documentNumber");
		EdiReadBack quotes = EdiReadBack.of(bytes(TestFiles.awaitFile(sftp("bistro/out"), "answer-" + answerNumber)));
		assertThat(quotes.errors()).isEmpty();
		assertThat(quotes.segment("UNB")).containsSequence("UNOC", "3", SUPPLIER_GLN, "14", RESTAURANT_GLN, "14");
		assertThat(quotes.segment("UNH")).containsSequence("QUOTES", "D", "96A", "UN", "EAN002");
		assertThat(quotes.segment("BGM")).containsExactly("BGM", "310", answerNumber, "9");
		assertThat(quotes.segment("RFF")).containsExactly("RFF", "AHU", "RQ-8101");
		assertThat(segments(quotes, "NAD")).containsExactly(
				List.of("NAD", "SU", SUPPLIER_GLN, "", "9", "", "Thread Alpine Foods"),
				List.of("NAD", "BY", RESTAURANT_GLN, "", "9", "", "Thread Bistro"));
		assertThat(quotes.segment("CUX")).containsExactly("CUX", "2", "EUR", "9");
		assertThat(quotes.segment("MOA")).containsExactly("MOA", "23", "12.00", "EUR");
		assertThat(quotes.segment("FTX")).contains("Four more wheels come from the dairy.");
		assertThat(lines(quotes)).containsExactly(
				List.of("LIN 1 " + CHEESE_GTIN, "QTY 113 20 PCE", "QTY 83 4 PCE",
						"DTM 44 " + backOrderDay.format(EDI_DATE) + " 102", "PRI AAA 4.85"),
				List.of("LIN 2 " + BUTTER_GTIN, "QTY 113 6 KGM", "PRI AAA 9.80"));
		assertThat(
				only(supplierClient.get("/api/v1/requests?number=RQ-8101").expect(200).json()).at("/status").asText())
			.isEqualTo("ANSWERED");

		// 3. The ORDERS naming the quotation, at the quoted prices
		upload("bistro/in", "po-8101.edi", orders("PO8101", "PO-8101", answerNumber));

		JsonNode order = await().atMost(Duration.ofSeconds(20))
			.until(() -> only(supplierClient.get("/api/v1/orders?number=PO-8101").expect(200).json()),
					(found) -> found != null);
		assertThat(TestFiles.read(TestFiles.awaitFile(sftp("bistro/out"), "aperak-PO8101-"))).as("accepted")
			.containsPattern("BGM\\+12E::9\\+\\d+\\+29'");
		assertThat(order.at("/status").asText()).isEqualTo("TO_BE_SHIPPED");
		assertThat(Instant.parse(order.at("/shipBy").asText())).as("two days of service, Monday to Friday, in Berlin")
			.isEqualTo(Deadlines.shipBy(Instant.parse(order.at("/receivedAt").asText()), ZoneId.of("Europe/Berlin"), 2,
					Set.of()));
		assertThat(order.at("/requestId").asText()).isEqualTo(request.at("/id").asText());
		assertThat(order.get("lines"))
			.extracting((line) -> line.at("/gtin").asText() + " "
					+ line.at("/ordered").decimalValue().stripTrailingZeros().toPlainString() + " "
					+ line.at("/unit").asText())
			.containsExactly(CHEESE_GTIN + " 24 PCE", BUTTER_GTIN + " 6 KGM");
		assertThat(
				only(supplierClient.get("/api/v1/requests?number=RQ-8101").expect(200).json()).at("/status").asText())
			.isEqualTo("CONVERTED");
		String orderId = order.at("/orderDocumentId").asText();
		JsonNode recorded = supplierClient.get("/api/v1/documents/" + orderId).expect(200).json();
		assertThat(recorded.at("/links/answers").asText()).as("the order takes up the answer")
			.isEqualTo(answer.at("/hubId"));
		assertThat(recorded.get("canonical").get("lines"))
			.extracting((line) -> line.at("/unitPrice/amount").decimalValue().stripTrailingZeros().toPlainString())
			.as("the quoted prices, not the catalog's 5.20 for the cheese")
			.containsExactly("4.85", "9.8");

		// 4. Two shipments through the API, each delivered as DESADV
		Response first = ship(supplierClient, orderId,
				List.of(Map.of("orderLineNumber", 1, "shipped", 20), Map.of("orderLineNumber", 2, "shipped", 6)),
				"1Z999AA10123456784");
		EdiReadBack desadv = EdiReadBack
			.of(bytes(TestFiles.awaitFile(sftp("bistro/out"), "shipment-notice-" + first.at("/documentNumber"))));
		assertThat(desadv.errors()).isEmpty();
		assertThat(desadv.segment("UNH")).containsSequence("DESADV", "D", "96A", "UN", "EAN005");
		assertThat(segments(desadv, "RFF")).contains(List.of("RFF", "ON", "PO-8101"),
				List.of("RFF", "CN", "1Z999AA10123456784"));
		assertThat(desadv.segment("MOA")).containsExactly("MOA", "64", "8.50", "EUR");
		assertThat(desadv.segment("TDT")).containsExactly("TDT", "20", "", "", "", "Express", "", "", "", "UPS");
		assertThat(segments(desadv, "NAD")).containsExactly(
				List.of("NAD", "SU", SUPPLIER_GLN, "", "9", "", "Thread Alpine Foods"),
				List.of("NAD", "BY", RESTAURANT_GLN, "", "9", "", "Thread Bistro"));
		assertThat(lines(desadv)).containsExactly(List.of("LIN 1 " + CHEESE_GTIN, "QTY 12 20 PCE", "RFF ON PO-8101 1"),
				List.of("LIN 2 " + BUTTER_GTIN, "QTY 12 6 KGM", "RFF ON PO-8101 2"));
		assertThat(orderStatus(supplierClient)).isEqualTo("PARTIALLY_SHIPPED");

		Response rest = ship(supplierClient, orderId, List.of(Map.of("orderLineNumber", 1, "shipped", 4)),
				"1Z999AA10123456795");
		EdiReadBack second = EdiReadBack
			.of(bytes(TestFiles.awaitFile(sftp("bistro/out"), "shipment-notice-" + rest.at("/documentNumber"))));
		assertThat(segments(second, "RFF")).contains(List.of("RFF", "CN", "1Z999AA10123456795"));
		assertThat(lines(second)).containsExactly(List.of("LIN 1 " + CHEESE_GTIN, "QTY 12 4 PCE", "RFF ON PO-8101 1"));
		assertThat(orderStatus(supplierClient)).isEqualTo("SHIPPED");
		assertThat(orderStatus(restaurantClient)).as("the customer sees it so too").isEqualTo("SHIPPED");

		// 5. The thread, as the restaurant follows it
		JsonNode thread = restaurantClient.get("/api/v1/documents/" + requestId + "/thread").expect(200).json();
		assertThat(thread)
			.extracting((document) -> document.at("/type").asText() + " " + document.at("/documentNumber").asText())
			.containsExactly("ORDER_REQUEST RQ-8101", "ANSWER " + answerNumber, "ORDER PO-8101",
					"SHIPMENT_NOTICE " + first.at("/documentNumber"), "SHIPMENT_NOTICE " + rest.at("/documentNumber"));
	}

	private static void catalog(HubClient supplier) {
		supplier
			.put("/api/v1/catalog/products/CHE-ALP-250",
					Map.of("gtin", CHEESE_GTIN, "description", "Alpine mountain cheese 250 g", "unit", "PCE",
							"basePrice", "5.20", "currency", "EUR"))
			.expect(200);
		supplier
			.put("/api/v1/catalog/products/BUT-ALP-1KG", Map.of("gtin", BUTTER_GTIN, "description",
					"Alpine butter 1 kg", "unit", "KGM", "basePrice", "9.80", "currency", "EUR"))
			.expect(200);
	}

	private static Response ship(HubClient supplier, String orderId, List<Map<String, Object>> lines,
			String trackingNumber) {
		return supplier.post("/api/v1/orders/" + orderId + "/shipments",
				Map.of("lines", lines, "trackingNumber", trackingNumber, "carrier", "UPS", "service", "Express",
						"shippingCost", Map.of("amount", "8.50", "currency", "EUR")))
			.expect(201);
	}

	private static String orderStatus(HubClient client) {
		return only(client.get("/api/v1/orders?number=PO-8101").expect(200).json()).at("/status").asText();
	}

	/** The one item of a page, or null while there is none. */
	private static JsonNode only(JsonNode page) {
		JsonNode items = page.get("items");
		assertThat(items.size()).isLessThanOrEqualTo(1);
		return items.isEmpty() ? null : items.get(0);
	}

	private static List<List<String>> segments(EdiReadBack interchange, String tag) {
		return interchange.segments().stream().filter((segment) -> segment.get(0).equals(tag)).toList();
	}

	/**
	 * Each line group as {@code LIN <number> <gtin>} and its QTY, DTM, PRI and RFF
	 * segments with their data joined by spaces.
	 */
	private static List<List<String>> lines(EdiReadBack interchange) {
		List<List<String>> lines = new ArrayList<>();
		for (List<String> segment : interchange.segments()) {
			String tag = segment.get(0);
			if (tag.equals("LIN")) {
				lines.add(new ArrayList<>(List.of("LIN " + segment.get(1) + " " + segment.get(3))));
			}
			else if (tag.equals("UNS") || tag.equals("CNT")) {
				break;
			}
			else if (!lines.isEmpty() && List.of("QTY", "DTM", "PRI", "RFF").contains(tag)) {
				lines.get(lines.size() - 1)
					.add(String.join(" ", segment.stream().filter((data) -> !data.isEmpty()).toList()));
			}
		}
		return lines;
	}

	private static void upload(String directory, String name, String content) {
		PipelineEndToEndTest.upload(sftp(directory), name, content.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static Path sftp(String directory) {
		return ROOT.resolve("sftp").resolve(directory);
	}

	private static byte[] bytes(Path file) {
		return TestFiles.read(file).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String reqote(String reference, String number) {
		return interchange(reference, "REQOTE:D:96A:UN:EAN002", "BGM+311+" + number + "+9'\nDTM+137:" + today()
				+ ":102'\nRFF+CR:KITCHEN-7'\nNAD+BY+" + RESTAURANT_GLN + "::9'\nNAD+SU+" + SUPPLIER_GLN
				+ "::9'\nNAD+DP+++Thread Bistro+Hauptstrasse 1+Berlin++10115+DE'\nFTX+AAI+++For the Christmas menu.'\n"
				+ "LIN+1++" + CHEESE_GTIN + ":EN'\nQTY+21:24:PCE'\nLIN+2++" + BUTTER_GTIN + ":EN'\nQTY+21:6:KGM'\n"
				+ "UNS+S'\nCNT+2:2'\n");
	}

	private static String orders(String reference, String number, String quotation) {
		return interchange(reference, "ORDERS:D:96A:UN:EAN008",
				"BGM+220+" + number + "+9'\nDTM+137:" + today() + ":102'\nRFF+PR:" + quotation + "'\nNAD+BY+"
						+ RESTAURANT_GLN + "::9'\nNAD+SU+" + SUPPLIER_GLN + "::9'\nCUX+2:EUR:9'\nLIN+1++" + CHEESE_GTIN
						+ ":EN'\nQTY+21:24:PCE'\nPRI+AAA:4.85'\nLIN+2++" + BUTTER_GTIN
						+ ":EN'\nQTY+21:6:KGM'\nPRI+AAA:9.80'\nUNS+S'\nCNT+2:2'\n");
	}

	/** One message in its interchange, the UNT counting its segments. */
	private static String interchange(String reference, String type, String body) {
		int segments = (int) body.lines().count() + 2;
		return "UNA:+.? '\nUNB+UNOC:3+" + RESTAURANT_GLN + ":14+" + SUPPLIER_GLN + ":14+261206:0600+" + reference
				+ "'\nUNH+1+" + type + "'\n" + body + "UNT+" + segments + "+1'\nUNZ+1+" + reference + "'\n";
	}

	private static String today() {
		return LocalDate.now(ZoneOffset.UTC).format(EDI_DATE);
	}

}
