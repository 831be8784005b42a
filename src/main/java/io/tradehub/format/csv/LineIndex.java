package io.tradehub.format.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns a character position in a text into its physical line, counting LF, CRLF and a
 * lone CR as line ends, so a record with quoted line breaks still names the line it
 * starts on.
 */
final class LineIndex {

	private final List<Long> starts = new ArrayList<>();

	private final long length;

	LineIndex(String text) {
		this.starts.add(0L);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				this.starts.add((long) i + 1);
			}
		}
		this.length = text.length();
	}

	/** The 1-based line holding the character at that 0-based position. */
	int lineAt(long position) {
		int found = Collections.binarySearch(this.starts, position);
		return (found >= 0) ? found + 1 : -found - 1;
	}

	long length() {
		return this.length;
	}

}
