package io.tradehub.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;
import io.tradehub.test.Fixtures;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints durable documents per second through the whole hub on this machine: 2 KB EANCOM
 * ORDERS put on an ERP's JMS queue, archived, read, checked, recorded, written as JSON
 * and delivered to the supplier's queue, every step committed to the database and the
 * broker's journal. It prints the CPU each document costs and, where {@code perf} can
 * count system calls, the fsyncs each one costs. A benchmark, not a test: it runs only
 * when named, and asserts what arrived, never how fast.
 * <p>
 * {@code ./mvnw test -Dtest=PipelineBenchmark -Dspring-javaformat.skip=true}
 */
class PipelineBenchmark extends PipelineEndToEndTest {

	private static final String BUYER_GLN = Fixtures.gln();

	private static final String SELLER_GLN = Fixtures.gln();

	private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 3_000);

	private static final int MEASURED = Integer.getInteger("benchmark.documents", 3_000);

	@Autowired
	ConnectionFactory connectionFactory;

	/**
	 * The database on disk with the hub's own settings (application.yml), under this
	 * run's folder: an in-memory one would flatter.
	 */
	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		String url = yaml.getObject().getProperty("spring.datasource.url");
		String here = url.replace("./data/", ROOT.resolve("benchmark") + "/");
		registry.add("spring.datasource.url", () -> here);
		System.out.println("Benchmark database: " + here);
	}

	@Test
	void printsDurableDocumentsPerSecond() throws Exception {
		trade("Bench Buyer", BUYER_GLN,
				profile("bench-buyer", "EDIFACT_D96A", List.of(Map.of("routeId", "bench-buyer-in")), "bench-buyer-in",
						"NONE"),
				"Bench Seller", SELLER_GLN, profile("bench-seller", "JSON", List.of(), "bench-seller-out", "NONE"));
		// One consumer for the whole run: a consumer per message would cost the broker
		// more than the hub's own work.
		try (Connection connection = this.connectionFactory.createConnection()) {
			connection.start();
			Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
			MessageConsumer delivered = session.createConsumer(session.createQueue("bench.orders.out"));
			run("W", WARM_UP, delivered);
			OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			SyscallCounter fsyncs = SyscallCounter.start();
			long cpu = os.getProcessCpuTime();
			long start = System.nanoTime();
			int bytes = run("M", MEASURED, delivered);
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpuMillis = (os.getProcessCpuTime() - cpu) / 1e6;
			Long syncs = fsyncs.stop();
			System.out.printf(
					"%nPipeline benchmark on %s, %d cores: %,d EANCOM ORDERS of %,d bytes, JMS in to JMS out%n",
					System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
					Runtime.getRuntime().availableProcessors(), MEASURED, bytes);
			System.out.printf("  %.1f s, %,.0f durable documents per second%n", seconds, MEASURED / seconds);
			System.out.printf("  %.2f ms of CPU per document (the hub, its broker and this benchmark's client)%n",
					cpuMillis / MEASURED);
			System.out.println((syncs != null)
					? String.format("  %.2f fsyncs per document (fsync + fdatasync)%n", (double) syncs / MEASURED)
					: "  fsyncs per document: not counted (" + fsyncs.why + ")\n");
		}
	}

	/** Puts the orders on the queue and waits for every one on the other side. */
	private int run(String prefix, int count, MessageConsumer delivered) throws JMSException {
		int size = 0;
		for (int i = 1; i <= count; i++) {
			byte[] order = orders(prefix + i).getBytes(StandardCharsets.ISO_8859_1);
			size = order.length;
			this.jms.convertAndSend("bench.orders.in", order);
		}
		for (int i = 0; i < count; i++) {
			assertThat(delivered.receive(WAIT.toMillis())).as("order %d of %d delivered", i + 1, count).isNotNull();
		}
		return size;
	}

	/** About 2 KB: fourteen lines with descriptions and prices. */
	private static String orders(String reference) {
		StringBuilder lines = new StringBuilder();
		for (int line = 1; line <= 14; line++) {
			lines.append("LIN+")
				.append(line)
				.append("++4000862141404:EN'\nIMD+F++:::Alpine mountain cheese, matured twelve months, 250 g'\n")
				.append("QTY+21:48'\nPRI+AAA:3.45'\n");
		}
		return "UNA:+.? '\nUNB+UNOC:3+" + BUYER_GLN + ":14+" + SELLER_GLN + ":14+261123:1330+" + reference
				+ "'\nUNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+PO-" + reference + "+9'\nDTM+137:20261123:102'\nNAD+BY+"
				+ BUYER_GLN + "::9'\nNAD+SU+" + SELLER_GLN + "::9'\nCUX+2:EUR:9'\n" + lines + "UNS+S'\nCNT+2:14'\nUNT+"
				+ (9 + 14 * 4) + "+1'\nUNZ+1+" + reference + "'\n";
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

		private String why = "";

		private SyscallCounter(@Nullable Process perf, @Nullable Path output, String why) {
			this.perf = perf;
			this.output = output;
			this.why = why;
		}

		static SyscallCounter start() throws IOException, InterruptedException {
			Path output = Files.createTempFile("perf-stat", ".csv");
			Process perf;
			try {
				perf = new ProcessBuilder("perf", "stat", "-x", ",", "-o", output.toString(), "-e",
						"syscalls:sys_enter_fsync,syscalls:sys_enter_fdatasync", "-p",
						Long.toString(ProcessHandle.current().pid()))
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
			}
			catch (IOException ex) {
				return new SyscallCounter(null, null, "perf is not installed: apt-get install linux-perf");
			}
			// perf needs a moment to attach; a perf that cannot count exits at once.
			if (perf.waitFor(1, TimeUnit.SECONDS)) {
				return new SyscallCounter(null, null, "perf stat exited with " + perf.exitValue()
						+ "; counting system calls needs root or kernel.perf_event_paranoid <= 1");
			}
			return new SyscallCounter(perf, output, "");
		}

		@Nullable Long stop() throws IOException, InterruptedException {
			if (this.perf == null) {
				return null;
			}
			// perf stat prints its counts when interrupted, not when terminated
			new ProcessBuilder("kill", "-INT", Long.toString(this.perf.pid())).start().waitFor();
			this.perf.waitFor(10, TimeUnit.SECONDS);
			String counts = Files.readString(this.output);
			long total = 0;
			Matcher matcher = COUNT.matcher(counts);
			int found = 0;
			while (matcher.find()) {
				total += Long.parseLong(matcher.group(1));
				found++;
			}
			if (found == 0) {
				this.why = "perf stat counted nothing: " + counts.strip();
				return null;
			}
			return total;
		}

	}

}
