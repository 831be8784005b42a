package io.tradehub.format;

import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The characters an EDIFACT interchange's declared character set (UNB01-1) can carry,
 * checked in every element so a partner hears which element holds a character its
 * receivers cannot decode.
 * <p>
 * Lenient where real partners are: UNOA and UNOB are both taken as printable ASCII.
 * Strictly UNOA has no lower-case letters and neither has {@code @ # $ ~}, but files that
 * are otherwise valid use lower case and e-mail addresses under UNOA everywhere, and
 * their receivers read them; what does break receivers is a letter outside ASCII (UTF-8
 * bytes under UNOA), so that is what is reported. The ISO 8859 sets allow what they
 * encode except control characters; UNOW and UNOY allow all but control characters and
 * bytes that did not decode.
 */
final class CharacterRepertoire {

	/** Elements reported per interchange before the rest are only counted. */
	static final int LIMIT = 20;

	private final String identifier;

	private final CharsetEncoder encoder;

	private final EdiSegment header;

	/** Whether the set is Unicode, where a surrogate is half of a character it has. */
	private final boolean unicode;

	private int reported;

	private int unreported;

	private CharacterRepertoire(String identifier, CharsetEncoder encoder, EdiSegment header) {
		this.identifier = identifier;
		this.encoder = encoder;
		this.header = header;
		this.unicode = encoder.charset().equals(StandardCharsets.UTF_8);
	}

	/**
	 * The repertoire a UNB declares, or null when there is nothing to check against (an
	 * unknown identifier is reported as such when the input is opened).
	 */
	static @Nullable CharacterRepertoire of(EdiSegment unb) {
		String identifier = unb.component(1, 1);
		if (identifier.equals("UNOA") || identifier.equals("UNOB")) {
			return new CharacterRepertoire(identifier, StandardCharsets.US_ASCII.newEncoder(), unb);
		}
		return EdiCharsets.forSyntaxIdentifier(identifier)
			.map((charset) -> new CharacterRepertoire(identifier, charset.newEncoder(), unb))
			.orElse(null);
	}

	/** Adds a problem for each element of the segment with characters outside the set. */
	void check(EdiSegment segment, List<ParseProblem> problems) {
		List<EdiElement> elements = segment.elements();
		for (int e = 0; e < elements.size(); e++) {
			List<List<String>> occurrences = elements.get(e).occurrences();
			for (int o = 0; o < occurrences.size(); o++) {
				List<String> components = occurrences.get(o);
				for (int c = 0; c < components.size(); c++) {
					String value = components.get(c);
					if (!fits(value)) {
						report(segment, reference(segment.tag(), e + 1, o + 1, (components.size() > 1) ? c + 1 : 0),
								value, problems);
					}
				}
			}
		}
	}

	/**
	 * One problem at the interchange header for the elements beyond the limit, or null.
	 */
	@Nullable ParseProblem summary() {
		if (this.unreported == 0) {
			return null;
		}
		return new ParseProblem(ParseProblem.Kind.CHARACTER_SET, this.header.tag(), this.header.position(),
				this.header.line(), "UNB01-1",
				this.unreported + " more element" + ((this.unreported == 1) ? " has" : "s have")
						+ " characters outside the " + this.identifier
						+ " character set UNB01-1 declares; only the first " + LIMIT + " are listed");
	}

	/** Plain loop with an ASCII fast path: this runs for every value read. */
	private boolean fits(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 || c > 0x7E) && !allowed(c)) {
				return false;
			}
		}
		return true;
	}

	private boolean allowed(char c) {
		if (Character.isSurrogate(c)) {
			return this.unicode;
		}
		return c >= 0xA0 && c != '\uFFFD' && this.encoder.canEncode(c);
	}

	private void report(EdiSegment segment, String element, String value, List<ParseProblem> problems) {
		if (this.reported == LIMIT) {
			this.unreported++;
			return;
		}
		this.reported++;
		Set<String> offending = new LinkedHashSet<>();
		value.chars()
			.filter((c) -> (c < 0x20 || c > 0x7E) && !allowed((char) c))
			.limit(20)
			.forEach((c) -> offending.add(describe((char) c)));
		String remedy = this.unicode ? "send it as UTF-8 or leave it out"
				: "declare one that has it (UNOC for Latin-1, UNOW for UTF-8) or leave it out";
		problems.add(new ParseProblem(ParseProblem.Kind.CHARACTER_SET, segment.tag(), segment.position(),
				segment.line(), element,
				element + " has " + offending.stream().limit(3).collect(Collectors.joining(", ")) + ", which the "
						+ this.identifier + " character set declared in UNB01-1 does not have; " + remedy));
	}

	private static String describe(char c) {
		if (c == '\uFFFD') {
			return "bytes that are not a character in the file's encoding";
		}
		if (Character.isSurrogate(c)) {
			return "a character beyond U+FFFF";
		}
		String code = String.format("U+%04X", (int) c);
		return Character.isISOControl(c) ? "the control character " + code : "'" + c + "' (" + code + ")";
	}

	private static String reference(String tag, int element, int occurrence, int component) {
		String reference = tag + String.format("%02d", element);
		if (component > 0) {
			reference += "-" + component;
		}
		return (occurrence > 1) ? reference + " (repetition " + occurrence + ")" : reference;
	}

}
