package io.tradehub.format;

import java.nio.charset.CharacterCodingException;

import io.xlate.edi.stream.EDIStreamException;

import org.jspecify.annotations.Nullable;

/**
 * Problems StAEDI does not word itself: an unknown character set, a header or input that
 * cannot be read, a malformed tag, a last segment without its terminator.
 */
final class InputProblems {

	private InputProblems() {
	}

	static void checkCharacterSet(EdiInput edi, InterchangeAssembler assembler) {
		String identifier = edi.syntaxIdentifier();
		if (identifier != null && EdiCharsets.forSyntaxIdentifier(identifier).isEmpty()) {
			assembler.problems.add(new ParseProblem(ParseProblem.Kind.CHARACTER_SET, "UNB", 1,
					edi.hasLines() ? edi.lineOffset() + 1 : null, "UNB01-1", "UNB01-1 declares character set '"
							+ identifier + "', which the hub does not know; it was read as ISO-8859-1"));
		}
	}

	/**
	 * StAEDI checks tags against a message's schema only; without one, check the form.
	 */
	static void checkTag(SegmentBuilder segment, InterchangeAssembler assembler) {
		String tag = segment.tag();
		if (!isTag(tag)) {
			assembler.problems.add(new ParseProblem(ParseProblem.Kind.UNEXPECTED_SEGMENT, tag, segment.position(),
					segment.line(), null, "'" + tag + "' is not a segment tag: a tag is a capital letter and one or two"
							+ " more capital letters or digits"));
		}
	}

	/**
	 * A capital letter and one or two more capitals or digits; checked by hand because it
	 * runs for every segment.
	 */
	static boolean isTag(String tag) {
		if (tag.length() < 2 || tag.length() > 3 || tag.charAt(0) < 'A' || tag.charAt(0) > 'Z') {
			return false;
		}
		for (int i = 1; i < tag.length(); i++) {
			char c = tag.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A missing final terminator is worth a word when it is a visible character; a file
	 * that merely lacks its last line break is fine.
	 */
	static void checkTerminator(EdiInput edi, InterchangeAssembler assembler) {
		Character terminator = edi.terminator();
		EdiSegment last = assembler.lastSegment;
		if (edi.terminatorAdded() && terminator != null && !Character.isWhitespace(terminator) && last != null) {
			assembler.problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX_ERROR, last.tag(), last.position(),
					last.line(), null, last.tag() + " at position " + last.position() + " has no segment terminator '"
							+ terminator + "'; it was read as if it had one"));
		}
	}

	/**
	 * StAEDI stops at the first error it cannot recover from: an input ending inside an
	 * interchange names the missing trailers, anything else is a syntax error where it
	 * happened (at the interchange header when nothing could be read).
	 */
	static void failed(Exception ex, EdiInput edi, InterchangeAssembler assembler) {
		String reason = (ex.getMessage() != null) ? ex.getMessage().replaceFirst("^EDIE\\d+ - ", "")
				: ex.getClass().getSimpleName();
		EdiSegment last = assembler.lastSegment;
		if (reason.contains("Unexpected end of stream") && assembler.envelope != null) {
			assembler.endOfInput("after " + EdiReader.describe(last));
			return;
		}
		if (last == null) {
			String header = (edi.detection().format() == Format.X12) ? "ISA" : "UNB";
			String hint = header.equals("ISA") ? " (an ISA has 16 fixed-width elements, 106 characters in all)" : "";
			assembler.problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX_ERROR, header, 1,
					edi.hasLines() ? edi.lineOffset() + 1 : null, null,
					"The " + header + " interchange header cannot be read" + hint + ": " + reason));
			return;
		}
		String segment = segmentOf(ex);
		if (undecodable(ex)) {
			String tag = (segment != null) ? segment : last.tag();
			assembler.problems.add(new ParseProblem(ParseProblem.Kind.CHARACTER_SET, tag, assembler.position,
					lineOf(ex, edi, last), null, tag + " at position " + assembler.position + " has bytes that are not "
							+ edi.charset().name() + declared(edi) + "; the input cannot be read from there"));
			assembler.envelope = null;
			return;
		}
		assembler.problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX_ERROR,
				(segment != null) ? segment : last.tag(), assembler.position, last.line(), null,
				"The input cannot be read after " + EdiReader.describe(last) + ": " + reason));
		assembler.envelope = null;
	}

	/**
	 * StAEDI decodes strictly: a byte the character set has no character for (ISO 8859-1
	 * bytes under UNOA or UNOW, read as UTF-8) ends the reading.
	 */
	private static boolean undecodable(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Integer lineOf(Exception ex, EdiInput edi, EdiSegment last) {
		if (ex instanceof EDIStreamException stream && stream.getLocation() != null && edi.hasLines()
				&& stream.getLocation().getLineNumber() > 0) {
			return stream.getLocation().getLineNumber() + edi.lineOffset();
		}
		return last.line();
	}

	private static String declared(EdiInput edi) {
		return (edi.syntaxIdentifier() != null)
				? ", which the file is read as for the " + edi.syntaxIdentifier() + " declared in UNB01-1" : "";
	}

	private static @Nullable String segmentOf(Exception ex) {
		return (ex instanceof EDIStreamException edi && edi.getLocation() != null) ? edi.getLocation().getSegmentTag()
				: null;
	}

}
