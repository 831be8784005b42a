package io.tradehub.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the separator of delimited text: the candidate that occurs, outside quotes, the
 * same number of times (at least once) on every line.
 */
final class CsvDelimiters {

	private static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');

	private CsvDelimiters() {
	}

	/**
	 * @param text the start of the file
	 * @param truncated whether the text is only the start, so its last line may be cut
	 */
	static Detection detect(String text, boolean truncated) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n")));
		if (truncated && lines.size() > 1) {
			lines.remove(lines.size() - 1);
		}
		lines.removeIf(String::isBlank);
		char best = 0;
		int bestCount = 0;
		for (char candidate : CANDIDATES) {
			int count = consistentCount(lines, candidate);
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		if (bestCount == 0) {
			return Detection.unrecognised("text without EDI envelope, markup or a consistent delimiter");
		}
		return new Detection(Format.CSV, best, "CSV separated by " + name(best));
	}

	/** The separator count shared by every line, or 0 when lines disagree. */
	private static int consistentCount(List<String> lines, char delimiter) {
		int shared = -1;
		for (String line : lines) {
			int count = countOutsideQuotes(line, delimiter);
			if (count == 0 || (shared >= 0 && count != shared)) {
				return 0;
			}
			shared = count;
		}
		return Math.max(shared, 0);
	}

	private static int countOutsideQuotes(String line, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

	private static String name(char delimiter) {
		return switch (delimiter) {
			case '\t' -> "tab";
			case ';' -> "semicolon";
			case '|' -> "pipe";
			default -> "comma";
		};
	}

}
