package io.tradehub.format.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.OrderResponse;
import io.tradehub.document.OrderResponse.Action;
import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * Maps an ORDRSP back to an order response, the reverse of {@link OrdrspMessage}: the
 * order's verdict from BGM 1225, each line's from LIN 1229.
 */
final class OrdrspMapping {

	private static final Map<String, Action> MESSAGE_FUNCTIONS = Map.of("29", Action.ACCEPTED, "27", Action.REJECTED,
			"4", Action.CHANGED);

	private static final Map<String, Action> LINE_ACTIONS = Map.of("5", Action.ACCEPTED, "7", Action.REJECTED, "3",
			Action.CHANGED);

	private OrdrspMapping() {
	}

	static @Nullable OrderResponse map(MappingContext context, Interchange interchange, Identity identity) {
		MessageParts parts = context.parts;
		Envelope envelope = Headers.envelope(context, interchange, identity, "ORDRSP", DocumentType.ORDER);
		Action action = parts.bgm()
			.map((bgm) -> action(context, bgm, 3, MESSAGE_FUNCTIONS, "29, 27 or 4"))
			.orElse(null);
		LineFields fields = new LineFields(context);
		List<OrderResponse.Line> lines = new ArrayList<>();
		for (LineGroup line : parts.lines()) {
			int number = fields.number(line);
			ProductRef product = Products.product(line, context);
			Action lineAction = action(context, line.lin(), 2, LINE_ACTIONS, "5, 7 or 3");
			var quantity = fields.optional(line, context.qualifiers.of("ORDRSP", "quantity"));
			var price = fields.price(line);
			if (number > 0 && product != null && lineAction != null) {
				lines.add(new OrderResponse.Line(number, product, lineAction, quantity, price,
						fields.date(line, context.qualifiers.of("ORDRSP", "deliveryDate"))));
			}
		}
		if (envelope == null || action == null || fields.failed()) {
			return null;
		}
		return new OrderResponse(envelope, action, lines, Headers.text(parts.header(), context.qualifiers.text()));
	}

	private static @Nullable Action action(MappingContext context, EdiSegment segment, int element,
			Map<String, Action> codes, String allowed) {
		String code = segment.value(element);
		Action action = codes.get(code);
		if (action == null) {
			String reference = MappingContext.reference(segment, element, 0);
			context.problem(code.isEmpty() ? ParseProblem.Kind.MISSING_ELEMENT : ParseProblem.Kind.INVALID_ELEMENT,
					segment, reference,
					reference + (code.isEmpty() ? " is missing" : " '" + code + "' is not known")
							+ "; it says whether the " + (segment.tag().equals("BGM") ? "order" : "line")
							+ " is accepted, rejected or changed (" + allowed + ")");
		}
		return action;
	}

}
