package io.tradehub.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the pipeline runs.
 *
 * @param deliveryAttempts how often a delivery is tried before the document is FAILED
 * @param firstRetry the wait before the second attempt; each later wait doubles
 * @param maxRetry the longest wait between two attempts
 * @param stalledAfter how long work may sit in one state before the sweeper hands it on
 * again (after a crash between a database commit and the queue's)
 * @param readConsumers concurrent readers of the read queue: four on two cores, so that
 * one reads while the others wait for their commit to be stored and forced to disk
 * (benchmark on disk, commits forced: 300 and 301 documents per second with four and six,
 * 284 to 290 with three; before commits were forced, six measured no better than three)
 * @param routeConsumers concurrent deliverers of the route queue
 * @param journalBufferTimeout how long the embedded broker gathers commits before it
 * writes and syncs its journal (an external broker has its own setting)
 */
@ConfigurationProperties("tradehub.pipeline")
record PipelineProperties(@DefaultValue("6") int deliveryAttempts, @DefaultValue("PT10S") Duration firstRetry,
		@DefaultValue("PT30M") Duration maxRetry, @DefaultValue("PT5M") Duration stalledAfter,
		@DefaultValue("4") int readConsumers, @DefaultValue("4") int routeConsumers,
		@DefaultValue("500us") Duration journalBufferTimeout) {

	/** The wait after the given failed attempt (1 for the first). */
	Duration backoff(int attempt) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
