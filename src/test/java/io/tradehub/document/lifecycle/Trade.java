package io.tradehub.document.lifecycle;

import java.io.IOException;
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
import com.fasterxml.jackson.databind.node.MissingNode;
import io.tradehub.test.Fixtures;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier and a customer with an active connection, both sending canonical JSON to
 * {@code POST /api/v1/inbound} with an API token of their own, and signed in to follow
 * their requests and orders.
 */
public final class Trade {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	public final TestCompany supplier;

	public final TestCompany customer;

	public final HubClient asSupplier;

	public final HubClient asCustomer;

	public final String connection;

	private final int port;

	private final String supplierToken;

	private final String customerToken;

	private Trade(int port, TestCompany supplier, TestCompany customer) {
		this.port = port;
		this.supplier = supplier;
		this.customer = customer;
		this.asSupplier = new HubClient(port).login(supplier.email(), supplier.password());
		this.asCustomer = new HubClient(port).login(customer.email(), customer.password());
		this.supplierToken = profileAndToken(this.asSupplier, supplier);
		this.customerToken = profileAndToken(this.asCustomer, customer);
		this.connection = this.asCustomer.connectActive(this.asSupplier, supplier.id());
	}

	public static Trade between(int port, Fixtures fixtures, String name) {
		return new Trade(port, fixtures.supplier(name + " Supplier"), fixtures.customer(name + " Customer"));
	}

	private static String profileAndToken(HubClient client, TestCompany company) {
		client
			.put("/api/v1/technical-profile",
					Map.of("key", "lifecycle-" + UUID.randomUUID().toString().substring(0, 8), "format", "JSON"))
			.expect(200);
		return client.post("/api/v1/api-tokens", Map.of("name", "ERP", "privileges", List.of("ORDERS")))
			.expect(201)
			.at("/secret");
	}

	public void customerSends(String json) {
		send(this.customerToken, json);
	}

	public void supplierSends(String json) {
		send(this.supplierToken, json);
	}

	/**
	 * The document with that number as its sender sees it, once the pipeline decided on
	 * it.
	 */
	public JsonNode decided(HubClient sender, String number) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(document(sender, number).at("/status").asText()).isNotIn("", "RECEIVED"));
		return document(sender, number);
	}

	/** The request with that number, once the hub has its lifecycle. */
	public JsonNode request(HubClient client, String number) {
		return awaitOne(client, "/api/v1/requests?number=" + number);
	}

	public JsonNode order(HubClient client, String number) {
		return awaitOne(client, "/api/v1/orders?number=" + number);
	}

	private static JsonNode awaitOne(HubClient client, String path) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(client.get(path).expect(200).json().get("items")).hasSize(1));
		return client.get(path).expect(200).json().get("items").get(0);
	}

	private static JsonNode document(HubClient client, String number) {
		JsonNode items = client.get("/api/v1/documents?number=" + number).expect(200).json().get("items");
		return items.isEmpty() ? MissingNode.getInstance() : items.get(0);
	}

	private void send(String token, String json) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/inbound"))
			.header("Authorization", "Bearer " + token)
			.header("X-File-Name", "document.json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String request(String number) {
		return document("ORDER_REQUEST", number, null,
				"""
						"lines": [ { "lineNumber": 1, "product": { "sku": "APPLE" }, "quantity": { "value": 10, "unit": "PCE" } } ]""");
	}

	public static String answer(String number, String request) {
		return document("ANSWER", number, request,
				"""
						"lines": [ { "lineNumber": 1, "product": { "sku": "APPLE" }, "available": { "value": 10, "unit": "PCE" } } ]""");
	}

	public static String order(String number, String answers) {
		return document("ORDER", number, answers,
				"""
						"lines": [ { "lineNumber": 1, "product": { "sku": "APPLE" }, "quantity": { "value": 10, "unit": "PCE" } } ]""");
	}

	public static String shipment(String number, String order, int quantity) {
		return document("SHIPMENT_NOTICE", number, order, """
				"lines": [ { "lineNumber": 1, "product": { "sku": "APPLE" }, "shipped": { "value": %d, "unit": "PCE" },
				"orderNumber": "%s", "orderLineNumber": 1 } ]""".formatted(quantity, order));
	}

	private static String document(String type, String number, String answers, String content) {
		String link = (answers != null) ? ", \"answers\": { \"documentNumber\": \"" + answers + "\" }" : "";
		return """
				{ "type": "%s", "envelope": { "hubId": "%s", "sender": {}, "receiver": {}, "documentNumber": "%s"%s },
				%s }""".formatted(type, UUID.randomUUID(), number, link, content);
	}

	public static String number(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
