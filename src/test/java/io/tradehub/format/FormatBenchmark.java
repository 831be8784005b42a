package io.tradehub.format;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.document.Party;
import io.tradehub.format.csv.CsvContext;
import io.tradehub.format.csv.CsvLayout;
import io.tradehub.format.csv.CsvLayouts;
import io.tradehub.format.csv.CsvOrderReader;
import io.tradehub.format.csv.CsvOrderWriter;
import io.tradehub.format.edifact.EdifactSettings;
import io.tradehub.format.edifact.EdifactMapper;
import io.tradehub.format.edifact.EdifactWriter;
import io.tradehub.format.x12.X12Context;
import io.tradehub.format.x12.X12Mapper;
import io.tradehub.format.x12.X12Settings;
import io.tradehub.format.x12.X12Writer;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints documents per second on one core for reading (with envelope validation) and
 * writing a 2 KB D96A ORDERS, an X12 850 and a CSV order. A benchmark, not a test: it
 * runs only when named, and asserts what it read, never how fast.
 * <p>
 * {@code ./mvnw test -Dtest=FormatBenchmark -Dspring-javaformat.skip=true}
 */
class FormatBenchmark {

	private static final long WARM_UP_NANOS = 3_000_000_000L;

	private static final long MEASURE_NANOS = 5_000_000_000L;

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);

	@Test
	void printsDocumentsPerSecondPerCore() throws Exception {
		Order order = twoKilobyteOrder();
		byte[] edifact = new EdifactWriter(new InMemoryControlNumbers(), this.clock).write(order,
				EdifactSettings.of("14:4012345000016", "14:4012345000009"));
		byte[] x12 = new X12Writer(new InMemoryControlNumbers(), this.clock).write(order,
				X12Settings.of("ZZ:BISTRO", "ZZ:ALPINE"));
		CsvLayout layout = new CsvLayouts(Path.of("mappings")).layout("po-lines-upc-qty-price-with-header");
		byte[] csv = new CsvOrderWriter().write(List.of(order), layout);
		CsvContext context = CsvContext.of(Party.identifiedAs("14:4012345000016"),
				Party.identifiedAs("14:4012345000009"), null);
		EdiReader reader = new EdiReader();
		assertThat(reader.read(new ByteArrayInputStream(edifact)).problems()).isEmpty();
		assertThat(reader.read(new ByteArrayInputStream(x12)).problems()).isEmpty();
		assertThat(new CsvOrderReader().read(csv, layout, context).problems()).isEmpty();
		Interchange edifactRead = reader.read(new ByteArrayInputStream(edifact)).interchanges().get(0);
		assertThat(
				new EdifactMapper(HubIds::next, this.clock).map(edifactRead, edifactRead.messages().get(0)).problems())
			.isEmpty();
		Interchange x12Read = reader.read(new ByteArrayInputStream(x12)).interchanges().get(0);
		assertThat(new X12Mapper(X12Context.of("benchmark")).map(x12Read, x12Read.messages().get(0)).problems())
			.isEmpty();

		Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
		EdifactMapper edifactMapper = new EdifactMapper(HubIds::next, this.clock);
		X12Mapper x12Mapper = new X12Mapper(X12Context.of("benchmark"));
		stages.put("read + validate  EDIFACT D96A ORDERS (" + edifact.length + " bytes)",
				() -> reader.read(new ByteArrayInputStream(edifact)));
		stages.put("read + validate + map  EDIFACT D96A ORDERS", () -> {
			Interchange interchange = reader.read(new ByteArrayInputStream(edifact)).interchanges().get(0);
			return edifactMapper.map(interchange, interchange.messages().get(0)).document();
		});
		stages.put("read + validate  X12 004010 850 (" + x12.length + " bytes)",
				() -> reader.read(new ByteArrayInputStream(x12)));
		stages.put("read + validate + map  X12 004010 850", () -> {
			Interchange interchange = reader.read(new ByteArrayInputStream(x12)).interchanges().get(0);
			return x12Mapper.map(interchange, interchange.messages().get(0)).document();
		});
		stages.put("read + map       CSV order (" + csv.length + " bytes)",
				() -> new CsvOrderReader().read(csv, layout, context));
		EdifactWriter edifactWriter = new EdifactWriter(new InMemoryControlNumbers(), this.clock);
		X12Writer x12Writer = new X12Writer(new InMemoryControlNumbers(), this.clock);
		stages.put("write            EDIFACT D96A ORDERS",
				() -> edifactWriter.write(order, EdifactSettings.of("14:4012345000016", "14:4012345000009")));
		stages.put("write            X12 004010 850",
				() -> x12Writer.write(order, X12Settings.of("ZZ:BISTRO", "ZZ:ALPINE")));
		stages.put("write            CSV order", () -> new CsvOrderWriter().write(List.of(order), layout));

		System.out.printf("%nFormats benchmark on %s, %d cores, one thread (documents per second per core)%n",
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		stages.forEach((name, stage) -> System.out.printf("  %-62s %,12.0f%n", name, perSecond(stage)));
	}

	private static double perSecond(Supplier<Object> stage) {
		run(stage, WARM_UP_NANOS);
		long start = System.nanoTime();
		long count = run(stage, MEASURE_NANOS);
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static long run(Supplier<Object> stage, long nanos) {
		long end = System.nanoTime() + nanos;
		long count = 0;
		Object sink = null;
		while (System.nanoTime() < end) {
			sink = stage.get();
			count++;
		}
		// Keeps the JIT from dropping work whose result nobody reads.
		if (sink == null) {
			throw new IllegalStateException("no result");
		}
		return count;
	}

	/**
	 * The canonical example order, grown to the size of a typical 2 KB EANCOM ORDERS.
	 */
	private static Order twoKilobyteOrder() throws Exception {
		Order example = (Order) CanonicalJson
			.read(Files.readString(Path.of("mappings", "canonical", "examples", "order.json")));
		List<Order.Line> lines = new ArrayList<>();
		for (int i = 1; i <= 14; i++) {
			Order.Line template = example.lines().get(0);
			lines.add(new Order.Line(i, template.product(), Quantity.of(Integer.toString(i * 6), "PCE"),
					template.unitPrice()));
		}
		return new Order(example.envelope(), lines, example.shipTo(), example.references(), example.requestedDelivery(),
				example.shipBy(), example.note());
	}

}
