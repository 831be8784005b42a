package io.tradehub.production;

import java.time.Duration;
import java.util.List;

import io.tradehub.test.TestHub;
import io.tradehub.test.TestRoutes;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints durable documents per second for one hub instance and for two, in the production
 * layout on this machine: PostgreSQL and the Artemis broker in processes of their own,
 * each hub in its own JVM. 2 KB EANCOM ORDERS wait on the buyer's ERP queue (held back by
 * the broker while they are queued), and the clock runs from letting them go to the last
 * JSON order on the seller's queue, every step committed to PostgreSQL and the broker's
 * journal. Each measurement follows a warm-up of the instances taking part. A benchmark,
 * not a test: surefire runs it only when named, and it asserts what arrived, never how
 * fast. The machine's cores are shared by the database, the broker, the hubs and this
 * client, so a second instance adds no cores, only concurrency.
 * <p>
 * {@code ./mvnw test -Dtest=ScaleOutBenchmark -Dspring-javaformat.skip=true}
 * ({@code -Dbenchmark.warm-up=2000 -Dbenchmark.documents=3000} are the defaults)
 */
class ScaleOutBenchmark {

	private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 2_000);

	private static final int MEASURED = Integer.getInteger("benchmark.documents", 3_000);

	private static final String IN = "bench.buyer.orders";

	private static final String OUT = "bench.seller.orders";

	/** A long run's JVM: the hub's full compiler, a modest heap. */
	private static final List<String> JVM = List.of("-Xmx512m");

	private final ProductionLayout layout = new ProductionLayout();

	private Trade trade;

	@AfterEach
	void stop() {
		this.layout.close();
	}

	@Test
	void printsDurableDocumentsPerSecondForOneAndForTwoInstances() throws Exception {
		this.trade = this.layout.seed((fixtures) -> new Trade("bench-buyer", "bench-seller").register(fixtures));
		TestRoutes.write(this.layout.routes(), "bench-buyer.jms-inbound", "jms-inbound", "bench-buyer-in",
				"partner: bench-buyer\nqueue: " + IN + "\nconcurrentConsumers: 2\n");
		TestRoutes.write(this.layout.routes(), "bench-seller.jms-outbound", "jms-outbound", "bench-seller-out",
				"queue: " + OUT + "\n");
		TestHub first = this.layout.startHub("bench-a", JVM);
		this.trade.connect(first.port(), first.port(), "bench-buyer-in", "bench-seller-out");

		run("W1-", WARM_UP);
		double one = run("M1-", MEASURED, List.of(first));
		TestHub second = this.layout.startHub("bench-b", JVM);
		run("W2-", WARM_UP);
		double two = run("M2-", MEASURED, List.of(first, second));

		System.out.printf(
				"%nScale-out benchmark on %s, %d cores: %,d EANCOM ORDERS of %,d bytes, JMS in to JMS out,"
						+ " PostgreSQL and Artemis in processes of their own%n",
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), MEASURED, this.trade.order("M1-1").length);
		System.out.printf("  one instance:  %,.0f durable documents per second%n", one);
		System.out.printf("  two instances: %,.0f durable documents per second%n%n", two);
	}

	private Duration cpu(List<TestHub> hubs) {
		return hubs.stream().map(TestHub::cpu).reduce(this.layout.broker().cpu(), Duration::plus);
	}

	/**
	 * Queues the orders while the broker holds them back, lets them go and waits for
	 * every one on the seller's queue.
	 * @return documents per second
	 */
	private double run(String prefix, int count) throws Exception {
		return run(prefix, count, List.of());
	}

	/**
	 * @param hubs the instances whose CPU per document to print
	 * @return documents per second
	 */
	private double run(String prefix, int count, List<TestHub> hubs) throws Exception {
		this.layout.broker().pause(IN);
		this.trade.send(this.layout.broker().connectionFactory(), IN, prefix, count);
		try (Connection connection = this.layout.broker().connectionFactory().createConnection()) {
			connection.start();
			Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
			MessageConsumer delivered = session.createConsumer(session.createQueue(OUT));
			Duration cpu = cpu(hubs);
			long start = System.nanoTime();
			this.layout.broker().resume(IN);
			for (int i = 0; i < count; i++) {
				assertThat(delivered.receive(120_000)).as("order %d of %d delivered", i + 1, count).isNotNull();
			}
			double rate = count / ((System.nanoTime() - start) / 1e9);
			if (!hubs.isEmpty()) {
				System.out.printf("  %d instance(s): %.2f ms of CPU per document in the hubs and the broker%n",
						hubs.size(), cpu(hubs).minus(cpu).toNanos() / 1e6 / count);
			}
			return rate;
		}
	}

}
