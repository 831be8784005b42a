package io.tradehub.pipeline;

import java.util.UUID;

import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.format.conversion.ReadFile;
import io.tradehub.partner.PartnerView;
import io.tradehub.tracking.Interchanges;
import io.tradehub.tracking.Registration;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Registers each interchange under its sender and control reference, so one seen before
 * is refused as a duplicate by every hub instance alike.
 */
@Component
class Registrations {

	private final Interchanges interchanges;

	Registrations(Interchanges interchanges) {
		this.interchanges = interchanges;
	}

	/** Null for a part that is not an EDI interchange (CSV, XML, JSON). */
	@Nullable Registration register(UUID receiptId, ReadFile.Part part, PartnerView sender) {
		Interchange interchange = part.interchange();
		if (interchange == null) {
			return null;
		}
		return this.interchanges.register(receiptId, sender.companyId(), interchange.controlReference());
	}

	/** The refusal of a duplicate, at the header that carries the reference. */
	static ParseProblem problem(ReadFile.Part part, Registration.Duplicate duplicate) {
		Interchange interchange = part.interchange();
		boolean edifact = interchange.standard().equals("EDIFACT");
		return new ParseProblem(ParseProblem.Kind.DUPLICATE_CONTROL_REFERENCE, edifact ? "UNB" : "ISA", 1, null,
				edifact ? "UNB05" : "ISA13",
				"Interchange " + interchange.controlReference() + " was received before, on " + duplicate.receivedAt()
						+ "; an interchange's control reference is never used twice");
	}

}
