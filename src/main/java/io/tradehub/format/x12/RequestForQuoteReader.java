package io.tradehub.format.x12;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.OrderRequest;
import io.tradehub.document.ProductRef;
import io.tradehub.document.Reference;
import io.tradehub.format.EdiSegment;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Maps an X12 840 (request for quotation) to an order request, the reverse of
 * {@code RequestForQuoteSet}.
 */
final class RequestForQuoteReader {

	private RequestForQuoteReader() {
	}

	static @Nullable OrderRequest read(X12Transaction tx) {
		EdiSegment bqt = tx.beginning("BQT").orElse(null);
		String number = (bqt != null) ? tx.required(bqt, 2, "the request number") : null;
		LocalDate date = (bqt != null) ? X12Values.date(tx, bqt, 3, "request date") : null;
		List<EdiSegment> header = tx.header();
		List<Reference> references = new ArrayList<>();
		for (EdiSegment ref : header) {
			String kind = X12Transaction.text(ref, 1);
			String value = X12Transaction.text(ref, 2);
			if (ref.tag().equals("REF") && kind != null && value != null) {
				references.add(new Reference(kind, value));
			}
		}
		List<OrderRequest.Line> lines = new ArrayList<>();
		for (Po1Line po1 : Po1Line.of(tx, true)) {
			Quantity quantity = X12Values.quantity(tx, po1.po1(), 2, "quantity asked for");
			ProductRef product = po1.product(tx);
			if (quantity != null && product != null) {
				lines.add(new OrderRequest.Line(po1.lineNumber(), product, quantity));
			}
		}
		LocalDate answerBy = X12Dates.dtm(tx, header, tx.code("answerBy"), "answer-by date");
		if (!tx.ok() || number == null) {
			return null;
		}
		return new OrderRequest(
				X12Envelopes.envelope(tx, X12Parties.party(tx, tx.header(), true, tx.code("sender")),
						X12Parties.party(tx, tx.header(), false, tx.code("receiver"), "SU"), number, date, null, null),
				lines, X12Parties.shipTo(tx), references, X12Parties.note(header),
				(answerBy != null) ? answerBy.atStartOfDay(ZoneOffset.UTC).toInstant() : null);
	}

}
