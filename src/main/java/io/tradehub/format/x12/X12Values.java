package io.tradehub.format.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem.Kind;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Reads X12 numbers, dates, quantities and amounts into canonical values, reporting a
 * positioned problem for a value that is not what its element promises.
 */
final class X12Values {

	private X12Values() {
	}

	static @Nullable BigDecimal number(X12Transaction tx, EdiSegment segment, int element, String what) {
		String value = X12Transaction.text(segment, element);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			tx.problem(Kind.INVALID_ELEMENT, segment, element, X12Transaction.reference(segment, element) + " '" + value
					+ "' is not a number; the " + what + " must be written like 24 or 2.5");
			return null;
		}
	}

	/** A CCYYMMDD date, null when the element is empty. */
	static @Nullable LocalDate date(X12Transaction tx, EdiSegment segment, int element, String what) {
		String value = X12Transaction.text(segment, element);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
		}
		catch (DateTimeParseException ex) {
			tx.problem(Kind.INVALID_ELEMENT, segment, element, X12Transaction.reference(segment, element) + " '" + value
					+ "' is not a date; the " + what + " must be written CCYYMMDD, like 20261123");
			return null;
		}
	}

	/** A quantity from its number and unit elements, both required. */
	static @Nullable Quantity quantity(X12Transaction tx, EdiSegment segment, int element, String what) {
		if (tx.required(segment, element, what) == null) {
			return null;
		}
		BigDecimal value = number(tx, segment, element, what);
		String unit = tx.required(segment, element + 1, "the unit of measure of the " + what);
		return (value != null && unit != null) ? new Quantity(value, unit(unit)) : null;
	}

	/** A quantity when its number element is given, else null. */
	static @Nullable Quantity optionalQuantity(X12Transaction tx, EdiSegment segment, int element, String what) {
		return (X12Transaction.text(segment, element) != null) ? quantity(tx, segment, element, what) : null;
	}

	static @Nullable Money money(X12Transaction tx, EdiSegment segment, int element, String what) {
		BigDecimal amount = number(tx, segment, element, what);
		return (amount != null) ? new Money(amount, X12Parties.currency(tx)) : null;
	}

	/** The X12 units the writer translates, back to UN/ECE Recommendation 20 (355). */
	static String unit(String unit) {
		return switch (unit) {
			case "EA" -> "PCE";
			case "KG" -> "KGM";
			case "LT" -> "LTR";
			default -> unit;
		};
	}

	/** The freight charge of a SAC*C*D240, whose SAC05 has two implied decimals. */
	static @Nullable Money freight(X12Transaction tx, java.util.List<EdiSegment> segments) {
		for (EdiSegment sac : segments) {
			if (sac.tag().equals("SAC") && sac.value(1).equals("C") && sac.value(2).equals("D240")) {
				BigDecimal cents = number(tx, sac, 5, "freight charge");
				return (cents != null) ? new Money(cents.movePointLeft(2), X12Parties.currency(tx)) : null;
			}
		}
		return null;
	}

}
