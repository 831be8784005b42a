package io.tradehub.format.csv;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.tradehub.document.Party;
import io.tradehub.document.Source;

/**
 * Layouts from the project's mappings folder and a context with predictable hub ids, so
 * golden files compare byte for byte.
 */
final class CsvFixtures {

	static final CsvLayouts LAYOUTS = new CsvLayouts(Path.of("mappings"));

	private CsvFixtures() {
	}

	static CsvContext context() {
		AtomicInteger next = new AtomicInteger();
		return new CsvContext(new Party(null, "14:4012345000016", "Bistro Lumen"),
				new Party(null, "14:4012345000009", "Alpine Foods GmbH"), null, null,
				new Source("sftp", "CSV", null, null, Instant.parse("2026-11-20T08:14:03.512Z")),
				() -> UUID.fromString(String.format("01a20890-0000-7000-8000-%012d", next.incrementAndGet())));
	}

}
