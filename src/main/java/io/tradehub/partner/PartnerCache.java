package io.tradehub.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What {@link Partners} answered lately, so the pipeline does not load the same
 * companies, profiles and connections from the database for every document. Every change
 * to a company, profile or connection on this hub empties it ({@link PartnerChanges}); a
 * change made by another hub instance is seen once an answer is older than
 * {@code tradehub.partners.cache-ttl}.
 */
@Component
class PartnerCache {

	/** Enough for every partner of a large hub; past it, the cache starts over. */
	private static final int MAX_ENTRIES = 20_000;

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	/** Counts clears, so an answer loaded across a change is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final Duration ttl;

	private final Clock clock;

	PartnerCache(@Value("${tradehub.partners.cache-ttl:PT2S}") Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
	}

	/** One question to {@link Partners}: the method and its arguments. */
	record Key(String question, Object... arguments) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && this.question.equals(key.question)
					&& Arrays.equals(this.arguments, key.arguments);
		}

		@Override
		public int hashCode() {
			return 31 * this.question.hashCode() + Arrays.hashCode(this.arguments);
		}

	}

	private record Entry(Optional<?> answer, Instant loadedAt) {
	}

	@SuppressWarnings("unchecked")
	<T> Optional<T> get(Key key, Supplier<Optional<T>> load) {
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(key);
		if (entry != null && entry.loadedAt().plus(this.ttl).isAfter(now)) {
			return (Optional<T>) entry.answer();
		}
		long before = this.generation.get();
		Optional<T> answer = load.get();
		if (this.generation.get() == before) {
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
			this.entries.put(key, new Entry(answer, now));
		}
		return answer;
	}

	void clear() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

}
