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
		out.dtm("2", order.requestedDelivery());
		out.dtm("38", order.shipBy());
		DocumentLink quote = order.envelope().answers();
		out.rff("PR", (quote != null) ? quote.documentNumber() : null);
		for (Reference reference : order.references()) {
			out.rff(reference.kind(), reference.value());
		}
		out.nad("BY", order.envelope().sender());
		out.nad("SU", order.envelope().receiver());
		out.nad("DP", order.shipTo());
		out.cux(order.lines().stream().map(Order.Line::unitPrice).filter(Objects::nonNull).findFirst().orElse(null));
		out.ftx("AAI", order.note());
		for (Order.Line line : order.lines()) {
			out.lin(line.lineNumber(), line.product());
			out.qty("21", line.quantity());
			out.pri(line.unitPrice());
		}
		out.segment("UNS", "S");
		out.segment("CNT", (Object) new String[] { "2", Integer.toString(order.lines().size()) });
	}

}
