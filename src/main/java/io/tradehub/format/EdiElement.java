package io.tradehub.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A data element: a simple element is one occurrence of one component, a composite has
 * several components, and a repeated element (syntax 4 or X12 repetition separator) has
 * several occurrences.
 *
 * @param occurrences each occurrence's components, never empty
 */
public record EdiElement(List<List<String>> occurrences) {

	static final EdiElement EMPTY = new EdiElement(List.of(List.of("")));

	public EdiElement {
		occurrences = immutableCopy(occurrences);
	}

	/**
	 * Runs for every element read, so the usual single occurrence is copied once, not
	 * twice; List.copyOf keeps a list that is immutable already.
	 */
	private static List<List<String>> immutableCopy(List<List<String>> occurrences) {
		if (occurrences.size() == 1) {
			return List.of(List.copyOf(occurrences.get(0)));
		}
		List<List<String>> copies = new ArrayList<>(occurrences.size());
		for (List<String> components : occurrences) {
			copies.add(List.copyOf(components));
		}
		return List.copyOf(copies);
	}

	/** The components of the first occurrence. */
	public List<String> components() {
		return this.occurrences.get(0);
	}

	/**
	 * The first component of the first occurrence, the whole value of a simple element.
	 */
	public String value() {
		List<String> components = components();
		return components.isEmpty() ? "" : components.get(0);
	}

}
