package io.tradehub.format.x12;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import io.tradehub.document.Answer;
import io.tradehub.document.CanonicalDocument;
import io.tradehub.document.DocumentType;
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
 * Writes a canonical document as an X12 interchange (ISA, GS, one transaction set, GE,
 * IEA) for one receiver, with StAEDI doing the separating.
 */
public final class X12Writer {

	private final ControlNumbers controlNumbers;

	private final Clock clock;

	public X12Writer(ControlNumbers controlNumbers, Clock clock) {
		this.controlNumbers = controlNumbers;
		this.clock = clock;
	}

	public byte[] write(CanonicalDocument document, X12Settings settings) {
		String[] set = transactionSet(document.type());
		String isa13 = "%09d".formatted(this.controlNumbers.next(settings.receiver(), ControlNumbers.Kind.INTERCHANGE));
		String gs06 = Long.toString(this.controlNumbers.next(settings.receiver(), ControlNumbers.Kind.GROUP));
		String st02 = "%04d".formatted(this.controlNumbers.next(settings.receiver(), ControlNumbers.Kind.MESSAGE));
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(ZoneOffset.UTC));
		String time = DateTimeFormatter.ofPattern("HHmm").format(now);
		String[] sender = X12Settings.identity(settings.sender());
		String[] receiver = X12Settings.identity(settings.receiver());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
		try {
			EDIStreamWriter writer = factory(settings).createEDIStreamWriter(bytes, StandardCharsets.US_ASCII.name());
			// StAEDI checks ISA, GS, ST and their trailers against the version as they
			// are written.
			writer.setControlSchema(SchemaFactory.newFactory()
				.getControlSchema(Standards.X12, new String[] { settings.version().interchangeVersion }));
			EdiSegments out = new EdiSegments(writer);
			writer.startInterchange();
			// ISA is fixed width: 106 characters whatever the identities' lengths.
			out.segment("ISA", "00", " ".repeat(10), "00", " ".repeat(10), sender[0], pad(sender[1]), receiver[0],
					pad(receiver[1]), DateTimeFormatter.ofPattern("yyMMdd").format(now), time, settings.version().isa11,
					settings.version().interchangeVersion, isa13, "0", settings.test() ? "T" : "P",
					Character.toString(settings.component()));
			out.segment("GS", set[1], sender[1], receiver[1], DateTimeFormatter.ofPattern("yyyyMMdd").format(now), time,
					gs06, "X", settings.version().groupVersion);
			out.resetCount();
			out.segment("ST", set[0], st02);
			body(document, new X12Segments(out, settings), now, time);
			// SE counts the transaction set's segments from ST to SE, both included.
			out.segment("SE", Integer.toString(out.count() + 1), st02);
			out.segment("GE", "1", gs06);
			out.segment("IEA", "1", isa13);
			writer.endInterchange();
			writer.close();
		}
		catch (EDIStreamException | EDISchemaException ex) {
			throw new IllegalArgumentException("The " + set[0] + " cannot be written: " + ex.getMessage(), ex);
		}
		return bytes.toByteArray();
	}

	/** The transaction set and its functional group identifier (GS01). */
	static String[] transactionSet(DocumentType type) {
		return switch (type) {
			case ORDER_REQUEST -> new String[] { "840", "RQ" };
			case ANSWER -> new String[] { "843", "RR" };
			case ORDER -> new String[] { "850", "PO" };
			case ORDER_RESPONSE -> new String[] { "855", "PR" };
			case SHIPMENT_NOTICE -> new String[] { "856", "SH" };
			case ACKNOWLEDGEMENT -> throw new IllegalArgumentException(
					"Acknowledgements are written as 997 or 999, not as a business transaction set");
		};
	}

	private static void body(CanonicalDocument document, X12Segments out, ZonedDateTime now, String time) {
		if (document instanceof OrderRequest request) {
			RequestForQuoteSet.write(request, out, now.toLocalDate());
		}
		else if (document instanceof Answer answer) {
			QuoteSet.write(answer, out, now.toLocalDate());
		}
		else if (document instanceof Order order) {
			PurchaseOrderSet.write(order, out, now.toLocalDate());
		}
		else if (document instanceof OrderResponse response) {
			OrderAckSet.write(response, out, now.toLocalDate());
		}
		else if (document instanceof ShipmentNotice notice) {
			ShipNoticeSet.write(notice, out, now.toLocalDate(), time);
		}
	}

	private static String pad(String id) {
		return id + " ".repeat(15 - id.length());
	}

	private static EDIOutputFactory factory(X12Settings settings) {
		EDIOutputFactory factory = EDIOutputFactory.newFactory();
		factory.setProperty(Delimiters.DATA_ELEMENT, settings.element());
		factory.setProperty(Delimiters.COMPONENT_ELEMENT, settings.component());
		factory.setProperty(Delimiters.SEGMENT, settings.segment());
		if (settings.version() == X12Version.V5010) {
			factory.setProperty(Delimiters.REPETITION, '^');
		}
		factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
		factory.setProperty(EDIOutputFactory.PRETTY_PRINT, settings.lineBreaks());
		return factory;
	}

}
