package io.tradehub.format.conversion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.format.ControlNumbers;
import io.tradehub.format.MappingFiles;
import io.tradehub.format.csv.CsvLayout;
import io.tradehub.format.csv.CsvLayouts;
import io.tradehub.format.csv.CsvOrderWriter;
import io.tradehub.format.edifact.EancomQualifiers;
import io.tradehub.format.edifact.EdifactSettings;
import io.tradehub.format.edifact.EdifactVersion;
import io.tradehub.format.edifact.EdifactWriter;
import io.tradehub.format.x12.X12Qualifiers;
import io.tradehub.format.x12.X12Settings;
import io.tradehub.format.x12.X12Version;
import io.tradehub.format.x12.X12Writer;
import io.tradehub.format.xml.CanonicalXml;

/**
 * Writes a canonical document in a receiver's format, the interchange identities taken
 * from the document's envelope.
 */
final class DocumentWriter {

	private final MappingFiles files;

	private final CsvLayouts layouts;

	private final Clock clock;

	DocumentWriter(MappingFiles files, CsvLayouts layouts, Clock clock) {
		this.files = files;
		this.layouts = layouts;
		this.clock = clock;
	}

	Written write(CanonicalDocument document, WriteOptions options, ControlNumbers numbers) {
		String name = FileNames.of(document);
		return switch (options.format()) {
			case EDIFACT_D96A, EDIFACT_D01B -> edifact(document, options, numbers, name);
			case X12_4010, X12_5010 -> x12(document, options, numbers, name);
			case CSV -> csv(document, options, name);
			case XML -> new Written(name + ".xml", CanonicalXml.write(document).getBytes(StandardCharsets.UTF_8),
					"application/xml", StandardCharsets.UTF_8);
			case JSON -> new Written(name + ".json", CanonicalJson.write(document).getBytes(StandardCharsets.UTF_8),
					"application/json", StandardCharsets.UTF_8);
		};
	}

	private Written edifact(CanonicalDocument document, WriteOptions options, ControlNumbers numbers, String name) {
		EdifactSettings settings = EdifactSettings.of(identity(document, true), identity(document, false))
			.withVersion((options.format() == OutputFormat.EDIFACT_D01B) ? EdifactVersion.D01B : EdifactVersion.D96A)
			.withQualifiers(EancomQualifiers.load(this.files, options.partner()));
		if (options.syntaxId() != null || options.test()) {
			String syntaxId = (options.syntaxId() != null) ? options.syntaxId() : settings.syntaxId();
			// UTF-8 (UNOW) and UCS (UNOY) exist from syntax version 4 on.
			int syntaxVersion = (syntaxId.equals("UNOW") || syntaxId.equals("UNOY")) ? 4 : settings.syntaxVersion();
			settings = new EdifactSettings(settings.sender(), settings.receiver(), syntaxId, syntaxVersion,
					settings.version(), settings.separators(), options.test(), settings.lineBreaks(),
					settings.qualifiers());
		}
		byte[] bytes = new EdifactWriter(numbers, this.clock).write(document, settings);
		return new Written(name + ".edi", bytes, "application/EDIFACT", settings.charset());
	}

	private Written x12(CanonicalDocument document, WriteOptions options, ControlNumbers numbers, String name) {
		X12Settings settings = X12Settings.of(identity(document, true), identity(document, false))
			.withVersion((options.format() == OutputFormat.X12_5010) ? X12Version.V5010 : X12Version.V4010)
			.withQualifiers(X12Qualifiers.load(this.files, options.partner()));
		byte[] bytes = new X12Writer(numbers, this.clock).write(document, settings);
		// X12 declares no character set; the writer keeps to ASCII.
		return new Written(name + ".x12", bytes, "application/EDI-X12", StandardCharsets.ISO_8859_1);
	}

	private Written csv(CanonicalDocument document, WriteOptions options, String name) {
		if (!(document instanceof Order order)) {
			throw new IllegalArgumentException("CSV layouts carry orders only, not " + document.type());
		}
		if (options.csvLayout() == null) {
			throw new IllegalArgumentException("a CSV receiver needs its layout (one of mappings/csv)");
		}
		CsvLayout layout = this.layouts.layout(options.csvLayout(), options.partner());
		return new Written(name + ".csv", new CsvOrderWriter().write(List.of(order), layout), "text/csv",
				layout.charset());
	}

	private static String identity(CanonicalDocument document, boolean sender) {
		String identity = sender ? document.envelope().sender().identity() : document.envelope().receiver().identity();
		if (identity == null) {
			throw new IllegalArgumentException(
					"the " + (sender ? "sender" : "receiver") + " has no EDI identity (qualifier:id) in the envelope");
		}
		return identity;
	}

}
