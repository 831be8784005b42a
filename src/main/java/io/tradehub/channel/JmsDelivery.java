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
import org.springframework.stereotype.Component;

/**
 * Puts a delivery on an ERP's queue (and a reply on a partner's reply queue) as a bytes
 * message, committed at once rather than with the pipeline's own JMS transaction.
 * <p>
 * Why not in that transaction: the pipeline records a document DELIVERED in the database
 * before its queue transaction commits. Had the delivery joined that transaction, a crash
 * between the two commits would roll the message back while the record says delivered,
 * and the document would be lost. Committed at once, the same crash makes the pipeline
 * deliver it again instead; the message carries the document's hub id as
 * {@code tradehubId} for the ERP, and as Artemis' duplicate id, so that a broker which
 * has it already drops the second copy.
 */
@Component
public class JmsDelivery implements Processor {

	/** Exchange property: the queue to deliver to. */
	static final String QUEUE = "tradehubJmsQueue";

	/** Artemis' message property for duplicate detection. */
	public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

	private final JmsTemplate jms;

	JmsDelivery(ConnectionFactory connectionFactory) {
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
		send(queue, body, null, properties);
	}

	/**
	 * Sends a bytes message with these string properties, committed at once.
	 * @param correlationId the JMSCorrelationID, for a reply
	 * @param properties with {@link #DUPLICATE_ID} when a second send of the same thing
	 * must not arrive twice
	 */
	public void send(String queue, byte[] body, @Nullable String correlationId, Map<String, String> properties) {
		this.jms.send(queue, session -> {
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
