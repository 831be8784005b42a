package io.tradehub.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GTIN check digits of every length a catalog may carry, from published GS1 examples.
 */
class GtinTests {

	@ParameterizedTest
	@ValueSource(strings = { "96385074", "036000291452", "4006381333931", "10614141000415", "4012345000009" })
	void acceptsGtinsWithTheRightCheckDigit(String gtin) {
		assertThat(Gtin.problem(gtin)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			96385075       | '96385075' is not a GTIN: its check digit should be 4
			4006381333932  | '4006381333932' is not a GTIN: its check digit should be 1
			10614141000416 | '10614141000416' is not a GTIN: its check digit should be 5
			400638133393   | '400638133393' is not a GTIN: its check digit should be 0
			4006381        | '4006381' is not a GTIN: it has 7 digits, not 8, 12, 13 or 14
			40063813339x1  | '40063813339x1' is not a GTIN: only digits
			""")
	void namesWhatIsWrongWithABadGtin(String gtin, String problem) {
		assertThat(Gtin.problem(gtin)).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource({ "4006381333931, 04006381333931", "96385074, 00000096385074", "10614141000415, 10614141000415" })
	void matchesEveryLengthAsFourteenDigits(String gtin, String key) {
		assertThat(Gtin.key(gtin)).isEqualTo(key);
	}

}
