package io.tradehub.pipeline;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.PartnerView;
import org.jspecify.annotations.Nullable;

/**
 * What the rules said of one document: accepted with its parties identified, or refused
 * with the reason its sender reads.
 */
sealed interface Verdict {

	/**
	 * @param document the document with the companies of its parties filled in
	 * @param receiver the company it goes to
	 * @param connection the partnership it travels in
	 */
	record Accepted(CanonicalDocument document, PartnerView receiver, ConnectionState connection) implements Verdict {
	}

	/**
	 * @param document the document, its sender identified as far as it could be
	 * @param reason why, in words the sender can act on
	 */
	record Refused(CanonicalDocument document, @Nullable PartnerView receiver, String reason) implements Verdict {
	}

}
