package io.tradehub.channel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Stands in for the pipeline at {@link Channels#RECEIVE}: records every attempt and every
 * file that arrived, and can be told to fail or to be slow for one channel.
 */
class ReceivedFiles implements Processor {

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> failNext = new ConcurrentHashMap<>();

	private final Map<String, Duration> slow = new ConcurrentHashMap<>();

	@Override
	public void process(Exchange exchange) throws InterruptedException {
		String channel = exchange.getMessage().getHeader(Channels.CHANNEL, String.class);
		this.attempts.computeIfAbsent(channel, key -> new AtomicInteger()).incrementAndGet();
		AtomicInteger toFail = this.failNext.get(channel);
		if (this.failing.contains(channel) || (toFail != null && toFail.getAndDecrement() > 0)) {
			throw new IllegalStateException("test pipeline refuses " + channel);
		}
		Duration delay = this.slow.get(channel);
		if (delay != null) {
			Thread.sleep(delay.toMillis());
		}
		this.received.add(new Received(channel, exchange.getMessage().getHeader(Channels.KIND, String.class),
				exchange.getMessage().getHeader(Channels.PARTNER, String.class),
				exchange.getMessage().getHeader(Channels.CHANNEL_IDENTITY, String.class),
				exchange.getMessage().getHeader(Channels.FILE_NAME, String.class),
				exchange.getMessage().getBody(byte[].class), exchange.getMessage().getBody().getClass(),
				new java.util.HashMap<>(exchange.getMessage().getHeaders())));
	}

	List<Received> on(String channel) {
		return this.received.stream().filter(file -> file.channel().equals(channel)).toList();
	}

	int attempts(String channel) {
		AtomicInteger count = this.attempts.get(channel);
		return (count != null) ? count.get() : 0;
	}

	void failing(String channel, boolean fail) {
		if (fail) {
			this.failing.add(channel);
		}
		else {
			this.failing.remove(channel);
		}
	}

	void failNext(String channel, int times) {
		this.failNext.put(channel, new AtomicInteger(times));
	}

	void slow(String channel, Duration delay) {
		this.slow.put(channel, delay);
	}

	record Received(String channel, String kind, String partner, String identity, String fileName, byte[] content,
			Class<?> bodyType, Map<String, Object> headers) {

		String text() {
			return new String(this.content, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

}
