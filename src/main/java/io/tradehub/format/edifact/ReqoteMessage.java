package io.tradehub.format.edifact;

import io.tradehub.document.OrderRequest;
import io.tradehub.document.Reference;

/**
 * Writes an order request as an EANCOM REQOTE (request for quote).
 */
final class ReqoteMessage {

	private ReqoteMessage() {
	}

	static void write(OrderRequest request, EancomSegments out) {
		out.bgm("311", request.envelope().documentNumber());
		out.documentDate(request.envelope().documentDate());
		// The answer-by deadline is the request's expiry: no later answer is wanted.
		out.dtm(out.code("REQOTE", "answerBy"), request.answerBy());
		for (Reference reference : request.buyerReferences()) {
			out.rff(reference.kind(), reference.value());
		}
		out.parties("REQOTE", request.envelope().sender(), request.envelope().receiver());
		out.shipTo(request.shipTo());
		out.text(request.noteToSupplier());
		for (OrderRequest.Line line : request.lines()) {
			out.lin(line.lineNumber(), line.product());
			out.qty(out.code("REQOTE", "quantity"), line.quantity());
		}
		out.segment("UNS", "S");
		out.segment("CNT", (Object) new String[] { "2", Integer.toString(request.lines().size()) });
	}

}
