package io.tradehub.format;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a partner's file, as data with a position so the partner can find
 * it: the segment, its position in the interchange, the line where the input has lines,
 * and the element, with a message in words the partner can act on.
 *
 * @param kind what kind of problem it is
 * @param segment the segment tag (for example {@code UNT}), or null when the problem is
 * not in a segment (an unrecognised file)
 * @param segmentPosition the segment's position in its interchange counting the
 * interchange header as 1 (UNA is a service string advice, not a segment), or null
 * @param line the line the segment starts on, or null when the input has no line breaks
 * @param element the element reference such as {@code UNT01} or {@code NAD03-1}, or null
 * when the problem concerns the whole segment
 * @param message what is wrong, for example "UNT01 says 99 segments but the message has
 * 3"
 */
public record ParseProblem(Kind kind, @Nullable String segment, @Nullable Integer segmentPosition,
		@Nullable Integer line, @Nullable String element, String message) {

	/** A problem that concerns the whole input rather than one segment. */
	public static ParseProblem ofInput(Kind kind, String message) {
		return new ParseProblem(kind, null, null, null, null, message);
	}

	/** Kinds of problems, from the file as a whole down to one element. */
	public enum Kind {

		/** The input is not in a format the hub reads (binary, EBCDIC, unknown text). */
		UNRECOGNISED_FORMAT,

		/** The declared character set is unknown or the bytes do not decode in it. */
		CHARACTER_SET,

		/** The input cannot be split into segments and elements at this point. */
		SYNTAX_ERROR,

		/**
		 * An interchange, group or message ends without its trailer (UNZ, IEA, UNE, GE,
		 * UNT, SE).
		 */
		MISSING_TRAILER,

		/**
		 * A trailer's count (UNT01, UNE01, UNZ01, SE01, GE01, IEA01) differs from what
		 * was sent.
		 */
		COUNT_MISMATCH,

		/**
		 * A trailer's control reference differs from its header's (UNT02/UNH01,
		 * SE02/ST02...).
		 */
		CONTROL_REFERENCE_MISMATCH,

		/**
		 * A control reference repeats an earlier one in the same file: a message's
		 * (UNH01, ST02) or group's (UNG05, GS06) in its interchange, an interchange's
		 * (UNB05, ISA13) from the same sender.
		 */
		DUPLICATE_CONTROL_REFERENCE,

		/** A segment is not known or not allowed where it appears. */
		UNEXPECTED_SEGMENT,

		/** A mandatory segment is missing. */
		MISSING_SEGMENT,

		/** A mandatory element or component is empty or missing. */
		MISSING_ELEMENT,

		/**
		 * A segment or composite has more elements, components or repetitions than
		 * allowed.
		 */
		TOO_MANY_ELEMENTS,

		/**
		 * An element's value is too long, too short, of the wrong kind or not an allowed
		 * code.
		 */
		INVALID_ELEMENT,

		/** A recognised message type the hub does not trade (INVOIC, 810, IFCSUM...). */
		UNSUPPORTED_TYPE

	}

}
