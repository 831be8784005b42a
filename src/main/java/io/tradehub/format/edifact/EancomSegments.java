package io.tradehub.format.edifact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import io.tradehub.document.Address;
import io.tradehub.document.Party;
import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegments;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The EANCOM segments every message uses, each written the one way the mapping table in
 * {@code mappings/edifact/README.md} promises the readers.
 */
final class EancomSegments {

	/** FTX 4440 is an..70 and repeats five times in D96A and D01B. */
	private static final int TEXT_LENGTH = 70;

	private static final int TEXTS_PER_FTX = 5;

	private final EdiSegments out;

	private final EdifactSettings settings;

	private final LocalDate today;

	EancomSegments(EdiSegments out, EdifactSettings settings, LocalDate today) {
		this.out = out;
		this.settings = settings;
		this.today = today;
	}

	/**
	 * DTM 137, which EANCOM requires: a document made in the portal without a date is
	 * dated the day it is written.
	 */
	void documentDate(@Nullable LocalDate date) {
		dtm("137", (date != null) ? date : this.today);
	}

	/**
	 * The partner's code for one field of one message ({@code ORDERS}, {@code quantity}).
	 */
	String code(String message, String field) {
		return this.settings.qualifiers().of(message, field);
	}

	/** The sender's and the receiver's NAD, with the partner's party functions. */
	void parties(String message, Party sender, Party receiver) {
		nad(code(message, "sender"), sender);
		nad(code(message, "receiver"), receiver);
	}

	void shipTo(@Nullable Address address) {
		nad(this.settings.qualifiers().shipTo(), address);
	}

	/** Free text under the partner's FTX subject. */
	void text(@Nullable String text) {
		ftx(this.settings.qualifiers().text(), text);
	}

	void bgm(String name, String number) {
		this.out.segment("BGM", name, number, "9");
	}

	void dtm(String qualifier, @Nullable LocalDate date) {
		if (date != null) {
			this.out.segment("DTM", (Object) new String[] { qualifier, EancomCodes.DATE.format(date), "102" });
		}
	}

	/** Instants go out in UTC, as CCYYMMDDHHMM (format 203). */
	void dtm(String qualifier, @Nullable Instant instant) {
		if (instant != null) {
			this.out.segment("DTM", (Object) new String[] { qualifier, EancomCodes.DATE_TIME.format(instant), "203" });
		}
	}

	void rff(String qualifier, @Nullable String value) {
		if (value != null) {
			this.out.segment("RFF", (Object) new String[] { qualifier, value });
		}
	}

	void nad(String qualifier, Party party) {
		this.out.segment("NAD", qualifier, EancomCodes.partyId(party.identity()), null, party.name());
	}

	void nad(String qualifier, @Nullable Address address) {
		if (address != null) {
			this.out.segment("NAD", qualifier, EancomCodes.partyId(address.identity()), null, address.name(),
					address.street(), address.city(), null, address.postalCode(), address.country());
		}
	}

	void cux(@Nullable Money money) {
		if (money != null) {
			this.out.segment("CUX", (Object) new String[] { "2", money.currency().getCurrencyCode(), "9" });
		}
	}

	/** D96A EANCOM names the GTIN's type EN, D01B names it SRV. */
	void lin(int lineNumber, ProductRef product) {
		lin(lineNumber, null, product);
	}

	/**
	 * LIN with its action (1229) where the message says what happens to the line, then
	 * the SKU and buyer's code (PIA) and the description (IMD).
	 */
	void lin(int lineNumber, @Nullable String action, ProductRef product) {
		String gtinType = (this.settings.version() == EdifactVersion.D96A) ? "EN" : "SRV";
		this.out.segment("LIN", Integer.toString(lineNumber), action,
				(product.gtin() != null) ? new String[] { product.gtin(), gtinType } : null);
		if (product.sku() != null || product.buyerCode() != null) {
			this.out.segment("PIA", (product.gtin() != null) ? "1" : "5",
					(product.sku() != null) ? new String[] { product.sku(), "SA" } : null,
					(product.buyerCode() != null) ? new String[] { product.buyerCode(), "IN" } : null);
		}
		if (product.description() != null) {
			this.out.segment("IMD", "F", null, new String[] { null, null, null, product.description() });
		}
	}

	void qty(String qualifier, @Nullable Quantity quantity) {
		if (quantity != null) {
			this.out.segment("QTY", (Object) new String[] { qualifier, number(quantity.value()), quantity.unit() });
		}
	}

	void pri(@Nullable Money price) {
		if (price != null) {
			this.out.segment("PRI",
					(Object) new String[] { this.settings.qualifiers().price(), number(price.amount()) });
		}
	}

	void moa(String qualifier, Money amount) {
		this.out.segment("MOA",
				(Object) new String[] { qualifier, number(amount.amount()), amount.currency().getCurrencyCode() });
	}

	/** Long texts go out in as many FTX segments as needed, 5 × 70 characters each. */
	void ftx(String subject, @Nullable String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		List<String> parts = EancomCodes.chunks(text, TEXT_LENGTH);
		for (int first = 0; first < parts.size(); first += TEXTS_PER_FTX) {
			List<String> chunk = parts.subList(first, Math.min(parts.size(), first + TEXTS_PER_FTX));
			this.out.segment("FTX", subject, null, null, chunk.toArray(String[]::new));
		}
	}

	void segment(String tag, @Nullable Object... elements) {
		this.out.segment(tag, elements);
	}

	/** The amount as written, with the decimal mark the UNA declares. */
	String number(BigDecimal value) {
		return value.toPlainString().replace('.', this.settings.separators().decimal());
	}

}
