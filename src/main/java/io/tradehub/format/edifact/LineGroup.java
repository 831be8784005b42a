package io.tradehub.format.edifact;

import java.util.List;
import java.util.Optional;

import io.tradehub.format.EdiSegment;

/**
 * One line of an EDIFACT message: its LIN segment and the segments that follow it up to
 * the next line or the summary.
 *
 * @param lin the LIN segment
 * @param segments the segments after LIN that belong to the line
 */
record LineGroup(EdiSegment lin, List<EdiSegment> segments) {

	LineGroup {
		segments = List.copyOf(segments);
	}

	/** The first segment of the line with this tag and this qualifier (element 1-1). */
	Optional<EdiSegment> find(String tag, String qualifier) {
		return find(this.segments, tag, qualifier);
	}

	static Optional<EdiSegment> find(List<EdiSegment> segments, String tag, String qualifier) {
		// A loop, not a stream: mapping asks this several times for every line.
		for (EdiSegment segment : segments) {
			if (segment.tag().equals(tag) && segment.component(1, 1).equals(qualifier)) {
				return Optional.of(segment);
			}
		}
		return Optional.empty();
	}

	static List<EdiSegment> all(List<EdiSegment> segments, String tag, String qualifier) {
		return segments.stream()
			.filter((segment) -> segment.tag().equals(tag) && segment.component(1, 1).equals(qualifier))
			.toList();
	}

}
