package io.tradehub.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tradehub.tracking.DocumentStatus;
import io.tradehub.tracking.Documents;
import io.tradehub.tracking.Receipts;

import org.apache.camel.ProducerTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands on work a crash left between a database commit and the queue's: receipts never
 * read, documents never delivered, retries whose scheduled message was lost. Every stage
 * does nothing twice for one hub id, so handing on work that is in fact under way only
 * costs a lookup.
 */
@Component
@ConditionalOnProperty(name = "tradehub.pipeline.enabled", matchIfMissing = true)
class StalledWork {

	private static final int BATCH = 500;

	private final Receipts receipts;

	private final Documents documents;

	private final ProducerTemplate producer;

	private final PipelineProperties properties;

	private final Clock clock;

	StalledWork(Receipts receipts, Documents documents, ProducerTemplate producer, PipelineProperties properties,
			Clock clock) {
		this.receipts = receipts;
		this.documents = documents;
		this.producer = producer;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tradehub.pipeline.sweep-interval:PT1M}",
			initialDelayString = "${tradehub.pipeline.sweep-interval:PT1M}")
	void sweep() {
		Instant now = this.clock.instant();
		Instant before = now.minus(this.properties.stalledAfter());
		send(PipelineRoutes.READ_QUEUE, this.receipts.stalled(before, BATCH));
		send(PipelineRoutes.ROUTE_QUEUE,
				this.documents.stalled(List.of(DocumentStatus.ACCEPTED, DocumentStatus.ROUTED), before, BATCH));
		send(PipelineRoutes.ROUTE_QUEUE, this.documents.dueForRetry(now.minus(this.properties.stalledAfter()), BATCH));
	}

	private void send(String queue, List<UUID> ids) {
		ids.forEach((id) -> this.producer.sendBody(queue, id.toString()));
	}

}
