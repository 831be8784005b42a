package io.tradehub.format;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads groups and message headers from their segments (UNG, GS, UNH, ST).
 */
final class Envelopes {

	private Envelopes() {
	}

	/** A composite identity such as UNB02 {@code 5412345000013:14}. */
	static Party party(EdiSegment segment, int element) {
		String qualifier = segment.component(element, 2);
		return new Party(segment.component(element, 1), qualifier.isEmpty() ? null : qualifier);
	}

	static EdiGroup group(EdiSegment header) {
		if (header.tag().equals("UNG")) {
			List<String> version = (header.elements().size() >= 7) ? header.elements().get(6).components() : List.of();
			return new EdiGroup(header.value(1), party(header, 2), party(header, 3), header.value(5),
					String.join(":", version));
		}
		return new EdiGroup(header.value(1), new Party(header.value(2), null), new Party(header.value(3), null),
				header.value(6), header.value(8));
	}

	static String messageReference(EdiSegment header) {
		return header.tag().equals("UNH") ? header.value(1) : header.value(2);
	}

	static EdiMessage message(String standard, List<EdiSegment> segments, @Nullable EdiGroup group) {
		EdiSegment header = segments.get(0);
		return switch (header.tag()) {
			case "UNH" ->
				new EdiMessage(standard, header.component(2, 1), header.component(2, 2), header.component(2, 3),
						header.component(2, 4), header.component(2, 5), header.value(1), group, segments);
			case "ST" -> new EdiMessage(standard, header.value(1), x12Version(header, group), "", "", "",
					header.value(2), group, segments);
			default -> new EdiMessage(standard, header.tag(), "", "", "", "", header.value(1), group, segments);
		};
	}

	/**
	 * GS08 names the version; ST03 (5010 implementation reference) when there is no
	 * group.
	 */
	private static String x12Version(EdiSegment header, @Nullable EdiGroup group) {
		return (group != null && !group.version().isEmpty()) ? group.version() : header.value(3);
	}

}
