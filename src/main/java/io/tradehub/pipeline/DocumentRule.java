package io.tradehub.pipeline;

import java.util.Objects;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.PartnerView;

/**
 * A rule a document must pass before it is recorded and routed: the commercial rules
 * (visible products, prices, deadlines, lifecycles) plug in as beans of this type, in
 * their {@link org.springframework.core.annotation.Order}. A rule may complete the
 * document (fill in prices, set a deadline); the next rule, the record and the receiver
 * see it completed.
 */
public interface DocumentRule {

	/**
	 * @param document the document, its parties identified, as the rules before this one
	 * left it
	 * @param sender the company it comes from
	 * @param receiver the company it goes to
	 * @param connection their connection, ACTIVE
	 * @return the document, completed where this rule completes it, or why it is refused
	 */
	Outcome check(CanonicalDocument document, PartnerView sender, PartnerView receiver, ConnectionState connection);

	/**
	 * What a rule says of a document.
	 */
	sealed interface Outcome {

		static Outcome pass(CanonicalDocument document) {
			return new Pass(document);
		}

		/**
		 * @param reason in words the sender can act on: what is wrong and where (the
		 * line, the product)
		 */
		static Outcome refuse(String reason) {
			return new Refuse(reason);
		}

		/**
		 * @param document the document as the next rule is to see it
		 */
		record Pass(CanonicalDocument document) implements Outcome {

			public Pass {
				Objects.requireNonNull(document, "document");
			}

		}

		record Refuse(String reason) implements Outcome {

			public Refuse {
				Objects.requireNonNull(reason, "reason");
			}

		}

	}

}
