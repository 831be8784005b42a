package io.tradehub.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Party;
import io.tradehub.format.Interchange;
import io.tradehub.partner.ConnectionState;
import io.tradehub.partner.PartnerView;
import io.tradehub.partner.Partners;
import io.tradehub.partner.TechnicalProfile;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The rules every document passes: its sender is the partner whose channel it came by,
 * its receiver is a company on the hub (for a file that names none, such as a CSV order,
 * the one company its sender trades with), the two hold an ACTIVE connection, and every
 * {@link DocumentRule} agrees.
 */
@Component
class Rules {

	private final Partners partners;

	private final List<DocumentRule> rules;

	Rules(Partners partners, List<DocumentRule> rules) {
		this.partners = partners;
		this.rules = rules;
	}

	/**
	 * @param interchange the interchange it came in, whose identities stand in for the
	 * document's own when it names none
	 * @param channelPartner the partner the channel belongs to
	 * @param channel the channel's name, for the reasons; a document of the
	 * {@code portal}, which the hub built itself, names its receiver by company id
	 */
	Verdict check(CanonicalDocument document, @Nullable Interchange interchange, PartnerView channelPartner,
			String channel) {
		String senderIdentity = identity(document.envelope().sender(),
				(interchange != null) ? interchange.sender().toString() : null);
		CanonicalDocument identified = withParties(document, channelPartner, null);
		if (senderIdentity != null) {
			Optional<PartnerView> named = this.partners.byInterchangeIdentity(senderIdentity);
			if (named.isEmpty() || !named.get().companyId().equals(channelPartner.companyId())) {
				return new Verdict.Refused(identified, null,
						"The document says it comes from " + senderIdentity + ", which is "
								+ named.map((p) -> p.name()).orElse("no company the hub knows") + ", but it came by "
								+ channel + ", the channel of " + channelPartner.name());
			}
		}
		String receiverIdentity = identity(document.envelope().receiver(),
				(interchange != null) ? interchange.receiver().toString() : null);
		Optional<PartnerView> receiver;
		UUID namedReceiver = document.envelope().receiver().companyId();
		if (TechnicalProfile.PORTAL.equals(channel) && namedReceiver != null) {
			// the hub built the document itself, for a partner of the user's company
			receiver = this.partners.byId(namedReceiver);
		}
		else if (receiverIdentity == null) {
			receiver = this.partners.soleActivePartner(channelPartner.companyId());
			if (receiver.isEmpty()) {
				return new Verdict.Refused(identified, null, "The document names no receiver, and "
						+ channelPartner.name() + " does not trade with exactly one company that could stand in");
			}
		}
		else {
			receiver = this.partners.byInterchangeIdentity(receiverIdentity);
		}
		if (receiver.isEmpty()) {
			return new Verdict.Refused(identified, null,
					"The document is addressed to " + receiverIdentity + ", which is no company the hub knows");
		}
		identified = withParties(document, channelPartner, receiver.get());
		Optional<ConnectionState> connection = this.partners.connection(channelPartner.companyId(),
				receiver.get().companyId());
		if (connection.isEmpty() || !connection.get().active()) {
			return new Verdict.Refused(identified, receiver.get(),
					channelPartner.name() + " and " + receiver.get().name()
							+ " do not trade on the hub: their connection is "
							+ connection.map((c) -> c.status().name()).orElse("missing") + ", not ACTIVE");
		}
		for (DocumentRule rule : this.rules) {
			DocumentRule.Outcome outcome = rule.check(identified, channelPartner, receiver.get(), connection.get());
			if (outcome instanceof DocumentRule.Outcome.Refuse refuse) {
				return new Verdict.Refused(identified, receiver.get(), refuse.reason());
			}
			identified = ((DocumentRule.Outcome.Pass) outcome).document();
		}
		return new Verdict.Accepted(identified, receiver.get(), connection.get());
	}

	private static @Nullable String identity(Party party, @Nullable String fallback) {
		return (party.identity() != null && !party.identity().isBlank()) ? party.identity() : fallback;
	}

	/**
	 * The parties with their companies; an identity the document did not carry becomes
	 * the company's first EDI identity, so the receiver's file names both sides.
	 */
	private static CanonicalDocument withParties(CanonicalDocument document, PartnerView sender,
			@Nullable PartnerView receiver) {
		Party from = party(document.envelope().sender(), sender);
		Party to = (receiver != null) ? party(document.envelope().receiver(), receiver)
				: document.envelope().receiver();
		return document.withEnvelope(document.envelope().withParties(from, to));
	}

	private static Party party(Party party, PartnerView company) {
		String identity = party.identity();
		if ((identity == null || identity.isBlank()) && !company.ediIdentities().isEmpty()) {
			identity = company.ediIdentities().get(0).toString();
		}
		return new Party(company.companyId(), identity, (party.name() != null) ? party.name() : company.name());
	}

}
