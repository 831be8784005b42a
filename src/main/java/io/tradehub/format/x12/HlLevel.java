package io.tradehub.format.x12;

import java.util.List;
import java.util.Map;

import io.tradehub.document.ProductRef;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem.Kind;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * One level of an 856 hierarchy: its HL, its id (HL01), parent (HL02) and code (HL03: S
 * shipment, O order, P pack, I item), and the segments up to the next HL.
 */
record HlLevel(EdiSegment hl, String id, String parent, String code, List<EdiSegment> segments) {

	static HlLevel of(EdiSegment hl, List<EdiSegment> segments) {
		return new HlLevel(hl, hl.value(1).strip(), hl.value(2).strip(), hl.value(3).strip(), segments);
	}

	@Nullable EdiSegment first(String tag) {
		return X12Transaction.first(this.segments, tag, null).orElse(null);
	}

	/** PRF01 of the nearest order level above, or null. */
	@Nullable String orderNumber(Map<String, HlLevel> levels) {
		HlLevel level = this;
		for (int depth = 0; level != null && depth < 50; depth++) {
			EdiSegment prf = level.first("PRF");
			if (level.code().equals("O") && prf != null) {
				return X12Transaction.text(prf, 1);
			}
			level = levels.get(level.parent());
		}
		return null;
	}

	/** The line of an item level: product from LIN, quantity from SN1. */
	ShipmentNotice.@Nullable Line line(X12Transaction tx, int lineNumber, Map<String, HlLevel> levels) {
		EdiSegment lin = first("LIN");
		EdiSegment sn1 = first("SN1");
		if (lin == null || sn1 == null) {
			tx.problem(Kind.MISSING_SEGMENT, this.hl, null, "The item level HL " + this.id + " has no "
					+ ((lin == null) ? "LIN" : "SN1") + "; each item needs LIN (product) and SN1 (quantity shipped)");
			return null;
		}
		ProductRef product = X12Lines.product(tx, lin, 2, X12Lines.description(this.segments));
		Quantity shipped = X12Values.quantity(tx, sn1, 2, "quantity shipped");
		if (product == null || shipped == null) {
			return null;
		}
		return new ShipmentNotice.Line(lineNumber, product, shipped, orderNumber(levels),
				X12Lines.positive(X12Transaction.text(lin, 1)));
	}

}
