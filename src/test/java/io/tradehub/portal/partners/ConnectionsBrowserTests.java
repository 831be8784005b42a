package io.tradehub.portal.partners;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradehub.test.Bounces;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.Mailbox.Received;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier's connections pages in a real browser: invites by email through their
 * Pending, Errors and Deactivated tabs (a bounce moves one to Errors, where it is resent
 * and cleared), the permanent invite link with its QR code, a customer's request to
 * connect approved and activated with price list, markup and days of service, and another
 * company's connection answered with the not-found page.
 */
class ConnectionsBrowserTests extends PartnersBrowserTest {

	@Test
	void aBouncedInviteReachesTheErrorsTabAndIsResentClearedOrCancelled() throws Exception {
		TestCompany supplier = this.fixtures.supplier("Harbour Fish");
		String invitee = address("nobody");
		signIn(supplier.email(), supplier.password());
		open("/portal/connections");

		fill("invite-email", supplier.email());
		clickAndWait("#invite-send");
		assertThat(find("#invite-email-problem").getText()).startsWith(supplier.email() + " already has an account");

		fill("invite-email", invitee);
		fill("invite-message", "Fresh fish every morning.");
		clickAndWait("#invite-send");
		assertThat(find("#notice").getText()).isEqualTo("The invite to " + invitee + " is on its way.");
		assertThat(find("#tab-PENDING").getText()).isEqualTo("Pending (1)");
		assertThat(invitees()).containsExactly(invitee);
		screenshot("connections-pending");

		bounce(invitee, mailbox(invitee).await(1));
		assertThat(invite(invitee).findElement(By.cssSelector(".reason")).getText()).isEqualTo(
				"The mail to " + invitee + " bounced: smtp; 550 5.1.1 <" + invitee + ">: Recipient address rejected");
		assertThat(find("#tab-ERROR").getText()).isEqualTo("Errors (1)");
		screenshot("connections-errors");

		clickAndWait("tr.invite[data-email='" + invitee + "'] button.resend");
		assertThat(find("#notice").getText())
			.isEqualTo("The invite to " + invitee + " was sent again, with a new link.");
		assertThat(invitees()).containsExactly(invitee);
		bounce(invitee, mailbox(invitee).await(2));
		clickAndWait("#clear-errors");
		assertThat(find("#notice").getText()).isEqualTo("Errors cleared: 1.");
		assertThat(find("#no-invites").isDisplayed()).isTrue();
		assertThat(find("#tab-ERROR").getText()).isEqualTo("Errors (0)");

		String later = address("later");
		fill("invite-email", later);
		clickAndWait("#invite-send");
		clickAndWait("tr.invite[data-email='" + later + "'] button.cancel");
		assertThat(path()).isEqualTo("/portal/connections");
		assertThat(find("#tab-DEACTIVATED").getAttribute("class")).contains("current");
		assertThat(invitees()).containsExactly(later);
		screenshot("connections-deactivated");
	}

	@Test
	void theInviteLinkIsShownWithItsQrCode() {
		TestCompany supplier = this.fixtures.supplier("Mill Lane");
		String link = anonymous().login(supplier.email(), supplier.password()).get("/api/v1/invite-link").at("/url");
		signIn(supplier.email(), supplier.password());

		open("/portal/connections");

		assertThat(find("#invite-link").getText()).isEqualTo(link).startsWith("http://hub.test/join/");
		WebElement qr = find("#invite-qr");
		JavascriptExecutor script = (JavascriptExecutor) browser;
		script.executeScript("arguments[0].scrollIntoView()", find(".invite-link"));
		await().atMost(Duration.ofSeconds(5))
			.until(() -> ((Number) script.executeScript("return arguments[0].naturalWidth", qr)).intValue() == 320);
		screenshot("connections-invite-link");
	}

	@Test
	void aSupplierApprovesARequestAndActivatesItWithPriceTypeMarkupAndDaysOfService() {
		TestCompany supplier = this.fixtures.supplier("Orchard Farm");
		TestCompany customer = this.fixtures.customer("Corner Shop");
		HubClient asCustomer = anonymous().login(customer.email(), customer.password());
		signIn(customer.email(), customer.password());
		open("/portal/connections");
		new Select(find("#request-supplier")).selectByValue(supplier.id().toString());
		fill("request-message", "Apples?");
		clickAndWait("#request-send");
		assertThat(find("#notice").getText()).isEqualTo("Orchard Farm has your request to connect.");
		assertThat(find("#suppliers tr.connection .status").getText()).isEqualTo("Waiting for the supplier");
		String id = find("#suppliers tr.connection").getAttribute("id").substring("connection-".length());
		clickAndWait("#sign-out");
		signIn(supplier.email(), supplier.password());
		open("/portal/connections");
		assertThat(find("#requests #connection-" + id + " .partner").getText()).isEqualTo("Corner Shop");
		assertThat(find("#requests #connection-" + id + " .status").getText()).isEqualTo("Waiting for the supplier");

		clickAndWait("#connection-" + id + " a.open");
		clickAndWait("#approve");
		assertThat(find("#connection-status").getAttribute("data-status")).isEqualTo("APPROVED_INACTIVE");

		fill("activate-priceType", "WHOLESALE");
		fill("activate-markupPercent", "lots");
		fill("activate-day-MONDAY", "DHL Freight");
		clickAndWait("#activate");
		assertThat(find("#activate-problems").getText()).isEqualTo("markupPercent: must be a number, such as 12.5");
		assertThat(find("#activate-day-MONDAY").getAttribute("value")).isEqualTo("DHL Freight");
		assertThat(find("#connection-status").getAttribute("data-status")).isEqualTo("APPROVED_INACTIVE");

		fill("activate-markupPercent", "12.5");
		fill("activate-day-THURSDAY", "DB Schenker");
		clickAndWait("#activate");

		assertThat(find("#notice").getText()).isEqualTo("The connection is active.");
		assertThat(find("#connection-status").getAttribute("data-status")).isEqualTo("ACTIVE");
		assertThat(find("#settings-priceType").getAttribute("value")).isEqualTo("WHOLESALE");
		screenshot("connection-settings");
		JsonNode settings = asCustomer.get("/api/v1/connections/" + id).expect(200).json().at("/settings");
		assertThat(settings.at("/priceType").asText()).isEqualTo("WHOLESALE");
		assertThat(settings.at("/markupPercent").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(settings.at("/daysOfService").properties()).extracting(Map.Entry::getKey)
			.containsExactlyInAnyOrder("MONDAY", "THURSDAY");
		assertThat(settings.at("/daysOfService/THURSDAY").asText()).isEqualTo("DB Schenker");

		fill("settings-answerWindowHours", "0");
		clickAndWait("#save-settings");
		assertThat(find("#settings-problems").getText())
			.isEqualTo("answerWindowHours: must be greater than or equal to 1");
		fill("settings-answerWindowHours", "48");
		find("#settings-orderCreationAllowed").click();
		clickAndWait("#save-settings");
		assertThat(find("#notice").getText()).isEqualTo("The settings are saved.");
		settings = asCustomer.get("/api/v1/connections/" + id).expect(200).json().at("/settings");
		assertThat(settings.at("/answerWindowHours").asInt()).isEqualTo(48);
		assertThat(settings.at("/orderCreationAllowed").asBoolean()).isFalse();
		assertThat(settings.at("/daysOfService/MONDAY").asText()).isEqualTo("DHL Freight");
	}

	@Test
	void anotherCompanysConnectionShowsTheNotFoundPage() {
		TestCompany supplier = this.fixtures.supplier("Hill Dairy");
		TestCompany customer = this.fixtures.customer("Valley Cafe");
		String id = anonymous().login(customer.email(), customer.password())
			.post("/api/v1/connections", Map.of("supplierId", supplier.id()))
			.expect(201)
			.at("/id");
		TestCompany stranger = this.fixtures.supplier("Stranger Foods");
		signIn(stranger.email(), stranger.password());

		for (String page : List.of("/portal/connections/" + id, "/portal/onboarding/" + id,
				"/portal/shop?supplier=" + supplier.id())) {
			open(page);
			assertThat(find("#error-title").getText()).as(page).isEqualTo("Not found");
		}
		open("/portal/connections");
		assertThat(browser.findElements(By.id("connection-" + id))).isEmpty();
	}

	/**
	 * Puts a bounce of the mail in the hub's mailbox and waits for the Errors tab to show
	 * it.
	 */
	private void bounce(String invitee, Received mail) throws Exception {
		Bounces.deliver(MAIL, this.bounces, invitee, mail.messageId(),
				"smtp; 550 5.1.1 <" + invitee + ">: Recipient address rejected");
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			open("/portal/connections?tab=ERROR");
			return invitees().contains(invitee);
		});
	}

	/** The addresses of the invites on the tab shown. */
	private List<String> invitees() {
		return browser.findElements(By.cssSelector("tr.invite"))
			.stream()
			.map(row -> row.getAttribute("data-email"))
			.toList();
	}

	private WebElement invite(String email) {
		return find("tr.invite[data-email='" + email + "']");
	}

}
