package io.tradehub.format.x12;

import java.time.LocalDate;

import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.OrderResponse;
import io.tradehub.document.OrderResponse.Action;

/**
 * Writes an order response as an X12 855 (purchase order acknowledgment): the verdict in
 * BAK02, each line's in ACK01.
 */
final class OrderAckSet {

	private OrderAckSet() {
	}

	static void write(OrderResponse response, X12Segments out, LocalDate today) {
		LocalDate date = (response.envelope().documentDate() != null) ? response.envelope().documentDate() : today;
		DocumentLink order = response.envelope().answers();
		out.segment("BAK", "00", acknowledgment(response.action()), (order != null) ? order.documentNumber() : null,
				X12Codes.date(date), null, null, null, response.envelope().documentNumber());
		out.note(response.message());
		out.parties("855", response.envelope().sender(), response.envelope().receiver());
		for (OrderResponse.Line line : response.lines()) {
			out.po1(line.lineNumber(), line.quantity(), line.unitPrice(), line.product());
			out.segment("ACK", lineStatus(line.action()),
					(line.quantity() != null) ? X12Codes.number(line.quantity().value()) : null,
					(line.quantity() != null) ? X12Codes.unit(line.quantity().unit()) : null,
					(line.deliveryDate() != null) ? "017" : null, X12Codes.date(line.deliveryDate()));
		}
		out.segment("CTT", Integer.toString(response.lines().size()));
	}

	/**
	 * BAK02: AD acknowledged without change, RJ rejected, AC acknowledged with changes.
	 */
	static String acknowledgment(Action action) {
		return switch (action) {
			case ACCEPTED -> "AD";
			case REJECTED -> "RJ";
			case CHANGED -> "AC";
		};
	}

	/** ACK01: IA accepted, IR rejected, IC accepted with changes. */
	static String lineStatus(Action action) {
		return switch (action) {
			case ACCEPTED -> "IA";
			case REJECTED -> "IR";
			case CHANGED -> "IC";
		};
	}

}
