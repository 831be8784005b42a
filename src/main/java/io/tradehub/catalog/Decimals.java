package io.tradehub.catalog;

import java.math.BigDecimal;

/**
 * Numbers as the supplier entered them: the database keeps four decimals, a user reads
 * {@code 9.5} rather than {@code 9.5000} and {@code 100} rather than {@code 1E+2}.
 */
final class Decimals {

	private Decimals() {
	}

	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
