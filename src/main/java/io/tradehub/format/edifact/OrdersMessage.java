package io.tradehub.format.edifact;

import java.util.Objects;

import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.Order;
import io.tradehub.document.Reference;

/**
 * Writes an order as an EANCOM ORDERS (purchase order).
 */
final class OrdersMessage {

	private OrdersMessage() {
	}

	static void write(Order order, EancomSegments out) {
		out.bgm("220", order.envelope().documentNumber());
		out.documentDate(order.envelope().documentDate());
		out.dtm(out.code("ORDERS", "requestedDelivery"), order.requestedDelivery());
		out.dtm(out.code("ORDERS", "shipBy"), order.shipBy());
		DocumentLink quote = order.envelope().answers();
		out.rff(out.code("ORDERS", "answers"), (quote != null) ? quote.documentNumber() : null);
		for (Reference reference : order.references()) {
			out.rff(reference.kind(), reference.value());
		}
		out.parties("ORDERS", order.envelope().sender(), order.envelope().receiver());
		out.shipTo(order.shipTo());
		out.cux(order.lines().stream().map(Order.Line::unitPrice).filter(Objects::nonNull).findFirst().orElse(null));
		out.text(order.note());
		for (Order.Line line : order.lines()) {
			out.lin(line.lineNumber(), line.product());
			out.qty(out.code("ORDERS", "quantity"), line.quantity());
			out.pri(line.unitPrice());
		}
		out.segment("UNS", "S");
		out.segment("CNT", (Object) new String[] { "2", Integer.toString(order.lines().size()) });
	}

}
