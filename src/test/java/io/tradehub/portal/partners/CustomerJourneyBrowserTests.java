package io.tradehub.portal.partners;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer's way in, in a real browser: it registers through the supplier's invite link
 * with the code mailed to it, the supplier accepts it with onboarding, it finishes
 * onboarding (contacts, terms) and sends an order request from the shop at its own
 * prices, which the supplier receives waiting for an answer.
 */
class CustomerJourneyBrowserTests extends PartnersBrowserTest {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Test
	void aCustomerRegistersFromTheInviteLinkFinishesOnboardingAndSendsAnOrderRequest() {
		TestCompany supplier = this.fixtures.supplier("Alpine Mill");
		HubClient asSupplier = anonymous().login(supplier.email(), supplier.password());
		catalog(asSupplier);
		String link = asSupplier.get("/api/v1/invite-link").at("/url");
		String email = address("pia");

		open(link.substring("http://hub.test".length()));
		assertThat(find("h1").getText()).isEqualTo("Become a customer of Alpine Mill");
		fill("email", email);
		clickAndWait("#send-code");
		assertThat(find("#email").getAttribute("value")).isEqualTo(email);
		fill("code", "000000".equals(code(email)) ? "000001" : "000000");
		registration("Pine Deli");
		clickAndWait("#register");
		assertThat(find("#code-problem").getText()).isEqualTo("is not the code we sent; 4 tries left");
		fill("code", code(email));
		registration("Pine Deli");
		screenshot("registration");
		clickAndWait("#register");
		assertThat(find("#registered").getText()).isEqualTo("You are registered");

		signIn(supplier.email(), supplier.password());
		open("/portal/connections");
		clickAndWait("#requests tr.connection a.open");
		assertThat(find("#connection-partner").getText()).isEqualTo("Pine Deli");
		fill("onboarding-priceType", "RETAIL");
		fill("onboarding-markupPercent", "10");
		fill("onboarding-day-TUESDAY", "Own van");
		clickAndWait("#accept-onboarding");
		assertThat(find("#connection-status").getAttribute("data-status")).isEqualTo("ONBOARDING");
		clickAndWait("#sign-out");

		signIn(email, "pine deli password");
		assertThat(path()).startsWith("/portal/onboarding/");
		fill("finance.name", "Fiona Finance");
		fill("finance.email", "finance@pine-deli.example");
		clickAndWait("#finish");
		assertThat(find("#acceptTerms-problem").getText()).startsWith("must be true");
		assertThat(browser.findElement(By.id("ordering.name-problem")).getText()).isEqualTo("must not be blank");
		assertThat(browser.findElement(By.id("finance.name")).getAttribute("value")).isEqualTo("Fiona Finance");
		fill("ordering.name", "Otto Order");
		fill("ordering.email", "orders@pine-deli.example");
		screenshot("onboarding");
		find("#acceptTerms").click();
		clickAndWait("#finish");

		assertThat(path()).isEqualTo("/portal/shop");
		assertThat(find("#notice").getText()).isEqualTo("Onboarding is done: your connection is active.");
		assertThat(browser.findElements(By.cssSelector("tr.product .sku")).stream().map(e -> e.getText()))
			.containsExactly("FLOUR-25", "RYE-10");
		assertThat(find("#product-FLOUR-25 .price").getText()).isEqualTo("9.90 EUR / PCE");
		assertThat(find("#product-FLOUR-25 .tiers").getText()).isEqualTo("from 1: 9.90\nfrom 10: 8.80");
		assertThat(find("#product-RYE-10 .price").getText()).isEqualTo("5.50 EUR / PCE");
		browser.findElement(By.name("quantity.FLOUR-25")).sendKeys("12");
		fill("note", "Before Friday, please.");
		screenshot("shop");
		clickAndWait("#send-request");

		assertThat(find("#sent").getText()).matches("Your order request REQ-\\d{4}-\\d{5} is sent\\.");
		String number = find("#sent").getText().split(" ")[3];
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode requests = asSupplier.get("/api/v1/requests?side=SUPPLIER").expect(200).json().at("/items");
			assertThat(requests).hasSize(1);
			assertThat(requests.get(0).at("/requestNumber").asText()).isEqualTo(number);
			assertThat(requests.get(0).at("/status").asText()).isEqualTo("WAITING");
		});

		browser.findElement(By.name("quantity.RYE-10")).sendKeys("3");
		clickAndWait("#send-order");
		assertThat(find("#sent").getText()).matches("Your order ORD-\\d{4}-\\d{5} is sent\\.");
		open("/portal/connections");
		assertThat(find("#suppliers tr.connection .partner").getText()).isEqualTo("Alpine Mill");
		assertThat(find("#suppliers tr.connection .status").getText()).isEqualTo("Active");
	}

	@Test
	void aCustomerRegistersFromAnEmailedInviteWhoseLinkThenShowsItIsUsed() {
		TestCompany supplier = this.fixtures.supplier("Lake Fishery");
		String email = address("invitee");
		anonymous().login(supplier.email(), supplier.password())
			.post("/api/v1/invites", Map.of("email", email, "message", "Fresh trout for you."))
			.expect(201);
		String link = mailbox(email).await(1).link("http://hub.test/register?invite=");

		open(link.substring("http://hub.test".length()) + "&lang=de");
		assertThat(find("h1").getText()).isEqualTo("Lake Fishery lädt Sie ein, über Tradehub zu handeln");
		open(link.substring("http://hub.test".length()) + "&lang=en");
		assertThat(find("#invite-message").getText()).isEqualTo("Fresh trout for you.");
		registration("Trout Bistro");
		fill("company.address.country", "Germany");
		clickAndWait("#register");
		assertThat(find("[id='company.address.country-problem']").getText())
			.isEqualTo("must be an ISO 3166 two-letter country code");
		assertThat(browser.findElement(By.id("company.name")).getAttribute("value")).isEqualTo("Trout Bistro");
		fill("company.address.country", "DE");
		fill("user.password", "pine deli password");
		clickAndWait("#register");
		assertThat(find("#registered").getText()).isEqualTo("You are registered");

		open(link.substring("http://hub.test".length()));
		assertThat(find("#error-title").getText()).isEqualTo("No longer valid");
		assertThat(find("#error-detail").getText()).isEqualTo("This invite has already been used to register.");
		signIn(email, "pine deli password");
		assertThat(path()).isEqualTo("/portal/shop");
		assertThat(find("#no-suppliers").isDisplayed()).isTrue();
	}

	@Test
	void aRegistrationFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		TestCompany supplier = this.fixtures.supplier("Csrf Mill");
		String link = anonymous().login(supplier.email(), supplier.password()).get("/api/v1/invite-link").at("/url");

		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + link.substring("http://hub.test".length())))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("email=" + address("forged")))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(forged.statusCode()).isEqualTo(403);
	}

	/** Two products on sale, one off sale; the RETAIL list prices flour in tiers. */
	private static void catalog(HubClient supplier) {
		product(supplier, "FLOUR-25", "Wheat flour 25 kg", "10.00", true);
		product(supplier, "RYE-10", "Rye flour 10 kg", "5.00", true);
		product(supplier, "OLD-1", "Discontinued", "1.00", false);
		supplier
			.put("/api/v1/catalog/price-lists/RETAIL/products/FLOUR-25", Map.of("tiers", List
				.of(Map.of("fromQuantity", 1, "unitPrice", 9.00), Map.of("fromQuantity", 10, "unitPrice", 8.00))))
			.expect(200);
	}

	private static void product(HubClient supplier, String sku, String description, String price, boolean active) {
		supplier
			.put("/api/v1/catalog/products/" + sku, Map.of("description", description, "unit", "PCE", "basePrice",
					price, "currency", "EUR", "active", active))
			.expect(200);
	}

	private static void registration(String company) {
		fill("company.name", company);
		fill("company.address.street", "Kiefernweg 3");
		fill("company.address.postalCode", "80331");
		fill("company.address.city", "München");
		fill("user.name", "Pia Pine");
		fill("user.password", "pine deli password");
	}

	private String code(String email) {
		String text = mailbox(email).await(1).text();
		Matcher matcher = CODE.matcher(text);
		assertThat(matcher.find()).as("a 6-digit code in:\n" + text).isTrue();
		return matcher.group(1);
	}

}
