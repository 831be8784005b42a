package io.tradehub.format.ack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An element's position in its segment and, for a composite, the component's: what CONTRL
 * UCD S011 and X12 AK401/IK401 report, and what {@code NAD03-1} says.
 *
 * @param element 1-based, the tag not counted
 * @param component 1-based, or 0 for a whole element
 */
record ElementPosition(int element, int component) {

	private static final Pattern POSITION = Pattern.compile("(\\d{1,3})(?:-(\\d{1,3}))?.*");

	/**
	 * The position a problem's element reference gives, as {@code UNT01} or
	 * {@code NAD03-1} for the segment tag, or null when it names none.
	 */
	static @Nullable ElementPosition of(@Nullable String tag, @Nullable String reference) {
		if (reference == null) {
			return null;
		}
		String rest = (tag != null && reference.startsWith(tag)) ? reference.substring(tag.length()) : reference;
		Matcher matcher = POSITION.matcher(rest);
		if (!matcher.matches()) {
			return null;
		}
		int component = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
		return new ElementPosition(Integer.parseInt(matcher.group(1)), component);
	}

	/**
	 * As the acknowledgements write it: the element and, when there is one, the
	 * component.
	 */
	String[] components() {
		return (this.component > 0) ? new String[] { Integer.toString(this.element), Integer.toString(this.component) }
				: new String[] { Integer.toString(this.element) };
	}

	/** {@code NAD03-1}, or {@code 03-1} when the segment is not known. */
	String reference(@Nullable String tag) {
		String reference = ((tag != null) ? tag : "") + "%02d".formatted(this.element);
		return (this.component > 0) ? reference + "-" + this.component : reference;
	}

	/** Reads a reported position (UCD S011, AK401), or null when it is not numeric. */
	static @Nullable ElementPosition parse(String element, String component) {
		try {
			return new ElementPosition(Integer.parseInt(element.strip()),
					component.isBlank() ? 0 : Integer.parseInt(component.strip()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
