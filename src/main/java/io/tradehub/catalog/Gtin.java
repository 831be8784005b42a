package io.tradehub.catalog;

import org.jspecify.annotations.Nullable;

/**
 * GTIN-8, -12, -13 and -14 numbers: their check digit, and the 14-digit key they are
 * matched by (a GTIN-13 on an order is the same product as its GTIN-14 with a leading
 * zero in the catalog).
 */
final class Gtin {

	private Gtin() {
	}

	/** What is wrong with the text as a GTIN, or null when it is one. */
	static @Nullable String problem(String gtin) {
		if (!gtin.matches("\\d+")) {
			return "'" + gtin + "' is not a GTIN: only digits";
		}
		int length = gtin.length();
		if (length != 8 && length != 12 && length != 13 && length != 14) {
			return "'" + gtin + "' is not a GTIN: it has " + length + " digits, not 8, 12, 13 or 14";
		}
		int expected = checkDigit(gtin.substring(0, length - 1));
		if (gtin.charAt(length - 1) - '0' != expected) {
			return "'" + gtin + "' is not a GTIN: its check digit should be " + expected;
		}
		return null;
	}

	/** The GTIN as 14 digits, or the text itself when it is no number. */
	static String key(String gtin) {
		return (gtin.matches("\\d{1,14}")) ? "0".repeat(14 - gtin.length()) + gtin : gtin;
	}

	/**
	 * GS1's mod-10: from the right, the digits weigh 3, 1, 3, ... (the check digit itself
	 * not counted).
	 */
	private static int checkDigit(String body) {
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			int digit = body.charAt(body.length() - 1 - i) - '0';
			sum += (i % 2 == 0) ? digit * 3 : digit;
		}
		return (10 - sum % 10) % 10;
	}

}
