package io.tradehub.format.edifact;

/**
 * The separators an EDIFACT interchange declares in its UNA service string advice.
 *
 * @param repetition the repetition separator; a space means "reserved", as syntax version
 * 3 requires
 */
public record EdifactSeparators(char component, char element, char decimal, char release, char repetition,
		char segment) {

	/** The standard {@code UNA:+.? '}. */
	public static final EdifactSeparators STANDARD = new EdifactSeparators(':', '+', '.', '?', ' ', '\'');

}
