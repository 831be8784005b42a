package io.tradehub.format.edifact;

import io.tradehub.document.Answer;
import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.shared.Money;

/**
 * Writes an answer as an EANCOM QUOTES (quote), line by line.
 */
final class QuotesMessage {

	private QuotesMessage() {
	}

	static void write(Answer answer, EancomSegments out) {
		out.bgm("310", answer.envelope().documentNumber());
		out.documentDate(answer.envelope().documentDate());
		DocumentLink request = answer.envelope().answers();
		out.rff(out.code("QUOTES", "answers"), (request != null) ? request.documentNumber() : null);
		out.parties("QUOTES", answer.envelope().sender(), answer.envelope().receiver());
		out.cux(currency(answer));
		out.text(answer.message());
		if (answer.shippingCharge() != null) {
			// Freight charge (FC) for the whole quote.
			out.segment("ALC", "C", null, null, null, "FC");
			out.moa("23", answer.shippingCharge());
		}
		for (Answer.Line line : answer.lines()) {
			out.lin(line.lineNumber(), line.product());
			out.qty(out.code("QUOTES", "available"), line.available());
			out.qty(out.code("QUOTES", "backOrder"), line.backOrder());
			out.dtm(out.code("QUOTES", "availableOn"), line.availableOn());
			out.pri(line.unitPrice());
		}
		out.segment("UNS", "S");
		out.segment("CNT", (Object) new String[] { "2", Integer.toString(answer.lines().size()) });
	}

	/** CUX names one currency for the message; the first price or the charge gives it. */
	private static Money currency(Answer answer) {
		return answer.lines()
			.stream()
			.map(Answer.Line::unitPrice)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(answer.shippingCharge());
	}

}
