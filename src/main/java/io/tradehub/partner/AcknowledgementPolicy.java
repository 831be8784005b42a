package io.tradehub.partner;

import org.jspecify.annotations.Nullable;

/**
 * What a company gets back for each interchange it sends, and where.
 *
 * @param level what kind of acknowledgement
 * @param delivery where it goes; null when the level is {@link Level#NONE}
 */
public record AcknowledgementPolicy(Level level, @Nullable Delivery delivery) {

	public static final AcknowledgementPolicy NONE = new AcknowledgementPolicy(Level.NONE, null);

	public enum Level {

		/** Nothing comes back. */
		NONE,

		/**
		 * A syntax acknowledgement in the standard the interchange came in: CONTRL for
		 * EDIFACT, 997 for X12 004010, 999 for X12 005010.
		 */
		SYNTAX,

		/**
		 * An application acknowledgement: APERAK for EDIFACT, an 824-like canonical
		 * acknowledgement (JSON) for the others.
		 */
		APPLICATION

	}

	public enum Delivery {

		/** Through the company's outbound channel, like its documents. */
		OUTBOUND_CHANNEL,

		/**
		 * Back the way the interchange came: the HTTP response body, a reply mail, the
		 * reply queue of the channel.
		 */
		REPLY

	}

}
