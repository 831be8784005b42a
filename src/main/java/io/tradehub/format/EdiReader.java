package io.tradehub.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;

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
		return read(input, this.detector::detect, null);
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
		return read(input, this.detector::detect, listener);
	}

	/**
	 * Reads every interchange of an EDI input whose format the caller has detected
	 * already from its first {@link FormatDetector#PREFIX_LENGTH} bytes, so it is not
	 * detected twice.
	 * @param input the bytes as received
	 * @param detection what the caller's {@link FormatDetector} said of them
	 * @return the interchanges read and the problems found
	 */
	public EdiReading read(InputStream input, Detection detection) {
		return read(input, (prefix) -> detection, null);
	}

	private EdiReading read(InputStream input, Function<byte[], Detection> detect, @Nullable MessageListener listener) {
		InterchangeAssembler assembler = new InterchangeAssembler(listener);
		EdiInput edi;
		try {
			edi = EdiInput.open(input, detect);
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
		InputProblems.checkCharacterSet(edi, assembler);
		try {
			EDIStreamReader reader = this.factory.createEDIStreamReader(edi.stream(), edi.charset().name());
			readEvents(reader, edi, assembler);
		}
		catch (EDIStreamException | RuntimeException ex) {
			InputProblems.failed(ex, edi, assembler);
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
					InputProblems.checkTag(segment, assembler);
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
		InputProblems.checkTerminator(edi, assembler);
	}

	private static EdiReading result(InterchangeAssembler assembler) {
		return new EdiReading(assembler.interchanges, assembler.problems, assembler.problemStarts);
	}

	private static @Nullable Integer line(EdiInput edi, Location location) {
		return (edi.hasLines() && location.getLineNumber() > 0) ? location.getLineNumber() + edi.lineOffset() : null;
	}

	static String describe(@Nullable EdiSegment segment) {
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
