package io.tradehub.pipeline;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.tradehub.channel.Channels;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The stages and the durable queues between them: whatever a channel receives is archived
 * ({@link Intake}), read and checked ({@link ReadStage}) and delivered
 * ({@link RouteStage}). Each queue message carries only a hub id, and each stage does
 * nothing twice for one, so a message the broker redelivers after a crash completes the
 * work instead of doubling it. {@code tradehub.pipeline.enabled=false} leaves them out,
 * for tests that stand in for the pipeline.
 */
@Component
@ConditionalOnProperty(name = "tradehub.pipeline.enabled", matchIfMissing = true)
class PipelineRoutes extends RouteBuilder {

	static final String READ_QUEUE = "jms:queue:tradehub.read";

	static final String ROUTE_QUEUE = "jms:queue:tradehub.route";

	/**
	 * A local JMS transaction on a consumer the container keeps: what a stage sends joins
	 * the transaction of the message it took, and both commit once the stage returned.
	 * Camel's default, a transaction manager of its own, makes the container open a new
	 * consumer for every message, which cost more than the stage itself.
	 */
	static final String TRANSACTED = "transacted=true&lazyCreateTransactionManager=false&cacheLevelName=CACHE_CONSUMER";

	/** Artemis' message property for a delivery at a later time. */
	static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

	/** The hub id of the document being delivered; the reply route reads it too. */
	static final String DOCUMENT = "TradehubDocument";

	/**
	 * The step that records a document delivered, for tests that stop the hub after it.
	 */
	static final String RECORD_DELIVERED = "tradehub-record-delivered";

	/** The route queue message's id, which outbound channels may not keep as a header. */
	static final String QUEUE_MESSAGE = "TradehubQueueMessage";

	/** Set once the outbound channel took the document. */
	private static final String SENT = "TradehubSent";

	private final PipelineProperties properties;

	private final RouteStage routeStage;

	private final ProducerTemplate producer;

	/** The documents this hub's route consumers are delivering now. */
	private final Set<String> delivering = ConcurrentHashMap.newKeySet();

	PipelineRoutes(PipelineProperties properties, RouteStage routeStage, ProducerTemplate producer) {
		this.properties = properties;
		this.routeStage = routeStage;
		this.producer = producer;
	}

	@Override
	public void configure() {
		from(Channels.RECEIVE).routeId("tradehub-receive")
			.bean(Intake.class, "receive")
			.filter(body().isNotNull())
			.to(ExchangePattern.InOnly, READ_QUEUE);

		from(READ_QUEUE + "?" + TRANSACTED + "&concurrentConsumers=" + this.properties.readConsumers())
			.routeId("tradehub-read")
			.bean(ReadStage.class, "read")
			// The hub id is all the route stage needs; the read message's headers would
			// ride along as properties, to be written to the journal and read back.
			.removeHeaders("*")
			.split(body())
			.to(ExchangePattern.InOnly, ROUTE_QUEUE);

		from(ROUTE_QUEUE + "?" + TRANSACTED + "&concurrentConsumers=" + this.properties.routeConsumers())
			.routeId("tradehub-route")
			// a property, not a header: outbound channels may drop every header (mail)
			.setProperty(DOCUMENT, body())
			.setProperty(QUEUE_MESSAGE, header("JMSMessageID"))
			// One document can have two messages on the queue (a redelivered read hands
			// on its documents again; the sweeper hands on work still queued behind a
			// backlog or a restart): the second must not deliver what the first is
			// delivering, and finds it DELIVERED, or RETRYING with a retry of its own,
			// after.
			.filter((exchange) -> this.delivering.add(exchange.getProperty(DOCUMENT, String.class)))
			// doTry, not onException: the outbound channel's route handles its own
			// failure first, and an exception its error handler gave up on passes this
			// route's onException by, rolling the message back for an immediate
			// redelivery without a recorded attempt.
			.doTry()
			.bean(RouteStage.class, "prepare")
			.filter(body().isNotNull())
			.setHeader(Channels.FILE_NAME, simple("${body.fileName}"))
			.setHeader(Channels.DOCUMENT_ID, exchangeProperty(DOCUMENT))
			.setHeader("TradehubOutbound", simple("${body.channel}"))
			.setBody(simple("${body.bytes}"))
			.toD(Channels.OUTBOUND_PREFIX + "${header.TradehubOutbound}")
			.setProperty(SENT, constant(true))
			.setBody(exchangeProperty(DOCUMENT))
			.bean(RouteStage.class, "delivered")
			.id(RECORD_DELIVERED)
			.endDoTry()
			.doCatch(Exception.class)
			.process(this::retryLater)
			.doFinally()
			.process((exchange) -> this.delivering.remove(exchange.getProperty(DOCUMENT, String.class)))
			.end()
			.end();
	}

	/**
	 * A failed delivery goes back on the queue to be delivered when its wait is over, so
	 * no consumer is held up waiting; after the last try there is nothing to send.
	 */
	private void retryLater(Exchange exchange) {
		String document = exchange.getProperty(DOCUMENT, String.class);
		if (document == null) {
			return;
		}
		Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
		if (Boolean.TRUE.equals(exchange.getProperty(SENT, Boolean.class))) {
			// Delivered but not recorded: no failed attempt. Thrown on, the exception
			// rolls back the queue message, and a delivery that joined its transaction
			// with it; the redelivered message finds the document still routed.
			throw new IllegalStateException("Document " + document + " was delivered but not recorded", cause);
		}
		Instant next = this.routeStage.failed(document, cause);
		if (next != null) {
			this.producer.sendBodyAndHeader(ROUTE_QUEUE, document, SCHEDULED_DELIVERY, next.toEpochMilli());
		}
	}

}
