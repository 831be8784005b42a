package io.tradehub.format.x12;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.tradehub.document.Address;
import io.tradehub.document.Party;
import io.tradehub.format.EdiSegment;
import org.jspecify.annotations.Nullable;

/**
 * Reads the parties (N1 loops), the ship-to address (N1 ST, N3, N4) and the currency
 * (CUR) of a transaction set.
 */
final class X12Parties {

	private X12Parties() {
	}

	/**
	 * The party of the first N1 among the segments with one of the codes; its identity
	 * from N103/N104, else the interchange's (ISA05/06 or ISA07/08).
	 */
	static Party party(X12Transaction tx, List<EdiSegment> segments, boolean sender, String... codes) {
		io.tradehub.format.Party isa = sender ? tx.interchange.sender() : tx.interchange.receiver();
		String fallback = isa.toString();
		for (String code : codes) {
			Optional<EdiSegment> n1 = X12Transaction.first(segments, "N1", code);
			if (n1.isPresent()) {
				String identity = identity(n1.get());
				return new Party(null, (identity != null) ? identity : fallback, X12Transaction.text(n1.get(), 2));
			}
		}
		return new Party(null, fallback, null);
	}

	/**
	 * {@code 14:gln} for UL, the id as written for ZZ with a qualifier in it, else
	 * {@code N103:N104}.
	 */
	static @Nullable String identity(EdiSegment n1) {
		String qualifier = X12Transaction.text(n1, 3);
		String id = X12Transaction.text(n1, 4);
		if (qualifier == null || id == null) {
			return null;
		}
		if (qualifier.equals("UL")) {
			return "14:" + id;
		}
		return (qualifier.equals("ZZ") && id.indexOf(':') > 0) ? id : qualifier + ":" + id;
	}

	/** The ship-to: N1*ST with the N3 and N4 that follow it. */
	static @Nullable Address shipTo(X12Transaction tx) {
		List<EdiSegment> segments = tx.header();
		for (int i = 0; i < segments.size(); i++) {
			EdiSegment n1 = segments.get(i);
			if (n1.tag().equals("N1") && n1.value(1).strip().equals(tx.context.qualifiers().shipTo())) {
				String street = null;
				EdiSegment n4 = null;
				for (int j = i + 1; j < segments.size() && !segments.get(j).tag().equals("N1"); j++) {
					EdiSegment next = segments.get(j);
					if (next.tag().equals("N3") && street == null) {
						String second = X12Transaction.text(next, 2);
						street = X12Transaction.text(next, 1);
						street = (second != null && street != null) ? street + ", " + second : street;
					}
					else if (next.tag().equals("N4") && n4 == null) {
						n4 = next;
					}
				}
				return new Address(X12Transaction.text(n1, 2), street, (n4 != null) ? X12Transaction.text(n4, 3) : null,
						(n4 != null) ? X12Transaction.text(n4, 1) : null,
						(n4 != null) ? X12Transaction.text(n4, 4) : null, identity(n1));
			}
		}
		return null;
	}

	/** CUR02 when the set has a CUR segment, else the partner's currency. */
	static Currency currency(X12Transaction tx) {
		if (tx.currency == null) {
			tx.currency = readCurrency(tx);
		}
		return tx.currency;
	}

	private static Currency readCurrency(X12Transaction tx) {
		Optional<EdiSegment> cur = X12Transaction.first(tx.segments(), "CUR", null);
		String code = cur.map((segment) -> X12Transaction.text(segment, 2)).orElse(null);
		if (code != null) {
			try {
				return Currency.getInstance(code);
			}
			catch (IllegalArgumentException ex) {
				tx.problem(io.tradehub.format.ParseProblem.Kind.INVALID_ELEMENT, cur.get(), 2,
						"CUR02 '" + code + "' is not an ISO 4217 currency code such as USD or EUR");
			}
		}
		return tx.context.currency();
	}

	/**
	 * The text of the MSG segments that follow an N9*L1, joined; null when there is none.
	 */
	static @Nullable String note(List<EdiSegment> segments) {
		StringBuilder note = new StringBuilder();
		boolean inNote = false;
		for (EdiSegment segment : segments) {
			if (segment.tag().equals("N9")) {
				inNote = segment.value(1).strip().equals("L1");
			}
			else if (inNote && segment.tag().equals("MSG")) {
				note.append(segment.value(1));
			}
			else {
				inNote = false;
			}
		}
		return note.isEmpty() ? null : note.toString();
	}

}
