package io.tradehub.format.x12;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.Answer;
import io.tradehub.document.DocumentType;
import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegment;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Maps an X12 843 (response to request for quotation) to an answer, the reverse of
 * {@code QuoteSet}.
 */
final class QuoteReader {

	private QuoteReader() {
	}

	static @Nullable Answer read(X12Transaction tx) {
		EdiSegment bqr = tx.beginning("BQR").orElse(null);
		String number = (bqr != null) ? tx.required(bqr, 2, "the quotation number") : null;
		LocalDate date = (bqr != null) ? X12Values.date(tx, bqr, 3, "quotation date") : null;
		List<EdiSegment> header = tx.header();
		String request = X12Transaction.first(header, "REF", tx.code("answers"))
			.map((ref) -> X12Transaction.text(ref, 2))
			.orElse(null);
		Money shipping = X12Values.freight(tx, header);
		List<Answer.Line> lines = new ArrayList<>();
		for (Po1Line po1 : Po1Line.of(tx, true)) {
			Quantity available = X12Values.quantity(tx, po1.po1(), 2, "quantity available");
			Money price = X12Values.money(tx, po1.po1(), 4, "unit price");
			ProductRef product = po1.product(tx);
			EdiSegment ack = po1.next("ACK").filter((segment) -> segment.value(1).equals("IB")).orElse(null);
			Quantity backOrder = (ack != null) ? X12Values.optionalQuantity(tx, ack, 2, "back-ordered quantity") : null;
			LocalDate availableOn = (ack != null) ? X12Values.date(tx, ack, 5, "date available") : null;
			if (available != null && product != null) {
				lines.add(new Answer.Line(po1.lineNumber(), product, available, price, backOrder, availableOn));
			}
		}
		if (!tx.ok() || number == null) {
			return null;
		}
		return new Answer(X12Envelopes.envelope(tx, X12Parties.party(tx, tx.header(), true, tx.code("sender"), "SU"),
				X12Parties.party(tx, tx.header(), false, tx.code("receiver")), number, date, DocumentType.ORDER_REQUEST,
				request), lines, shipping, X12Parties.note(header));
	}

}
