package io.tradehub.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong in an imported CSV file, where it is and what is wrong, in words the
 * supplier can act on.
 *
 * @param line the physical line of the file, from 1 (the header row is line 1)
 * @param column the column, from 1, or 0 when the problem is the whole line
 * @param columnName the column's name in the header, or null with column 0
 * @param message what is wrong
 */
public record ImportProblem(int line, int column, @Nullable String columnName, String message) {

	static ImportProblem atLine(int line, String message) {
		return new ImportProblem(line, 0, null, message);
	}

}
