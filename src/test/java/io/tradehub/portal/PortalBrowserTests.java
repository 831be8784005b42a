package io.tradehub.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tradehub.document.lifecycle.Trade;
import io.tradehub.portal.Widget;
import io.tradehub.test.BrowserTest;
import io.tradehub.test.Fixtures.TestCompany;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static io.tradehub.document.lifecycle.Trade.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A supplier's staff in the portal, in a real browser: signing in through the login page,
 * the dashboard's seven widgets counting seeded requests and orders as the clock moves,
 * resetting one, and what the portal refuses: a wrong password, a post without its CSRF
 * token, a session id from before signing in, another company's counts.
 */
class PortalBrowserTests extends BrowserTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSupplierSeesTheSevenWidgetsCountTheSeededTradeAndResetsOne() {
		Trade trade = Trade.between(this.port, this.fixtures, "Dash");
		// Received first and left for five days: the request expires, the order is
		// delayed.
		String expired = request(trade);
		String late = order(trade);
		this.clock.advance(Duration.ofDays(5));
		// Received now, in its last hour once the clock moved 23½ hours on.
		request(trade);
		this.clock.advance(Duration.ofHours(23).plusMinutes(30));
		request(trade);
		request(trade);
		String answered = request(trade);
		trade.supplierSends(Trade.answer(number("Q"), answered));
		awaitRequest(trade, answered, "ANSWERED");
		order(trade);
		String shipped = order(trade);
		trade.supplierSends(Trade.shipment(number("DN"), shipped, 10));
		awaitOrder(trade, shipped, "SHIPPED");
		assertThat(trade.request(trade.asSupplier, expired).at("/view").asText()).isEqualTo("EXPIRED");
		assertThat(trade.order(trade.asSupplier, late).at("/view").asText()).isEqualTo("DELAYED");

		signIn(trade.supplier.email(), trade.supplier.password());

		assertThat(path()).isEqualTo("/portal");
		assertThat(find("#company-name").getText()).isEqualTo(trade.supplier.name());
		assertThat(find("#as-of").getText()).endsWith("(Europe/Berlin)");
		assertThat(counts()).containsExactly(entry(Widget.REQUESTS_WAITING, 2L), entry(Widget.REQUESTS_EXPIRING, 1L),
				entry(Widget.REQUESTS_EXPIRED, 1L), entry(Widget.REQUESTS_ANSWERED, 1L),
				entry(Widget.ORDERS_TO_BE_SHIPPED, 1L), entry(Widget.ORDERS_DELAYED, 1L),
				entry(Widget.ORDERS_SHIPPED_RECENTLY, 1L));
		assertThat(find("#widget-REQUESTS_WAITING .title").getText()).isEqualTo("Requests waiting (+1h)");
		assertThat(find("#widget-ORDERS_DELAYED").getAttribute("class")).contains("alert");
		assertThat(find("#widget-ORDERS_TO_BE_SHIPPED").getAttribute("class")).doesNotContain("alert");
		assertThat(find("#widget-REQUESTS_EXPIRED .title").getAttribute("href"))
			.endsWith("/portal/requests?side=SUPPLIER&view=EXPIRED");
		screenshot("supplier-dashboard");

		clickAndWait("#widget-REQUESTS_WAITING button.reset");

		assertThat(counts()).containsEntry(Widget.REQUESTS_WAITING, 0L).containsEntry(Widget.REQUESTS_EXPIRING, 1L);
		assertThat(find("#widget-REQUESTS_WAITING .since").getText()).startsWith("Since the reset at");
		request(trade);
		open("/portal");
		assertThat(counts()).containsEntry(Widget.REQUESTS_WAITING, 1L);
	}

	@Test
	void aWrongPasswordKeepsTheUserOnTheLoginPageWithAnError() {
		TestCompany supplier = this.fixtures.supplier("Wrong Password");

		signIn(supplier.email(), "not the password");

		assertThat(path()).isEqualTo("/login");
		assertThat(find("#login-error").getText()).isEqualTo("Wrong email or password.");
		open("/portal");
		assertThat(path()).isEqualTo("/login");
	}

	@Test
	void anUnknownPageIsAnErrorPageInWordsAndInTheUsersLanguage() {
		TestCompany supplier = this.fixtures.supplier("Lost");
		signIn(supplier.email(), supplier.password());

		open("/portal/no-such-page?lang=de");

		assertThat(find("#error-title").getText()).isEqualTo("Etwas ist schiefgelaufen");
		assertThat(find("#error-detail").getText()).startsWith("Fehler 404");
		open("/portal/messages/not-a-hub-id");
		assertThat(find("#error-title").getText()).isEqualTo("Nicht gefunden");
		assertThat(find("#error-detail").getText()).contains("not-a-hub-id");
		assertThat(find("#company-name").getText()).isEqualTo(supplier.name());
		clickAndWait("#error-back");
		assertThat(path()).isEqualTo("/portal");
		assertThat(find("#nav-dashboard").getText()).isEqualTo("\u00dcbersicht");
		open("/portal?lang=en");
	}

	@Test
	void aResetPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		TestCompany supplier = this.fixtures.supplier("Csrf");
		signIn(supplier.email(), supplier.password());
		String session = "JSESSIONID=" + cookie("JSESSIONID");
		URI reset = URI.create("http://127.0.0.1:" + this.port + "/portal/widgets/REQUESTS_WAITING/reset");

		HttpResponse<String> forged = send(
				HttpRequest.newBuilder(reset).header("Cookie", session).POST(HttpRequest.BodyPublishers.noBody()));
		HttpResponse<String> genuine = send(HttpRequest.newBuilder(reset)
			.header("Cookie", session + "; XSRF-TOKEN=" + cookie("XSRF-TOKEN"))
			.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(genuine.statusCode()).isEqualTo(302);
		assertThat(genuine.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/portal"));
	}

	@Test
	void signingInGivesANewSessionIdAndTheOldOneStaysSignedOut() throws Exception {
		TestCompany supplier = this.fixtures.supplier("Fixation");
		open("/portal");
		String before = cookie("JSESSIONID");
		assertThat(before).as("the visit to /portal opened a session").isNotNull();

		signIn(supplier.email(), supplier.password());

		String after = cookie("JSESSIONID");
		assertThat(path()).isEqualTo("/portal");
		assertThat(after).isNotNull().isNotEqualTo(before);
		HttpResponse<String> planted = send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/portal"))
					.header("Cookie", "JSESSIONID=" + before)
					.header("Accept", "text/html")
					.GET());
		assertThat(planted.statusCode()).isEqualTo(302);
		assertThat(planted.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void anotherSupplierSeesOnlyItsOwnCountsInTheLanguageItPicks() {
		Trade busy = Trade.between(this.port, this.fixtures, "Busy");
		request(busy);
		TestCompany quiet = this.fixtures.supplier("Quiet");

		signIn(quiet.email(), quiet.password());

		assertThat(find("#company-name").getText()).isEqualTo("Quiet");
		assertThat(counts()).hasSize(7).allSatisfy((widget, count) -> assertThat(count).isZero());
		clickAndWait("#lang-de");
		assertThat(find("h1").getText()).isEqualTo("Übersicht");
		assertThat(find("#widget-ORDERS_DELAYED .title").getText()).isEqualTo("Bestellungen mit Versandverzug");
		open("/portal");
		assertThat(find("h1").getText()).as("the language is kept").isEqualTo("Übersicht");
		clickAndWait("#lang-en");

		clickAndWait("#sign-out");
		signIn(busy.supplier.email(), busy.supplier.password());
		assertThat(counts()).containsEntry(Widget.REQUESTS_WAITING, 1L);
	}

	/** The counter of every widget on the page, in the page's order. */
	private Map<Widget, Long> counts() {
		Map<Widget, Long> counts = new LinkedHashMap<>();
		browser.findElements(By.cssSelector("article.widget"))
			.forEach((widget) -> counts.put(Widget.valueOf(widget.getAttribute("id").substring("widget-".length())),
					Long.valueOf(widget.findElement(By.cssSelector(".count")).getText())));
		return counts;
	}

	/** The customer sends a request; answers its number once the supplier sees it. */
	private static String request(Trade trade) {
		String number = number("RQ");
		trade.customerSends(Trade.request(number));
		trade.request(trade.asSupplier, number);
		return number;
	}

	/** A request the supplier answers and the customer orders. */
	private static String order(Trade trade) {
		String request = request(trade);
		String quote = number("Q");
		trade.supplierSends(Trade.answer(quote, request));
		awaitRequest(trade, request, "ANSWERED");
		String po = number("PO");
		trade.customerSends(Trade.order(po, quote));
		trade.order(trade.asSupplier, po);
		return po;
	}

	private static void awaitRequest(Trade trade, String number, String status) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> trade.request(trade.asSupplier, number).at("/status").asText().equals(status));
	}

	private static void awaitOrder(Trade trade, String number, String status) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> trade.order(trade.asSupplier, number).at("/status").asText().equals(status));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
