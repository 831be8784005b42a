package io.tradehub.format.edifact;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Reads one message's lines: their numbers (unique, from 1), quantities, prices and
 * dates, each missing or unreadable value becoming a problem at the line's segment.
 */
final class LineFields {

	private final MappingContext context;

	private final Set<Integer> numbers = new HashSet<>();

	LineFields(MappingContext context) {
		this.context = context;
	}

	/** The LIN line number, or -1 with a problem when missing, invalid or used twice. */
	int number(LineGroup line) {
		int number = Headers.lineNumber(line, this.context);
		if (number > 0 && !this.numbers.add(number)) {
			this.context.problem(ParseProblem.Kind.INVALID_ELEMENT, line.lin(), "LIN01",
					"LIN01 line number " + number + " is used twice; each line needs its own number");
			return -1;
		}
		return number;
	}

	/** A quantity the canonical line needs: missing, it is a problem at LIN. */
	@Nullable Quantity required(LineGroup line, String qualifier, String what) {
		EdiSegment qty = line.find("QTY", qualifier).orElse(null);
		if (qty == null) {
			this.context.problem(ParseProblem.Kind.MISSING_SEGMENT, line.lin(), null, "Line " + line.lin().value(1)
					+ " has no QTY+" + qualifier + " (" + what + "); the line needs it after its LIN");
			return null;
		}
		return this.context.quantity(qty);
	}

	@Nullable Quantity optional(LineGroup line, String qualifier) {
		return line.find("QTY", qualifier).map(this.context::quantity).orElse(null);
	}

	@Nullable Money price(LineGroup line) {
		return line.find("PRI", this.context.qualifiers.price()).map(this.context::price).orElse(null);
	}

	@Nullable LocalDate date(LineGroup line, String qualifier) {
		return line.find("DTM", qualifier).map(this.context::date).orElse(null);
	}

	boolean failed() {
		return !this.context.problems.isEmpty();
	}

}
