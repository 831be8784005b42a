package io.tradehub.format;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a generated interchange of the given number of megabytes through the streaming
 * listener and prints what it saw; run in its own JVM with a small heap by
 * {@link LargeInterchangeTests}.
 */
final class LargeInterchangeCheck {

	private LargeInterchangeCheck() {
	}

	public static void main(String[] args) {
		int megabytes = Integer.parseInt(args[0]);
		int messages = (int) ((long) megabytes * 1024 * 1024 / GeneratedInterchange.messageSize());
		AtomicInteger seen = new AtomicInteger();
		AtomicInteger lines = new AtomicInteger();
		EdiReading reading = new EdiReader().read(new GeneratedInterchange(messages), (interchange, message) -> {
			seen.incrementAndGet();
			lines.addAndGet((int) message.segments().stream().filter(segment -> segment.tag().equals("LIN")).count());
		});
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("messages=%d expected=%d lines=%d problems=%d interchanges=%d maxHeapMb=%d%n", seen.get(),
				messages, lines.get(), reading.problems().size(), reading.interchanges().size(),
				runtime.maxMemory() / (1024 * 1024));
		reading.problems().stream().limit(5).forEach(System.out::println);
	}

}
