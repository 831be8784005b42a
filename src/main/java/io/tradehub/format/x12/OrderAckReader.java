package io.tradehub.format.x12;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tradehub.document.DocumentType;
import io.tradehub.document.OrderResponse;
import io.tradehub.document.OrderResponse.Action;
import io.tradehub.document.ProductRef;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem.Kind;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Maps an X12 855 (purchase order acknowledgment) to an order response, the reverse of
 * {@code OrderAckSet}: the verdict from BAK02, each line's from its ACK01.
 */
final class OrderAckReader {

	private OrderAckReader() {
	}

	static @Nullable OrderResponse read(X12Transaction tx) {
		EdiSegment bak = tx.beginning("BAK").orElse(null);
		if (bak == null) {
			return null;
		}
		String order = tx.required(bak, 3, "the purchase order number acknowledged");
		String own = X12Transaction.text(bak, 8);
		Action action = verdict(tx, bak);
		LocalDate date = X12Values.date(tx, bak, 4, "acknowledgment date");
		List<OrderResponse.Line> lines = new ArrayList<>();
		for (Po1Line po1 : Po1Line.of(tx, false)) {
			EdiSegment ack = po1.next("ACK").orElse(null);
			Quantity quantity = (ack != null && X12Transaction.text(ack, 2) != null)
					? X12Values.quantity(tx, ack, 2, "quantity acknowledged")
					: X12Values.optionalQuantity(tx, po1.po1(), 2, "quantity ordered");
			Money price = X12Values.money(tx, po1.po1(), 4, "unit price");
			LocalDate delivery = (ack != null) ? X12Values.date(tx, ack, 5, "delivery date") : null;
			Action lineAction = (ack != null) ? lineStatus(tx, ack) : action;
			ProductRef product = po1.product(tx);
			if (product != null && lineAction != null) {
				lines.add(new OrderResponse.Line(po1.lineNumber(), product, lineAction, quantity, price, delivery));
			}
		}
		if (!tx.ok() || order == null || action == null) {
			return null;
		}
		// BAK08 is the seller's own number; without it the response goes by the order's.
		return new OrderResponse(
				X12Envelopes.envelope(tx, X12Parties.party(tx, tx.header(), true, tx.code("sender"), "SU"),
						X12Parties.party(tx, tx.header(), false, tx.code("receiver")), (own != null) ? own : order,
						date, DocumentType.ORDER, order),
				action, lines.isEmpty() ? null : lines, X12Parties.note(tx.header()));
	}

	/** BAK02: AD, AK, AT, AP accepted; RJ, RD, RF, RO rejected; AC, AE, AH changed. */
	static @Nullable Action verdict(X12Transaction tx, EdiSegment bak) {
		String code = tx.required(bak, 2, "the acknowledgment type");
		return (code == null) ? null : switch (code) {
			case "AD", "AK", "AT", "AP" -> Action.ACCEPTED;
			case "RJ", "RD", "RF", "RO" -> Action.REJECTED;
			case "AC", "AE", "AH" -> Action.CHANGED;
			default -> unknown(tx, bak, 2, code, "AD accepted, AC changed or RJ rejected");
		};
	}

	/** ACK01: IA, AC, AR accepted; IR, ID and R1 to R8 rejected; any other change. */
	static @Nullable Action lineStatus(X12Transaction tx, EdiSegment ack) {
		String code = tx.required(ack, 1, "the line status");
		if (code == null) {
			return null;
		}
		if (code.matches("IA|AC|AR")) {
			return Action.ACCEPTED;
		}
		return code.matches("IR|ID|R[1-8]") ? Action.REJECTED : Action.CHANGED;
	}

	private static @Nullable Action unknown(X12Transaction tx, EdiSegment segment, int element, String code,
			String expected) {
		tx.problem(Kind.INVALID_ELEMENT, segment, element, X12Transaction.reference(segment, element) + " '" + code
				+ "' is not an acknowledgment type the hub reads; use " + expected);
		return null;
	}

}
