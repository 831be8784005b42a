package io.tradehub.format.dryrun;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.csv.CsvLayouts;
import io.tradehub.format.csv.CsvOrderWriter;
import io.tradehub.format.MappingFiles;
import io.tradehub.format.edifact.EancomQualifiers;
import io.tradehub.format.edifact.EdifactSettings;
import io.tradehub.format.edifact.EdifactWriter;
import io.tradehub.format.x12.X12Qualifiers;
import io.tradehub.format.x12.X12Settings;
import io.tradehub.format.x12.X12Writer;
import io.tradehub.format.xml.CanonicalXml;

/**
 * Writes a dry run's documents in the format asked for, as the hub would send them;
 * identities come from the documents' envelopes, control numbers start afresh.
 */
final class DryRunWriter {

	private final CsvLayouts layouts;

	private final MappingFiles files;

	DryRunWriter(CsvLayouts layouts, MappingFiles files) {
		this.layouts = layouts;
		this.files = files;
	}

	record Written(List<String> outputs, List<DryRunProblem> problems) {
	}

	Written write(List<CanonicalDocument> documents, DryRun.Options options) {
		List<String> outputs = new ArrayList<>();
		List<DryRunProblem> problems = new ArrayList<>();
		EdifactWriter edifact = new EdifactWriter(new InMemoryControlNumbers(), Clock.systemUTC());
		X12Writer x12 = new X12Writer(new InMemoryControlNumbers(), Clock.systemUTC());
		for (CanonicalDocument document : documents) {
			String number = document.envelope().documentNumber();
			try {
				outputs.add(switch (options.to()) {
					case JSON -> CanonicalJson.write(document);
					case XML -> CanonicalXml.write(document);
					case CSV -> csv(document, options);
					case EDIFACT -> edifact(edifact, document, options);
					case X12 ->
						latin1(x12.write(document, X12Settings.of(identity(document, true), identity(document, false))
							.withQualifiers(X12Qualifiers.load(this.files, options.partner()))));
				});
			}
			catch (IllegalArgumentException | IllegalStateException ex) {
				problems.add(DryRunProblem.of(number, "OUTPUT",
						"Document " + number + " cannot be written as " + options.to() + ": " + ex.getMessage()));
			}
		}
		return new Written(outputs, problems);
	}

	private String csv(CanonicalDocument document, DryRun.Options options) {
		if (!(document instanceof Order order)) {
			throw new IllegalArgumentException("CSV layouts carry orders only");
		}
		if (options.layout() == null) {
			throw new IllegalArgumentException("name the CSV layout with --layout");
		}
		return new String(
				new CsvOrderWriter().write(List.of(order), this.layouts.layout(options.layout(), options.partner())),
				StandardCharsets.UTF_8);
	}

	private static String identity(CanonicalDocument document, boolean sender) {
		String identity = sender ? document.envelope().sender().identity() : document.envelope().receiver().identity();
		if (identity == null) {
			throw new IllegalArgumentException(
					"the " + (sender ? "sender" : "receiver") + " has no EDI identity (qualifier:id) in the envelope");
		}
		return identity;
	}

	private String edifact(EdifactWriter writer, CanonicalDocument document, DryRun.Options options) {
		EdifactSettings settings = EdifactSettings.of(identity(document, true), identity(document, false))
			.withQualifiers(EancomQualifiers.load(this.files, options.partner()));
		return text(writer.write(document, settings), settings);
	}

	/**
	 * An interchange as its receiver reads it: decoded in the character set its UNB01-1
	 * declares (UNOW as UTF-8, UNOC as ISO 8859-1, UNOA and UNOB as ASCII).
	 */
	static String text(byte[] interchange, EdifactSettings settings) {
		return new String(interchange, settings.charset());
	}

	/** X12 declares no character set; the writer keeps to ASCII. */
	private static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
