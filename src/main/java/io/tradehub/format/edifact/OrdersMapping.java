package io.tradehub.format.edifact;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.Order;
import io.tradehub.document.ProductRef;
import io.tradehub.format.Interchange;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Maps an ORDERS back to an order, the reverse of {@link OrdersMessage}.
 */
final class OrdersMapping {

	private OrdersMapping() {
	}

	static @Nullable Order map(MappingContext context, Interchange interchange, Identity identity) {
		MessageParts parts = context.parts;
		Envelope envelope = Headers.envelope(context, interchange, identity, "ORDERS", DocumentType.ANSWER);
		LineFields fields = new LineFields(context);
		List<Order.Line> lines = new ArrayList<>();
		for (LineGroup line : parts.lines()) {
			int number = fields.number(line);
			ProductRef product = Products.product(line, context);
			Quantity quantity = fields.required(line, context.qualifiers.of("ORDERS", "quantity"), "ordered quantity");
			var price = fields.price(line);
			if (number > 0 && product != null && quantity != null) {
				lines.add(new Order.Line(number, product, quantity, price));
			}
		}
		Mappings.requireLines(context, lines, "ORDERS", "an order");
		if (envelope == null || fields.failed()) {
			return null;
		}
		return new Order(envelope, lines,
				parts.find("NAD", context.qualifiers.shipTo()).map(Parties::address).orElse(null),
				Headers.references(parts, List.of(context.qualifiers.of("ORDERS", "answers"))),
				parts.date(context.qualifiers.of("ORDERS", "requestedDelivery")).map(context::date).orElse(null),
				parts.date(context.qualifiers.of("ORDERS", "shipBy")).map(context::instant).orElse(null),
				Headers.text(parts.header(), context.qualifiers.text()));
	}

}
