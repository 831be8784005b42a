package io.tradehub.channel;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the leases of the file and mail channels' idempotent keys.
 * <p>
 * A purge, rather than a repository that ignores old keys when asked: Camel's consumers
 * ask it differently (the file consumer adds eagerly, the mail consumer adds and removes
 * on rollback), and a purged key is simply absent to every one of them, so the primary
 * key goes on deciding between two hubs taking the same file again. It also keeps the
 * table to the files of the last lease instead of every file ever taken.
 */
@Component
class IdempotentLeases {

	private static final Logger log = LoggerFactory.getLogger(IdempotentLeases.class);

	private final SharedIdempotentRepository repository;

	private final ChannelProperties properties;

	private final Clock clock;

	IdempotentLeases(SharedIdempotentRepository repository, ChannelProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tradehub.channels.idempotent-purge-interval:PT1M}",
			initialDelayString = "${tradehub.channels.idempotent-purge-interval:PT1M}")
	void expire() {
		int expired = this.repository.expire(this.clock.instant().minus(this.properties.idempotentLease()));
		if (expired > 0) {
			log.debug("Ended the lease of {} idempotent keys", expired);
		}
	}

}
