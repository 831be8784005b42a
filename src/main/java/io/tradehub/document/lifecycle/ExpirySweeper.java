package io.tradehub.document.lifecycle;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves waiting requests past their deadline to EXPIRED. Racing an answer to the same
 * request, exactly one wins: the sweeper's conditional update skips a request answered
 * first, and an answer that read the request before the sweeper expired it fails its
 * optimistic lock and is read again, to be refused with the expiry as its reason. Until
 * the sweeper runs, a waiting request past its deadline already counts as expired
 * everywhere, so how often it runs changes only what is stored.
 */
@Component
public class ExpirySweeper {

	private static final Logger logger = LoggerFactory.getLogger(ExpirySweeper.class);

	private final RequestLifecycleRepository requests;

	private final Clock clock;

	ExpirySweeper(RequestLifecycleRepository requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	/**
	 * @return how many requests expired
	 */
	@Scheduled(fixedDelayString = "${tradehub.lifecycle.sweep-interval:PT1M}",
			initialDelayString = "${tradehub.lifecycle.sweep-interval:PT1M}")
	@Transactional
	public int expire() {
		int expired = this.requests.expireDue(this.clock.instant());
		if (expired > 0) {
			logger.info("{} waiting requests passed their deadline and expired", expired);
		}
		return expired;
	}

}
