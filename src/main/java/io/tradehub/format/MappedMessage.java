package io.tradehub.format;

import java.util.List;

import io.tradehub.document.CanonicalDocument;
import org.jspecify.annotations.Nullable;

/**
 * What mapping one EDI message gave: its canonical document, or no document and the
 * positioned problems that kept it from being made.
 *
 * @param document the document, or null when there are problems
 * @param problems what is missing or wrong, each with its segment, position and element,
 * in segment order
 */
public record MappedMessage(@Nullable CanonicalDocument document, List<ParseProblem> problems) {

	public MappedMessage {
		problems = List.copyOf(problems);
		if (!problems.isEmpty()) {
			document = null;
		}
	}

	public static MappedMessage of(ParseProblem problem) {
		return new MappedMessage(null, List.of(problem));
	}

	public boolean ok() {
		return this.document != null;
	}

}
