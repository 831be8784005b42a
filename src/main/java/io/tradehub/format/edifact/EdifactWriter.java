package io.tradehub.format.edifact;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.Order;
import io.tradehub.document.OrderRequest;
import io.tradehub.document.OrderResponse;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.format.ControlNumbers;
import io.tradehub.format.EdiSegments;
import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Writes a canonical document as an EANCOM interchange (UNA, UNB, one message, UNZ) for
 * one receiver, with StAEDI doing the separating and escaping.
 */
public final class EdifactWriter {

	private final ControlNumbers controlNumbers;

	private final Clock clock;

	public EdifactWriter(ControlNumbers controlNumbers, Clock clock) {
		this.controlNumbers = controlNumbers;
		this.clock = clock;
	}

	public byte[] write(CanonicalDocument document, EdifactSettings settings) {
		String messageType = EdifactVersion.messageType(document.type());
		String interchangeReference = Long
			.toString(this.controlNumbers.next(settings.receiver(), ControlNumbers.Kind.INTERCHANGE));
		String messageReference = Long
			.toString(this.controlNumbers.next(settings.receiver(), ControlNumbers.Kind.MESSAGE));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
		try {
			EDIStreamWriter writer = factory(settings).createEDIStreamWriter(bytes, settings.charset().name());
			// StAEDI checks the service segments (UNB, UNH ...) against the syntax as
			// they are written.
			writer.setControlSchema(SchemaFactory.newFactory()
				.getControlSchema(Standards.EDIFACT,
						new String[] { settings.syntaxId(), Integer.toString(settings.syntaxVersion()) }));
			EdiSegments out = new EdiSegments(writer);
			writer.startInterchange();
			out.segment("UNA");
			out.segment("UNB", new String[] { settings.syntaxId(), Integer.toString(settings.syntaxVersion()) },
					EdifactSettings.identification(settings.sender()),
					EdifactSettings.identification(settings.receiver()), dateTime(settings), interchangeReference, null,
					null, null, null, null, settings.test() ? "1" : null);
			out.resetCount();
			out.segment("UNH", messageReference, settings.version().messageIdentifier(document.type()));
			body(document, new EancomSegments(out, settings, LocalDate.now(this.clock.withZone(ZoneOffset.UTC))));
			// UNT counts the message's segments from UNH to UNT, both included.
			out.segment("UNT", Integer.toString(out.count() + 1), messageReference);
			out.segment("UNZ", "1", interchangeReference);
			writer.endInterchange();
			writer.close();
		}
		catch (EDIStreamException | EDISchemaException ex) {
			throw new IllegalArgumentException("The " + messageType + " cannot be written: " + ex.getMessage(), ex);
		}
		return bytes.toByteArray();
	}

	private static void body(CanonicalDocument document, EancomSegments out) {
		if (document instanceof OrderRequest request) {
			ReqoteMessage.write(request, out);
		}
		else if (document instanceof Answer answer) {
			QuotesMessage.write(answer, out);
		}
		else if (document instanceof Order order) {
			OrdersMessage.write(order, out);
		}
		else if (document instanceof OrderResponse response) {
			OrdrspMessage.write(response, out);
		}
		else if (document instanceof ShipmentNotice notice) {
			DesadvMessage.write(notice, out);
		}
	}

	/** Syntax 4 dates have the century, earlier ones do not (UNB S004). */
	private String[] dateTime(EdifactSettings settings) {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(ZoneOffset.UTC));
		String date = DateTimeFormatter.ofPattern((settings.syntaxVersion() >= 4) ? "yyyyMMdd" : "yyMMdd").format(now);
		return new String[] { date, DateTimeFormatter.ofPattern("HHmm").format(now) };
	}

	private static EDIOutputFactory factory(EdifactSettings settings) {
		EdifactSeparators separators = settings.separators();
		EDIOutputFactory factory = EDIOutputFactory.newFactory();
		factory.setProperty(Delimiters.COMPONENT_ELEMENT, separators.component());
		factory.setProperty(Delimiters.DATA_ELEMENT, separators.element());
		factory.setProperty(Delimiters.DECIMAL, separators.decimal());
		factory.setProperty(Delimiters.RELEASE, separators.release());
		factory.setProperty(Delimiters.REPETITION, separators.repetition());
		factory.setProperty(Delimiters.SEGMENT, separators.segment());
		factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
		factory.setProperty(EDIOutputFactory.PRETTY_PRINT, settings.lineBreaks());
		return factory;
	}

}
