package io.tradehub.format.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tradehub.format.EdiMessage;
import io.tradehub.format.EdiSegment;

/**
 * An EDIFACT message cut into its header (up to the first LIN or CPS), its lines and its
 * trailer, the way the mapping table reads it.
 *
 * @param header the segments after UNH and before the first line or consignment
 * @param lines each LIN with the segments that belong to it
 * @param unh the UNH segment, where problems about the whole message are positioned
 * @param trailer the UNT segment, or the last segment read
 */
record MessageParts(List<EdiSegment> header, List<LineGroup> lines, EdiSegment unh, EdiSegment trailer) {

	/** Segments that end a line: the next line, a package level, the summary. */
	private static final Set<String> LINE_ENDS = Set.of("LIN", "CPS", "UNS", "CNT", "UNT");

	static MessageParts of(EdiMessage message) {
		List<EdiSegment> segments = message.segments();
		List<EdiSegment> header = new ArrayList<>();
		List<LineGroup> lines = new ArrayList<>();
		EdiSegment lin = null;
		List<EdiSegment> current = new ArrayList<>();
		boolean inHeader = true;
		for (EdiSegment segment : segments.subList(1, segments.size())) {
			String tag = segment.tag();
			if (LINE_ENDS.contains(tag)) {
				inHeader = false;
				if (lin != null) {
					lines.add(new LineGroup(lin, current));
					lin = null;
					current = new ArrayList<>();
				}
				if (tag.equals("LIN")) {
					lin = segment;
				}
			}
			else if (lin != null) {
				current.add(segment);
			}
			else if (inHeader) {
				header.add(segment);
			}
		}
		if (lin != null) {
			lines.add(new LineGroup(lin, current));
		}
		return new MessageParts(header, lines, segments.get(0), segments.get(segments.size() - 1));
	}

	/** The first header segment with this tag and qualifier (element 1-1). */
	Optional<EdiSegment> find(String tag, String qualifier) {
		return LineGroup.find(this.header, tag, qualifier);
	}

	/**
	 * A header DTM: only those before the first RFF or NAD, since later ones date a
	 * reference or a party.
	 */
	Optional<EdiSegment> date(String qualifier) {
		for (EdiSegment segment : this.header) {
			if (segment.tag().equals("RFF") || segment.tag().equals("NAD")) {
				break;
			}
			if (segment.tag().equals("DTM") && segment.component(1, 1).equals(qualifier)) {
				return Optional.of(segment);
			}
		}
		return Optional.empty();
	}

	/** The header RFFs before the first NAD (the references of the document). */
	List<EdiSegment> references() {
		List<EdiSegment> references = new ArrayList<>();
		for (EdiSegment segment : this.header) {
			if (segment.tag().equals("NAD")) {
				break;
			}
			if (segment.tag().equals("RFF")) {
				references.add(segment);
			}
		}
		return references;
	}

	Optional<EdiSegment> bgm() {
		return this.header.stream().filter((segment) -> segment.tag().equals("BGM")).findFirst();
	}

}
