package io.tradehub.format.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import io.tradehub.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One row's cells read as canonical fields through its layout; a cell that cannot be read
 * adds a problem at its line and column and reads as null.
 */
final class CsvCells {

	private final CsvRows.Row row;

	private final CsvLayout layout;

	private final List<CsvProblem> problems;

	private final Pattern number;

	CsvCells(CsvRows.Row row, CsvLayout layout, List<CsvProblem> problems) {
		this.row = row;
		this.layout = layout;
		this.problems = problems;
		// Only the layout's decimal separator: with a decimal comma, '1.000' is
		// ambiguous.
		this.number = Pattern.compile("-?\\d+(" + Pattern.quote(String.valueOf(layout.decimal())) + "\\d+)?");
	}

	int line() {
		return this.row.line();
	}

	/**
	 * The field's text, or null when the layout has no column for it or the cell is
	 * empty.
	 */
	@Nullable String text(String field) {
		int index = this.layout.indexOf(field);
		return (index < 0) ? null : cell(index);
	}

	@Nullable String column(String columnName) {
		return cell(this.layout.columns().indexOf(columnName));
	}

	@Nullable BigDecimal decimal(String field, String what) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		if (!this.number.matcher(text).matches()) {
			problem(field, "'" + text + "' is not a " + what + " (a number with " + describe(this.layout.decimal())
					+ " before any decimals)");
			return null;
		}
		return new BigDecimal(text.replace(this.layout.decimal(), '.'));
	}

	@Nullable Money money(String field) {
		BigDecimal amount = decimal(field, "price");
		return (amount == null) ? null : new Money(amount, this.layout.currency());
	}

	@Nullable LocalDate date(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text, this.layout.dates());
		}
		catch (DateTimeParseException ex) {
			problem(field, "'" + text + "' is not a date in the form " + this.layout.datePattern());
			return null;
		}
	}

	/**
	 * Adds a problem at the field's column, or at the first product column for a missing
	 * one.
	 */
	void problem(String field, String message) {
		int index = this.layout.indexOf(field);
		this.problems.add((index < 0) ? CsvProblem.atLine(line(), message)
				: new CsvProblem(line(), index + 1, this.layout.columns().get(index), message));
	}

	private @Nullable String cell(int index) {
		if (index < 0) {
			return null;
		}
		String value = this.row.cells().get(index);
		return value.isBlank() ? null : value;
	}

	private static String describe(char decimal) {
		return (decimal == ',') ? "a comma" : "a point";
	}

}
