package io.tradehub.format.csv;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong in a CSV file, where it is and what to do about it, in words a partner
 * can act on.
 *
 * @param line the physical line in the file, from 1
 * @param column the column, from 1, or 0 when the problem is the whole line
 * @param columnName the column's name in the layout, or null with column 0
 * @param message what is wrong
 */
public record CsvProblem(int line, int column, @Nullable String columnName, String message) {

	static CsvProblem atLine(int line, String message) {
		return new CsvProblem(line, 0, null, message);
	}

	/** For example {@code line 3, column 2 (QUANTITY): '1O' is not a number}. */
	public String describe() {
		return (this.column == 0) ? "line " + this.line + ": " + this.message
				: "line " + this.line + ", column " + this.column + " (" + this.columnName + "): " + this.message;
	}

}
