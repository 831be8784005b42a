package io.tradehub.portal.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tradehub.document.lifecycle.Trade;
import io.tradehub.test.BrowserTest;
import io.tradehub.test.Fixtures.TestCompany;
import io.tradehub.test.HubClient;
import io.tradehub.test.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static io.tradehub.document.lifecycle.Trade.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier's own widgets in a real browser: a search over its requests, saved under a
 * name, counts on the dashboard beside the defaults; and an email alert on a widget mails
 * once when the count rises above zero, again only after it was back at zero.
 */
class SavedSearchBrowserTests extends BrowserTest {

	private static final String ALERT_SUBJECT = "in Ihrer \u00dcbersicht";

	@Autowired
	WidgetAlerts alerts;

	@Test
	void aSupplierSavesASearchAndItBecomesAWidgetCountingWhatTheSearchFinds() {
		Trade trade = Trade.between(this.port, this.fixtures, "Saver");
		TestCompany other = this.fixtures.customer("Saver Other Customer");
		HubClient otherClient = new HubClient(this.port).login(other.email(), other.password());
		otherClient.connectActive(trade.asSupplier, trade.supplier.id());
		request(trade);
		request(trade);
		otherClient.post("/api/v1/order-requests", Map.of("supplierId", trade.supplier.id(), "lines",
				List.of(Map.of("sku", "APPLE", "quantity", 3, "unit", "PCE"))))
			.expect(201);

		signIn(trade.supplier.email(), trade.supplier.password());
		open("/portal/requests");
		assertThat(find("#total").getText()).isEqualTo("3 found");
		new Select(find("#filter-partner")).selectByVisibleText(trade.customer.name());
		new Select(find("#filter-view")).selectByValue("WAITING");
		clickAndWait("#search");

		assertThat(find("#total").getText()).isEqualTo("2 found");
		assertThat(present("#results tbody .partner"))
			.allSatisfy(cell -> assertThat(cell.getText()).isEqualTo(trade.customer.name()));
		screenshot("work-search");
		find("#save-name").sendKeys("Saver waiting");
		clickAndWait("#save-search");

		assertThat(path()).isEqualTo("/portal");
		assertThat(find("#search-saved").getText()).contains("Saver waiting");
		assertThat(find("article.saved-search .title").getText()).isEqualTo("Saver waiting");
		assertThat(find("article.saved-search .count").getText()).isEqualTo("2");
		assertThat(find("#widget-REQUESTS_WAITING .count").getText()).isEqualTo("3");
		screenshot("work-dashboard-saved-search");

		request(trade);
		otherClient.post("/api/v1/order-requests", Map.of("supplierId", trade.supplier.id(), "lines",
				List.of(Map.of("sku", "APPLE", "quantity", 1, "unit", "PCE"))))
			.expect(201);
		open("/portal");
		assertThat(find("article.saved-search .count").getText()).isEqualTo("3");

		clickAndWait("article.saved-search .title");
		assertThat(path()).isEqualTo("/portal/requests");
		assertThat(find("#total").getText()).isEqualTo("3 found");
		find("#save-name").sendKeys("Saver waiting");
		clickAndWait("#save-search");
		assertThat(path()).as("a name taken goes back to the list").isEqualTo("/portal/requests");
		assertThat(find("#save-problems").getText()).contains("name");

		open("/portal");
		clickAndWait("article.saved-search button.mail-alert");
		assertThat(find("article.saved-search button.mail-alert").getText()).isEqualTo("Email alert: on");
		clickAndWait("article.saved-search button.reset");
		assertThat(find("article.saved-search .count").getText()).isEqualTo("0");
		clickAndWait("article.saved-search button.remove");
		assertThat(present("article.saved-search")).isEmpty();
	}

	@Test
	void anEmailAlertMailsOnceWhenTheCountRisesAboveZeroInTheUsersLanguage() {
		Trade trade = Trade.between(this.port, this.fixtures, "Alerted");
		Mailbox mailbox = mailbox(trade.supplier.email());
		signIn(trade.supplier.email(), trade.supplier.password());
		open("/portal?lang=de");
		clickAndWait("#widget-REQUESTS_EXPIRED button.mail-alert");
		assertThat(find("#widget-REQUESTS_EXPIRED button.mail-alert").getText()).isEqualTo("E-Mail-Alarm: an");

		request(trade);
		this.alerts.check();
		assertThat(alertMails(mailbox)).as("nothing expired yet").isEmpty();
		this.clock.advance(Duration.ofDays(3));
		this.alerts.check();

		Mailbox.Received mail = awaitAlert(mailbox, 1);
		assertThat(mail.subject()).isEqualTo("Abgelaufene Anfragen: 1 " + ALERT_SUBJECT);
		assertThat(mail.text()).contains("http://hub.test/portal/requests?side=SUPPLIER&view=EXPIRED");

		request(trade);
		this.clock.advance(Duration.ofDays(3));
		this.alerts.check();
		this.alerts.check();
		open("/portal");
		assertThat(find("#widget-REQUESTS_EXPIRED .count").getText()).isEqualTo("2");
		clickAndWait("#widget-REQUESTS_EXPIRED button.reset");
		this.alerts.check();
		request(trade);
		this.clock.advance(Duration.ofDays(3));
		this.alerts.check();

		awaitAlert(mailbox, 2);
		assertThat(alertMails(mailbox)).as("one for each rise from zero, none for 1 to 2").hasSize(2);
		open("/portal?lang=en");
	}

	private static List<Mailbox.Received> alertMails(Mailbox mailbox) {
		return mailbox.all().stream().filter(mail -> mail.subject().endsWith(ALERT_SUBJECT)).toList();
	}

	private static Mailbox.Received awaitAlert(Mailbox mailbox, int count) {
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> alertMails(mailbox).size() >= count);
		return alertMails(mailbox).get(count - 1);
	}

	private static void request(Trade trade) {
		String number = number("RQ");
		trade.customerSends(Trade.request(number));
		trade.request(trade.asSupplier, number);
	}

}
