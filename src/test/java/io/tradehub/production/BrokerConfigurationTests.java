package io.tradehub.production;

import java.nio.charset.StandardCharsets;

import io.tradehub.test.TestBroker;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The production broker's configuration, {@code deploy/artemis/broker.xml}, in a broker
 * process of its own: what the pipeline relies on from the embedded broker holds there
 * too.
 */
class BrokerConfigurationTests {

	private static TestBroker broker;

	@BeforeAll
	static void start() {
		broker = TestBroker.start();
	}

	@AfterAll
	static void stop() {
		broker.close();
	}

	@Test
	void refusesAConnectionWithAWrongPassword() {
		assertThatExceptionOfType(JMSSecurityException.class).isThrownBy(
				() -> new ActiveMQConnectionFactory(broker.url(), broker.user(), "wrong").createConnection().close());
	}

	@Test
	void keepsACommittedMessageWhenKilledAndCountsScheduledOnes() throws JMSException {
		send("broker.kept", "kept", 0);
		send("broker.kept", "later", System.currentTimeMillis() + 3_600_000);
		assertThat(broker.depth("broker.kept")).isEqualTo(2);

		broker.kill();
		broker.restart();

		assertThat(broker.depth("broker.kept")).isEqualTo(2);
		assertThat(receive("broker.kept")).isEqualTo("kept");
		assertThat(receive("broker.kept")).as("the scheduled message is not due").isNull();
	}

	@Test
	void movesAMessageToTheDeadLetterQueueAfterTenRolledBackDeliveries() throws JMSException {
		send("broker.poison", "poison", 0);
		try (Connection connection = broker.connectionFactory().createConnection()) {
			connection.start();
			Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
			MessageConsumer consumer = session.createConsumer(session.createQueue("broker.poison"));
			for (int attempt = 1; attempt <= 10; attempt++) {
				assertThat(consumer.receive(5_000)).as("delivery %d", attempt).isNotNull();
				session.rollback();
			}
			assertThat(consumer.receive(500)).isNull();
		}
		assertThat(receive("DLQ")).isEqualTo("poison");
	}

	@Test
	void dropsASecondMessageWithTheSameDuplicateId() throws JMSException {
		try (Connection connection = broker.connectionFactory().createConnection()) {
			Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
			MessageProducer producer = session.createProducer(session.createQueue("broker.once"));
			for (String body : new String[] { "first", "second" }) {
				BytesMessage message = bytes(session, body);
				message.setStringProperty("_AMQ_DUPL_ID", "document-1");
				producer.send(message);
			}
		}
		assertThat(receive("broker.once")).isEqualTo("first");
		assertThat(receive("broker.once")).isNull();
	}

	private static void send(String queue, String body, long deliverAt) throws JMSException {
		try (Connection connection = broker.connectionFactory().createConnection()) {
			Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
			BytesMessage message = bytes(session, body);
			if (deliverAt > 0) {
				message.setLongProperty("_AMQ_SCHED_DELIVERY", deliverAt);
			}
			session.createProducer(session.createQueue(queue)).send(message);
		}
	}

	private static String receive(String queue) throws JMSException {
		try (Connection connection = broker.connectionFactory().createConnection()) {
			connection.start();
			Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
			Message message = session.createConsumer(session.createQueue(queue)).receive(1_000);
			return (message != null) ? new String(message.getBody(byte[].class), StandardCharsets.UTF_8) : null;
		}
	}

	private static BytesMessage bytes(Session session, String body) throws JMSException {
		BytesMessage message = session.createBytesMessage();
		message.writeBytes(body.getBytes(StandardCharsets.UTF_8));
		return message;
	}

}
