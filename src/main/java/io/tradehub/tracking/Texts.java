package io.tradehub.tracking;

import org.jspecify.annotations.Nullable;

/**
 * Cuts partner-supplied text to its column, so a long reason or name never fails the
 * write that records it.
 */
final class Texts {

	private Texts() {
	}

	static @Nullable String cut(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** The last path segment of a file name, without control characters. */
	static String fileName(String name) {
		String last = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
		String cut = cut(last.isBlank() ? "unnamed" : last, 255);
		return (cut != null) ? cut : "unnamed";
	}

}
