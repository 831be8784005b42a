package io.tradehub.format;

/**
 * Hands out the control numbers of outgoing interchanges, groups and messages, unique and
 * increasing per partner.
 */
public interface ControlNumbers {

	/**
	 * The next number of this kind for this partner; the first is 1.
	 * @param partnerKey who the numbers are unique for, as the receiver's qualified
	 * interchange identity ({@code 14:4012345000009}, {@code ZZ:ACME})
	 */
	long next(String partnerKey, Kind kind);

	/** What a number controls: UNB 0020 / ISA13, GS06, UNH 0062 / ST02. */
	enum Kind {

		INTERCHANGE, GROUP, MESSAGE

	}

}
