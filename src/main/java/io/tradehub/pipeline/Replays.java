package io.tradehub.pipeline;

import io.tradehub.tracking.DocumentReplayRequested;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A replay is a new attempt at a FAILED delivery: once the new document is committed, it
 * goes on the route queue like any other.
 */
@Component
class Replays {

	private final ProducerTemplate producer;

	Replays(ProducerTemplate producer) {
		this.producer = producer;
	}

	@TransactionalEventListener
	void replay(DocumentReplayRequested requested) {
		this.producer.sendBody(PipelineRoutes.ROUTE_QUEUE, requested.newId().toString());
	}

}
