package io.tradehub.document.work;

import java.math.BigDecimal;
import java.util.List;

import io.tradehub.action.ActionForms;
import org.jspecify.annotations.Nullable;

/**
 * The confirm-shipment form of an order's Shipping tab as the browser posts it: the
 * quantity shipped per order line (a line left at 0 or blank ships nothing), the shipping
 * cost, the tracking number, carrier and service, the packing slip's language and the
 * message to the customer.
 */
record ShipmentInput(@Nullable List<Line> lines, @Nullable BigDecimal shippingCost, @Nullable String currency,
		@Nullable String trackingNumber, @Nullable String carrier, @Nullable String service,
		@Nullable String packingSlipLanguage, @Nullable String message) {

	/**
	 * A blank form: what is left of each line, packing slip in the customer's language.
	 */
	static ShipmentInput of(OrderPage page) {
		return new ShipmentInput(
				page.order()
					.lines()
					.stream()
					.map((line) -> new Line(line.lineNumber(),
							line.ordered().subtract(line.shipped()).max(BigDecimal.ZERO).stripTrailingZeros()))
					.toList(),
				null, AnswerInput.DEFAULT_CURRENCY, null, null, null, page.partner().language().getLanguage(), null);
	}

	ActionForms.ShipmentForm form() {
		List<ActionForms.ShippedLine> shipped = (this.lines != null) ? this.lines.stream()
			.filter((line) -> line.shipped() != null && line.shipped().signum() != 0)
			.map((line) -> new ActionForms.ShippedLine(line.orderLineNumber(), line.shipped()))
			.toList() : List.of();
		return new ActionForms.ShipmentForm(shipped, AnswerInput.money(this.shippingCost, this.currency),
				AnswerInput.blankToNull(this.trackingNumber), AnswerInput.blankToNull(this.carrier),
				AnswerInput.blankToNull(this.service), AnswerInput.blankToNull(this.packingSlipLanguage),
				AnswerInput.blankToNull(this.message));
	}

	/** What ships of one order line. */
	record Line(@Nullable Integer orderLineNumber, @Nullable BigDecimal shipped) {
	}

}
