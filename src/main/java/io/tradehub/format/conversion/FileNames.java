package io.tradehub.format.conversion;

import java.util.Locale;

import io.tradehub.document.CanonicalDocument;

/**
 * File names for written documents: the type and number, with anything that is not a
 * letter, digit, dot, dash or underscore replaced, so a partner's document number can
 * never name a path; the type in front keeps a number of dots from naming a folder.
 */
final class FileNames {

	private static final int MAX_NUMBER = 80;

	private FileNames() {
	}

	static String of(CanonicalDocument document) {
		String number = document.envelope().documentNumber().replaceAll("[^A-Za-z0-9._-]", "_");
		if (number.length() > MAX_NUMBER) {
			number = number.substring(0, MAX_NUMBER);
		}
		return document.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + number;
	}

}
