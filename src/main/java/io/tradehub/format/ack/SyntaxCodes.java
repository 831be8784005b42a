package io.tradehub.format.ack;

import io.tradehub.format.ParseProblem;

/**
 * Each kind of problem as the acknowledgement standards code it: ISO 9735 syntax error
 * code 0085 for CONTRL, and the X12 code lists of AK304/IK304 (segment), AK403/IK403
 * (element), AK502/IK502 (transaction set), AK905 (group) and TA105 (interchange). The
 * table is in {@code mappings/edifact/README.md} and {@code mappings/x12/README.md}.
 */
final class SyntaxCodes {

	private SyntaxCodes() {
	}

	/** ISO 9735 data element 0085, syntax error, coded. */
	static String edifact(ParseProblem problem) {
		ProblemDetail detail = ProblemDetail.of(problem);
		return switch (problem.kind()) {
			case MISSING_TRAILER, MISSING_SEGMENT, MISSING_ELEMENT -> "13";
			case COUNT_MISMATCH -> "29";
			case CONTROL_REFERENCE_MISMATCH -> "28";
			case CHARACTER_SET -> "21";
			case TOO_MANY_ELEMENTS -> (detail == ProblemDetail.TOO_MANY_REPETITIONS) ? "35" : "16";
			case UNEXPECTED_SEGMENT -> switch (detail) {
				case EXCEEDS_MAXIMUM_USE -> "35";
				case LOOP_EXCEEDS_MAXIMUM -> "36";
				default -> "15";
			};
			case INVALID_ELEMENT -> switch (detail) {
				case TOO_LONG -> "39";
				case TOO_SHORT -> "40";
				case INVALID_CHARACTERS -> "21";
				default -> "12";
			};
			// No agreement lets the hub receive this message type.
			case UNSUPPORTED_TYPE -> "17";
			case DUPLICATE_CONTROL_REFERENCE -> "26";
			default -> "18";
		};
	}

	/** AK304 / IK304 for a problem with a whole segment. */
	static String x12Segment(ParseProblem problem) {
		if (problem.kind() == ParseProblem.Kind.MISSING_SEGMENT) {
			return "3";
		}
		return switch (ProblemDetail.of(problem)) {
			case UNKNOWN_SEGMENT -> "1";
			case LOOP_EXCEEDS_MAXIMUM -> "4";
			case EXCEEDS_MAXIMUM_USE -> "5";
			case NOT_IN_MESSAGE -> "6";
			case OUT_OF_SEQUENCE -> "7";
			default -> (problem.kind() == ParseProblem.Kind.UNEXPECTED_SEGMENT) ? "2" : "8";
		};
	}

	/** AK403 / IK403; codes 12 and 13 exist from 005010 on. */
	static String x12Element(ParseProblem problem, boolean v5010) {
		ProblemDetail detail = ProblemDetail.of(problem);
		return switch (problem.kind()) {
			case MISSING_ELEMENT -> "1";
			case TOO_MANY_ELEMENTS -> switch (detail) {
				case TOO_MANY_REPETITIONS -> v5010 ? "12" : "3";
				case TOO_MANY_COMPONENTS -> v5010 ? "13" : "3";
				default -> "3";
			};
			default -> switch (detail) {
				case TOO_SHORT -> "4";
				case TOO_LONG -> "5";
				case INVALID_CODE -> "7";
				case INVALID_DATE -> "8";
				case INVALID_TIME -> "9";
				default -> "6";
			};
		};
	}

	/** AK502 / IK502 for a problem with the set's header or trailer (ST, SE). */
	static String x12Set(ParseProblem problem) {
		return switch (problem.kind()) {
			case UNSUPPORTED_TYPE -> "1";
			case MISSING_TRAILER -> "2";
			case CONTROL_REFERENCE_MISMATCH -> "3";
			case COUNT_MISMATCH -> "4";
			case DUPLICATE_CONTROL_REFERENCE -> "23";
			default -> {
				yield "ST02".equals(problem.element()) ? "7" : "6";
			}
		};
	}

	/** AK905 for a problem with the group's header or trailer (GS, GE), or null. */
	static @org.jspecify.annotations.Nullable String x12Group(ParseProblem problem) {
		return switch (problem.kind()) {
			case MISSING_TRAILER -> "3";
			case CONTROL_REFERENCE_MISMATCH -> "4";
			case COUNT_MISMATCH -> "5";
			case DUPLICATE_CONTROL_REFERENCE -> "19";
			default -> {
				if ("GS08".equals(problem.element())) {
					yield "2";
				}
				yield "GS06".equals(problem.element()) ? "6" : null;
			}
		};
	}

	/** TA105, interchange note code, for a problem with ISA or IEA. */
	static String ta1(ParseProblem problem) {
		if (problem.kind() == ParseProblem.Kind.DUPLICATE_CONTROL_REFERENCE) {
			return "025";
		}
		return switch (problem.kind()) {
			case CONTROL_REFERENCE_MISMATCH -> "001";
			case COUNT_MISMATCH -> "021";
			case MISSING_TRAILER -> "023";
			case SYNTAX_ERROR, CHARACTER_SET, UNRECOGNISED_FORMAT -> "022";
			default -> isaElement(problem);
		};
	}

	/** The note code naming the ISA element in error (ISA01 010 ... ISA16 027). */
	private static String isaElement(ParseProblem problem) {
		ElementPosition position = ElementPosition.of(problem.segment(), problem.element());
		if (!"ISA".equals(problem.segment()) || position == null) {
			return "024";
		}
		return switch (position.element()) {
			case 1 -> "010";
			case 2 -> "011";
			case 3 -> "012";
			case 4 -> "013";
			case 5 -> "005";
			case 6 -> "006";
			case 7 -> "007";
			case 8 -> "008";
			case 9 -> "014";
			case 10 -> "015";
			case 11 -> "016";
			case 12 -> "017";
			case 13 -> "018";
			case 14 -> "019";
			case 15 -> "020";
			case 16 -> "027";
			default -> "024";
		};
	}

}
