package io.tradehub.format.x12;

import java.util.List;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * What mapping one X12 transaction set gave: its canonical document, or the positioned
 * problems that kept it from being one.
 *
 * @param document the document, null when there are problems
 * @param problems what is wrong, in segment order
 */
public record X12Result(@Nullable CanonicalDocument document, List<ParseProblem> problems) {

	public X12Result {
		problems = List.copyOf(problems);
	}

	public boolean ok() {
		return this.document != null && this.problems.isEmpty();
	}

}
