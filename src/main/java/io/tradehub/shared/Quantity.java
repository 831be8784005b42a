package io.tradehub.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity in a unit of measure, given as a UN/ECE Recommendation 20 code ({@code PCE}
 * pieces, {@code KGM} kilograms, {@code CT} cartons ...), the code EDIFACT and X12
 * mappings translate to.
 */
public record Quantity(BigDecimal value, String unit) {

	public Quantity {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(unit, "unit");
		if (unit.isBlank()) {
			throw new IllegalArgumentException("A quantity needs a unit of measure");
		}
	}

	/**
	 * The digits before the decimal point the hub records: it keeps quantities as
	 * numeric(19, 4).
	 */
	public static final int RECORDED_WHOLE_DIGITS = 15;

	/**
	 * Whether the hub can record the value: a larger one fails in the database, long
	 * after its sender could be told why.
	 */
	public static boolean recordable(BigDecimal value) {
		return wholeDigits(value) <= RECORDED_WHOLE_DIGITS;
	}

	/** The digits of the value before its decimal point. */
	public static int wholeDigits(BigDecimal value) {
		return value.precision() - value.scale();
	}

	public static Quantity of(String value, String unit) {
		return new Quantity(new BigDecimal(value), unit);
	}

}
