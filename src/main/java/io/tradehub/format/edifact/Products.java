package io.tradehub.format.edifact;

import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem;
import org.jspecify.annotations.Nullable;

/**
 * Reads a line's LIN, PIA and IMD back into a product: GTIN from LIN (EN, SRV, UP), SKU
 * from SA and the buyer's code from IN or BP, in LIN or PIA.
 */
final class Products {

	private Products() {
	}

	static @Nullable ProductRef product(LineGroup line, MappingContext context) {
		String[] ids = new String[3];
		take(ids, line.lin().component(3, 1), line.lin().component(3, 2), true);
		for (EdiSegment pia : line.segments()) {
			if (pia.tag().equals("PIA") && (pia.value(1).equals("1") || pia.value(1).equals("5"))) {
				for (int element = 2; element <= Math.min(6, pia.elements().size()); element++) {
					take(ids, pia.component(element, 1), pia.component(element, 2), false);
				}
			}
		}
		if (ids[0] == null && ids[1] == null && ids[2] == null) {
			String number = line.lin().component(3, 1);
			String lineNumber = line.lin().value(1);
			if (!number.isEmpty()) {
				context.problem(ParseProblem.Kind.INVALID_ELEMENT, line.lin(), "LIN03-2",
						"Line " + lineNumber + " names its product " + number + " as type '"
								+ line.lin().component(3, 2) + "'; the hub reads GTINs (EN, SRV, UP),"
								+ " supplier's (SA) and buyer's (IN, BP) article numbers");
			}
			else {
				context.problem(ParseProblem.Kind.MISSING_ELEMENT, line.lin(), "LIN03-1", "Line " + lineNumber
						+ " names no product: LIN03-1 has no GTIN and no PIA gives a supplier's (SA) or buyer's (IN)"
						+ " article number");
			}
			return null;
		}
		return new ProductRef(ids[0], ids[1], ids[2], description(line));
	}

	private static void take(String[] ids, String number, String type, boolean gtinWithoutType) {
		if (number.isEmpty()) {
			return;
		}
		int slot = switch (type) {
			case "SA" -> 0;
			case "EN", "SRV", "UP" -> 1;
			case "IN", "BP" -> 2;
			case "" -> gtinWithoutType ? 1 : -1;
			default -> -1;
		};
		if (slot >= 0 && ids[slot] == null) {
			ids[slot] = number;
		}
	}

	/** IMD+F (free form) description, C273 7008 and its continuation. */
	private static @Nullable String description(LineGroup line) {
		for (EdiSegment imd : line.segments()) {
			if (imd.tag().equals("IMD") && imd.value(1).equals("F")) {
				String text = Parties.text(imd.component(3, 4), imd.component(3, 5));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
