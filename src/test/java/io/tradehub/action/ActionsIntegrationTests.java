package io.tradehub.action;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.partner.company.CompanyDetails;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.Contact;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.Mailbox.Received;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actions of companies that trade in the portal only (no technical profile): each becomes
 * a document the pipeline checks, records and announces by mail to the receiving
 * company's ordering contact, in its language; bad input names the field, and another
 * company's documents are not there.
 */
class ActionsIntegrationTests extends HubIntegrationTest {

	@Test
	void aCustomerWithoutTechnicalProfileCreatesAnOrderRequestTheSupplierReceivesAndIsMailedAbout() {
		Trade trade = trade("Cheese", "en");

		Response created = trade.customer().post("/api/v1/order-requests", request(trade)).expect(201);

		assertThat(created.at("/status")).isEqualTo("ACCEPTED");
		String number = created.at("/documentNumber");
		assertThat(number).matches("REQ-\\d{4}-00001");
		assertThat(created.header("Location")).isEqualTo("/api/v1/documents/" + created.at("/hubId"));
		JsonNode received = trade.supplier().get(created.header("Location")).expect(200).json();
		assertThat(received.at("/document/type").asText()).isEqualTo("ORDER_REQUEST");
		assertThat(received.at("/document/documentNumber").asText()).isEqualTo(number);
		assertThat(received.at("/canonical/lines/1/product/gtin").asText()).isEqualTo("4012345123456");
		assertThat(received.at("/canonical/noteToSupplier").asText()).isEqualTo("Before Friday, please");
		assertThat(trade.customer().get(created.header("Location") + "/raw").expect(200).body())
			.contains("CHE-ALP-250");
		Received mail = mailbox(trade.supplierOrdering()).await(1);
		assertThat(mail.subject()).isEqualTo("New order request " + number + " from " + trade.customerName());
		assertThat(mail.text()).contains(number);

		String second = trade.customer()
			.post("/api/v1/order-requests", request(trade))
			.expect(201)
			.at("/documentNumber");
		assertThat(second).isEqualTo(number.replace("00001", "00002"));
		assertThat(mailbox(trade.supplierOrdering()).await(2).subject()).contains(second);
		assertThat(mailbox(trade.supplierOrdering()).all()).hasSize(2);
	}

	@Test
	void theSupplierAnswersEveryLineAndTheCustomerIsMailedInItsLanguage() {
		Trade trade = trade("Butter", "de");
		Response request = trade.customer().post("/api/v1/order-requests", request(trade)).expect(201);

		Response answer = trade.supplier()
			.post("/api/v1/order-requests/" + request.at("/hubId") + "/answer", answer())
			.expect(201);

		assertThat(answer.at("/documentNumber")).matches("ANS-\\d{4}-00001");
		JsonNode canonical = trade.customer().get(answer.header("Location")).expect(200).json().at("/canonical");
		assertThat(canonical.at("/envelope/answers/hubId").asText()).isEqualTo(request.at("/hubId"));
		assertThat(canonical.at("/lines/0/product/sku").asText()).isEqualTo("CHE-ALP-250");
		assertThat(canonical.at("/lines/0/available/unit").asText()).isEqualTo("PCE");
		assertThat(canonical.at("/lines/0/backOrder/value").asText()).isEqualTo("4");
		assertThat(canonical.at("/lines/1/available/unit").asText()).isEqualTo("KGM");
		assertThat(canonical.at("/shippingCharge/amount").decimalValue()).isEqualByComparingTo("12.00");
		Received mail = mailbox(trade.customerOrdering()).await(1);
		assertThat(mail.subject())
			.isEqualTo(trade.supplierName() + " hat Ihre Anfrage " + request.at("/documentNumber") + " beantwortet");
		assertThat(mail.text()).contains(answer.at("/documentNumber"));
		assertThat(mailbox(trade.customerOrdering()).all()).hasSize(1);
	}

	@Test
	void theSupplierConvertsAnAnsweredRequestIntoTheCustomersOrderAndConfirmsItsShipment() {
		Trade trade = trade("Cream", "en");
		String request = trade.customer().post("/api/v1/order-requests", request(trade)).expect(201).at("/hubId");
		String convert = "/api/v1/order-requests/" + request + "/convert";
		assertThat(trade.supplier().post(convert).expect(409).at("/detail")).contains("no answer yet");
		trade.supplier().post("/api/v1/order-requests/" + request + "/answer", answer()).expect(201);

		Response order = trade.supplier().post(convert).expect(201);

		assertThat(order.at("/documentNumber")).matches("ORD-\\d{4}-00001");
		JsonNode detail = trade.customer().get(order.header("Location")).expect(200).json();
		assertThat(detail.at("/senderCompanyId").asText()).isEqualTo(trade.customerId());
		assertThat(detail.at("/canonical/envelope/answers/hubId").asText()).isEqualTo(request);
		assertThat(detail.at("/canonical/lines/0/quantity/value").asText()).isEqualTo("24");
		assertThat(detail.at("/canonical/lines/0/unitPrice/amount").asText()).isEqualTo("4.85");
		assertThat(detail.at("/canonical/references/0/value").asText()).isEqualTo("KITCHEN-7");
		assertThat(trade.supplier().post(convert).expect(409).at("/detail")).contains("converted already");
		assertThat(mailbox(trade.supplierOrdering()).await(2).subject())
			.isEqualTo("New order " + order.at("/documentNumber") + " from " + trade.customerName());

		Response shipment = trade.supplier()
			.post("/api/v1/orders/" + order.at("/hubId") + "/shipments", shipment(1))
			.expect(201);

		assertThat(shipment.at("/documentNumber")).matches("SHP-\\d{4}-00001");
		JsonNode notice = trade.customer().get(shipment.header("Location")).expect(200).json().at("/canonical");
		assertThat(notice.at("/lines/0/orderNumber").asText()).isEqualTo(order.at("/documentNumber"));
		assertThat(notice.at("/lines/0/shipped/unit").asText()).isEqualTo("PCE");
		assertThat(notice.at("/trackingNumber").asText()).isEqualTo("1Z999AA10123456784");
		Received shipped = mailbox(trade.customerOrdering()).await(2);
		assertThat(shipped.subject())
			.isEqualTo(trade.supplierName() + " shipped your order " + order.at("/documentNumber"));
		assertThat(shipped.text()).contains(shipment.at("/documentNumber"));
		assertThat(mailbox(trade.customerOrdering()).all()).hasSize(2);
	}

	@Test
	void aCustomerOrdersDirectlyAndTheSuppliersAdministrativeContactHearsOfItWithoutAnOrderingContact() {
		TestCompany supplier = this.fixtures.supplier("Plain Dairy");
		TestCompany customer = this.fixtures.customer("Plain Bistro");
		HubClient supplierClient = login(supplier);
		HubClient customerClient = login(customer);
		customerClient.connectActive(supplierClient, supplier.id());

		Response order = customerClient.post("/api/v1/orders", order(supplier.id().toString())).expect(201);

		assertThat(order.at("/documentNumber")).matches("ORD-\\d{4}-00001");
		String subject = "New order " + order.at("/documentNumber") + " from Plain Bistro";
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> mailbox(supplier.email()).all().stream().anyMatch((mail) -> mail.subject().equals(subject)));
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Trade trade = trade("Whey", "en");
		Map<String, Object> noSupplier = new HashMap<>(request(trade));
		noSupplier.remove("supplierId");
		assertThat(field(trade.customer().post("/api/v1/order-requests", noSupplier))).isEqualTo("supplierId");
		Map<String, Object> noProduct = with(request(trade), "lines", List.of(Map.of("quantity", 3, "unit", "PCE")));
		assertThat(field(trade.customer().post("/api/v1/order-requests", noProduct))).isEqualTo("lines[0]");
		Map<String, Object> noQuantity = with(request(trade), "lines", List.of(Map.of("sku", "A-1", "unit", "PCE")));
		assertThat(field(trade.customer().post("/api/v1/order-requests", noQuantity))).isEqualTo("lines[0].quantity");
		Map<String, Object> badCurrency = with(order(trade.supplierId()), "lines", List.of(Map.of("sku", "A-1",
				"quantity", 1, "unit", "PCE", "unitPrice", Map.of("amount", 2, "currency", "XYQ"))));
		assertThat(field(trade.customer().post("/api/v1/orders", badCurrency)))
			.isEqualTo("lines[0].unitPrice.currency");

		String request = trade.customer().post("/api/v1/order-requests", request(trade)).expect(201).at("/hubId");
		String answer = "/api/v1/order-requests/" + request + "/answer";
		assertThat(field(trade.supplier().post(answer, with(answer(), "lines", List.of(answerLine(3, 1))))))
			.isEqualTo("lines[0].lineNumber");
		assertThat(field(trade.supplier().post(answer, with(answer(), "lines", List.of(answerLine(1, 1))))))
			.isEqualTo("lines");
		assertThat(mailbox(trade.customerOrdering()).all()).isEmpty();
	}

	@Test
	void aCompanyActsOnlyOnDocumentsItReceivedAndAnotherCompanysAreNotFound() {
		Trade trade = trade("Curd", "en");
		TestCompany stranger = this.fixtures.supplier("Stranger Farm");
		HubClient strangerClient = login(stranger);
		String request = trade.customer().post("/api/v1/order-requests", request(trade)).expect(201).at("/hubId");

		strangerClient.post("/api/v1/order-requests/" + request + "/answer", answer()).expect(404);
		strangerClient.post("/api/v1/order-requests/" + request + "/convert").expect(404);
		strangerClient.post("/api/v1/orders/" + request + "/shipments", shipment(1)).expect(404);
		trade.customer().post("/api/v1/order-requests/" + request + "/answer", answer()).expect(409);
		trade.supplier().post("/api/v1/orders/" + request + "/shipments", shipment(1)).expect(404);
		trade.customer().post("/api/v1/orders", order(stranger.id().toString())).expect(404);
	}

	@Test
	void aDocumentTheRulesRefuseIsAnsweredWithItsHubIdAndTheReason() {
		Trade trade = trade("Kefir", "en");
		trade.supplier()
			.post("/api/v1/connections/" + trade.connection() + "/deactivate", Map.of("reason", "Unpaid"))
			.expect(200);

		Response refused = trade.customer().post("/api/v1/orders", order(trade.supplierId())).expect(422);

		assertThat(refused.at("/verdict")).isEqualTo("REFUSED");
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.at("/reason")).contains("DEACTIVATED, not ACTIVE");
		assertThat(trade.customer().get(refused.header("Location")).expect(200).at("/document/status"))
			.isEqualTo("REFUSED");
		assertThat(mailbox(trade.supplierOrdering()).all()).isEmpty();
	}

	@Test
	void anOrderTooLargeToRecordIsRefusedWithTheReason() {
		Trade trade = trade("Skyr", "en");
		Map<String, Object> huge = with(order(trade.supplierId()), "lines",
				List.of(Map.of("sku", "CHE-ALP-250", "quantity", new BigDecimal("1E+400"), "unit", "PCE")));

		Response refused = trade.customer().post("/api/v1/orders", huge).expect(422);

		assertThat(refused.at("/reason")).endsWith(
				"line 1 orders a quantity of 401 digits before the decimal point, and the hub records at most 15");
		assertThat(mailbox(trade.supplierOrdering()).all()).isEmpty();
	}

	@Test
	void eachActionNeedsThePrivilegeOfItsArea() {
		Trade trade = trade("Quark", "en");
		HubClient orders = HubClient.system(this.port, token(trade.customer(), "ORDERS"));
		orders.post("/api/v1/order-requests", request(trade)).expect(403);
		String order = orders.post("/api/v1/orders", order(trade.supplierId())).expect(201).at("/hubId");

		HubClient requests = HubClient.system(this.port, token(trade.supplier(), "REQUESTS"));
		requests.post("/api/v1/orders/" + order + "/shipments", shipment(1)).expect(403);
		HubClient.system(this.port, token(trade.supplier(), "SHIPPING"))
			.post("/api/v1/orders/" + order + "/shipments", shipment(1))
			.expect(201);
	}

	/**
	 * A supplier and a customer with an active connection, each with an ordering contact
	 * of its own, so a test counts exactly the mails about documents.
	 */
	private Trade trade(String product, String customerLanguage) {
		TestCompany supplier = this.fixtures.company(product + " Supplier", CompanyRole.SUPPLIER, "en");
		TestCompany customer = this.fixtures.company(product + " Customer", CompanyRole.CUSTOMER, customerLanguage);
		HubClient supplierClient = login(supplier);
		HubClient customerClient = login(customer);
		String supplierOrdering = orderingContact(supplierClient, supplier, "en");
		String customerOrdering = orderingContact(customerClient, customer, customerLanguage);
		String connection = customerClient.connectActive(supplierClient, supplier.id());
		return new Trade(supplier, supplierClient, supplierOrdering, customer, customerClient, customerOrdering,
				connection);
	}

	private String orderingContact(HubClient client, TestCompany company, String language) {
		String address = address("ordering");
		CompanyDetails plain = Fixtures.details(company.name(), company.email(), language);
		CompanyDetails details = new CompanyDetails(plain.name(), plain.timeZone(), plain.language(), plain.address(),
				plain.adminContact(), null, new Contact("Ordering desk", address, null), List.of());
		client.put("/api/v1/company", Map.of("details", details)).expect(200);
		return address;
	}

	private HubClient login(TestCompany company) {
		return new HubClient(this.port).login(company.email(), company.password());
	}

	private static String token(HubClient client, String privilege) {
		return client.post("/api/v1/api-tokens", Map.of("name", "ERP " + privilege, "privileges", List.of(privilege)))
			.expect(201)
			.at("/secret");
	}

	private static String field(Response response) {
		return response.expect(400).at("/errors/0/field");
	}

	static Map<String, Object> request(Trade trade) {
		return Map.of("supplierId", trade.supplierId(), "lines",
				List.of(Map.of("sku", "CHE-ALP-250", "quantity", 24, "unit", "PCE"),
						Map.of("gtin", "4012345123456", "quantity", 6, "unit", "KGM")),
				"shipTo", Map.of("name", "Kitchen", "city", "Berlin", "postalCode", "10115", "country", "DE"),
				"buyerReferences", List.of(Map.of("kind", "CR", "value", "KITCHEN-7")), "note",
				"Before Friday, please");
	}

	static Map<String, Object> answer() {
		return Map.of("lines",
				List.of(Map.of("lineNumber", 1, "available", 20, "unitPrice", Map.of("amount", 4.85, "currency", "EUR"),
						"backOrder", 4, "availableOn", "2026-12-20"), answerLine(2, 6)),
				"shippingCharge", Map.of("amount", "12.00", "currency", "EUR"), "message",
				"Four more wheels come next week.");
	}

	static Map<String, Object> answerLine(int lineNumber, int available) {
		return Map.of("lineNumber", lineNumber, "available", available, "unitPrice",
				Map.of("amount", 12.5, "currency", "EUR"));
	}

	static Map<String, Object> shipment(int orderLine) {
		return Map.of("lines", List.of(Map.of("orderLineNumber", orderLine, "shipped", 10)), "shippingCost",
				Map.of("amount", 9.5, "currency", "EUR"), "trackingNumber", "1Z999AA10123456784", "carrier", "UPS",
				"service", "Express", "packingSlipLanguage", "de", "message", "The rest follows next week.");
	}

	static Map<String, Object> order(String supplierId) {
		return Map.of("supplierId", supplierId, "lines",
				List.of(Map.of("sku", "CHE-ALP-250", "quantity", 10, "unit", "PCE", "unitPrice",
						Map.of("amount", 4.85, "currency", "EUR"))),
				"requestedDelivery", "2026-12-24", "references", List.of(Map.of("kind", "CR", "value", "XMAS")));
	}

	static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(base);
		copy.put(key, value);
		return copy;
	}

	record Trade(TestCompany supplierCompany, HubClient supplier, String supplierOrdering, TestCompany customerCompany,
			HubClient customer, String customerOrdering, String connection) {

		String supplierId() {
			return this.supplierCompany.id().toString();
		}

		String customerId() {
			return this.customerCompany.id().toString();
		}

		String supplierName() {
			return this.supplierCompany.name();
		}

		String customerName() {
			return this.customerCompany.name();
		}

	}

}
