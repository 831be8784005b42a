package io.tradehub.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move forward, to see codes expire without waiting; {@link #reset()}
 * puts it back on real time.
 */
public class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		// Writers ask for UTC explicitly; any other zone is a mistake in the hub.
		if (!ZoneOffset.UTC.equals(zone.normalized())) {
			throw new UnsupportedOperationException("The hub clock is always UTC, not " + zone);
		}
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

}
