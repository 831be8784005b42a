package io.tradehub.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Goods have left the supplier: what was shipped against which order, and how it travels.
 *
 * @param packingSlipLanguage the language of the packing slip, as a language tag
 * @param messageToRecipient the supplier's words to the customer
 */
public record ShipmentNotice(Envelope envelope, List<Line> lines, @Nullable LocalDate shippedOn,
		@Nullable Money shippingCost, @Nullable String trackingNumber, @Nullable String carrier,
		@Nullable String service, @Nullable String packingSlipLanguage,
		@Nullable String messageToRecipient) implements CanonicalDocument {

	public ShipmentNotice {
		Objects.requireNonNull(envelope, "envelope");
		lines = Lines.checked(lines, Line::lineNumber, "A shipment notice");
	}

	@Override
	public DocumentType type() {
		return DocumentType.SHIPMENT_NOTICE;
	}

	@Override
	public ShipmentNotice withEnvelope(Envelope envelope) {
		return new ShipmentNotice(envelope, this.lines, this.shippedOn, this.shippingCost, this.trackingNumber,
				this.carrier, this.service, this.packingSlipLanguage, this.messageToRecipient);
	}

	/**
	 * What was shipped of one ordered line.
	 *
	 * @param orderNumber the customer's order the goods fulfil, where one notice covers
	 * several orders
	 * @param orderLineNumber the order's line they fulfil
	 */
	public record Line(int lineNumber, ProductRef product, Quantity shipped, @Nullable String orderNumber,
			@Nullable Integer orderLineNumber) {

		public Line {
			Objects.requireNonNull(product, "product");
			Objects.requireNonNull(shipped, "shipped");
		}

	}

}
