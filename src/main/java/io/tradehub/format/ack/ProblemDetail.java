package io.tradehub.format.ack;

import io.tradehub.format.ParseProblem;

/**
 * What exactly a problem is, finer than its kind, for the standards' code lists: an
 * INVALID_ELEMENT may be too long (0085 = 39, AK403 = 5) or a bad code (12, 7). The
 * reader words each StAEDI error distinctly, so the wording is what tells them apart
 * until problems carry the detail themselves.
 */
enum ProblemDetail {

	TOO_LONG, TOO_SHORT, INVALID_CHARACTERS, INVALID_CODE, INVALID_DATE, INVALID_TIME, TOO_MANY_REPETITIONS,
	TOO_MANY_COMPONENTS, UNKNOWN_SEGMENT, OUT_OF_SEQUENCE, NOT_IN_MESSAGE, EXCEEDS_MAXIMUM_USE, LOOP_EXCEEDS_MAXIMUM,
	OTHER;

	static ProblemDetail of(ParseProblem problem) {
		String message = problem.message();
		if (message.contains("longer than allowed")) {
			return TOO_LONG;
		}
		if (message.contains("shorter than allowed")) {
			return TOO_SHORT;
		}
		if (message.contains("has characters its type does not allow")) {
			return INVALID_CHARACTERS;
		}
		if (message.contains("is not an allowed code")) {
			return INVALID_CODE;
		}
		if (message.contains("is not a valid date")) {
			return INVALID_DATE;
		}
		if (message.contains("is not a valid time")) {
			return INVALID_TIME;
		}
		if (message.contains("too many repetitions")) {
			return TOO_MANY_REPETITIONS;
		}
		if (message.contains("too many components")) {
			return TOO_MANY_COMPONENTS;
		}
		if (message.contains("is not a known segment tag")) {
			return UNKNOWN_SEGMENT;
		}
		if (message.contains("segment not in proper sequence")) {
			return OUT_OF_SEQUENCE;
		}
		if (message.contains("segment not in defined transaction set")) {
			return NOT_IN_MESSAGE;
		}
		if (message.contains("segment exceeds maximum use")) {
			return EXCEEDS_MAXIMUM_USE;
		}
		if (message.contains("loop occurs over maximum times")) {
			return LOOP_EXCEEDS_MAXIMUM;
		}
		return OTHER;
	}

}
