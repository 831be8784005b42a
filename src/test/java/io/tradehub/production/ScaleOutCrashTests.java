package io.tradehub.production;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.tradehub.test.TestHub;
import io.tradehub.test.TestRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One of two hub instances is killed (SIGKILL) in the middle of a burst of orders and
 * started again: what it had under way goes back to the broker's queues or is handed on
 * by the other instance's sweeper, and every order reaches the seller's queue exactly
 * once, with nothing left in flight.
 */
class ScaleOutCrashTests {

	private static final int ORDERS = 10_000;

	private static final String IN = "crash.buyer.orders";

	private static final String OUT = "crash.seller.orders";

	/**
	 * Work a killed instance committed to the database but not to the broker is handed on
	 * after this long.
	 */
	private static final String[] SWEEPER = { "--tradehub.pipeline.stalled-after=PT15S",
			"--tradehub.pipeline.sweep-interval=PT2S" };

	/** The hub's full compiler: the burst runs long enough for it to pay back. */
	private static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");

	private final ProductionLayout layout = new ProductionLayout();

	@AfterEach
	void stop() {
		this.layout.close();
	}

	@Test
	void everyOrderOfABurstIsDeliveredExactlyOnceWhenOneOfTwoInstancesIsKilledAndRestarted() throws Exception {
		long start = System.nanoTime();
		Trade trade = this.layout.seed((fixtures) -> new Trade("crash-buyer", "crash-seller").register(fixtures));
		TestRoutes.write(this.layout.routes(), "crash-buyer.jms-inbound", "jms-inbound", "crash-buyer-in",
				"partner: crash-buyer\nqueue: " + IN + "\nconcurrentConsumers: 2\n");
		TestRoutes.write(this.layout.routes(), "crash-seller.jms-outbound", "jms-outbound", "crash-seller-out",
				"queue: " + OUT + "\n");
		List<TestHub> hubs = Stream.of("crash-a", "crash-b")
			.map((name) -> CompletableFuture.supplyAsync(() -> this.layout.startHub(name, JVM, SWEEPER)))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();
		trade.connect(hubs.get(0).port(), "crash-buyer-in", "crash-seller-out");

		long burst = System.nanoTime();
		trade.send(this.layout.broker().connectionFactory(), IN, "C", ORDERS);
		int deliveredAtKill = await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(100))
			.until(this::delivered, (delivered) -> delivered >= ORDERS / 5);
		TestHub killed = hubs.get(1);
		killed.kill();
		System.out.printf("Killed %s with %d of %d orders delivered%n", killed.name(), deliveredAtKill, ORDERS);
		assertThat(deliveredAtKill).as("orders delivered when the instance was killed").isLessThan(ORDERS / 2);
		killed.restart();

		await().atMost(Duration.ofMinutes(6))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(this.layout.statuses("tracked_document"))
				.as("documents; receipts %s%s", this.layout.statuses("receipt"), this.layout.logs())
				.isEqualTo(Map.of("DELIVERED", ORDERS)));
		double seconds = (System.nanoTime() - burst) / 1e9;
		assertThat(this.layout.statuses("receipt")).as("one receipt per order, none refused as a duplicate")
			.isEqualTo(Map.of("READ", ORDERS));
		List<String> delivered = Trade.drain(this.layout.broker().connectionFactory(), OUT, 2_000);
		assertThat(delivered.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
			.as("orders delivered, each once")
			.hasSize(ORDERS)
			.allSatisfy((reference, copies) -> assertThat(copies).as(reference).isOne())
			.containsOnlyKeys(IntStream.rangeClosed(1, ORDERS).mapToObj((i) -> "C" + i).collect(Collectors.toSet()));
		// a message the sweeper handed on twice is taken and dropped by a stage
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.layout.broker().depth(IN)).as(IN).isZero();
			assertThat(this.layout.broker().depth("tradehub.read")).as("read queue").isZero();
			assertThat(this.layout.broker().depth("tradehub.route")).as("route queue").isZero();
		});
		System.out.printf("Crash test: %,d orders in %.1f s from the burst to the last delivery, %.0f documents/s; "
				+ "%.1f s in all%n", ORDERS, seconds, ORDERS / seconds, (System.nanoTime() - start) / 1e9);
	}

	private int delivered() {
		return this.layout.db()
			.queryForObject("select count(*) from tracked_document where status = 'DELIVERED'", Integer.class);
	}

}
