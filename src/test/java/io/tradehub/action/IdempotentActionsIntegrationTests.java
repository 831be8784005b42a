package io.tradehub.action;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubClient.Response;
import io.tradehub.test.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static io.tradehub.action.ActionsIntegrationTests.order;
import static io.tradehub.action.ActionsIntegrationTests.shipment;
import static io.tradehub.action.ActionsIntegrationTests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that lost the answer to an action sends it again with the same Idempotency-Key
 * and gets the first document back, never a second order; the key is its company's, and
 * is not reused for another request.
 */
class IdempotentActionsIntegrationTests extends HubIntegrationTest {

	@Test
	void aRetriedOrderWithTheSameKeyAnswersWithTheFirstOrderAndMakesNoSecond() {
		Trade trade = trade("Retry");
		Map<String, String> key = key();

		Response first = trade.customer.post("/api/v1/orders", order(trade.supplierId()), key).expect(201);
		Response retried = trade.customer.post("/api/v1/orders", order(trade.supplierId()), key).expect(201);

		assertThat(retried.at("/hubId")).isEqualTo(first.at("/hubId"));
		assertThat(retried.at("/documentNumber")).isEqualTo(first.at("/documentNumber")).matches("ORD-\\d{4}-00001");
		assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(first.header("Idempotent-Replayed")).isEmpty();
		assertThat(trade.customer.post("/api/v1/orders", order(trade.supplierId())).expect(201).at("/documentNumber"))
			.as("the next order without a key is the company's second")
			.matches("ORD-\\d{4}-00002");
	}

	@Test
	void theSameKeyWithAnotherRequestIsRefusedAndAnotherCompanysKeyIsItsOwn() {
		Trade trade = trade("Reuse");
		Trade other = trade("Other");
		Map<String, String> key = key();
		Response first = trade.customer.post("/api/v1/orders", order(trade.supplierId()), key).expect(201);

		Response reused = trade.customer
			.post("/api/v1/orders", with(order(trade.supplierId()), "requestedDelivery", "2026-12-31"), key)
			.expect(422);

		assertThat(reused.at("/detail")).contains(key.get("Idempotency-Key")).contains("another request");
		Response elsewhere = other.customer.post("/api/v1/orders", order(other.supplierId()), key).expect(201);
		assertThat(elsewhere.at("/hubId")).isNotEqualTo(first.at("/hubId"));
		assertThat(elsewhere.header("Idempotent-Replayed")).isEmpty();
	}

	@Test
	void aRefusalIsRememberedAndABadRequestLeavesTheKeyFreeForTheCorrectedOne() {
		Trade trade = trade("Refusal");
		Map<String, String> key = key();
		Map<String, Object> noLines = with(order(trade.supplierId()), "lines", List.of());
		trade.customer.post("/api/v1/orders", noLines, key).expect(400);
		trade.supplier.post("/api/v1/connections/" + trade.connection + "/deactivate", Map.of("reason", "Unpaid"))
			.expect(200);

		Response refused = trade.customer.post("/api/v1/orders", order(trade.supplierId()), key).expect(422);
		Response again = trade.customer.post("/api/v1/orders", order(trade.supplierId()), key).expect(422);

		assertThat(refused.at("/reason")).contains("DEACTIVATED");
		assertThat(again.at("/hubId")).isEqualTo(refused.at("/hubId"));
		assertThat(again.at("/reason")).isEqualTo(refused.at("/reason"));
		assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void twoRetriesAtOnceMakeOneShipment() {
		Trade trade = trade("Race");
		String order = trade.customer.post("/api/v1/orders", order(trade.supplierId())).expect(201).at("/hubId");
		Map<String, String> key = key();

		List<Response> answers = Stream
			.generate(() -> CompletableFuture
				.supplyAsync(() -> trade.supplier.post("/api/v1/orders/" + order + "/shipments", shipment(1), key)))
			.limit(3)
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		assertThat(answers).extracting(Response::status).allMatch((status) -> status == 201 || status == 409);
		Set<String> shipments = answers.stream()
			.filter((answer) -> answer.status() == 201)
			.map((answer) -> answer.at("/hubId"))
			.collect(Collectors.toSet());
		assertThat(shipments).hasSize(1);
		assertThat(trade.supplier.post("/api/v1/orders/" + order + "/shipments", shipment(1), key)
			.expect(201)
			.at("/hubId")).isEqualTo(shipments.iterator().next());
		assertThat(trade.supplier.get("/api/v1/documents/" + order + "/thread").expect(200).body())
			.as("one shipment notice in the order's thread")
			.containsOnlyOnce("SHIPMENT_NOTICE");
	}

	@Test
	void aKeyThatIsNotVisibleAsciiIsBadInput() {
		Trade trade = trade("Badkey");

		Response bad = trade.customer
			.post("/api/v1/orders", order(trade.supplierId()), Map.of("Idempotency-Key", "x".repeat(256)))
			.expect(400);

		assertThat(bad.at("/errors/0/field")).isEqualTo("Idempotency-Key");
	}

	private Trade trade(String name) {
		TestCompany supplier = this.fixtures.supplier(name + " Idem Supplier");
		TestCompany customer = this.fixtures.customer(name + " Idem Customer");
		HubClient supplierClient = new HubClient(this.port).login(supplier.email(), supplier.password());
		HubClient customerClient = new HubClient(this.port).login(customer.email(), customer.password());
		String connection = customerClient.connectActive(supplierClient, supplier.id());
		return new Trade(supplier, supplierClient, customerClient, connection);
	}

	private static Map<String, String> key() {
		return Map.of("Idempotency-Key", UUID.randomUUID().toString());
	}

	private record Trade(TestCompany supplierCompany, HubClient supplier, HubClient customer, String connection) {

		String supplierId() {
			return this.supplierCompany.id().toString();
		}

	}

}
