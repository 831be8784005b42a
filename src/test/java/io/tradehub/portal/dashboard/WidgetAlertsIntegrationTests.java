package io.tradehub.portal.dashboard;

import java.time.Duration;

import io.tradehub.document.lifecycle.Trade;
import io.tradehub.test.HubIntegrationTest;
import io.tradehub.test.Mailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier who asked for mail about a widget gets one when its count rises from zero,
 * counted by the same searches the portal's lists use, and none more while it stays up.
 */
class WidgetAlertsIntegrationTests extends HubIntegrationTest {

	private static final String SUBJECT = "Requests waiting (+1h): 1 on your dashboard";

	@Autowired
	private WidgetAlerts alerts;

	@Test
	void aWidgetThatStartsCountingMailsOnceUntilItIsBackAtZero() {
		Trade trade = Trade.between(this.port, this.fixtures, "Alerted");
		trade.asSupplier.post("/portal/widgets/REQUESTS_WAITING/alert?on=true").expect(302);
		this.alerts.check();

		String number = Trade.number("REQ");
		trade.customerSends(Trade.request(number));
		trade.request(trade.asSupplier, number);
		this.alerts.check();
		this.alerts.check();

		Mailbox mailbox = mailbox(trade.supplier.email());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> mailbox.all().stream().anyMatch((mail) -> mail.subject().equals(SUBJECT)));
		assertThat(mailbox.all()).filteredOn((mail) -> mail.subject().startsWith("Requests waiting")).hasSize(1);
	}

}
