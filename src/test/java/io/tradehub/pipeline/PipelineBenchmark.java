package io.tradehub.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.tradehub.test.Fixtures;
import jakarta.jms.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints durable documents per second through the whole hub on this machine: 2 KB EANCOM
 * ORDERS put on an ERP's JMS queue, archived, read, checked, recorded, written as JSON
 * and delivered to the supplier's queue, every step committed to the database and the
 * broker's journal. A benchmark, not a test: it runs only when named, and asserts what
 * arrived, never how fast.
 * <p>
 * {@code ./mvnw test -Dtest=PipelineBenchmark -Dspring-javaformat.skip=true}
 */
class PipelineBenchmark extends PipelineEndToEndTest {

	private static final String BUYER_GLN = Fixtures.gln();

	private static final String SELLER_GLN = Fixtures.gln();

	private static final int WARM_UP = 300;

	private static final int MEASURED = 2_000;

	@Test
	void printsDurableDocumentsPerSecond() {
		trade("Bench Buyer", BUYER_GLN,
				profile("bench-buyer", "EDIFACT_D96A", List.of(Map.of("routeId", "bench-buyer-in")), "bench-buyer-in",
						"NONE"),
				"Bench Seller", SELLER_GLN, profile("bench-seller", "JSON", List.of(), "bench-seller-out", "NONE"));
		this.jms.setReceiveTimeout(WAIT.toMillis());
		run("W", WARM_UP);
		long start = System.nanoTime();
		int bytes = run("M", MEASURED);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%nPipeline benchmark on %s, %d cores: %,d EANCOM ORDERS of %,d bytes, JMS in to JMS out%n",
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), MEASURED, bytes);
		System.out.printf("  %.1f s, %,.0f durable documents per second%n%n", seconds, MEASURED / seconds);
	}

	/** Puts the orders on the queue and waits for every one on the other side. */
	private int run(String prefix, int count) {
		int size = 0;
		for (int i = 1; i <= count; i++) {
			byte[] order = orders(prefix + i).getBytes(StandardCharsets.ISO_8859_1);
			size = order.length;
			this.jms.convertAndSend("bench.orders.in", order);
		}
		for (int i = 0; i < count; i++) {
			Message delivered = this.jms.receive("bench.orders.out");
			assertThat(delivered).as("order %d of %d delivered", i + 1, count).isNotNull();
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

}
