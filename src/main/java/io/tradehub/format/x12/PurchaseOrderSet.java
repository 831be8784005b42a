package io.tradehub.format.x12;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.Order;
import io.tradehub.document.Reference;

/**
 * Writes an order as an X12 850 (purchase order).
 */
final class PurchaseOrderSet {

	private PurchaseOrderSet() {
	}

	static void write(Order order, X12Segments out, LocalDate today) {
		LocalDate date = (order.envelope().documentDate() != null) ? order.envelope().documentDate() : today;
		out.segment("BEG", "00", "SA", order.envelope().documentNumber(), null, X12Codes.date(date));
		order.lines()
			.stream()
			.map(Order.Line::unitPrice)
			.filter(Objects::nonNull)
			.findFirst()
			.ifPresent((price) -> out.segment("CUR", "BY", price.currency().getCurrencyCode()));
		DocumentLink quote = order.envelope().answers();
		out.ref(out.code("850", "answers"), (quote != null) ? quote.documentNumber() : null);
		for (Reference reference : order.references()) {
			out.ref(reference.kind(), reference.value());
		}
		out.dtm(out.code("850", "requestedDelivery"), order.requestedDelivery());
		out.dtm(out.code("850", "shipBy"),
				(order.shipBy() != null) ? LocalDate.ofInstant(order.shipBy(), ZoneOffset.UTC) : null);
		out.note(order.note());
		out.parties("850", order.envelope().sender(), order.envelope().receiver());
		out.shipTo(order.shipTo());
		for (Order.Line line : order.lines()) {
			out.po1(line.lineNumber(), line.quantity(), line.unitPrice(), line.product());
		}
		out.segment("CTT", Integer.toString(order.lines().size()));
	}

}
