package io.tradehub.format.dryrun;

import java.time.Instant;

import io.tradehub.document.Party;
import io.tradehub.document.Source;
import io.tradehub.format.csv.CsvContext;

/**
 * What a dry run knows of a file besides its bytes: only its name, since nothing says who
 * sent it.
 */
final class DryRunContexts {

	private static final Party UNKNOWN = new Party(null, null, null);

	private DryRunContexts() {
	}

	static CsvContext csv(String file) {
		return CsvContext.of(UNKNOWN, UNKNOWN, source(file, "CSV")).withDocument(file, null);
	}

	static Source source(String file, String format) {
		return new Source("dry-run", format, file, null, Instant.now());
	}

}
