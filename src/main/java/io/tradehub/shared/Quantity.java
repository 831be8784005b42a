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

	public static Quantity of(String value, String unit) {
		return new Quantity(new BigDecimal(value), unit);
	}

}
