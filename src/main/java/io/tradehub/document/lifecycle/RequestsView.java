package io.tradehub.document.lifecycle;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The derived views of order requests (DESIGN §3), computed from the deadline and the
 * clock, never stored.
 */
public enum RequestsView {

	/** Waiting (+1h): more than an hour left to answer. */
	WAITING,

	/** Waiting (−1h): in the last hour before the deadline. */
	EXPIRING,

	/** The deadline passed unanswered. */
	EXPIRED,

	/** Answered in time. */
	ANSWERED;

	/** How long before its deadline a waiting request is expiring. */
	static final Duration LAST_HOUR = Duration.ofHours(1);

	static @Nullable RequestsView of(RequestStatus status, Instant answerBy, Instant now) {
		return switch (status) {
			case WAITING -> answerBy.isAfter(now.plus(LAST_HOUR)) ? WAITING : EXPIRING;
			case EXPIRED -> EXPIRED;
			case ANSWERED -> ANSWERED;
			default -> null;
		};
	}

}
