package io.tradehub.format.ack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.tradehub.format.EdiSegments;
import io.tradehub.format.Interchange;
import io.tradehub.format.Party;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * The interchange an EDIFACT acknowledgement goes back in: the answered interchange's
 * identities swapped, its separators, character set, syntax version and test indicator,
 * under the hub's own control reference. The messages in it are the caller's.
 */
final class EdifactAnswer {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);

	private final Interchange answered;

	private final String reference;

	private final EDIStreamWriter writer;

	private final EdiSegments segments;

	private EdifactAnswer(Interchange answered, String reference) throws EDIStreamException, EDISchemaException {
		this.answered = answered;
		this.reference = reference;
		this.writer = AckOutput.edifact(answered.delimiters()).createEDIStreamWriter(this.bytes, charset().name());
		this.writer.setControlSchema(SchemaFactory.newFactory()
			.getControlSchema(Standards.EDIFACT, new String[] { answered.syntaxIdentifier(), syntax4() ? "4" : "3" }));
		this.segments = new EdiSegments(this.writer);
	}

	/** Starts the answer with UNA and UNB; the segment count starts after them. */
	static EdifactAnswer open(Interchange answered, String interchangeReference, ZonedDateTime now)
			throws EDIStreamException, EDISchemaException {
		EdifactAnswer answer = new EdifactAnswer(answered, interchangeReference);
		boolean syntax4 = answer.syntax4();
		answer.writer.startInterchange();
		answer.segments.segment("UNA");
		answer.segments.segment("UNB", new String[] { answered.syntaxIdentifier(), syntax4 ? "4" : "3" },
				identification(answered.receiver()), identification(answered.sender()),
				new String[] { DateTimeFormatter.ofPattern(syntax4 ? "yyyyMMdd" : "yyMMdd").format(now),
						DateTimeFormatter.ofPattern("HHmm").format(now) },
				interchangeReference, null, null, null, null, null, answered.test() ? "1" : null);
		answer.segments.resetCount();
		return answer;
	}

	EdiSegments segments() {
		return this.segments;
	}

	/** Syntax version 4 (dates with the century, CONTRL 4:1) rather than 3 or older. */
	boolean syntax4() {
		try {
			return Integer.parseInt(this.answered.syntaxVersion()) >= 4;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** The encoding the sender's syntax identifier declares, which the answer keeps. */
	Charset charset() {
		return switch (this.answered.syntaxIdentifier()) {
			case "UNOA", "UNOB" -> StandardCharsets.US_ASCII;
			case "UNOW", "UNOY" -> StandardCharsets.UTF_8;
			default -> StandardCharsets.ISO_8859_1;
		};
	}

	/** Ends the interchange with UNZ counting its messages. */
	byte[] close(int messages) throws EDIStreamException {
		this.segments.segment("UNZ", Integer.toString(messages), this.reference);
		this.writer.endInterchange();
		this.writer.close();
		return this.bytes.toByteArray();
	}

	static String[] identification(Party party) {
		return (party.qualifier() != null) ? new String[] { party.id(), party.qualifier() }
				: new String[] { party.id() };
	}

}
