package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import io.tradehub.test.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier's ERP puts an order response as canonical JSON on a JMS queue; its customer
 * gets an X12 855 as a mail attachment, and the supplier sees its response delivered.
 */
class JmsToMailPipelineTests extends PipelineEndToEndTest {

	static final String CUSTOMER_MAIL = "cafe-e2e@example.com";

	private static final String CUSTOMER_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	@Test
	void anOrderResponseFromTheSuppliersErpReachesTheCustomerAsAn855ByMail() throws Exception {
		Traders traders = trade("Mail Cafe", CUSTOMER_GLN,
				profile("mail-cafe", "X12_4010", List.of(), "mail-cafe-out", "SYNTAX"), "ERP Bakery", SUPPLIER_GLN,
				profile("erp-bakery", "JSON", List.of(Map.of("routeId", "erp-bakery-in")), null, "NONE"));

		this.jms.send("erp.bakery.responses", (session) -> {
			var message = session.createBytesMessage();
			message.writeBytes(response("OR-5001", "PO-5001").getBytes(StandardCharsets.UTF_8));
			message.setStringProperty("fileName", "or-5001.json");
			return message;
		});

		MimeMessage mail = mailbox(CUSTOMER_MAIL).await(1).message();
		assertThat(mail.getSubject()).isEqualTo("Order responses");
		String x12 = new String(attachment(mail, "").getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		assertThat(x12).contains("ST*855*").contains("BAK*").contains("OR-5001").contains("PO-5001");
		await().atMost(WAIT)
			.until(() -> traders.supplier()
				.get("/api/v1/documents?number=OR-5001")
				.expect(200)
				.json()
				.at("/items/0/status")
				.asText(), "DELIVERED"::equals);
	}

	private static String response(String number, String order) {
		return """
				{
				  "type": "ORDER_RESPONSE",
				  "envelope": {
				    "hubId": "%s",
				    "sender": { "identity": "14:%s" },
				    "receiver": { "identity": "14:%s" },
				    "documentNumber": "%s",
				    "answers": { "type": "ORDER", "documentNumber": "%s" }
				  },
				  "action": "CHANGED",
				  "lines": [ {
				    "lineNumber": 1,
				    "product": { "gtin": "4012345654321" },
				    "action": "CHANGED",
				    "quantity": { "value": 2, "unit": "KGM" },
				    "deliveryDate": "2026-11-25"
				  } ],
				  "message": "Only 2 kg of butter this week."
				}
				""".formatted(UUID.randomUUID(), SUPPLIER_GLN, CUSTOMER_GLN, number, order);
	}

}
