package io.tradehub.format.conversion;

import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.Format;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * What reading one file gave: its format and its parts, each with the documents read and
 * the problems found.
 *
 * @param format the format detected (or named by a CSV layout)
 * @param parts one per interchange for EDI; a single part for CSV, XML and JSON
 * @param problems problems of the file as a whole (unrecognised format, no CSV layout, a
 * partner's mapping file that cannot be used)
 */
public record ReadFile(Format format, List<Part> parts, List<FileProblem> problems) {

	public ReadFile {
		parts = List.copyOf(parts);
		problems = List.copyOf(problems);
	}

	/** Every document of every part, in file order. */
	public List<CanonicalDocument> documents() {
		return this.parts.stream().flatMap((part) -> part.documents().stream()).toList();
	}

	/** Every problem, the file's first, then each part's in file order. */
	public List<FileProblem> allProblems() {
		return java.util.stream.Stream
			.concat(this.problems.stream(), this.parts.stream().flatMap((part) -> part.problems().stream()))
			.toList();
	}

	/**
	 * One interchange of an EDI file, or the whole of any other file.
	 *
	 * @param interchange the EDI interchange's envelope, null for other formats
	 * @param documents the documents read without problems
	 * @param problems what kept documents from being read
	 * @param ediProblems the same problems as EDI reported them, for a CONTRL, 997 or 999
	 */
	public record Part(@Nullable Interchange interchange, List<CanonicalDocument> documents, List<FileProblem> problems,
			List<ParseProblem> ediProblems) {

		public Part {
			documents = List.copyOf(documents);
			problems = List.copyOf(problems);
			ediProblems = List.copyOf(ediProblems);
		}

	}

}
