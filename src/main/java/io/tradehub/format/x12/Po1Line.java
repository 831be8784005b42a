package io.tradehub.format.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem.Kind;
import org.jspecify.annotations.Nullable;

/**
 * One PO1 loop of an 840, 843, 850 or 855: the PO1, the segments up to the next line, and
 * the line number it gets.
 *
 * @param po1 the PO1 segment
 * @param following the segments of its loop after it (PID, ACK ...)
 * @param lineNumber PO101 when the lines are numbered 1, 2 ... distinctly, else its place
 */
record Po1Line(EdiSegment po1, List<EdiSegment> following, int lineNumber) {

	private static final Set<String> LINE_ENDS = Set.of("PO1", "CTT", "AMT", "SE");

	/** The PO1 loops, with a problem at SE when there is none and one is required. */
	static List<Po1Line> of(X12Transaction tx, boolean required) {
		List<EdiSegment> segments = tx.segments();
		List<Integer> indexes = new ArrayList<>();
		List<@Nullable String> sent = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			if (segments.get(i).tag().equals("PO1")) {
				indexes.add(i);
				sent.add(X12Transaction.text(segments.get(i), 1));
			}
		}
		if (indexes.isEmpty() && required) {
			tx.problem(Kind.MISSING_SEGMENT, tx.se(), null,
					"The " + tx.message.type() + " has no PO1 line; it needs at least one");
		}
		List<Integer> numbers = X12Lines.numbers(sent);
		List<Po1Line> lines = new ArrayList<>();
		for (int n = 0; n < indexes.size(); n++) {
			int index = indexes.get(n);
			lines.add(new Po1Line(segments.get(index), X12Lines.until(segments, index, LINE_ENDS), numbers.get(n)));
		}
		return lines;
	}

	/** The product from PO106 on, with the PID description. */
	@Nullable ProductRef product(X12Transaction tx) {
		return X12Lines.product(tx, this.po1, 6, X12Lines.description(this.following));
	}

	/** The first following segment with this tag. */
	Optional<EdiSegment> next(String tag) {
		return this.following.stream().filter((segment) -> segment.tag().equals(tag)).findFirst();
	}

}
