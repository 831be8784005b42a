package io.tradehub.pipeline;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import io.tradehub.test.Fixtures;
import io.tradehub.test.HubSettings;
import io.tradehub.test.TestOrders;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints durable documents per second through the whole hub on this machine: 2 KB EANCOM
 * ORDERS waiting on an ERP's JMS queue, taken, archived, read, checked, recorded, written
 * as JSON and delivered to the supplier's queue, every step committed to the database and
 * the broker's journal and forced to disk. The clock runs from the hub's inbound route
 * starting on the full queue to the last delivery. It prints the CPU each document costs
 * and, where {@code perf} can count system calls, the fsyncs each one costs. A benchmark,
 * not a test: it runs only when named, and asserts what arrived, never how fast.
 * <p>
 * {@code ./mvnw test -Dtest=PipelineBenchmark -Dspring-javaformat.skip=true}
 */
class PipelineBenchmark extends PipelineEndToEndTest {

	private static final String BUYER_GLN = Fixtures.gln();

	private static final String SELLER_GLN = Fixtures.gln();

	private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 3_000);

	private static final int MEASURED = Integer.getInteger("benchmark.documents", 3_000);

	private static final String INBOUND = "bench-buyer-in";

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	CamelContext camel;

	@Autowired
	EmbeddedActiveMQ broker;

	@Autowired
	DataSource dataSource;

	/**
	 * The database on disk with the hub's own settings (application.yml), under this
	 * run's folder: an in-memory one would flatter.
	 */
	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		String here = HubSettings.of("spring.datasource.url").replace("./data/", ROOT.resolve("benchmark") + "/");
		registry.add("test.database", () -> here);
	}

	/**
	 * The database grows by gigabytes over a run and goes when the run is over. The hub
	 * still has it open, which Linux allows: its space is freed when the JVM exits.
	 */
	@AfterAll
	static void removeDatabase() throws IOException {
		FileSystemUtils.deleteRecursively(ROOT.resolve("benchmark"));
	}

	@Test
	void printsDurableDocumentsPerSecond() throws Exception {
		String database = databaseUrl();
		assertThat(database).as("the hub's database, which must be on disk as configured")
			.matches("jdbc:(h2:file|postgresql):.*");
		trade("Bench Buyer", BUYER_GLN,
				profile("bench-buyer", "EDIFACT_D96A", List.of(Map.of("routeId", INBOUND)), INBOUND, "NONE"),
				"Bench Seller", SELLER_GLN, profile("bench-seller", "JSON", List.of(), "bench-seller-out", "NONE"));
		// One consumer for the whole run: a consumer per message would cost the broker
		// more than the hub's own work.
		try (Connection connection = this.connectionFactory.createConnection()) {
			connection.start();
			Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
			MessageConsumer delivered = session.createConsumer(session.createQueue("bench.orders.out"));
			fill("W", WARM_UP);
			drain(WARM_UP, delivered);
			int bytes = fill("M", MEASURED);
			OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			DatabaseMeter<?> meter = DatabaseMeter.of(this.dataSource);
			SyscallCounter fsyncs = SyscallCounter.start(meter.serverProcesses());
			long cpu = os.getProcessCpuTime();
			long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			long gc = gcMillis();
			meter.start();
			long start = System.nanoTime();
			long[] arrivals = drain(MEASURED, delivered);
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuMillis = (os.getProcessCpuTime() - cpu) / 1e6;
			long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit;
			long gcPauses = gcMillis() - gc;
			List<String> databaseWork = meter.report(MEASURED);
			String syncs = fsyncs.stop(MEASURED);
			System.out.printf(
					"%nPipeline benchmark on %s, %d cores: %,d EANCOM ORDERS of %,d bytes, JMS in to JMS out%n",
					System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
					Runtime.getRuntime().availableProcessors(), MEASURED, bytes);
			System.out.println("  database " + database);
			System.out.printf("  %.1f s, %,.0f durable documents per second%n", seconds, MEASURED / seconds);
			System.out.println("  each tenth of the run, in documents per second: " + tenths(start, arrivals));
			System.out.printf("  %.2f ms of CPU per document (the hub, its broker and this benchmark's client)%n",
					cpuMillis / MEASURED);
			System.out.printf("  meanwhile the JIT compiled for %.1f s (it varies from run to run) and the garbage"
					+ " collector paused the hub for %.1f s%n", jitMillis / 1e3, gcPauses / 1e3);
			System.out.println("  " + syncs);
			databaseWork.forEach(line -> System.out.println("  " + line));
			Configuration journal = this.broker.getActiveMQServer().getConfiguration();
			System.out.printf("  broker journal %s, commits gathered for %.1f ms before a sync%n%n",
					journal.getJournalType(), ((journal.getJournalType() == JournalType.ASYNCIO)
							? journal.getJournalBufferTimeout_AIO() : journal.getJournalBufferTimeout_NIO()) / 1e6);
		}
	}

	/** The database the hub really writes to, as its own connection names it. */
	private String databaseUrl() throws SQLException {
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	/**
	 * Queues the orders for the hub while its inbound route is stopped, committing a few
	 * hundred at a time: an ERP that waited for the broker's disk after every message
	 * would measure that wait, not the hub.
	 * @return the size of one order
	 */
	private int fill(String prefix, int count) throws Exception {
		this.camel.getRouteController().stopRoute(INBOUND);
		int size = 0;
		try (Connection connection = this.connectionFactory.createConnection()) {
			Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
			MessageProducer producer = session.createProducer(session.createQueue("bench.orders.in"));
			for (int i = 1; i <= count; i++) {
				byte[] order = orders(prefix + i).getBytes(StandardCharsets.ISO_8859_1);
				size = order.length;
				BytesMessage message = session.createBytesMessage();
				message.writeBytes(order);
				producer.send(message);
				if (i % 500 == 0 || i == count) {
					session.commit();
				}
			}
		}
		return size;
	}

	/**
	 * Starts the hub's inbound route and waits for every order on the other side.
	 * @return when each order arrived
	 */
	private long[] drain(int count, MessageConsumer delivered) throws Exception {
		this.camel.getRouteController().startRoute(INBOUND);
		long[] arrivals = new long[count];
		for (int i = 0; i < count; i++) {
			assertThat(delivered.receive(WAIT.toMillis())).as("order %d of %d delivered", i + 1, count).isNotNull();
			arrivals[i] = System.nanoTime();
		}
		return arrivals;
	}

	/**
	 * The pace of each tenth of the run, which shows whether it held or drifted as the
	 * database grew.
	 */
	private static String tenths(long start, long[] arrivals) {
		StringBuilder rates = new StringBuilder();
		int from = 0;
		long since = start;
		for (int tenth = 1; tenth <= 10; tenth++) {
			int to = arrivals.length * tenth / 10;
			if (to > from) {
				long until = arrivals[to - 1];
				rates.append(rates.isEmpty() ? "" : " ").append(Math.round((to - from) / ((until - since) / 1e9)));
				from = to;
				since = until;
			}
		}
		return rates.toString();
	}

	/** About 2 KB: fourteen lines with descriptions and prices. */
	private static String orders(String reference) {
		return TestOrders.eancom(BUYER_GLN, SELLER_GLN, reference);
	}

	/**
	 * Counts this JVM's fsync and fdatasync calls with {@code perf stat} on the kernel's
	 * system call tracepoints, which, unlike strace, does not slow the process it counts.
	 */
	private static final class SyscallCounter {

		private static final Pattern COUNT = Pattern.compile("^\\s*([0-9]+),.*sys_enter_(fsync|fdatasync)",
				Pattern.MULTILINE);

		private final @Nullable Process perf;

		private final @Nullable Path output;

		private final String why;

		/** Whether a database server's processes are counted too. */
		private final boolean others;

		private SyscallCounter(@Nullable Process perf, @Nullable Path output, String why, boolean others) {
			this.perf = perf;
			this.output = output;
			this.why = why;
			this.others = others;
		}

		/** Counts this JVM's calls and those of the given processes. */
		static SyscallCounter start(List<Long> others) throws IOException, InterruptedException {
			Path output = Files.createTempFile("perf-stat", ".csv");
			Process perf;
			try {
				perf = new ProcessBuilder("perf", "stat", "-x", ",", "-o", output.toString(), "-e",
						"syscalls:sys_enter_fsync,syscalls:sys_enter_fdatasync", "-p",
						String.join(",",
								Stream.concat(Stream.of(ProcessHandle.current().pid()), others.stream())
									.map(String::valueOf)
									.toList()))
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
			}
			catch (IOException ex) {
				return new SyscallCounter(null, null, "perf is not installed: apt-get install linux-perf", false);
			}
			// perf needs a moment to attach; a perf that cannot count exits at once.
			if (perf.waitFor(1, TimeUnit.SECONDS)) {
				return new SyscallCounter(null, null, "perf stat exited with " + perf.exitValue()
						+ "; counting system calls needs root or kernel.perf_event_paranoid <= 1", false);
			}
			return new SyscallCounter(perf, output, "", !others.isEmpty());
		}

		/** The fsyncs and fdatasyncs per document, or why they were not counted. */
		String stop(int documents) throws IOException, InterruptedException {
			if (this.perf == null) {
				return "fsyncs per document: not counted (" + this.why + ")";
			}
			// perf stat prints its counts when interrupted, not when terminated
			new ProcessBuilder("kill", "-INT", Long.toString(this.perf.pid())).start().waitFor();
			this.perf.waitFor(10, TimeUnit.SECONDS);
			String counts = Files.readString(this.output);
			Map<String, Long> calls = new TreeMap<>();
			Matcher matcher = COUNT.matcher(counts);
			while (matcher.find()) {
				calls.put(matcher.group(2), Long.parseLong(matcher.group(1)));
			}
			if (calls.isEmpty()) {
				return "fsyncs per document: not counted (perf stat counted nothing: " + counts.strip() + ")";
			}
			long total = calls.values().stream().mapToLong(Long::longValue).sum();
			return String.format(
					"%.2f fsyncs per document (fdatasync %.2f: the broker's journal and the database's commits;"
							+ " fsync %.2f)" + (this.others ? ", the database server's included" : ""),
					(double) total / documents, (double) calls.getOrDefault("fdatasync", 0L) / documents,
					(double) calls.getOrDefault("fsync", 0L) / documents);
		}

	}

}
