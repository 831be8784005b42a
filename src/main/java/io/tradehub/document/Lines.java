package io.tradehub.document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Checks shared by every document's lines.
 */
final class Lines {

	private Lines() {
	}

	/**
	 * Copies the lines, refusing an empty list and a line number used twice (answers and
	 * shipments refer to lines by number).
	 */
	static <T> List<T> checked(List<T> lines, ToIntFunction<T> number, String document) {
		if (lines == null || lines.isEmpty()) {
			throw new IllegalArgumentException(document + " needs at least one line");
		}
		Set<Integer> seen = new HashSet<>();
		for (T line : lines) {
			int lineNumber = number.applyAsInt(line);
			if (lineNumber < 1 || !seen.add(lineNumber)) {
				throw new IllegalArgumentException(document + " has line number " + lineNumber
						+ (lineNumber < 1 ? "; line numbers start at 1" : " twice"));
			}
		}
		return List.copyOf(lines);
	}

}
