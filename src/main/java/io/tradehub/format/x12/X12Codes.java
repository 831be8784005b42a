package io.tradehub.format.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The X12 codes and formats the canonical values translate to: dates, numbers, units,
 * product and party qualifiers.
 */
final class X12Codes {

	private X12Codes() {
	}

	static @Nullable String date(@Nullable LocalDate date) {
		return (date != null) ? DateTimeFormatter.BASIC_ISO_DATE.format(date) : null;
	}

	static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/** The UN/ECE Recommendation 20 units the hub keeps, as X12 names them (355). */
	static String unit(String unit) {
		return switch (unit) {
			case "PCE", "EA" -> "EA";
			case "KGM" -> "KG";
			case "LTR" -> "LT";
			case "CT" -> "CT";
			default -> unit;
		};
	}

	static String gtinQualifier(String gtin) {
		return switch (gtin.length()) {
			case 12 -> "UP";
			case 14 -> "UK";
			default -> "EN";
		};
	}

	/**
	 * The N103 code of an identity: UL for a GLN, 1 for a DUNS number (ISA's 01), ZZ for
	 * anything else. A DUNS or mutually defined id goes out bare, as X12 partners match
	 * it; other qualifiers have no N103 code and stay in N104 as {@code qualifier:id}.
	 */
	static String idQualifier(String identity) {
		return switch (qualifier(identity)) {
			case "14", "GLN", "UL" -> "UL";
			case "DUNS", "1", "01" -> "1";
			default -> "ZZ";
		};
	}

	static String id(String identity) {
		String id = identity.substring(identity.indexOf(':') + 1);
		return switch (qualifier(identity)) {
			case "14", "GLN", "UL", "DUNS", "1", "01" -> id;
			// a colon in a bare ZZ id would read back as a qualifier of its own
			case "ZZ" -> (id.indexOf(':') < 0) ? id : identity;
			default -> identity;
		};
	}

	private static String qualifier(String identity) {
		int colon = identity.indexOf(':');
		return (colon < 0) ? "" : identity.substring(0, colon).toUpperCase(Locale.ROOT);
	}

}
