package io.tradehub.format.dryrun;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.InMemoryControlNumbers;
import io.tradehub.format.conversion.Conversion;
import io.tradehub.format.conversion.OutputFormat;
import io.tradehub.format.conversion.ReadFile;
import io.tradehub.format.conversion.ReadOptions;
import io.tradehub.format.conversion.WriteOptions;
import io.tradehub.shared.HubIds;
import org.jspecify.annotations.Nullable;

/**
 * Reads partners' files as the hub would, without sending anything: the canonical
 * documents they hold and the outbound files they would become, or every problem with its
 * position. Needs no database, broker or Spring.
 */
public final class DryRun {

	private static final String CHANNEL = "dry-run";

	private final Conversion conversion;

	public DryRun(Path mappings) {
		this.conversion = new Conversion(mappings, Clock.systemUTC(), HubIds::next);
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

		JSON(OutputFormat.JSON), XML(OutputFormat.XML), CSV(OutputFormat.CSV), EDIFACT(OutputFormat.EDIFACT_D96A),
		X12(OutputFormat.X12_4010);

		private final OutputFormat format;

		Target(OutputFormat format) {
			this.format = format;
		}

	}

	/** A file to read. */
	public record Input(String name, byte[] bytes) {
	}

	public DryRunResult run(List<Input> inputs, Options options) {
		List<CanonicalDocument> documents = new ArrayList<>();
		List<DryRunProblem> problems = new ArrayList<>();
		ReadOptions read = ReadOptions.of(CHANNEL).withPartner(options.partner()).withCsvLayout(options.layout());
		for (Input input : inputs) {
			ReadFile file = this.conversion.read(input.name(), input.bytes(), read);
			documents.addAll(file.documents());
			file.allProblems().forEach((problem) -> problems.add(DryRunProblem.of(input.name(), problem)));
		}
		if (!problems.isEmpty()) {
			return new DryRunResult(List.of(), List.of(), problems);
		}
		if (options.to() == null) {
			return new DryRunResult(documents, List.of(), List.of());
		}
		return write(documents, options);
	}

	/** Identities come from the documents' envelopes; control numbers start afresh. */
	private DryRunResult write(List<CanonicalDocument> documents, Options options) {
		WriteOptions write = WriteOptions.of(options.to().format)
			.withPartner(options.partner())
			.withCsvLayout(options.layout());
		InMemoryControlNumbers numbers = new InMemoryControlNumbers();
		List<String> outputs = new ArrayList<>();
		List<DryRunProblem> problems = new ArrayList<>();
		for (CanonicalDocument document : documents) {
			String number = document.envelope().documentNumber();
			try {
				outputs.add(this.conversion.write(document, write, numbers).text());
			}
			catch (IllegalArgumentException | IllegalStateException ex) {
				problems.add(DryRunProblem.of(number, "OUTPUT",
						"Document " + number + " cannot be written as " + options.to() + ": " + ex.getMessage()));
			}
		}
		return problems.isEmpty() ? new DryRunResult(documents, outputs, List.of())
				: new DryRunResult(List.of(), List.of(), problems);
	}

}
