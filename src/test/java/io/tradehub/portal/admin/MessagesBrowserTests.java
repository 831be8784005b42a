package io.tradehub.portal.admin;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.document.lifecycle.Trade;
import io.tradehub.test.BrowserTest;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.TestFiles;
import io.tradehub.test.TestRoutes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.tradehub.document.lifecycle.Trade.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Messages in the portal: the documents a company sent and received, searched, each with
 * its reason in words, its raw input and its history; a delivery that failed is replayed
 * from its page, and another company's document is not found. The supplier's systems sit
 * behind a webhook that is down: nothing listens on its port, so every delivery fails.
 */
class MessagesBrowserTests extends BrowserTest {

	private static final String DOWN_ROUTE = "admin-down-out";

	@DynamicPropertySource
	static void downWebhook(DynamicPropertyRegistry registry) {
		Path routes = TestFiles.temporaryDirectory("tradehub-admin-messages").resolve("routes");
		TestRoutes.write(routes, DOWN_ROUTE + ".http-outbound", "http-outbound", DOWN_ROUTE, Map.of("url",
				"http://127.0.0.1:" + closedPort() + "/orders", "secret", "hook-secret", "timeoutSeconds", "2"));
		registry.add("tradehub.routes", routes::toString);
		registry.add("tradehub.pipeline.first-retry", () -> "PT0.2S");
		registry.add("tradehub.pipeline.max-retry", () -> "PT1S");
		registry.add("tradehub.pipeline.delivery-attempts", () -> "2");
	}

	@Test
	void aRefusedDocumentShowsWhyInWordsAndTheRawInputItWasReadFrom() {
		Trade trade = Trade.between(this.port, this.fixtures, "Refusing");
		String answer = number("Q");
		trade.supplierSends(Trade.answer(answer, "RQ-NEVER-SENT"));
		String request = number("RQ");
		trade.customerSends(Trade.request(request));
		assertThat(trade.decided(trade.asSupplier, answer).at("/status").asText()).isEqualTo("REFUSED");
		trade.decided(trade.asSupplier, request);
		signIn(trade.supplier.email(), trade.supplier.password());

		open("/portal/messages");
		assertThat(find("#total").getText()).isEqualTo("2 messages");
		new Select(find("#status")).selectByValue("REFUSED");
		clickAndWait("#search-submit");
		assertThat(browser.findElements(By.cssSelector("tr.message"))).hasSize(1);
		assertThat(find("tr.message .number").getText()).isEqualTo(answer);
		assertThat(find("tr.message .status").getText()).isEqualTo("refused");
		assertThat(find("tr.message .partner").getText()).isEqualTo(trade.customer.name());
		screenshot("admin-messages");
		clickAndWait("tr.message .number a");

		assertThat(find("#document-number").getText()).isEqualTo(answer);
		assertThat(find("#reason h2").getText()).isEqualTo("Why the hub refused it");
		assertThat(find("#reason-text").getText())
			.contains("answers request RQ-NEVER-SENT, which the hub never received between these partners");
		assertThat(find("#raw-text").getText()).contains("\"documentNumber\": \"" + answer + "\"");
		assertThat(find("#canonical-text").getText()).contains(answer);
		assertThat(browser.findElements(By.id("replay"))).as("only a failed delivery is replayed").isEmpty();
		screenshot("admin-message-detail");

		open("/portal/messages?number=" + request);
		assertThat(find("tr.message .direction").getText()).isEqualTo("received");
		clickAndWait("tr.message .number a");
		assertThat(find("#no-raw").getText()).as("a partner's raw input is its own")
			.isEqualTo("The raw input is shown to the company that sent it only.");
		String reply = number("Q");
		trade.supplierSends(Trade.answer(reply, request));
		trade.decided(trade.asSupplier, reply);
		open(path());
		assertThat(browser.findElements(By.cssSelector("#thread .thread-item .number"))).extracting(WebElement::getText)
			.containsExactly(request, reply);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
		open("/portal/messages?from=" + today.plusDays(1));
		assertThat(find("#total").getText()).isEqualTo("No messages");
		open("/portal/messages?to=" + today + "&partner=" + trade.customer.id() + "&type=ORDER_REQUEST");
		assertThat(find("tr.message .number").getText()).isEqualTo(request);
	}

	@Test
	void aFailedDeliveryIsDeliveredAgainFromItsPageAsANewAttemptLinkedToIt() {
		Trade trade = Trade.between(this.port, this.fixtures, "Replaying");
		JsonNode profile = trade.asSupplier.get("/api/v1/technical-profile").expect(200).json();
		trade.asSupplier
			.put("/api/v1/technical-profile",
					Map.of("key", profile.get("key").asText(), "format", "JSON", "outboundChannel", DOWN_ROUTE))
			.expect(200);
		String request = number("RQ");
		trade.customerSends(Trade.request(request));
		String failed = awaitStatus(trade.asSupplier, request, "FAILED");
		signIn(trade.supplier.email(), trade.supplier.password());

		open("/portal/messages?status=FAILED&number=" + request);
		clickAndWait("tr.message .number a");

		assertThat(find("#status").getText()).isEqualTo("delivery failed");
		assertThat(find("#reason h2").getText()).isEqualTo("Why the delivery failed");
		assertThat(find("#reason-text").getText()).contains("Delivery attempt 2 of 2");
		assertThat(browser.findElements(By.cssSelector("tr.change .to"))).extracting(to -> to.getText())
			.contains("accepted", "on its way")
			.endsWith("delivery failed, trying again", "delivery failed");
		clickAndWait("#replay-submit");

		assertThat(path()).isNotEqualTo("/portal/messages/" + failed).startsWith("/portal/messages/");
		assertThat(find("#replayed").getText()).isEqualTo("A new delivery attempt is on its way.");
		assertThat(find("#replay-of a").getText()).isEqualTo(failed);
		assertThat(find("#document-number").getText()).isEqualTo(request);
		String attempt = path().substring("/portal/messages/".length());
		clickAndWait("#replay-of a");
		assertThat(find("#replayed-by a").getText()).isEqualTo(attempt);
		assertThat(browser.findElements(By.id("replay"))).as("each attempt is replayed once").isEmpty();
	}

	@Test
	void anotherCompanysDocumentIsNotFound() {
		Trade trade = Trade.between(this.port, this.fixtures, "Private");
		String request = number("RQ");
		trade.customerSends(Trade.request(request));
		String id = trade.decided(trade.asSupplier, request).at("/id").asText();
		TestCompany intruder = this.fixtures.supplier("Nosy Grocer");
		signIn(intruder.email(), intruder.password());

		open("/portal/messages/" + id);

		assertThat(find("#error-title").getText()).isEqualTo("Not found");
		assertThat(browser.getPageSource()).doesNotContain(request);
		open("/portal/messages?lang=de");
		assertThat(find("h1").getText()).isEqualTo("Nachrichten");
		assertThat(find("#total").getText()).isEqualTo("Keine Nachrichten");
	}

	/** The hub id of the document with that number once it reached the status. */
	private static String awaitStatus(HubClient client, String number, String status) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(client.get("/api/v1/documents?number=" + number + "&status=" + status)
				.expect(200)
				.json()
				.get("items")).hasSize(1));
		return client.get("/api/v1/documents?number=" + number).expect(200).json().at("/items/0/id").asText();
	}

	/** A port nothing listens on: taken from the system, then let go. */
	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
