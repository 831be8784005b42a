package io.tradehub.format.x12;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.DocumentType;
import io.tradehub.document.Order;
import io.tradehub.document.ProductRef;
import io.tradehub.document.Reference;
import io.tradehub.format.EdiSegment;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Maps an X12 850 (purchase order) to an order, the reverse of {@code PurchaseOrderSet}.
 */
final class PurchaseOrderReader {

	private PurchaseOrderReader() {
	}

	static @Nullable Order read(X12Transaction tx) {
		EdiSegment beg = tx.beginning("BEG").orElse(null);
		String number = (beg != null) ? tx.required(beg, 3, "the purchase order number") : null;
		LocalDate date = (beg != null) ? X12Values.date(tx, beg, 5, "purchase order date") : null;
		List<EdiSegment> header = tx.header();
		String quote = null;
		List<Reference> references = new ArrayList<>();
		for (EdiSegment ref : header) {
			String kind = X12Transaction.text(ref, 1);
			String value = X12Transaction.text(ref, 2);
			if (!ref.tag().equals("REF") || kind == null || value == null) {
				continue;
			}
			if (kind.equals(tx.code("answers")) && quote == null) {
				quote = value;
			}
			else {
				references.add(new Reference(kind, value));
			}
		}
		List<Order.Line> lines = new ArrayList<>();
		for (Po1Line po1 : Po1Line.of(tx, true)) {
			Quantity quantity = X12Values.quantity(tx, po1.po1(), 2, "quantity ordered");
			Money price = X12Values.money(tx, po1.po1(), 4, "unit price");
			ProductRef product = po1.product(tx);
			if (quantity != null && product != null) {
				lines.add(new Order.Line(po1.lineNumber(), product, quantity, price));
			}
		}
		LocalDate requested = X12Dates.dtm(tx, header, tx.code("requestedDelivery"), "requested delivery date");
		LocalDate shipBy = X12Dates.dtm(tx, header, tx.code("shipBy"), "ship-by date");
		if (!tx.ok() || number == null) {
			return null;
		}
		return new Order(
				X12Envelopes.envelope(tx, X12Parties.party(tx, tx.header(), true, tx.code("sender")),
						X12Parties.party(tx, tx.header(), false, tx.code("receiver"), "SU"), number, date,
						DocumentType.ANSWER, quote),
				lines, X12Parties.shipTo(tx), references, requested,
				(shipBy != null) ? shipBy.atStartOfDay(ZoneOffset.UTC).toInstant() : null, X12Parties.note(header));
	}

}
