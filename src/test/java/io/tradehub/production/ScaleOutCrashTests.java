package io.tradehub.production;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.tradehub.test.TestHub;
import io.tradehub.test.TestNginx;
import io.tradehub.test.TestRoutes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One of two hub instances goes away in the middle of a burst of orders, killed (SIGKILL)
 * or stopped (SIGTERM): what it had under way goes back to the broker's queues, and every
 * order reaches the seller's queue exactly once, with nothing left in flight. The hubs
 * run with the production settings: their sweeper's five minutes never come, so the
 * broker's redeliveries alone must finish the work. Both tests share the layout; each has
 * a buyer and seller of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutCrashTests {

	private static final int KILL_BURST = 10_000;

	private static final int STOP_BURST = 1_000;

	/**
	 * The quick compiler only: on two cores shared by the database, the broker and both
	 * hubs, the full compiler's own work did not pay back within the burst (10,000 orders
	 * in 139 s with it off, 164 s with it on).
	 */
	private static final List<String> JVM = TestHub.Setup.SHORT_RUN;

	private final ProductionLayout layout = new ProductionLayout();

	private final Trade crash = new Trade("crash-buyer", "crash-seller");

	private final Trade stop = new Trade("stop-buyer", "stop-seller");

	private List<TestHub> hubs;

	private TestNginx nginx;

	@BeforeAll
	void start() {
		this.layout.seed((fixtures) -> List.of(this.crash.register(fixtures), this.stop.register(fixtures)));
		for (Trade trade : List.of(this.crash, this.stop)) {
			TestRoutes.write(this.layout.routes(), trade.buyerKey() + ".jms-inbound", "jms-inbound",
					trade.buyerKey() + "-in",
					"partner: " + trade.buyerKey() + "\nqueue: " + in(trade) + "\nconcurrentConsumers: 2\n");
			TestRoutes.write(this.layout.routes(), trade.sellerKey() + ".jms-outbound", "jms-outbound",
					trade.sellerKey() + "-out", "queue: " + out(trade) + "\n");
		}
		this.hubs = Stream.of("crash-a", "crash-b")
			.map((name) -> CompletableFuture.supplyAsync(() -> this.layout.startHub(name, JVM)))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();
		this.nginx = this.layout.loadBalancer(this.hubs.get(0), this.hubs.get(1));
		for (Trade trade : List.of(this.crash, this.stop)) {
			trade.connect(this.hubs.get(0).port(), this.nginx.port(), trade.buyerKey() + "-in",
					trade.sellerKey() + "-out");
		}
	}

	@AfterAll
	void close() {
		this.layout.close();
	}

	/**
	 * Both instances are up for each test. Restarted before a test rather than after, so
	 * the last test's stopped instance is not started only to be closed.
	 */
	@BeforeEach
	void bothInstancesUp() {
		this.hubs.stream().filter((hub) -> !hub.isAlive()).forEach(TestHub::restart);
	}

	@Test
	@Order(1)
	void everyOrderOfABurstIsDeliveredExactlyOnceWhenOneOfTwoInstancesIsKilledAndRestarted() throws Exception {
		long burst = System.nanoTime();
		this.crash.send(this.layout.broker().connectionFactory(), in(this.crash), "C", KILL_BURST);
		int deliveredAtKill = awaitDelivered(this.crash, KILL_BURST / 5);
		TestHub killed = this.hubs.get(1);
		killed.kill();
		System.out.printf("Killed %s with %d of %d orders delivered%n", killed.name(), deliveredAtKill, KILL_BURST);
		assertThat(deliveredAtKill).as("orders delivered when the instance was killed").isLessThan(KILL_BURST / 2);
		killed.restart();

		this.layout.assertEveryOrderDeliveredOnce(this.crash, out(this.crash), "C", KILL_BURST, this.nginx.port());
		double seconds = (System.nanoTime() - burst) / 1e9;
		assertNothingInFlight(this.crash);
		System.out.printf("Crash test: %,d orders in %.1f s from the burst to the last delivery, %.0f documents/s%n",
				KILL_BURST, seconds, KILL_BURST / seconds);
	}

	@Test
	@Order(2)
	void everyOrderOfABurstIsDeliveredExactlyOnceWhenOneOfTwoInstancesIsStoppedInTheMiddle() throws Exception {
		this.stop.send(this.layout.broker().connectionFactory(), in(this.stop), "S", STOP_BURST);
		int deliveredAtStop = awaitDelivered(this.stop, STOP_BURST / 10);
		TestHub stopped = this.hubs.get(0);
		Duration took = stopped.stop();
		System.out.printf("Stopped %s with %d of %d orders delivered; it exited by itself after %.1f s%n",
				stopped.name(), deliveredAtStop, STOP_BURST, took.toMillis() / 1e3);
		assertThat(deliveredAtStop).as("orders delivered when the instance was stopped").isLessThan(STOP_BURST / 2);
		// Spring's graceful shutdown gives each phase 30 seconds; the JVM's exit comes on
		// top
		assertThat(took).as("time to exit after SIGTERM").isLessThan(Duration.ofSeconds(45));

		this.layout.assertEveryOrderDeliveredOnce(this.stop, out(this.stop), "S", STOP_BURST, this.nginx.port());
		assertNothingInFlight(this.stop);
	}

	private int awaitDelivered(Trade trade, int atLeast) {
		return await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.layout.documents(trade.buyerId()).getOrDefault("DELIVERED", 0),
					(delivered) -> delivered >= atLeast);
	}

	/** A message the sweeper handed on twice is taken and dropped by a stage. */
	private void assertNothingInFlight(Trade trade) {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(this.layout.broker().depth(in(trade))).as(in(trade)).isZero();
			assertThat(this.layout.broker().depth("tradehub.read")).as("read queue").isZero();
			assertThat(this.layout.broker().depth("tradehub.route")).as("route queue").isZero();
		});
	}

	private static String in(Trade trade) {
		return trade.buyerKey() + ".orders";
	}

	private static String out(Trade trade) {
		return trade.sellerKey() + ".orders";
	}

}
