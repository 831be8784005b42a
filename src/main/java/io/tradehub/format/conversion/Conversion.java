package io.tradehub.format.conversion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.CanonicalJson;
import io.tradehub.document.Order;
import io.tradehub.document.Source;
import io.tradehub.format.ControlNumbers;
import io.tradehub.format.Detection;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Format;
import io.tradehub.format.FormatDetector;
import io.tradehub.format.MappingFiles;
import io.tradehub.format.csv.CsvContext;
import io.tradehub.format.csv.CsvLayouts;
import io.tradehub.format.csv.CsvOrderReader;
import io.tradehub.format.csv.CsvResult;
import io.tradehub.format.xml.CanonicalXml;
import io.tradehub.format.xml.XmlResult;

/**
 * Reads any file the hub accepts into canonical documents, and writes any canonical
 * document in the format a receiver wants, with the mappings of {@code mappings/} and a
 * partner's overrides. Thread-safe; problems are data, never exceptions.
 */
public final class Conversion {

	// Decimals stay as the sender wrote them: 12.50 must not become 12.5 or a double.
	private static final JsonMapper TREE = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.build();

	private final FormatDetector detector = new FormatDetector();

	private final EdiReader ediReader = new EdiReader();

	private final CsvLayouts layouts;

	private final EdiParts ediParts;

	private final DocumentWriter writer;

	private final Clock clock;

	private final Supplier<UUID> hubIds;

	/**
	 * @param mappings the mappings folder
	 * @param clock when documents are received and written
	 * @param hubIds gives each document read its hub id
	 */
	public Conversion(Path mappings, Clock clock, Supplier<UUID> hubIds) {
		MappingFiles files = new MappingFiles(mappings);
		this.layouts = new CsvLayouts(mappings);
		this.ediParts = new EdiParts(files, clock, hubIds);
		this.writer = new DocumentWriter(files, this.layouts, clock);
		this.clock = clock;
		this.hubIds = hubIds;
	}

	/**
	 * Reads one file: EDI split into its interchanges, each with its documents and
	 * problems; CSV (when the options name a layout), canonical XML and JSON as one part.
	 */
	public ReadFile read(String fileName, byte[] bytes, ReadOptions options) {
		Detection detection = this.detector
			.detect(Arrays.copyOf(bytes, Math.min(bytes.length, FormatDetector.PREFIX_LENGTH)));
		// A named layout says the file is CSV: one with bad rows is read as such, so each
		// row's problem is told.
		Format format = (options.csvLayout() != null && detection.format() == Format.UNRECOGNISED) ? Format.CSV
				: detection.format();
		return switch (format) {
			case EDIFACT, X12 -> edi(bytes, detection, options);
			case CSV -> csv(fileName, bytes, options);
			case XML -> xml(bytes);
			case JSON -> json(bytes, true);
			default -> new ReadFile(format, List.of(), List.of(FileProblem.of("UNRECOGNISED_FORMAT",
					"The file is not a format the hub reads: it looks like " + detection.description())));
		};
	}

	/**
	 * Reads canonical JSON the hub wrote itself (a portal user's action): its documents
	 * keep the hub ids they were built with, which their users were already told.
	 */
	public ReadFile readOwn(byte[] json) {
		return json(json, false);
	}

	/**
	 * Writes one document for its receiver.
	 * @throws IllegalArgumentException when the document cannot be written in that format
	 * (a CSV layout carries orders only, an identity the envelope refuses ...)
	 */
	public Written write(CanonicalDocument document, WriteOptions options, ControlNumbers controlNumbers) {
		return this.writer.write(document, options, controlNumbers);
	}

	private ReadFile edi(byte[] bytes, Detection detection, ReadOptions options) {
		EdiReading reading = this.ediReader.read(new ByteArrayInputStream(bytes), detection);
		return this.ediParts.parts(detection.format(), reading, options);
	}

	private ReadFile csv(String fileName, byte[] bytes, ReadOptions options) {
		if (options.csvLayout() == null) {
			return new ReadFile(Format.CSV, List.of(),
					List.of(FileProblem.of("CSV_LAYOUT",
							"A CSV file needs its layout: name one of mappings/csv (the dry run's --layout, a profile's"
									+ " CSV layout)")));
		}
		try {
			Source source = new Source(options.channel(), "CSV", fileName, null, this.clock.instant());
			CsvContext context = new CsvContext(options.sender(), options.receiver(), fileName, null, source,
					this.hubIds);
			CsvResult<Order> result = new CsvOrderReader().read(bytes,
					this.layouts.layout(options.csvLayout(), options.partner()), context);
			List<FileProblem> problems = result.problems().stream().map(FileProblem::of).toList();
			return new ReadFile(Format.CSV,
					List.of(new ReadFile.Part(null,
							problems.isEmpty() ? List.<CanonicalDocument>copyOf(result.documents()) : List.of(),
							problems, List.of())),
					List.of());
		}
		catch (IllegalArgumentException ex) {
			return new ReadFile(Format.CSV, List.of(), List.of(FileProblem.of("CSV_LAYOUT", ex.getMessage())));
		}
	}

	private ReadFile xml(byte[] bytes) {
		XmlResult result = CanonicalXml.read(new ByteArrayInputStream(bytes));
		if (result instanceof XmlResult.Read read) {
			CanonicalDocument document = read.document();
			return single(Format.XML, List.of(document.withEnvelope(document.envelope().withHubId(this.hubIds.get()))),
					List.of());
		}
		XmlResult.Refused refused = (XmlResult.Refused) result;
		return single(Format.XML, List.of(), List.of(FileProblem.of(refused.problem())));
	}

	/**
	 * Canonical JSON from a partner's system: each document gets the hub's own id,
	 * whatever id (or none) the sender put in its envelope, as EDI and CSV documents do;
	 * JSON the hub wrote itself keeps its ids ({@code newHubIds} false).
	 */
	private ReadFile json(byte[] bytes, boolean newHubIds) {
		String json = new String(bytes, StandardCharsets.UTF_8).strip();
		try {
			JsonNode tree = TREE.readTree(json);
			for (JsonNode document : tree.isArray() ? tree : List.of(tree)) {
				if (newHubIds && document.get("envelope") instanceof ObjectNode envelope) {
					envelope.put("hubId", this.hubIds.get().toString());
				}
			}
			String identified = TREE.writeValueAsString(tree);
			return single(Format.JSON,
					tree.isArray() ? CanonicalJson.readAll(identified) : List.of(CanonicalJson.read(identified)),
					List.of());
		}
		catch (JsonProcessingException ex) {
			JsonLocation at = ex.getLocation();
			return single(Format.JSON, List.of(),
					List.of(new FileProblem("JSON", null, null, (at != null) ? at.getLineNr() : null,
							(at != null) ? at.getColumnNr() : null, null, ex.getOriginalMessage())));
		}
		catch (IOException | IllegalArgumentException ex) {
			return single(Format.JSON, List.of(), List.of(FileProblem.of("JSON", String.valueOf(ex.getMessage()))));
		}
	}

	private static ReadFile single(Format format, List<CanonicalDocument> documents, List<FileProblem> problems) {
		return new ReadFile(format, List.of(new ReadFile.Part(null, documents, problems, List.of())), List.of());
	}

	static List<FileProblem> problems(List<io.tradehub.format.ParseProblem> problems) {
		List<FileProblem> converted = new ArrayList<>(problems.size());
		problems.forEach((problem) -> converted.add(FileProblem.of(problem)));
		return converted;
	}

}
