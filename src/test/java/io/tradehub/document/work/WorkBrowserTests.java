package io.tradehub.document.work;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.document.lifecycle.Trade;
import io.tradehub.test.BrowserTest;
import io.tradehub.test.Fixtures.TestCompany;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static io.tradehub.document.lifecycle.Trade.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier's daily work in a real browser: finding a request, answering it through the
 * form, confirming a shipment on an order's Shipping tab and printing its packing slip;
 * the customer reading both from its side; and another company's request or order showing
 * the not-found page.
 */
class WorkBrowserTests extends BrowserTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void aSupplierAnswersARequestThroughTheFormAndTheCustomerReadsTheAnswer() {
		Trade trade = Trade.between(this.port, this.fixtures, "Answer");
		String number = number("RQ");
		String hubId = request(trade, number);

		signIn(trade.supplier.email(), trade.supplier.password());
		open("/portal/requests?number=" + number);
		clickAndWait("#row-" + number + " a.number");

		assertThat(path()).isEqualTo("/portal/requests/" + hubId);
		assertThat(find("#title").getText()).isEqualTo("Request " + number);
		assertThat(find("#partner").getText()).isEqualTo(trade.customer.name());
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("WAITING");
		assertThat(present("#reopen")).as("a waiting request is not reopened").isEmpty();
		screenshot("work-request-page");

		find("#answer-line-1 .available").clear();
		clickAndWait("#send-answer");
		assertThat(find("#form-problems").getText()).contains("lines[0].available");
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("WAITING");

		fill("#answer-line-1 .available", "8");
		fill("#answer-line-1 .unit-price", "2.50");
		fill("#answer-line-1 .back-order", "2");
		setValue("#answer-line-1 .available-on", "2026-12-20");
		fill("#shipping-charge", "4.90");
		fill("#message", "Two more follow on the 20th.");
		clickAndWait("#send-answer");

		assertThat(path()).isEqualTo("/portal/requests/" + hubId);
		assertThat(find("#notice").getText()).startsWith("Answer ").endsWith(" is sent.");
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("ANSWERED");
		assertThat(find("#reopen").isDisplayed()).isTrue();
		assertThat(find("#convert").isDisplayed()).isTrue();
		assertThat(trade.request(trade.asSupplier, number).at("/status").asText()).isEqualTo("ANSWERED");

		clickAndWait("#sign-out");
		signIn(trade.customer.email(), trade.customer.password());
		open("/portal/requests?lang=de");
		assertThat(find("#row-" + number + " .partner").getText()).isEqualTo(trade.supplier.name());
		assertThat(find("#row-" + number + " .status").getText()).isEqualTo("Beantwortet");
		clickAndWait("#row-" + number + " a.number");
		assertThat(find("#title").getText()).isEqualTo("Anfrage " + number);
		open("/portal/requests/" + hubId + "?lang=en");
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("ANSWERED");
		assertThat(find("#answered-line-1 .available").getText()).isEqualTo("8 PCE");
		assertThat(find("#answered-line-1 .unit-price").getText()).isEqualTo("2.50 EUR");
		assertThat(find("#answered-line-1 .back-order").getText()).isEqualTo("2");
		assertThat(find("#answered-line-1 .available-on").getText()).isEqualTo("2026-12-20");
		assertThat(find("#answer-message").getText()).isEqualTo("Two more follow on the 20th.");
		assertThat(present("#answer-form, #reopen, #convert")).as("the customer reads, it does not act").isEmpty();
	}

	@Test
	void aSupplierConvertsAnAnsweredRequestAndReopensAnExpiredOneWhereNothingElseIsAllowed() throws Exception {
		Trade trade = Trade.between(this.port, this.fixtures, "Convert");
		String answered = number("RQ");
		String answeredId = request(trade, answered);
		trade.supplierSends(Trade.answer(number("Q"), answered));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> trade.request(trade.asSupplier, answered).at("/status").asText().equals("ANSWERED"));
		String expired = number("RQ");
		String expiredId = request(trade, expired);
		this.clock.advance(Duration.ofDays(3));

		signIn(trade.supplier.email(), trade.supplier.password());
		open("/portal/requests/" + expiredId);
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("EXPIRED");
		assertThat(present("#answer-form, #convert")).isEmpty();
		clickAndWait("#reopen");
		assertThat(find("#notice").getText()).isEqualTo("Request " + expired + " is open again.");
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("WAITING");
		assertThat(find("#answer-form").isDisplayed()).isTrue();
		assertThat(present("#reopen")).isEmpty();
		HttpResponse<String> refused = post("/portal/requests/" + expiredId + "/reopen");
		assertThat(refused.statusCode()).as("the service refuses what the page does not offer").isEqualTo(409);
		assertThat(refused.body()).contains("Not possible in the current state");

		open("/portal/requests/" + answeredId);
		clickAndWait("#convert");
		assertThat(find("#notice").getText()).startsWith("Order ").endsWith(" is made from this request.");
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("CONVERTED");
		assertThat(present("#answer-form, #reopen, #convert")).isEmpty();
	}

	@Test
	void aSupplierConfirmsAShipmentOnTheShippingTabAndPrintsItsPackingSlip() throws Exception {
		Trade trade = Trade.between(this.port, this.fixtures, "Ship");
		trade.asSupplier
			.put("/api/v1/catalog/products/APPLE",
					Map.of("description", "Braeburn apples", "unit", "PCE", "basePrice", 0.85, "currency", "EUR"))
			.expect(200);
		String hubId = trade.asCustomer.post("/api/v1/orders", Map.of("supplierId", trade.supplier.id(), "lines",
				List.of(Map.of("sku", "APPLE", "quantity", 10, "unit", "PCE"))))
			.expect(201)
			.at("/hubId");
		JsonNode order = awaitOrder(trade, hubId);
		String number = order.at("/orderNumber").asText();

		signIn(trade.supplier.email(), trade.supplier.password());
		open("/portal/orders?number=" + number);
		clickAndWait("#row-" + number + " a.number");

		assertThat(path()).isEqualTo("/portal/orders/" + hubId);
		assertThat(find("#tab-summary").getAttribute("class")).contains("active");
		assertThat(find("#order-line-1 .ordered").getText()).isEqualTo("10 PCE");
		assertThat(find("#order-line-1 .unit-price").getText()).isEqualTo("0.85 EUR");
		assertThat(find(".order-total").getText()).isEqualTo("8.50 EUR");
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("TO_BE_SHIPPED");
		screenshot("work-order-summary");

		clickAndWait("#tab-shipping");
		assertThat(find("#no-shipments").getText()).isEqualTo("Nothing shipped yet.");
		fill("#ship-line-1 .ship-quantity", "4");
		fill("#shipping-cost", "5.90");
		fill("#tracking-number", "1Z999AA10123456784");
		fill("#carrier", "UPS");
		fill("#service", "Express");
		new org.openqa.selenium.support.ui.Select(find("#packing-slip-language")).selectByValue("de");
		clickAndWait("#confirm-shipment");

		assertThat(find("#notice").getText()).startsWith("Shipment ").endsWith(" is confirmed.");
		assertThat(find("#status").getAttribute("data-status")).isEqualTo("PARTIALLY_SHIPPED");
		WebElement shipment = find("#shipments .shipment");
		assertThat(shipment.findElement(By.className("tracking")).getText()).isEqualTo("1Z999AA10123456784");
		assertThat(shipment.findElement(By.className("items")).getText()).isEqualTo("APPLE × 4 PCE");
		assertThat(find("#ship-line-1 .ship-quantity").getAttribute("value")).as("what is left").isEqualTo("6");
		screenshot("work-order-shipping");

		String slip = pdfText(shipment.findElement(By.className("packing-slip")).getAttribute("href"));
		assertThat(slip).contains("Lieferschein", number, "1Z999AA10123456784", "Braeburn apples")
			.containsPattern("APPLE.*\\s+4 Stk");
		assertThat(pdfText(find("#all-packing-slips").getAttribute("href"))).contains("1Z999AA10123456784");
		assertThat(pdfText(find("#picking-list-form").getAttribute("action") + "?lang=en")).contains("Picking list",
				number);

		clickAndWait("#sign-out");
		signIn(trade.customer.email(), trade.customer.password());
		open("/portal/orders/" + hubId + "?tab=shipping");
		assertThat(find("#shipments .shipment .tracking").getText()).isEqualTo("1Z999AA10123456784");
		assertThat(present("#shipment-form, .packing-slip, #picking-list-form"))
			.as("the customer reads, it does not ship or print")
			.isEmpty();
	}

	@Test
	void anotherCompanysRequestOrOrderIsNotFound() {
		Trade trade = Trade.between(this.port, this.fixtures, "Private");
		String number = number("RQ");
		String request = request(trade, number);
		String order = trade.asCustomer.post("/api/v1/orders", Map.of("supplierId", trade.supplier.id(), "lines",
				List.of(Map.of("sku", "PEAR", "quantity", 1, "unit", "PCE"))))
			.expect(201)
			.at("/hubId");
		awaitOrder(trade, order);
		TestCompany stranger = this.fixtures.supplier("Stranger");

		signIn(stranger.email(), stranger.password());

		for (String page : List.of("/portal/requests/" + request, "/portal/orders/" + order,
				"/portal/orders/" + order + "?tab=shipping")) {
			open(page);
			assertThat(find("#error-title").getText()).as(page).isEqualTo("Not found");
			assertThat(browser.getPageSource()).doesNotContain(number, trade.customer.name());
		}
		open("/portal/requests");
		assertThat(find("#total").getText()).isEqualTo("0 found");
	}

	@Test
	void daysInASearchAreTheCompanysDaysNotUtcs() {
		Trade trade = Trade.between(this.port, this.fixtures, "Days");
		Instant now = this.clock.instant();
		// half past eleven in UTC is half past midnight of the next day in Berlin
		Instant lateEvening = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(23).plusMinutes(30));
		if (lateEvening.isBefore(now)) {
			lateEvening = lateEvening.plus(Duration.ofDays(1));
		}
		this.clock.advance(Duration.between(now, lateEvening));
		String number = number("RQ");
		trade.customerSends(Trade.request(number));
		trade.request(trade.asSupplier, number);
		LocalDate utcDay = LocalDate.ofInstant(lateEvening, ZoneOffset.UTC);
		LocalDate berlinDay = utcDay.plusDays(1);

		signIn(trade.supplier.email(), trade.supplier.password());

		open("/portal/requests?number=" + number + "&from=" + berlinDay + "&to=" + berlinDay);
		assertThat(find("#total").getText()).isEqualTo("1 found");
		open("/portal/requests?number=" + number + "&from=" + utcDay + "&to=" + utcDay);
		assertThat(find("#total").getText()).isEqualTo("0 found");
		open("/portal/requests?number=" + number + "&from=" + berlinDay + "&to=" + utcDay);
		assertThat(find("#search-problems").getText()).isEqualTo("to: must be after from");
	}

	/** The customer sends a request; answers its hub id once the supplier sees it. */
	private static String request(Trade trade, String number) {
		trade.customerSends(Trade.request(number));
		return trade.request(trade.asSupplier, number).at("/requestDocumentId").asText();
	}

	/** The customer orders through the API; answers the order's hub id. */
	private static String order(Trade trade, String sku, int quantity) {
		return trade.asCustomer.post("/api/v1/orders", Map.of("supplierId", trade.supplier.id(), "lines",
				List.of(Map.of("sku", sku, "quantity", quantity, "unit", "PCE"))))
			.expect(201)
			.at("/hubId");
	}

	private static JsonNode awaitOrder(Trade trade, String hubId) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> trade.asSupplier.get("/api/v1/orders?side=SUPPLIER")
				.expect(200)
				.json()
				.get("items")
				.findValuesAsText("orderDocumentId")
				.contains(hubId));
		for (JsonNode order : trade.asSupplier.get("/api/v1/orders?side=SUPPLIER").expect(200).json().get("items")) {
			if (order.at("/orderDocumentId").asText().equals(hubId)) {
				return order;
			}
		}
		throw new AssertionError("No order " + hubId);
	}

	private void fill(String css, String value) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(value);
	}

	/**
	 * A date field takes its value as the browser's locale writes dates; set it as ISO.
	 */
	private void setValue(String css, String value) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", find(css), value);
	}

	/**
	 * A form post with the browser's session and CSRF token, as a script would send it.
	 */
	private HttpResponse<String> post(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Cookie", "JSESSIONID=" + cookie("JSESSIONID") + "; XSRF-TOKEN=" + cookie("XSRF-TOKEN"))
			.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A PDF fetched with the browser's session, as text. */
	private String pdfText(String url) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + cookie("JSESSIONID")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
