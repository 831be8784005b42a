package io.tradehub.format.edifact;

import java.util.List;

import io.tradehub.format.ParseProblem;

/**
 * Checks shared by the message mappings.
 */
final class Mappings {

	private Mappings() {
	}

	/** A message needs at least one line (LIN); without, the problem is at UNT. */
	static void requireLines(MappingContext context, List<?> lines, String message, String document) {
		if (context.parts.lines().isEmpty() && lines.isEmpty()) {
			context.problem(ParseProblem.Kind.MISSING_SEGMENT, context.parts.trailer(), null,
					"The " + message + " has no LIN line; " + document + " needs at least one");
		}
	}

}
