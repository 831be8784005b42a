package io.tradehub.action;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Actions travel like any partner's file: a restaurant whose system reads EANCOM from a
 * folder asks through the API, its supplier's ERP finds the request as canonical JSON in
 * its own folder, and the supplier's answer and shipment, given through the API, reach
 * the restaurant as a QUOTES and a DESADV in its folder. Nothing the restaurant's users
 * do in the portal is acknowledged to its system.
 */
class ActionsEndToEndIntegrationTests extends HubIntegrationTest {

	private static final Path ROOT = TestFiles.temporaryDirectory("tradehub-actions");

	private static final String RESTAURANT = "act-bistro";

	private static final String SUPPLIER = "act-alpine";

	private static final String RESTAURANT_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		Path routes = ROOT.resolve("routes");
		for (String partner : List.of(RESTAURANT, SUPPLIER)) {
			TestRoutes.write(routes, partner + ".file-outbound", "file-outbound", partner + "-file-out",
					Map.of("folder", outbox(partner).toString()));
		}
		// a partner's route under the portal's name, which must not pass for it
		TestRoutes.write(routes, "impostor.file-inbound", "file-inbound", "portal",
				Map.of("partner", RESTAURANT, "folder", ROOT.resolve("impostor").toString(), "delay", "200"));
		registry.add("tradehub.routes", routes::toString);
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAnswerAndAShipmentGivenThroughTheApiReachTheCustomerAsQuotesAndDesadvInItsFolder() {
		TestCompany supplier = this.fixtures.company("Act Alpine Foods", CompanyRole.SUPPLIER, "en",
				List.of(new EdiIdentity("GLN", SUPPLIER_GLN)));
		TestCompany restaurant = this.fixtures.company("Act Bistro", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", RESTAURANT_GLN)));
		HubClient supplierClient = new HubClient(this.port).login(supplier.email(), supplier.password());
		HubClient restaurantClient = new HubClient(this.port).login(restaurant.email(), restaurant.password());
		supplierClient
			.put("/api/v1/technical-profile",
					Map.of("key", SUPPLIER, "format", "JSON", "outboundChannel", SUPPLIER + "-file-out"))
			.expect(200);
		// An application acknowledgement to the outbound channel would land in the same
		// folder as the documents, were the portal acknowledged.
		restaurantClient
			.put("/api/v1/technical-profile",
					Map.of("key", RESTAURANT, "format", "EDIFACT_D96A", "outboundChannel", RESTAURANT + "-file-out",
							"acknowledgement", Map.of("level", "APPLICATION", "delivery", "OUTBOUND_CHANNEL")))
			.expect(200);
		restaurantClient.connectActive(supplierClient, supplier.id());

		Response request = restaurantClient.post("/api/v1/order-requests",
				Map.of("supplierId", supplier.id().toString(), "lines",
						List.of(Map.of("sku", "CHE-ALP-250", "quantity", 24, "unit", "PCE"),
								Map.of("gtin", "4012345123456", "quantity", 6, "unit", "KGM")),
						"buyerReferences", List.of(Map.of("kind", "CR", "value", "KITCHEN-7"))))
			.expect(201);
		String requestNumber = request.at("/documentNumber");
		String requestJson = TestFiles.read(TestFiles.awaitFile(outbox(SUPPLIER), "order-request-" + requestNumber));
		assertThat(requestJson).contains("\"ORDER_REQUEST\"").contains("CHE-ALP-250").contains(RESTAURANT_GLN);

		Response answer = supplierClient
			.post("/api/v1/order-requests/" + request.at("/hubId") + "/answer", Map.of("lines", List.of(
					Map.of("lineNumber", 1, "available", 20, "unitPrice", Map.of("amount", "4.85", "currency", "EUR"),
							"backOrder", 4, "availableOn", "2026-12-20"),
					Map.of("lineNumber", 2, "available", 6, "unitPrice", Map.of("amount", "12.50", "currency", "EUR"))),
					"shippingCharge", Map.of("amount", "12.00", "currency", "EUR"), "message", "More next week"))
			.expect(201);
		String quotes = TestFiles
			.read(TestFiles.awaitFile(outbox(RESTAURANT), "answer-" + answer.at("/documentNumber")));
		assertThat(quotes).startsWith("UNA")
			.contains("UNB+UNOC:3+" + SUPPLIER_GLN + ":14+" + RESTAURANT_GLN + ":14+")
			.containsPattern("UNH\\+\\d+\\+QUOTES:D:96A:UN:EAN")
			.contains("BGM+310+" + answer.at("/documentNumber"))
			.containsPattern("RFF\\+[A-Z]+:" + requestNumber + "'")
			.contains("MOA+23:12.00")
			.contains("PIA+5+CHE-ALP-250:SA'")
			.containsPattern("QTY\\+\\d+:20:PCE'")
			.containsPattern("QTY\\+\\d+:4:PCE'")
			.containsPattern("PRI\\+[A-Z]+:4.85")
			.containsPattern("QTY\\+\\d+:6:KGM'");

		Response order = supplierClient.post("/api/v1/order-requests/" + request.at("/hubId") + "/convert").expect(201);
		String orderJson = TestFiles
			.read(TestFiles.awaitFile(outbox(SUPPLIER), "order-" + order.at("/documentNumber")));
		assertThat(orderJson).contains("\"ORDER\"").contains(requestNumber).contains("4.85");

		Response shipment = supplierClient
			.post("/api/v1/orders/" + order.at("/hubId") + "/shipments",
					Map.of("lines", List.of(Map.of("orderLineNumber", 1, "shipped", 20)), "trackingNumber",
							"1Z999AA10123456784", "carrier", "UPS", "service", "Express", "packingSlipLanguage", "de"))
			.expect(201);
		String desadv = TestFiles
			.read(TestFiles.awaitFile(outbox(RESTAURANT), "shipment-notice-" + shipment.at("/documentNumber")));
		assertThat(desadv).containsPattern("UNH\\+\\d+\\+DESADV:D:96A:UN:EAN005'")
			.contains("BGM+351+" + shipment.at("/documentNumber") + "+9'")
			.contains("RFF+ON:" + order.at("/documentNumber") + "'")
			.contains("RFF+CN:1Z999AA10123456784'")
			.contains("TDT+20+++:Express+:::UPS'")
			.contains("FTX+PAC++++de'")
			.contains("PIA+5+CHE-ALP-250:SA'")
			.contains("QTY+12:20:PCE'")
			.contains("RFF+ON:" + order.at("/documentNumber") + ":1'");
		assertThat(TestFiles.files(outbox(RESTAURANT), "")).as("only the documents, no acknowledgement").hasSize(2);
		// Both take their documents in their own systems: nobody is mailed about them.
		String orderNumber = order.at("/documentNumber");
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(3))
			.until(() -> Stream
				.concat(mailbox(restaurant.email()).all().stream(), mailbox(supplier.email()).all().stream())
				.noneMatch((mail) -> mail.subject().contains(requestNumber) || mail.subject().contains(orderNumber)));
	}

	@Test
	void aPartnersRouteNamedPortalIsNotTakenForThePortal() {
		TestFiles.drop(ROOT.resolve("impostor"), "order.json", "{}".getBytes(StandardCharsets.UTF_8));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select reason from receipt where channel = 'portal' and status = 'REFUSED'", String.class))
				.containsExactly("Only the hub's own portal sends through the channel portal; route portal of kind"
						+ " file needs a name of its own"));
	}

	private static Path outbox(String partner) {
		return ROOT.resolve("outbox").resolve(partner);
	}

}
