package io.tradehub.format.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

	static String idQualifier(String identity) {
		String[] parts = identity.split(":", 2);
		return ("14".equals(parts[0]) || "GLN".equalsIgnoreCase(parts[0])) ? "UL" : "ZZ";
	}

	static String id(String identity) {
		String[] parts = identity.split(":", 2);
		return ("14".equals(parts[0]) || "GLN".equalsIgnoreCase(parts[0])) ? parts[1] : identity;
	}

}
