package io.tradehub.format;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One segment as read, with its position, for a later mapping step.
 *
 * @param tag the segment tag, for example {@code NAD}
 * @param position its position in the interchange, the interchange header being 1
 * @param line the line it starts on, or null when the input has no line breaks
 * @param elements its data elements in order; an element that was left out is empty
 */
public record EdiSegment(String tag, int position, @Nullable Integer line, List<EdiElement> elements) {

	public EdiSegment {
		elements = List.copyOf(elements);
	}

	/**
	 * The first component of the first occurrence of an element.
	 * @param position the element position, 1-based as in {@code NAD03}
	 * @return the value, or an empty string when the segment has no such element
	 */
	public String value(int position) {
		return (position <= this.elements.size()) ? this.elements.get(position - 1).value() : "";
	}

	/**
	 * One component of an element, both 1-based as in {@code NAD03-1}.
	 * @param position the element position
	 * @param component the component position
	 * @return the value, or an empty string when there is none
	 */
	public String component(int position, int component) {
		if (position > this.elements.size()) {
			return "";
		}
		List<String> components = this.elements.get(position - 1).components();
		return (component <= components.size()) ? components.get(component - 1) : "";
	}

}
