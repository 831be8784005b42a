package io.tradehub.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

import org.jspecify.annotations.Nullable;

/**
 * Reads EDIFACT and X12 input with StAEDI into interchanges split into messages, checking
 * envelopes, counts and control references. Bad input never throws: whatever is wrong
 * becomes a {@link ParseProblem} with its position, and whatever could be read before it
 * is kept.
 */
public class EdiReader {

	private final FormatDetector detector = new FormatDetector();

	private final EDIInputFactory factory = EDIInputFactory.newFactory();

	public EdiReader() {
		// Envelope code lists reject common real-world values (UNB qualifier ZZ, priority
		// letters); counts, references, lengths and data types are still checked.
		this.factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
		// Partners hard-wrap EDIFACT at 80 columns and indent X12 by loop; line breaks
		// and
		// tabs that are not delimiters are layout, not data.
		this.factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
	}

	/**
	 * Reads every interchange of an EDI input, keeping each one's messages. The input is
	 * streamed, never held whole; the caller closes it.
	 * @param input the bytes as received
	 * @return the interchanges read and the problems found
	 */
	public EdiReading read(InputStream input) {
		return read(input, null);
	}

	/**
	 * Reads every interchange of an EDI input, handing each message to the listener as
	 * soon as its trailer is read instead of keeping it, so memory stays bounded by the
	 * largest message however large the input. The interchanges returned have no messages
	 * then.
	 * @param input the bytes as received
	 * @param listener takes each message with its interchange's header
	 * @return the interchanges read and the problems found
	 */
	public EdiReading read(InputStream input, @Nullable MessageListener listener) {
		InterchangeAssembler assembler = new InterchangeAssembler(listener);
		EdiInput edi;
		try {
			edi = EdiInput.open(input, this.detector);
		}
		catch (IOException ex) {
			assembler.problems.add(ParseProblem.ofInput(ParseProblem.Kind.SYNTAX_ERROR,
					"The input cannot be read: " + ex.getMessage()));
			return result(assembler);
		}
		Format format = edi.detection().format();
		if (format != Format.EDIFACT && format != Format.X12) {
			assembler.problems.add(ParseProblem.ofInput(ParseProblem.Kind.UNRECOGNISED_FORMAT,
					"The file is not EDIFACT or X12: it looks like " + edi.detection().description()));
			return result(assembler);
		}
		checkCharacterSet(edi, assembler);
		try {
			EDIStreamReader reader = this.factory.createEDIStreamReader(edi.stream(), edi.charset().name());
			readEvents(reader, edi, assembler);
		}
		catch (EDIStreamException | RuntimeException ex) {
			failed(ex, edi, assembler);
		}
		return result(assembler);
	}

	private void readEvents(EDIStreamReader reader, EdiInput edi, InterchangeAssembler assembler)
			throws EDIStreamException {
		Delimiters delimiters = null;
		SegmentBuilder segment = null;
		while (reader.hasNext()) {
			EDIStreamEvent event = reader.next();
			Location location = reader.getLocation();
			switch (event) {
				case START_INTERCHANGE -> delimiters = delimiters(reader.getDelimiters());
				case START_SEGMENT -> {
					String tag = location.getSegmentTag();
					int position = tag.equals("UNA") ? 0 : assembler.nextPosition(tag);
					segment = new SegmentBuilder(tag, position, line(edi, location));
					checkTag(segment, assembler);
				}
				case ELEMENT_DATA -> {
					if (segment != null) {
						segment.value(location.getElementPosition(), location.getElementOccurrence(),
								location.getComponentPosition(), reader.getText());
					}
				}
				case END_SEGMENT -> {
					if (segment != null && delimiters != null && !segment.tag().equals("UNA")) {
						assembler.segment(segment.build(), delimiters);
					}
					segment = null;
				}
				case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
					SegmentBuilder at = (segment != null) ? segment
							: new SegmentBuilder(location.getSegmentTag(), assembler.position, line(edi, location));
					assembler.problem(EdiProblems.of(reader.getErrorType(), at, location,
							reader.hasText() ? reader.getText() : null, assembler));
				}
				default -> {
				}
			}
		}
		assembler.endOfInput("after " + describe(assembler.lastSegment));
		if (edi.terminatorAdded() && edi.terminator() != null && !Character.isWhitespace(edi.terminator())
				&& assembler.lastSegment != null) {
			EdiSegment last = assembler.lastSegment;
			assembler.problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX_ERROR, last.tag(), last.position(),
					last.line(), null, last.tag() + " at position " + last.position() + " has no segment terminator '"
							+ edi.terminator() + "'; it was read as if it had one"));
		}
	}

	/**
	 * StAEDI checks tags against a message's schema only; without one, check the form.
	 */
	private static void checkTag(SegmentBuilder segment, InterchangeAssembler assembler) {
		String tag = segment.tag();
		if (!tag.matches("[A-Z][A-Z0-9]{1,2}")) {
			assembler.problems.add(new ParseProblem(ParseProblem.Kind.UNEXPECTED_SEGMENT, tag, segment.position(),
					segment.line(), null, "'" + tag + "' is not a segment tag: a tag is a capital letter and one or two"
							+ " more capital letters or digits"));
		}
	}

	private static void checkCharacterSet(EdiInput edi, InterchangeAssembler assembler) {
		String identifier = edi.syntaxIdentifier();
		if (identifier != null && EdiCharsets.forSyntaxIdentifier(identifier).isEmpty()) {
			assembler.problems.add(new ParseProblem(ParseProblem.Kind.CHARACTER_SET, "UNB", 1,
					edi.hasLines() ? edi.lineOffset() + 1 : null, "UNB01-1", "UNB01-1 declares character set '"
							+ identifier + "', which the hub does not know; it was read as ISO-8859-1"));
		}
	}

	/**
	 * StAEDI stops at the first error it cannot recover from: an input ending inside an
	 * interchange names the missing trailers, anything else is a syntax error where it
	 * happened (at the interchange header when nothing could be read).
	 */
	private static void failed(Exception ex, EdiInput edi, InterchangeAssembler assembler) {
		String reason = (ex.getMessage() != null) ? ex.getMessage().replaceFirst("^EDIE\\d+ - ", "")
				: ex.getClass().getSimpleName();
		EdiSegment last = assembler.lastSegment;
		if (reason.contains("Unexpected end of stream") && assembler.envelope != null) {
			assembler.endOfInput("after " + describe(last));
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
		assembler.problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX_ERROR, null,
				(assembler.envelope != null) ? assembler.position + 1 : null, last.line(), null,
				"The input cannot be read after " + describe(last) + ": " + reason));
		assembler.envelope = null;
	}

	private static EdiReading result(InterchangeAssembler assembler) {
		return new EdiReading(assembler.interchanges, assembler.problems);
	}

	private static @Nullable Integer line(EdiInput edi, Location location) {
		return (edi.hasLines() && location.getLineNumber() > 0) ? location.getLineNumber() + edi.lineOffset() : null;
	}

	private static String describe(@Nullable EdiSegment segment) {
		return (segment != null) ? segment.tag() + " at position " + segment.position() : "the start";
	}

	private static Delimiters delimiters(Map<String, Character> delimiters) {
		return new Delimiters(delimiters.get(EDIStreamConstants.Delimiters.SEGMENT),
				delimiters.get(EDIStreamConstants.Delimiters.DATA_ELEMENT),
				delimiters.get(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT),
				delimiters.get(EDIStreamConstants.Delimiters.REPETITION),
				delimiters.get(EDIStreamConstants.Delimiters.RELEASE));
	}

	/** Takes messages one by one as they are read. */
	@FunctionalInterface
	public interface MessageListener {

		/**
		 * @param interchange the header of the interchange the message is in (without
		 * messages)
		 * @param message the message, complete with its trailer
		 */
		void message(Interchange interchange, EdiMessage message);

	}

}
