package io.tradehub.tracking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The number of documents in each status, {@code tradehub.documents{status=...}}, counted
 * in the database so every hub instance reports the same.
 */
@Component
class DocumentMetrics implements MeterBinder {

	private final TrackedDocumentRepository documents;

	DocumentMetrics(TrackedDocumentRepository documents) {
		this.documents = documents;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (DocumentStatus status : DocumentStatus.values()) {
			Gauge.builder("tradehub.documents", this.documents, documents -> documents.countByStatus(status))
				.tag("status", status.name())
				.description("Documents in the hub by status")
				.register(registry);
		}
	}

}
