package io.tradehub.format.edifact;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Envelope;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.ProductRef;
import io.tradehub.format.Interchange;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Maps a REQOTE back to an order request, the reverse of {@link ReqoteMessage}.
 */
final class ReqoteMapping {

	private ReqoteMapping() {
	}

	static @Nullable OrderRequest map(MappingContext context, Interchange interchange, Identity identity) {
		MessageParts parts = context.parts;
		Envelope envelope = Headers.envelope(context, interchange, identity, "REQOTE", null);
		LineFields fields = new LineFields(context);
		List<OrderRequest.Line> lines = new ArrayList<>();
		for (LineGroup line : parts.lines()) {
			int number = fields.number(line);
			ProductRef product = Products.product(line, context);
			Quantity quantity = fields.required(line, context.qualifiers.of("REQOTE", "quantity"),
					"requested quantity");
			if (number > 0 && product != null && quantity != null) {
				lines.add(new OrderRequest.Line(number, product, quantity));
			}
		}
		Mappings.requireLines(context, lines, "REQOTE", "an order request");
		if (envelope == null || fields.failed()) {
			return null;
		}
		return new OrderRequest(envelope, lines,
				parts.find("NAD", context.qualifiers.shipTo()).map(Parties::address).orElse(null),
				Headers.references(parts, List.of()), Headers.text(parts.header(), context.qualifiers.text()),
				parts.date(context.qualifiers.of("REQOTE", "answerBy")).map(context::instant).orElse(null));
	}

}
