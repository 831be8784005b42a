package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradehub.test.Fixtures;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier's ERP puts an order response as canonical JSON on a JMS queue; its customer
 * gets an X12 855 as a mail attachment, the supplier sees its response delivered, and the
 * ERP gets the hub's acknowledgement on its reply queue.
 */
class JmsToMailPipelineTests extends PipelineEndToEndTest {

	static final String CUSTOMER_MAIL = "cafe-e2e@example.com";

	/** The ERP channel's {@code replyQueue}. */
	static final String ACK_QUEUE = "erp.bakery.acks";

	private static final String CUSTOMER_GLN = Fixtures.gln();

	private static final String SUPPLIER_GLN = Fixtures.gln();

	private static Traders traders;

	@Autowired
	ConnectionFactory connectionFactory;

	@BeforeEach
	void companies() {
		if (traders == null) {
			traders = trade("Mail Cafe", CUSTOMER_GLN,
					profile("mail-cafe", "X12_4010", List.of(), "mail-cafe-out", "SYNTAX"), "ERP Bakery", SUPPLIER_GLN,
					replying(profile("erp-bakery", "JSON", List.of(Map.of("routeId", "erp-bakery-in")), null,
							"APPLICATION")));
		}
	}

	@Test
	void anOrderResponseFromTheSuppliersErpReachesTheCustomerAsAn855ByMail() throws Exception {
		String sent = send(response("OR-5001", "PO-5001", CUSTOMER_GLN), "or-5001.json", null);

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
		Message reply = receive(ACK_QUEUE);
		assertThat(reply.getJMSCorrelationID()).isEqualTo(sent);
		assertThat(reply.getStringProperty("fileName")).isEqualTo("ack-or-5001.json");
		JsonNode ack = new ObjectMapper().readTree(reply.getBody(byte[].class));
		assertThat(ack.at("/status").asText()).isEqualTo("ACCEPTED");
		assertThat(ack.at("/messages/0/reference").asText()).isEqualTo("OR-5001");
		assertThat(ack.at("/messages/0/type").asText()).isEqualTo("ORDER_RESPONSE");
	}

	@Test
	void aRefusedResponseIsAcknowledgedOnTheMessagesOwnReplyQueueWithTheReason() throws Exception {
		String stranger = Fixtures.gln();

		String sent = send(response("OR-5002", "PO-5002", stranger), "or-5002.json", "erp.bakery.own-acks");

		Message reply = receive("erp.bakery.own-acks");
		assertThat(reply.getJMSCorrelationID()).isEqualTo(sent);
		JsonNode ack = new ObjectMapper().readTree(reply.getBody(byte[].class));
		assertThat(ack.at("/status").asText()).isEqualTo("REJECTED");
		assertThat(ack.at("/messages/0/reference").asText()).isEqualTo("OR-5002");
		assertThat(ack.at("/messages/0/status").asText()).isEqualTo("REJECTED");
		assertThat(ack.at("/problems/0/message").asText())
			.isEqualTo("The document is addressed to 14:" + stranger + ", which is no company the hub knows");
	}

	@Test
	void anAcknowledgementWithNoWayBackIsRecordedFailedSayingWhy() {
		String customerGln = Fixtures.gln();
		String supplierGln = Fixtures.gln();
		Traders pantry = trade("Portal Canteen", customerGln,
				profile("portal-canteen", "JSON", List.of(), null, "NONE"), "ERP Pantry", supplierGln,
				replying(profile("erp-pantry", "JSON", List.of(Map.of("routeId", "erp-pantry-in")), null,
						"APPLICATION")));

		send("erp.pantry.responses", orderResponse("OR-5003", "PO-5003", supplierGln, customerGln), "or-5003.json",
				null);

		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(pantry.supplier()
				.get("/api/v1/documents?type=ACKNOWLEDGEMENT")
				.expect(200)
				.json()
				.at("/items/0/status")
				.asText()).isEqualTo("FAILED"));
		assertThat(pantry.supplier()
			.get("/api/v1/documents?type=ACKNOWLEDGEMENT")
			.expect(200)
			.json()
			.at("/items/0/reason")
			.asText()).contains("erp-pantry-in gave no reply address")
			.contains("no JMSReplyTo and the channel has no replyQueue");
	}

	/** Sends as the ERP does; answers the message id. */
	private String send(String json, String fileName, @Nullable String replyTo) {
		return send("erp.bakery.responses", json, fileName, replyTo);
	}

	private String send(String queue, String json, String fileName, @Nullable String replyTo) {
		AtomicReference<Message> sent = new AtomicReference<>();
		this.jms.send(queue, (session) -> {
			BytesMessage message = session.createBytesMessage();
			message.writeBytes(json.getBytes(StandardCharsets.UTF_8));
			message.setStringProperty("fileName", fileName);
			if (replyTo != null) {
				message.setJMSReplyTo(session.createQueue(replyTo));
			}
			sent.set(message);
			return message;
		});
		try {
			return sent.get().getJMSMessageID();
		}
		catch (JMSException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Message receive(String queue) {
		JmsTemplate erp = new JmsTemplate(this.connectionFactory);
		erp.setReceiveTimeout(WAIT.toMillis());
		Message reply = erp.receive(queue);
		assertThat(reply).as("a reply on " + queue).isNotNull();
		return reply;
	}

	private static String response(String number, String order, String customer) {
		return orderResponse(number, order, SUPPLIER_GLN, customer);
	}

}
