package io.tradehub.channel;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.jspecify.annotations.Nullable;

import org.springframework.jms.connection.DelegatingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Puts a delivery on an ERP's queue (and a reply on a partner's reply queue) as a bytes
 * message.
 * <p>
 * A delivery joins the broker transaction of the route stage's queue message when there
 * is one: the message and the route stage's acknowledgement then commit together, in one
 * write to the broker's journal instead of two, which is what the pipeline's throughput
 * is bound by. The pipeline records the document DELIVERED in the database before that
 * transaction commits; should the hub stop between the two commits, the delivery rolls
 * back with the queue message, the broker hands the message again, and the route stage,
 * seeing it redelivered for a document delivered this way, sends it again
 * ({@code RouteStage#prepare}). The message carries the document's hub id as
 * {@code tradehubId} for the ERP, and as Artemis' duplicate id, so that a broker which
 * has it already drops a second copy. Replies, and deliveries outside a queue
 * transaction, are committed at once.
 */
@Component
public class JmsDelivery implements Processor {

	/** Exchange property: the queue to deliver to. */
	static final String QUEUE = "tradehubJmsQueue";

	/** Artemis' message property for duplicate detection. */
	public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

	private final ConnectionFactory connectionFactory;

	/** Joins the transaction of a queue message being handled on this thread. */
	private final JmsTemplate joining;

	/** Commits each message at once, whatever transaction the thread is in. */
	private final JmsTemplate jms;

	JmsDelivery(ConnectionFactory connectionFactory) {
		this.connectionFactory = connectionFactory;
		this.joining = new JmsTemplate(connectionFactory);
		// Another factory object, so that Spring does not hand this template the session
		// of a transaction bound to the hub's own factory.
		DelegatingConnectionFactory own = new DelegatingConnectionFactory();
		own.setTargetConnectionFactory(connectionFactory);
		this.jms = new JmsTemplate(own);
		this.jms.setSessionTransacted(false);
	}

	@Override
	public void process(Exchange exchange) throws Exception {
		String queue = exchange.getProperty(QUEUE, String.class);
		byte[] body = exchange.getMessage().getMandatoryBody(byte[].class);
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("fileName", ChannelHeaders.deliveryName(exchange));
		String documentId = exchange.getMessage().getHeader(Channels.DOCUMENT_ID, String.class);
		if (documentId != null) {
			properties.put("tradehubId", documentId);
			properties.put(DUPLICATE_ID, documentId);
		}
		// A listener container exposes the session of the message it is handling under
		// the hub's factory; the joining template sends in it.
		boolean joined = TransactionSynchronizationManager.hasResource(this.connectionFactory);
		send(joined ? this.joining : this.jms, queue, body, null, properties);
		exchange.setProperty(Channels.WITH_QUEUE_MESSAGE, joined);
	}

	/**
	 * Sends a bytes message with these string properties, committed at once.
	 * @param correlationId the JMSCorrelationID, for a reply
	 * @param properties with {@link #DUPLICATE_ID} when a second send of the same thing
	 * must not arrive twice
	 */
	public void send(String queue, byte[] body, @Nullable String correlationId, Map<String, String> properties) {
		send(this.jms, queue, body, correlationId, properties);
	}

	private static void send(JmsTemplate template, String queue, byte[] body, @Nullable String correlationId,
			Map<String, String> properties) {
		template.send(queue, session -> {
			BytesMessage message = session.createBytesMessage();
			message.writeBytes(body);
			if (correlationId != null) {
				message.setJMSCorrelationID(correlationId);
			}
			for (Map.Entry<String, String> property : properties.entrySet()) {
				message.setStringProperty(property.getKey(), property.getValue());
			}
			return message;
		});
	}

}
