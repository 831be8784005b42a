package io.tradehub.format.edifact;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Answer;
import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Maps a QUOTES back to an answer, the reverse of {@link QuotesMessage}.
 */
final class QuotesMapping {

	private QuotesMapping() {
	}

	static @Nullable Answer map(MappingContext context, Interchange interchange, Identity identity) {
		MessageParts parts = context.parts;
		Envelope envelope = Headers.envelope(context, interchange, identity, "QUOTES", DocumentType.ORDER_REQUEST);
		LineFields fields = new LineFields(context);
		List<Answer.Line> lines = new ArrayList<>();
		for (LineGroup line : parts.lines()) {
			int number = fields.number(line);
			ProductRef product = Products.product(line, context);
			Quantity available = fields.required(line, context.qualifiers.of("QUOTES", "available"),
					"available quantity");
			Quantity backOrder = fields.optional(line, context.qualifiers.of("QUOTES", "backOrder"));
			Money price = fields.price(line);
			if (number > 0 && product != null && available != null) {
				lines.add(new Answer.Line(number, product, available, price, backOrder,
						fields.date(line, context.qualifiers.of("QUOTES", "availableOn"))));
			}
		}
		Mappings.requireLines(context, lines, "QUOTES", "an answer");
		Money charge = shippingCharge(context);
		if (envelope == null || fields.failed()) {
			return null;
		}
		return new Answer(envelope, lines, charge, Headers.text(parts.header(), context.qualifiers.text()));
	}

	/** The MOA+23 after the header's freight charge (ALC+C … FC). */
	private static @Nullable Money shippingCharge(MappingContext context) {
		boolean freight = false;
		for (EdiSegment segment : context.parts.header()) {
			if (segment.tag().equals("ALC")) {
				freight = segment.value(1).equals("C") && segment.component(5, 1).equals("FC");
			}
			else if (freight && segment.tag().equals("MOA") && segment.component(1, 1).equals("23")) {
				return context.amount(segment);
			}
		}
		return null;
	}

}
