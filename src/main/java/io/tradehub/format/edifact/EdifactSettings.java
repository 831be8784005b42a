package io.tradehub.format.edifact;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How one receiver wants its EDIFACT interchanges: the identities in UNB, the syntax, the
 * EANCOM directory and the separators.
 *
 * @param sender our identity as {@code qualifier:id} ({@code 14:4012345000009} or
 * {@code GLN:4012345000009})
 * @param receiver the partner's identity, also the key of its control numbers
 * @param syntaxId the character set (UNB 0001): UNOA, UNOB, UNOC, UNOW ...
 * @param syntaxVersion UNB 0002, 3 or 4
 * @param test whether UNB 0035 marks the interchange as a test
 * @param lineBreaks whether a line break follows each segment terminator, as many
 * partners' tools expect
 * @param qualifiers the codes the partner's messages use
 * ({@code mappings/edifact/eancom.properties} or the partner's copy)
 */
public record EdifactSettings(String sender, String receiver, String syntaxId, int syntaxVersion,
		EdifactVersion version, EdifactSeparators separators, boolean test, boolean lineBreaks,
		EancomQualifiers qualifiers) {

	public EdifactSettings {
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(receiver, "receiver");
		Objects.requireNonNull(syntaxId, "syntaxId");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(separators, "separators");
		Objects.requireNonNull(qualifiers, "qualifiers");
		if (syntaxVersion < 1 || syntaxVersion > 4) {
			throw new IllegalArgumentException("EDIFACT syntax versions are 1 to 4, not " + syntaxVersion);
		}
	}

	/** UNOC version 3, D96A, the standard separators, one segment per line. */
	public static EdifactSettings of(String sender, String receiver) {
		return new EdifactSettings(sender, receiver, "UNOC", 3, EdifactVersion.D96A, EdifactSeparators.STANDARD, false,
				true, EancomQualifiers.STANDARD);
	}

	public EdifactSettings withVersion(EdifactVersion version) {
		return new EdifactSettings(this.sender, this.receiver, this.syntaxId, this.syntaxVersion, version,
				this.separators, this.test, this.lineBreaks, this.qualifiers);
	}

	public EdifactSettings withSeparators(EdifactSeparators separators) {
		return new EdifactSettings(this.sender, this.receiver, this.syntaxId, this.syntaxVersion, this.version,
				separators, this.test, this.lineBreaks, this.qualifiers);
	}

	public EdifactSettings withQualifiers(EancomQualifiers qualifiers) {
		return new EdifactSettings(this.sender, this.receiver, this.syntaxId, this.syntaxVersion, this.version,
				this.separators, this.test, this.lineBreaks, qualifiers);
	}

	/**
	 * The encoding the syntax identifier declares; UNOA and UNOB are subsets of ASCII.
	 */
	public Charset charset() {
		return switch (this.syntaxId) {
			case "UNOA", "UNOB" -> StandardCharsets.US_ASCII;
			case "UNOW", "UNOY" -> StandardCharsets.UTF_8;
			default -> StandardCharsets.ISO_8859_1;
		};
	}

	/**
	 * UNB's identification and its code qualifier, in that order; {@code GLN} and
	 * {@code DUNS}, as the partner's company record names them, are the qualifiers 14 and
	 * 1.
	 */
	static String[] identification(String identity) {
		int colon = identity.indexOf(':');
		if (colon < 1 || colon == identity.length() - 1) {
			throw new IllegalArgumentException("An interchange identity is qualifier:id, not " + identity);
		}
		String qualifier = identity.substring(0, colon);
		String code = switch (qualifier.toUpperCase()) {
			case "GLN" -> "14";
			case "DUNS" -> "1";
			default -> qualifier;
		};
		return new String[] { identity.substring(colon + 1), code };
	}

}
