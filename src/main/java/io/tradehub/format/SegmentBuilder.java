package io.tradehub.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Collects one segment's elements from StAEDI's element events, placing each value by its
 * element, occurrence and component position.
 */
final class SegmentBuilder {

	private final String tag;

	private final int position;

	private final @Nullable Integer line;

	private final List<List<List<String>>> elements = new ArrayList<>();

	SegmentBuilder(String tag, int position, @Nullable Integer line) {
		this.tag = tag;
		this.position = position;
		this.line = line;
	}

	String tag() {
		return this.tag;
	}

	int position() {
		return this.position;
	}

	@Nullable Integer line() {
		return this.line;
	}

	/**
	 * @param element 1-based element position
	 * @param occurrence 1-based occurrence
	 * @param component 1-based component position, or less than 1 for a simple element
	 * @param value the (released) text
	 */
	void value(int element, int occurrence, int component, String value) {
		// Sized for the usual single occurrence and short composite: this runs for every
		// value read, and a default ArrayList reserves ten slots.
		List<List<String>> occurrences = grow(this.elements, element, () -> new ArrayList<>(1));
		List<String> components = grow(occurrences, Math.max(occurrence, 1), () -> new ArrayList<>(4));
		while (components.size() < Math.max(component, 1) - 1) {
			components.add("");
		}
		components.add(value);
	}

	EdiSegment build() {
		// Plain loops: this runs for every segment read, and streams cost more than the
		// copying. The builder is done with its lists, so they are filled in place and
		// EdiElement makes the one immutable copy.
		List<EdiElement> built = new ArrayList<>(this.elements.size());
		for (List<List<String>> occurrences : this.elements) {
			if (occurrences.isEmpty()) {
				built.add(EdiElement.EMPTY);
				continue;
			}
			for (int i = 0; i < occurrences.size(); i++) {
				if (occurrences.get(i).isEmpty()) {
					occurrences.set(i, List.of(""));
				}
			}
			built.add(new EdiElement(occurrences));
		}
		return new EdiSegment(this.tag, this.position, this.line, built);
	}

	private static <T> T grow(List<T> list, int position, Supplier<T> empty) {
		while (list.size() < position) {
			list.add(empty.get());
		}
		return list.get(position - 1);
	}

}
