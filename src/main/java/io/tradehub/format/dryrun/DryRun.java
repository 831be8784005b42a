package io.tradehub.format.dryrun;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.Detection;
import io.tradehub.format.EdiReader;
import io.tradehub.format.EdiReading;
import io.tradehub.format.Format;
import io.tradehub.format.FormatDetector;
import io.tradehub.format.MappingFiles;
import io.tradehub.format.csv.CsvLayouts;
import io.tradehub.format.csv.CsvOrderReader;
import io.tradehub.format.csv.CsvResult;
import io.tradehub.format.xml.CanonicalXml;
import io.tradehub.format.xml.XmlResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads partners' files as the hub would, without sending anything: the canonical
 * documents they hold and the outbound files they would become, or every problem with its
 * position. Needs no database, broker or Spring.
 */
public final class DryRun {

	private final FormatDetector detector = new FormatDetector();

	private final EdiReader ediReader = new EdiReader();

	private final MappingFiles files;

	private final CsvLayouts layouts;

	private final DryRunWriter writer;

	private final EdiDocuments ediDocuments;

	public DryRun(Path mappings) {
		this.files = new MappingFiles(mappings);
		this.layouts = new CsvLayouts(mappings);
		this.writer = new DryRunWriter(this.layouts, this.files);
		this.ediDocuments = new EdiDocuments(this.files);
	}

	/**
	 * @param partner the partner whose mapping overrides apply, or null for the standard
	 * mappings
	 * @param layout the CSV layout, for CSV input or output
	 * @param to the format to write the documents in, or null for canonical JSON only
	 */
	public record Options(@Nullable String partner, @Nullable String layout, @Nullable Target to) {
	}

	/** The formats a dry run writes. */
	public enum Target {

		JSON, XML, CSV, EDIFACT, X12

	}

	/** A file to read. */
	public record Input(String name, byte[] bytes) {
	}

	public DryRunResult run(List<Input> inputs, Options options) {
		List<CanonicalDocument> documents = new ArrayList<>();
		List<DryRunProblem> problems = new ArrayList<>();
		for (Input input : inputs) {
			read(input, options, documents, problems);
		}
		if (!problems.isEmpty()) {
			return new DryRunResult(List.of(), List.of(), problems);
		}
		if (options.to() == null) {
			return new DryRunResult(documents, List.of(), List.of());
		}
		DryRunWriter.Written written = this.writer.write(documents, options);
		return written.problems().isEmpty() ? new DryRunResult(documents, written.outputs(), List.of())
				: new DryRunResult(List.of(), List.of(), written.problems());
	}

	private void read(Input input, Options options, List<CanonicalDocument> documents, List<DryRunProblem> problems) {
		Detection detection = this.detector
			.detect(Arrays.copyOf(input.bytes(), Math.min(input.bytes().length, FormatDetector.PREFIX_LENGTH)));
		// A named layout says the file is CSV: one with bad rows is read as such, so each
		// row's problem is told.
		Format format = (options.layout() != null && detection.format() == Format.UNRECOGNISED) ? Format.CSV
				: detection.format();
		switch (format) {
			case JSON -> JsonDocuments.read(input, documents, problems);
			case XML -> {
				XmlResult result = CanonicalXml.read(new ByteArrayInputStream(input.bytes()));
				if (result instanceof XmlResult.Read read) {
					documents.add(read.document());
				}
				else if (result instanceof XmlResult.Refused refused) {
					problems.add(DryRunProblem.of(input.name(), refused.problem()));
				}
			}
			case CSV -> readCsv(input, options, documents, problems);
			case EDIFACT, X12 -> readEdi(input, detection, options, documents, problems);
			default -> problems.add(DryRunProblem.of(input.name(), "UNRECOGNISED_FORMAT",
					"The file is not a format the hub reads: it looks like " + detection.description()));
		}
	}

	private void readCsv(Input input, Options options, List<CanonicalDocument> documents,
			List<DryRunProblem> problems) {
		if (options.layout() == null) {
			problems.add(DryRunProblem.of(input.name(), "CSV_LAYOUT",
					"A CSV file needs its layout: name one of mappings/csv with --layout"));
			return;
		}
		try {
			CsvResult<io.tradehub.document.Order> result = new CsvOrderReader().read(input.bytes(),
					this.layouts.layout(options.layout(), options.partner()), DryRunContexts.csv(input.name()));
			documents.addAll(result.documents());
			result.problems().forEach(problem -> problems.add(DryRunProblem.of(input.name(), problem)));
		}
		catch (IllegalArgumentException ex) {
			problems.add(DryRunProblem.of(input.name(), "CSV_LAYOUT", ex.getMessage()));
		}
	}

	private void readEdi(Input input, Detection detection, Options options, List<CanonicalDocument> documents,
			List<DryRunProblem> problems) {
		EdiReading reading = this.ediReader.read(new ByteArrayInputStream(input.bytes()), detection);
		reading.problems().forEach(problem -> problems.add(DryRunProblem.of(input.name(), problem)));
		if (reading.problems().isEmpty()) {
			this.ediDocuments.map(reading, options.partner(), input.name(), documents, problems);
		}
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
