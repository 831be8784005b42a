package io.tradehub.format.x12;

import java.time.LocalDate;

import io.tradehub.document.Answer;
import io.tradehub.document.Envelope.DocumentLink;

/**
 * Writes an answer as an X12 843 (response to request for quotation), line by line.
 */
final class QuoteSet {

	private QuoteSet() {
	}

	static void write(Answer answer, X12Segments out, LocalDate today) {
		LocalDate date = (answer.envelope().documentDate() != null) ? answer.envelope().documentDate() : today;
		out.segment("BQR", "00", answer.envelope().documentNumber(), X12Codes.date(date));
		DocumentLink request = answer.envelope().answers();
		out.ref(out.code("843", "answers"), (request != null) ? request.documentNumber() : null);
		out.freight(answer.shippingCharge());
		out.note(answer.message());
		out.parties("843", answer.envelope().sender(), answer.envelope().receiver());
		for (Answer.Line line : answer.lines()) {
			out.po1(line.lineNumber(), line.available(), line.unitPrice(), line.product());
			if (line.backOrder() != null) {
				// Item back-ordered (IB), with the date it becomes available (068).
				out.segment("ACK", "IB", X12Codes.number(line.backOrder().value()),
						X12Codes.unit(line.backOrder().unit()), (line.availableOn() != null) ? "068" : null,
						X12Codes.date(line.availableOn()));
			}
		}
		out.segment("CTT", Integer.toString(answer.lines().size()));
	}

}
