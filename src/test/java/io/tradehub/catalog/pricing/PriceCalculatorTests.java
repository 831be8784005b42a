package io.tradehub.catalog.pricing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import io.tradehub.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's price against a table worked out by hand: tiers, markups up and down,
 * HALF_EVEN ties, and currencies with no and with three decimals.
 */
class PriceCalculatorTests {

	@ParameterizedTest(name = "base {0} {1}, tiers [{2}], {3} units, markup {4}% -> {5}")
	@CsvSource(delimiter = '|', textBlock = """
			# base  | cur | tiers (from=price ...)     | qty   | markup | expected
			10.00   | EUR |                            | 1     | 0      | 10.00
			10.00   | EUR |                            | 500   | 0      | 10.00
			10.00   | EUR | 1=9.50 10=9.00 100=8.25    | 1     | 0      | 9.50
			10.00   | EUR | 1=9.50 10=9.00 100=8.25    | 9.999 | 0      | 9.50
			10.00   | EUR | 1=9.50 10=9.00 100=8.25    | 10    | 0      | 9.00
			10.00   | EUR | 100=8.25 1=9.50 10=9.00    | 99    | 0      | 9.00
			10.00   | EUR | 1=9.50 10=9.00 100=8.25    | 100   | 0      | 8.25
			10.00   | EUR | 1=9.50 10=9.00 100=8.25    | 5000  | 0      | 8.25
			# below the lowest tier: the base price
			10.00   | EUR | 10=9.00                    | 5     | 0      | 10.00
			# 9.00 x 1.10 = 9.90; 8.25 x 1.15 = 9.4875; 9.50 x 0.80 = 7.60
			10.00   | EUR | 1=9.50 10=9.00 100=8.25    | 10    | 10     | 9.90
			10.00   | EUR | 1=9.50 10=9.00 100=8.25    | 100   | 15     | 9.49
			10.00   | EUR | 1=9.50 10=9.00 100=8.25    | 1     | -20    | 7.60
			10.00   | EUR | 1=9.50                     | 1     | -100   | 0.00
			# HALF_EVEN ties: to the even cent
			0.125   | EUR |                            | 1     | 0      | 0.12
			0.135   | EUR |                            | 1     | 0      | 0.14
			# 0.10 x 1.25 = 0.125; 0.12 x 1.125 = 0.135
			0.10    | EUR |                            | 1     | 25     | 0.12
			0.12    | EUR |                            | 1     | 12.5   | 0.14
			# 0.25 x 0.50 = 0.125; 0.45 x 0.30 = 0.135
			0.25    | EUR |                            | 1     | -50    | 0.12
			0.45    | EUR |                            | 1     | -70    | 0.14
			# 1.01 x 1.005 = 1.01505: above the tie, up
			1.01    | USD |                            | 1     | 0.5    | 1.02
			# JPY has no decimals: 125 x 1.1 = 137.5; 105 x 1.1 = 115.5; 245 x 0.5 = 122.5
			1000    | JPY |                            | 1     | 2.5    | 1025
			125     | JPY |                            | 1     | 10     | 138
			105     | JPY |                            | 1     | 10     | 116
			245     | JPY |                            | 1     | -50    | 122
			# 1100 x 1.03 = 1133
			1300    | JPY | 1=1200 50=1100             | 50    | 3      | 1133
			# BHD has three: ties to the even fils
			1.2345  | BHD |                            | 1     | 0      | 1.234
			1.2355  | BHD |                            | 1     | 0      | 1.236
			""")
	void matchesThePricesWorkedOutByHand(String base, String currency, String tiers, String quantity, String markup,
			String expected) {
		Money price = PriceCalculator.unitPrice(Money.of(base, currency), tiers(tiers), new BigDecimal(quantity),
				new BigDecimal(markup));

		assertThat(price.amount()).hasToString(expected);
		assertThat(price.currency().getCurrencyCode()).isEqualTo(currency);
	}

	@Test
	void roundsOnlyTheFinalPriceNotTheListPrice() {
		// 0.125 rounded first would be 0.12, and 0.12 x 1.5 = 0.18; unrounded 0.1875 ->
		// 0.19.
		Money price = PriceCalculator.withMarkup(Money.of("0.125", "EUR"), new BigDecimal("50"));

		assertThat(price.amount()).hasToString("0.19");
	}

	private static List<Tier> tiers(String tiers) {
		if (tiers == null) {
			return List.of();
		}
		return Arrays.stream(tiers.trim().split("\\s+")).map(tier -> {
			String[] parts = tier.split("=");
			return new Tier(new BigDecimal(parts[0]), new BigDecimal(parts[1]));
		}).toList();
	}

}
