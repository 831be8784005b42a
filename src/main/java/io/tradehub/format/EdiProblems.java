package io.tradehub.format;

import java.util.Map;

import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;

import org.jspecify.annotations.Nullable;

/**
 * Turns StAEDI's validation errors into problems worded for the partner, with the counts
 * and references the trailers should have had.
 */
final class EdiProblems {

	/** The header element each trailer's control reference must repeat. */
	private static final Map<String, String> HEADER_REFERENCE = Map.of("UNT", "UNH01", "SE", "ST02", "UNE", "UNG05",
			"GE", "GS06", "UNZ", "UNB05", "IEA", "ISA13");

	private EdiProblems() {
	}

	/**
	 * @param error what StAEDI found
	 * @param segment the segment it is in, as numbered by the hub
	 * @param location where StAEDI found it (element, component, occurrence)
	 * @param text the offending value, when there is one
	 * @param assembler what has been read so far, for counts and references
	 */
	static ParseProblem of(EDIStreamValidationError error, SegmentBuilder segment, Location location,
			@Nullable String text, InterchangeAssembler assembler) {
		String tag = segment.tag();
		String element = elementReference(tag, location);
		String value = (text != null) ? "'" + text + "'" : "the value";
		ParseProblem.Kind kind;
		String message;
		switch (error) {
			case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> {
				kind = ParseProblem.Kind.COUNT_MISMATCH;
				message = countMessage(tag, element, text, assembler);
			}
			case CONTROL_REFERENCE_MISMATCH -> {
				kind = ParseProblem.Kind.CONTROL_REFERENCE_MISMATCH;
				String header = HEADER_REFERENCE.getOrDefault(tag, "its header");
				message = element + " is " + text + " but " + header + " is " + assembler.headerReference(tag)
						+ "; the trailer must repeat the header's reference";
			}
			case UNRECOGNIZED_SEGMENT_ID -> {
				kind = ParseProblem.Kind.UNEXPECTED_SEGMENT;
				message = "'" + tag + "' is not a known segment tag";
			}
			case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_PROPER_SEQUENCE, SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
					SEGMENT_EXCEEDS_MAXIMUM_USE, LOOP_OCCURS_OVER_MAXIMUM_TIMES, IMPLEMENTATION_UNUSED_SEGMENT_PRESENT,
					IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT, SEGMENT_EXCLUSION_CONDITION_VIOLATED -> {
				kind = ParseProblem.Kind.UNEXPECTED_SEGMENT;
				message = tag + " is not allowed here (" + words(error) + ")";
			}
			case MANDATORY_SEGMENT_MISSING, IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING,
					IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES, IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE,
					CONDITIONAL_REQUIRED_SEGMENT_MISSING -> {
				kind = ParseProblem.Kind.MISSING_SEGMENT;
				message = "A mandatory " + ((text != null) ? text + " " : "") + "segment is missing before " + tag;
			}
			case REQUIRED_DATA_ELEMENT_MISSING, CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING,
					IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> {
				kind = ParseProblem.Kind.MISSING_ELEMENT;
				message = element + " is mandatory but missing";
			}
			case TOO_MANY_DATA_ELEMENTS, TOO_MANY_COMPONENTS, TOO_MANY_REPETITIONS,
					IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT, IMPLEMENTATION_TOO_FEW_REPETITIONS,
					IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT, EXCLUSION_CONDITION_VIOLATED -> {
				kind = ParseProblem.Kind.TOO_MANY_ELEMENTS;
				message = element + ": " + words(error);
			}
			case DATA_ELEMENT_TOO_SHORT -> {
				kind = ParseProblem.Kind.INVALID_ELEMENT;
				message = element + " " + value + " is shorter than allowed";
			}
			case DATA_ELEMENT_TOO_LONG -> {
				kind = ParseProblem.Kind.INVALID_ELEMENT;
				message = element + " " + value + " is longer than allowed";
			}
			case INVALID_CHARACTER_DATA -> {
				kind = ParseProblem.Kind.INVALID_ELEMENT;
				message = element + " " + value + " has characters its type does not allow";
			}
			case INVALID_CODE_VALUE, IMPLEMENTATION_INVALID_CODE_VALUE -> {
				kind = ParseProblem.Kind.INVALID_ELEMENT;
				message = element + " " + value + " is not an allowed code";
			}
			case INVALID_DATE, INVALID_TIME -> {
				kind = ParseProblem.Kind.INVALID_ELEMENT;
				message = element + " " + value + " is not a valid "
						+ (error == EDIStreamValidationError.INVALID_DATE ? "date" : "time");
			}
			default -> {
				kind = ParseProblem.Kind.INVALID_ELEMENT;
				message = element + " " + value + ": " + words(error);
			}
		}
		boolean inElement = location.getElementPosition() > 0;
		return new ParseProblem(kind, tag, segment.position(), segment.line(), inElement ? element : null, message);
	}

	/** {@code UNT01}, {@code NAD03-1}, or the tag alone for a segment-level error. */
	static String elementReference(String tag, Location location) {
		if (location.getElementPosition() <= 0) {
			return tag;
		}
		String reference = tag + String.format("%02d", location.getElementPosition());
		if (location.getComponentPosition() > 0) {
			reference += "-" + location.getComponentPosition();
		}
		if (location.getElementOccurrence() > 1) {
			reference += " (repetition " + location.getElementOccurrence() + ")";
		}
		return reference;
	}

	private static String countMessage(String tag, String element, @Nullable String declared,
			InterchangeAssembler assembler) {
		int actual = assembler.actualCount(tag);
		String declaredWhat;
		String container;
		switch (tag) {
			case "UNT", "SE" -> {
				declaredWhat = "segments";
				container = tag.equals("UNT") ? "message" : "transaction set";
			}
			case "UNE" -> {
				declaredWhat = "messages";
				container = "group";
			}
			case "GE" -> {
				declaredWhat = "transaction sets";
				container = "group";
			}
			default -> {
				declaredWhat = (assembler.groupCount > 0 || tag.equals("IEA")) ? "functional groups" : "messages";
				container = "interchange";
			}
		}
		return element + " says " + declared + " " + declaredWhat + " but the " + container + " has " + actual;
	}

	private static String words(EDIStreamValidationError error) {
		return error.name().toLowerCase().replace('_', ' ');
	}

}
