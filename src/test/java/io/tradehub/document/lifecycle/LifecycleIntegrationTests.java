package io.tradehub.document.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.document.Deadlines;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.tradehub.document.lifecycle.Trade.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Requests and orders through the pipeline: deadlines set from the connection, answers
 * and shipments checked against the lifecycles, the derived views moving with the clock,
 * the actions that send no document, and the mail of an expiring request.
 */
class LifecycleIntegrationTests extends HubIntegrationTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	ExpiryNotices notices;

	@Test
	void aThreadRunsFromRequestToAnswerToOrderToShipmentsThatNeverExceedTheOrder() {
		Trade trade = Trade.between(this.port, this.fixtures, "Thread");
		String rq = number("RQ");
		String quote = number("Q");
		String po = number("PO");

		trade.customerSends(Trade.request(rq));
		JsonNode request = trade.request(trade.asSupplier, rq);
		assertThat(request.at("/status").asText()).isEqualTo("WAITING");
		assertThat(request.at("/view").asText()).isEqualTo("WAITING");
		// the rule reads the clock a moment before the lifecycle is recorded
		assertThat(instant(request, "/answerBy"))
			.isCloseTo(Deadlines.answerBy(instant(request, "/receivedAt"), BERLIN, 24), within(1, ChronoUnit.SECONDS));

		trade.supplierSends(Trade.answer(quote, rq));
		JsonNode answered = awaitRequest(trade, rq, "ANSWERED");
		String answerId = answered.at("/answerDocumentId").asText();
		assertThat(trade.asCustomer.get("/api/v1/documents/" + answerId).expect(200).at("/links/answers"))
			.isEqualTo(request.at("/requestDocumentId").asText());

		trade.customerSends(Trade.order(po, quote));
		JsonNode order = trade.order(trade.asSupplier, po);
		assertThat(order.at("/status").asText()).isEqualTo("TO_BE_SHIPPED");
		assertThat(order.at("/view").asText()).isEqualTo("TO_BE_SHIPPED");
		assertThat(order.at("/requestId").asText()).isEqualTo(request.at("/id").asText());
		assertThat(instant(order, "/shipBy"))
			.isEqualTo(Deadlines.shipBy(instant(order, "/receivedAt"), BERLIN, 2, Set.of()));
		assertThat(trade.request(trade.asCustomer, rq).at("/status").asText()).isEqualTo("CONVERTED");
		assertThat(trade.asCustomer.get("/api/v1/documents/" + order.at("/orderDocumentId").asText())
			.expect(200)
			.at("/links/answers")).isEqualTo(answerId);

		trade.supplierSends(Trade.shipment(number("DN"), po, 4));
		JsonNode partly = awaitOrder(trade, po, "PARTIALLY_SHIPPED");
		assertThat(partly.at("/lines/0/shipped").decimalValue()).isEqualByComparingTo("4");

		String over = number("DN");
		trade.supplierSends(Trade.shipment(over, po, 8));
		JsonNode refused = trade.decided(trade.asSupplier, over);
		assertThat(refused.at("/status").asText()).isEqualTo("REFUSED");
		assertThat(refused.at("/reason").asText())
			.isEqualTo("Line 1 of order " + po + ": 12 shipped in all, 10 ordered");

		trade.supplierSends(Trade.shipment(number("DN"), po, 6));
		JsonNode shipped = awaitOrder(trade, po, "SHIPPED");
		assertThat(shipped.at("/view").asText()).isEqualTo("SHIPPED_RECENTLY");
		assertThat(shipped.at("/shipmentDocumentIds")).hasSize(2);
		assertThat(shipped.at("/lines/0/shipped").decimalValue()).isEqualByComparingTo("10");
	}

	@Test
	void anAnswerAfterTheDeadlineIsRefusedWithTheExpiryUntilTheSupplierReopensTheRequest() {
		Trade trade = Trade.between(this.port, this.fixtures, "Late");
		String rq = number("RQ");
		trade.customerSends(Trade.request(rq));
		JsonNode request = trade.request(trade.asSupplier, rq);
		String id = request.at("/id").asText();

		this.clock.advance(Duration.ofHours(25));
		String late = number("Q");
		trade.supplierSends(Trade.answer(late, rq));

		JsonNode refused = trade.decided(trade.asSupplier, late);
		assertThat(refused.at("/status").asText()).isEqualTo("REFUSED");
		assertThat(refused.at("/reason").asText()).isEqualTo("Request " + rq + " expired at "
				+ DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant(request, "/answerBy").atZone(BERLIN))
				+ " Europe/Berlin; it can no longer be answered");
		JsonNode expired = trade.asSupplier.get("/api/v1/requests/" + id).expect(200).json();
		assertThat(expired.at("/status").asText()).isEqualTo("EXPIRED");
		assertThat(expired.at("/view").asText()).isEqualTo("EXPIRED");
		JsonNode counts = trade.asSupplier.get("/api/v1/requests/counts?side=SUPPLIER").expect(200).json();
		assertThat(counts.at("/EXPIRED").asInt()).isOne();
		assertThat(counts.at("/WAITING").asInt() + counts.at("/EXPIRING").asInt() + counts.at("/ANSWERED").asInt())
			.isZero();

		trade.asCustomer.post("/api/v1/requests/" + id + "/reopen").expect(403);
		JsonNode reopened = trade.asSupplier.post("/api/v1/requests/" + id + "/reopen").expect(200).json();
		assertThat(reopened.at("/status").asText()).isEqualTo("WAITING");
		assertThat(instant(reopened, "/answerBy")).isBetween(this.clock.instant().plus(Duration.ofHours(23)),
				this.clock.instant().plus(Duration.ofHours(24)));

		trade.supplierSends(Trade.answer(number("Q"), rq));
		awaitRequest(trade, rq, "ANSWERED");
		trade.asSupplier.post("/api/v1/requests/" + id + "/reopen", Map.of("answerBy", this.clock.instant()))
			.expect(400);
	}

	@Test
	void ordersNeedOrderCreationAndAnswersAndShipmentsNeedWhatTheyAnswer() {
		Trade trade = Trade.between(this.port, this.fixtures, "Strict");
		String unknownOrder = number("PO");
		String shipment = number("DN");
		trade.supplierSends(Trade.shipment(shipment, unknownOrder, 1));
		assertThat(trade.decided(trade.asSupplier, shipment).at("/reason").asText())
			.isEqualTo("The shipment notice " + shipment + " ships against order " + unknownOrder
					+ ", which the hub never received between these partners");

		String answer = number("Q");
		String unknownRequest = number("RQ");
		trade.supplierSends(Trade.answer(answer, unknownRequest));
		assertThat(trade.decided(trade.asSupplier, answer).at("/reason").asText()).isEqualTo("Answer " + answer
				+ " answers request " + unknownRequest + ", which the hub never received between these partners");

		String backwards = number("Q");
		trade.customerSends(Trade.answer(backwards, unknownRequest));
		assertThat(trade.decided(trade.asCustomer, backwards).at("/reason").asText()).isEqualTo(
				"An answer goes from a supplier to its customer, and Strict Customer is the customer on this connection");

		trade.asSupplier
			.put("/api/v1/connections/" + trade.connection + "/settings",
					Map.of("markupPercent", 0, "visibility", "ALL", "orderCreationAllowed", false, "answerWindowHours",
							24, "shippingWindowDays", 2))
			.expect(200);
		String order = number("PO");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String attempt = order + "-" + System.nanoTime();
			trade.customerSends(Trade.order(attempt, null));
			assertThat(trade.decided(trade.asCustomer, attempt).at("/reason").asText())
				.isEqualTo(trade.supplier.name() + " does not allow " + trade.customer.name()
						+ " to create order requests and orders on this connection");
		});
	}

	@Test
	void viewsMoveWithTheClockAndEachCompanySeesOnlyItsOwn() {
		Trade trade = Trade.between(this.port, this.fixtures, "Views");
		String rq = number("RQ");
		String po = number("PO");
		trade.customerSends(Trade.request(rq));
		trade.customerSends(Trade.order(po, null));
		String request = trade.request(trade.asSupplier, rq).at("/id").asText();
		String order = trade.order(trade.asSupplier, po).at("/id").asText();
		String ofPartner = "&partner=" + trade.customer.id();

		assertThat(ids(trade.asSupplier, "/api/v1/requests?view=WAITING" + ofPartner)).containsExactly(request);
		this.clock.advance(Duration.ofMinutes(23 * 60 + 30));
		assertThat(ids(trade.asSupplier, "/api/v1/requests?view=WAITING" + ofPartner)).isEmpty();
		assertThat(ids(trade.asSupplier, "/api/v1/requests?view=EXPIRING" + ofPartner)).containsExactly(request);
		assertThat(ids(trade.asCustomer, "/api/v1/requests?view=EXPIRING&side=CUSTOMER")).containsExactly(request);
		assertThat(ids(trade.asCustomer, "/api/v1/requests?side=SUPPLIER")).isEmpty();

		assertThat(ids(trade.asCustomer, "/api/v1/orders?view=TO_BE_SHIPPED")).containsExactly(order);
		this.clock.advance(Duration.ofDays(10));
		assertThat(ids(trade.asCustomer, "/api/v1/orders?view=TO_BE_SHIPPED")).isEmpty();
		assertThat(ids(trade.asCustomer, "/api/v1/orders?view=DELAYED&number=" + po)).containsExactly(order);
		assertThat(trade.asSupplier.get("/api/v1/orders/counts?side=SUPPLIER").expect(200).at("/DELAYED"))
			.isEqualTo("1");

		assertThat(trade.asSupplier.get("/api/v1/requests?size=0").expect(400).json().findValuesAsText("field"))
			.containsExactly("size");
		assertThat(trade.asSupplier.get("/api/v1/orders?from=yesterday").expect(400).json().findValuesAsText("field"))
			.containsExactly("from");

		TestCompany intruder = this.fixtures.supplier("Views Intruder");
		HubClient asIntruder = anonymous().login(intruder.email(), intruder.password());
		asIntruder.get("/api/v1/requests/" + request).expect(404);
		asIntruder.post("/api/v1/requests/" + request + "/cancel").expect(404);
		asIntruder.post("/api/v1/orders/" + order + "/cancel").expect(404);
		assertThat(ids(asIntruder, "/api/v1/requests")).isEmpty();
		assertThat(ids(asIntruder, "/api/v1/orders")).isEmpty();

		assertThat(trade.asCustomer.post("/api/v1/orders/" + order + "/cancel").expect(200).at("/status"))
			.isEqualTo("CANCELLED");
		// the request expired meanwhile: it can only be reopened now, not cancelled
		assertThat(trade.asCustomer.post("/api/v1/requests/" + request + "/cancel").expect(409).at("/currentState"))
			.isEqualTo("EXPIRED");
	}

	@Test
	void theSuppliersContactsAreToldOnceWhenARequestEntersItsLastHour() {
		Trade trade = Trade.between(this.port, this.fixtures, "Expiring");
		String rq = number("RQ");
		trade.customerSends(Trade.request(rq));
		trade.request(trade.asSupplier, rq);
		Mailbox mailbox = mailbox(trade.supplier.email());

		this.notices.tell();
		assertThat(expiryMails(mailbox)).isZero();
		this.clock.advance(Duration.ofMinutes(23 * 60 + 10));
		this.notices.tell();
		await().atMost(Duration.ofSeconds(20)).until(() -> expiryMails(mailbox) == 1);
		assertThat(this.notices.tell()).isZero();
		Mailbox.Received mail = mailbox.all()
			.stream()
			.filter((received) -> received.subject().contains(rq))
			.filter((received) -> received.subject().contains("expires within the hour"))
			.findFirst()
			.orElseThrow();
		assertThat(mail.subject()).isEqualTo("Request " + rq + " from Expiring Customer expires within the hour");
		assertThat(mail.text()).contains("Europe/Berlin");
	}

	private static long expiryMails(Mailbox mailbox) {
		return mailbox.all().stream().filter((mail) -> mail.subject().contains("expires within the hour")).count();
	}

	private static JsonNode awaitRequest(Trade trade, String number, String status) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(trade.request(trade.asSupplier, number).at("/status").asText()).isEqualTo(status));
		return trade.request(trade.asSupplier, number);
	}

	private static JsonNode awaitOrder(Trade trade, String number, String status) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(trade.order(trade.asSupplier, number).at("/status").asText()).isEqualTo(status));
		return trade.order(trade.asSupplier, number);
	}

	private static List<String> ids(HubClient client, String path) {
		return client.get(path).expect(200).json().get("items").findValuesAsText("id");
	}

	private static Instant instant(JsonNode node, String pointer) {
		return Instant.parse(node.at(pointer).asText());
	}

}
