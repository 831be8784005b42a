package io.tradehub.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradehub.partner.company.CompanyRole;
import io.tradehub.partner.company.EdiIdentity;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalog rule in the pipeline: a customer's system posts canonical JSON orders to
 * {@code POST /api/v1/inbound} and reads the hub's verdict in the acknowledgement it
 * waits for. A hidden product and a price that is not the customer's come back refused
 * with the reason; a line without a price reaches the supplier with the customer's price.
 */
class CatalogPipelineIntegrationTests extends HubIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String supplierGln = Fixtures.gln();

	private final String customerGln = Fixtures.gln();

	private HubClient supplier;

	private String customerToken;

	@BeforeEach
	void supplierWithCatalogAndCustomer() {
		TestCompany acme = this.fixtures.company("Pipe Cat Acme", CompanyRole.SUPPLIER, "en",
				List.of(new EdiIdentity("GLN", this.supplierGln)));
		TestCompany bistro = this.fixtures.company("Pipe Cat Bistro", CompanyRole.CUSTOMER, "en",
				List.of(new EdiIdentity("GLN", this.customerGln)));
		this.supplier = login(acme);
		this.supplier
			.put("/api/v1/technical-profile", Map.of("key", "pipe-cat-acme-" + this.supplierGln, "format", "JSON"))
			.expect(200);
		HubClient customer = login(bistro);
		customer
			.put("/api/v1/technical-profile", Map.of("key", "pipe-cat-bistro-" + this.customerGln, "format", "JSON",
					"acknowledgement", Map.of("level", "APPLICATION", "delivery", "REPLY")))
			.expect(200);
		String connection = customer.connectActive(this.supplier, acme.id());
		this.supplier
			.put("/api/v1/connections/" + connection + "/settings",
					Map.of("markupPercent", 10, "visibility", "DENY_LIST", "products", List.of("SKU-2"),
							"orderCreationAllowed", true, "answerWindowHours", 24, "shippingWindowDays", 2))
			.expect(200);
		this.supplier
			.send("POST", "/api/v1/catalog/products.csv",
					"sku,gtin,description,unit,base_price,currency\n" + "SKU-1,,Alpine cheese,PCE,4.00,EUR\n"
							+ "SKU-2,,Goat cheese,PCE,6.00,EUR\nSKU-3,04012345000009,Butter,PCE,2.00,EUR\n",
					"text/csv")
			.expect(200);
		this.customerToken = customer.post("/api/v1/api-tokens", Map.of("name", "ERP", "privileges", List.of("ORDERS")))
			.expect(201)
			.at("/secret");
	}

	@Test
	void anOrderForAHiddenProductIsRefusedToItsSenderWithTheReason() throws Exception {
		JsonNode acknowledgement = post(order("PO-CAT-1", "SKU-1", "SKU-2"));

		assertThat(acknowledgement.at("/status").asText()).isEqualTo("REJECTED");
		assertThat(acknowledgement.at("/problems/0/message").asText())
			.isEqualTo("Line 2: product SKU-2 is not available to you");
	}

	@Test
	void anOrderLineWithAnotherPriceIsRefusedNamingBothPrices() throws Exception {
		JsonNode acknowledgement = post(order("PO-CAT-3", "SKU-1").replace("\"unit\":\"PCE\"}",
				"\"unit\":\"PCE\"},\"unitPrice\":{\"amount\":4.00,\"currency\":\"EUR\"}"));

		assertThat(acknowledgement.at("/status").asText()).isEqualTo("REJECTED");
		assertThat(acknowledgement.at("/problems/0/message").asText())
			.isEqualTo("Line 1: the unit price of product SKU-1 is 4.00 EUR, but your price for 3 PCE is 4.40 EUR");
	}

	@Test
	void anOrderLineWithoutAPriceReachesTheSupplierWithTheCustomersPrice() throws Exception {
		// A GTIN-13 on the order is the catalog's GTIN-14 with its leading zero.
		JsonNode acknowledgement = post(
				order("PO-CAT-2", "SKU-1", "SKU-3").replace("\"sku\":\"SKU-3\"", "\"gtin\":\"4012345000009\""));

		assertThat(acknowledgement.at("/status").asText()).isEqualTo("ACCEPTED");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.supplier.get("/api/v1/documents?number=PO-CAT-2").expect(200).json().at("/items").size(),
					(count) -> count == 1);
		String id = this.supplier.get("/api/v1/documents?number=PO-CAT-2").expect(200).at("/items/0/id");
		JsonNode lines = this.supplier.get("/api/v1/documents/" + id).expect(200).json().at("/canonical/lines");
		// 4.00 and 2.00, each x 1.10
		assertThat(lines.findValues("amount")).extracting(JsonNode::decimalValue)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("4.40"), new BigDecimal("2.20"));
		assertThat(lines.findValuesAsText("currency")).containsExactly("EUR", "EUR");
	}

	private JsonNode post(String order) throws Exception {
		HttpResponse<String> response = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/inbound?wait=PT20S"))
				.header("Authorization", "Bearer " + this.customerToken)
				.header("X-File-Name", "order.json")
				.header("Content-Type", "application/octet-stream")
				.POST(HttpRequest.BodyPublishers.ofString(order, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private String order(String number, String... skus) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < skus.length; i++) {
			lines.append((i > 0) ? "," : "")
				.append("{\"lineNumber\":")
				.append(i + 1)
				.append(",\"product\":{\"sku\":\"")
				.append(skus[i])
				.append("\"},\"quantity\":{\"value\":3,\"unit\":\"PCE\"}}");
		}
		return "{\"type\":\"ORDER\",\"envelope\":{\"hubId\":\"" + UUID.randomUUID()
				+ "\",\"sender\":{\"identity\":\"14:" + this.customerGln + "\"},\"receiver\":{\"identity\":\"14:"
				+ this.supplierGln + "\"},\"documentNumber\":\"" + number + "\"},\"lines\":[" + lines + "]}";
	}

	private HubClient login(TestCompany company) {
		return new HubClient(this.port).login(company.email(), company.password());
	}

}
