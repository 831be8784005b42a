package io.tradehub.format.x12;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.tradehub.document.OrderRequest;
import io.tradehub.document.Reference;

/**
 * Writes an order request as an X12 840 (request for quotation).
 */
final class RequestForQuoteSet {

	private RequestForQuoteSet() {
	}

	static void write(OrderRequest request, X12Segments out, LocalDate today) {
		LocalDate date = (request.envelope().documentDate() != null) ? request.envelope().documentDate() : today;
		out.segment("BQT", "00", request.envelope().documentNumber(), X12Codes.date(date));
		// The answer-by deadline is the request's expiration (036), a date in UTC.
		out.dtm(out.code("840", "answerBy"),
				(request.answerBy() != null) ? LocalDate.ofInstant(request.answerBy(), ZoneOffset.UTC) : null);
		for (Reference reference : request.buyerReferences()) {
			out.ref(reference.kind(), reference.value());
		}
		out.note(request.noteToSupplier());
		out.parties("840", request.envelope().sender(), request.envelope().receiver());
		out.shipTo(request.shipTo());
		for (OrderRequest.Line line : request.lines()) {
			out.po1(line.lineNumber(), line.quantity(), null, line.product());
		}
		out.segment("CTT", Integer.toString(request.lines().size()));
	}

}
