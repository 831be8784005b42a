package io.tradehub.partner;

/**
 * The EDIFACT syntax identifier (UNB 0001) the hub writes to a company, which fixes the
 * character repertoire.
 */
public enum SyntaxId {

	/** Upper case letters, digits and a few punctuation marks. */
	UNOA,

	/** UNOA plus lower case letters. */
	UNOB,

	/** ISO 8859-1: Western European letters; the default. */
	UNOC,

	/** UTF-8. */
	UNOW

}
