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
 * @param readConsumers concurrent readers of the read queue: eight on two cores, so that
 * some read while the others wait for their commit to be stored and forced to disk, and
 * many commits share each store (tradehub.database.commit-delay); with four readers and
 * four deliverers and no commit delay the benchmark ran 286 documents a second, with
 * eight of each and the delay 400 and 413, in the same hour on the same machine
 * @param routeConsumers concurrent deliverers of the route queue, eight for the same
 * reason
 * @param journalBufferTimeout how long the embedded broker gathers commits before it
 * writes and syncs its journal (an external broker has its own setting)
 */
@ConfigurationProperties("tradehub.pipeline")
record PipelineProperties(@DefaultValue("6") int deliveryAttempts, @DefaultValue("PT10S") Duration firstRetry,
		@DefaultValue("PT30M") Duration maxRetry, @DefaultValue("PT5M") Duration stalledAfter,
		@DefaultValue("8") int readConsumers, @DefaultValue("8") int routeConsumers,
		@DefaultValue("500us") Duration journalBufferTimeout) {

	/** The wait after the given failed attempt (1 for the first). */
	Duration backoff(int attempt) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
