package io.tradehub.format.edifact;

import java.util.Objects;

import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.OrderResponse;
import io.tradehub.document.OrderResponse.Action;

/**
 * Writes an order response as an EANCOM ORDRSP, the order's verdict in BGM and each
 * line's in LIN.
 */
final class OrdrspMessage {

	private OrdrspMessage() {
	}

	static void write(OrderResponse response, EancomSegments out) {
		out.segment("BGM", "231", response.envelope().documentNumber(), messageFunction(response.action()));
		out.documentDate(response.envelope().documentDate());
		DocumentLink order = response.envelope().answers();
		out.rff(out.code("ORDRSP", "answers"), (order != null) ? order.documentNumber() : null);
		out.parties("ORDRSP", response.envelope().sender(), response.envelope().receiver());
		out.cux(response.lines()
			.stream()
			.map(OrderResponse.Line::unitPrice)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null));
		out.text(response.message());
		for (OrderResponse.Line line : response.lines()) {
			out.lin(line.lineNumber(), lineAction(line.action()), line.product());
			out.qty(out.code("ORDRSP", "quantity"), line.quantity());
			out.dtm(out.code("ORDRSP", "deliveryDate"), line.deliveryDate());
			out.pri(line.unitPrice());
		}
		out.segment("UNS", "S");
		out.segment("CNT", (Object) new String[] { "2", Integer.toString(response.lines().size()) });
	}

	/** BGM 1225: 29 accepted without amendment, 27 not accepted, 4 change. */
	static String messageFunction(Action action) {
		return switch (action) {
			case ACCEPTED -> "29";
			case REJECTED -> "27";
			case CHANGED -> "4";
		};
	}

	/** LIN 1229: 5 accepted without amendment, 7 not accepted, 3 changed. */
	static String lineAction(Action action) {
		return switch (action) {
			case ACCEPTED -> "5";
			case REJECTED -> "7";
			case CHANGED -> "3";
		};
	}

}
