package io.tradehub.format;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Control numbers kept in memory, until the pipeline brings the database-backed ones;
 * they restart at 1 with the process, so only tests and dry runs should rely on them.
 */
public final class InMemoryControlNumbers implements ControlNumbers {

	private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

	@Override
	public long next(String partnerKey, Kind kind) {
		return this.counters.computeIfAbsent(partnerKey + "|" + kind, (key) -> new AtomicLong()).incrementAndGet();
	}

}
