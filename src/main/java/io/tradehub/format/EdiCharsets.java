package io.tradehub.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The Java character set for an EDIFACT syntax identifier (UNB01-1, code list 0001).
 * StAEDI decodes the whole input with one character set chosen before reading, so the
 * reader looks the identifier up in the first UNB and decodes with it.
 */
final class EdiCharsets {

	/*
	 * UNOA and UNOB are subsets of ASCII: decoding them as UTF-8 is exact for conforming
	 * files and still readable for the common violation of sending UTF-8 letters (the
	 * corpus has several). UNOY is ISO 10646 and is sent as UTF-8 in practice.
	 */
	private static final Map<String, String> BY_SYNTAX_IDENTIFIER = Map.ofEntries(Map.entry("UNOA", "UTF-8"),
			Map.entry("UNOB", "UTF-8"), Map.entry("UNOC", "ISO-8859-1"), Map.entry("UNOD", "ISO-8859-2"),
			Map.entry("UNOE", "ISO-8859-5"), Map.entry("UNOF", "ISO-8859-7"), Map.entry("UNOG", "ISO-8859-3"),
			Map.entry("UNOH", "ISO-8859-4"), Map.entry("UNOI", "ISO-8859-6"), Map.entry("UNOJ", "ISO-8859-8"),
			Map.entry("UNOK", "ISO-8859-9"), Map.entry("UNOW", "UTF-8"), Map.entry("UNOY", "UTF-8"));

	/** What an unknown identifier is read with: every byte decodes, nothing is lost. */
	static final Charset FALLBACK = StandardCharsets.ISO_8859_1;

	private EdiCharsets() {
	}

	static Optional<Charset> forSyntaxIdentifier(String identifier) {
		return Optional.ofNullable(BY_SYNTAX_IDENTIFIER.get(identifier))
			.filter(Charset::isSupported)
			.map(Charset::forName);
	}

}
