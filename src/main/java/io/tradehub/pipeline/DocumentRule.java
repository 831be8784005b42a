package io.tradehub.pipeline;

import java.util.Optional;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.PartnerView;

/**
 * A rule a document must pass before it is recorded and routed: the commercial rules
 * (visible products, prices, deadlines, lifecycles) plug in as beans of this type.
 */
public interface DocumentRule {

	/**
	 * @param document the document, its parties identified
	 * @param sender the company it comes from
	 * @param receiver the company it goes to
	 * @param connection their connection, ACTIVE
	 * @return why the document is refused, in words its sender can act on, or empty
	 */
	Optional<String> check(CanonicalDocument document, PartnerView sender, PartnerView receiver,
			ConnectionState connection);

}
