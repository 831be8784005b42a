package io.tradehub.format.edifact;

import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * What mapping one EDIFACT message gave: the canonical document, or no document and the
 * positioned problems that kept it from being made.
 *
 * @param document the document, or null when there are problems
 * @param problems what is missing or wrong, each with its segment, position and element
 */
public record EdifactMapping(@Nullable CanonicalDocument document, List<ParseProblem> problems) {

	public EdifactMapping {
		problems = List.copyOf(problems);
		if (!problems.isEmpty()) {
			document = null;
		}
	}

	static EdifactMapping of(ParseProblem problem) {
		return new EdifactMapping(null, List.of(problem));
	}

}
