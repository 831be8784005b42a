package io.tradehub.format.edifact;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The EDIFACT formats and codes canonical values translate to: dates (102, 203), party
 * identifications and text split to the element's length.
 */
final class EancomCodes {

	static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);

	/** DTM format 101, read from partners but never written. */
	static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	/** DTM format 204, read from partners but never written. */
	static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private EancomCodes() {
	}

	static List<String> chunks(String text, int length) {
		List<String> parts = new ArrayList<>();
		for (int start = 0; start < text.length(); start += length) {
			parts.add(text.substring(start, Math.min(text.length(), start + length)));
		}
		return parts;
	}

	/**
	 * A GLN goes out with the EAN agency (9); any other identity as mutually defined
	 * (ZZZ) with its qualifier kept in front, so it reads back the same.
	 */
	static String @Nullable [] partyId(@Nullable String identity) {
		if (identity == null) {
			return null;
		}
		String[] parts = EdifactSettings.identification(identity);
		return "14".equals(parts[1]) ? new String[] { parts[0], null, "9" } : new String[] { identity, null, "ZZZ" };
	}

}
