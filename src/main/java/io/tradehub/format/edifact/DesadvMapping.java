package io.tradehub.format.edifact;

import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.DocumentType;
import io.tradehub.document.Envelope;
import io.tradehub.document.ProductRef;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.Interchange;
import io.tradehub.format.ParseProblem;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Maps a DESADV back to a shipment notice, the reverse of {@link DesadvMessage}; lines
 * are read at every packing level (CPS).
 */
final class DesadvMapping {

	private DesadvMapping() {
	}

	static @Nullable ShipmentNotice map(MappingContext context, Interchange interchange, Identity identity) {
		MessageParts parts = context.parts;
		Envelope envelope = Headers.envelope(context, interchange, identity, "DESADV", DocumentType.ORDER);
		LineFields fields = new LineFields(context);
		List<ShipmentNotice.Line> lines = new ArrayList<>();
		for (LineGroup line : parts.lines()) {
			int number = fields.number(line);
			ProductRef product = Products.product(line, context);
			Quantity shipped = fields.required(line, context.qualifiers.of("DESADV", "shipped"), "despatched quantity");
			EdiSegment order = line.find("RFF", context.qualifiers.of("DESADV", "answers")).orElse(null);
			Integer orderLine = (order != null) ? orderLine(context, order) : null;
			if (number > 0 && product != null && shipped != null) {
				lines.add(new ShipmentNotice.Line(number, product, shipped,
						(order != null && !order.component(1, 2).isEmpty()) ? order.component(1, 2) : null, orderLine));
			}
		}
		Mappings.requireLines(context, lines, "DESADV", "a shipment notice");
		Money cost = parts.find("MOA", "64").map(context::amount).orElse(null);
		if (envelope == null || fields.failed()) {
			return null;
		}
		EdiSegment tdt = parts.find("TDT", "20").orElse(null);
		String language = parts.find("FTX", "PAC").map((ftx) -> ftx.value(5)).filter((v) -> !v.isEmpty()).orElse(null);
		return new ShipmentNotice(envelope, lines,
				parts.date(context.qualifiers.of("DESADV", "shippedOn")).map(context::date).orElse(null), cost,
				Headers.reference(parts, "CN").orElse(null), (tdt != null) ? blank(tdt.component(5, 4)) : null,
				(tdt != null) ? blank(tdt.component(4, 2)) : null, language,
				Headers.text(parts.header(), context.qualifiers.text()));
	}

	/** RFF+ON:order:line, the order line in RFF 1156 (line number). */
	private static @Nullable Integer orderLine(MappingContext context, EdiSegment rff) {
		String value = rff.component(1, 3);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			context.problem(ParseProblem.Kind.INVALID_ELEMENT, rff, "RFF01-3",
					"RFF01-3 '" + value + "' is not an order line number");
			return null;
		}
	}

	private static @Nullable String blank(String value) {
		return value.isEmpty() ? null : value;
	}

}
