package io.tradehub.format.x12;

import java.math.RoundingMode;
import java.time.LocalDate;

import io.tradehub.document.Address;
import io.tradehub.document.Party;
import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegments;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The X12 segments every transaction set uses, each written the one way the table in
 * {@code mappings/x12/README.md} promises the readers.
 */
final class X12Segments {

	private final EdiSegments out;

	private final X12Settings settings;

	X12Segments(EdiSegments out, X12Settings settings) {
		this.out = out;
		this.settings = settings;
	}

	void segment(String tag, @Nullable Object... elements) {
		this.out.segment(tag, elements);
	}

	void dtm(String qualifier, @Nullable LocalDate date) {
		if (date != null) {
			segment("DTM", qualifier, X12Codes.date(date));
		}
	}

	void ref(String qualifier, @Nullable String value) {
		if (value != null) {
			segment("REF", qualifier, value);
		}
	}

	/** The partner's code for one field of one set ({@code 850}, {@code sender}). */
	String code(String set, String field) {
		return this.settings.qualifiers().of(set, field);
	}

	/** The sender's and the receiver's N1, with the partner's entity codes. */
	void parties(String set, Party sender, Party receiver) {
		n1(code(set, "sender"), sender);
		n1(code(set, "receiver"), receiver);
	}

	void shipTo(@Nullable Address address) {
		n1(this.settings.qualifiers().shipTo(), address);
	}

	/**
	 * N1 with the party's identity: a GLN as UL, a DUNS number as 1, others as mutually
	 * defined (ZZ).
	 */
	void n1(String entity, Party party) {
		String identity = party.identity();
		segment("N1", entity, text(party.name()), (identity != null) ? X12Codes.idQualifier(identity) : null,
				(identity != null) ? X12Codes.id(identity) : null);
	}

	void n1(String entity, @Nullable Address address) {
		if (address == null) {
			return;
		}
		String identity = address.identity();
		segment("N1", entity, text(address.name()), (identity != null) ? X12Codes.idQualifier(identity) : null,
				(identity != null) ? X12Codes.id(identity) : null);
		if (address.street() != null) {
			segment("N3", text(address.street()));
		}
		segment("N4", text(address.city()), null, address.postalCode(), address.country());
	}

	/**
	 * PO1 with the product's GTIN (UP/EN/UK by length), SKU (VN) and buyer's code (BP).
	 */
	void po1(int lineNumber, @Nullable Quantity quantity, @Nullable Money price, ProductRef product) {
		segment("PO1", Integer.toString(lineNumber), (quantity != null) ? X12Codes.number(quantity.value()) : null,
				(quantity != null) ? X12Codes.unit(quantity.unit()) : null,
				(price != null) ? X12Codes.number(price.amount()) : null, (price != null) ? "PE" : null,
				(product.gtin() != null) ? X12Codes.gtinQualifier(product.gtin()) : null, product.gtin(),
				(product.sku() != null) ? "VN" : null, product.sku(), (product.buyerCode() != null) ? "BP" : null,
				product.buyerCode());
		pid(product);
	}

	void pid(ProductRef product) {
		if (product.description() != null) {
			segment("PID", "F", null, null, null, text(product.description()));
		}
	}

	/** A note as N9 L1 and MSG segments of 264 characters at most. */
	void note(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		segment("N9", "L1", "NOTES");
		for (int start = 0; start < text.length(); start += 264) {
			segment("MSG", text(text.substring(start, Math.min(text.length(), start + 264))));
		}
	}

	/** A charge (SAC C) of freight (D240); SAC05 has two implied decimals. */
	void freight(@Nullable Money charge) {
		if (charge != null) {
			segment("SAC", "C", "D240", null, null,
					charge.amount().setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).toPlainString());
		}
	}

	/**
	 * X12 has no release character, so a separator in free text becomes a space rather
	 * than stopping a shipment notice over a note.
	 */
	@Nullable String text(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replace(this.settings.element(), ' ')
			.replace(this.settings.component(), ' ')
			.replace(this.settings.segment(), ' ');
		return (this.settings.version() == X12Version.V5010) ? cleaned.replace('^', ' ') : cleaned;
	}

}
