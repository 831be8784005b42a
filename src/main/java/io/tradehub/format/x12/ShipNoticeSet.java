package io.tradehub.format.x12;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.ProductRef;
import io.tradehub.document.ShipmentNotice;

/**
 * Writes a shipment notice as an X12 856 (ship notice) with the hierarchy shipment (S),
 * order (O), item (I).
 */
final class ShipNoticeSet {

	private ShipNoticeSet() {
	}

	static void write(ShipmentNotice notice, X12Segments out, LocalDate today, String time) {
		LocalDate date = (notice.envelope().documentDate() != null) ? notice.envelope().documentDate() : today;
		out.segment("BSN", "00", notice.envelope().documentNumber(), X12Codes.date(date), time);
		out.segment("HL", "1", null, "S");
		if (notice.carrier() != null || notice.service() != null) {
			out.segment("TD5", null, (notice.carrier() != null) ? "ZZ" : null, out.text(notice.carrier()), null,
					out.text(notice.service()));
		}
		out.ref("CN", notice.trackingNumber());
		// 856 has no note segment: the message travels as a reference description.
		if (notice.messageToRecipient() != null) {
			String text = out.text(notice.messageToRecipient());
			out.segment("REF", "L1", null, text.substring(0, Math.min(80, text.length())));
		}
		out.dtm(out.code("856", "shippedOn"), notice.shippedOn());
		out.freight(notice.shippingCost());
		out.parties("856", notice.envelope().sender(), notice.envelope().receiver());
		int hl = 1;
		for (Map.Entry<String, List<ShipmentNotice.Line>> order : byOrder(notice).entrySet()) {
			int orderLevel = ++hl;
			out.segment("HL", Integer.toString(orderLevel), "1", "O");
			out.segment("PRF", order.getKey());
			for (ShipmentNotice.Line line : order.getValue()) {
				out.segment("HL", Integer.toString(++hl), Integer.toString(orderLevel), "I");
				ProductRef product = line.product();
				// LIN01 is the order's line the goods fulfil; SN101 the notice's own
				// line.
				out.segment("LIN", (line.orderLineNumber() != null) ? line.orderLineNumber().toString() : null,
						(product.gtin() != null) ? X12Codes.gtinQualifier(product.gtin()) : null, product.gtin(),
						(product.sku() != null) ? "VN" : null, product.sku(),
						(product.buyerCode() != null) ? "BP" : null, product.buyerCode());
				out.segment("SN1", Integer.toString(line.lineNumber()), X12Codes.number(line.shipped().value()),
						X12Codes.unit(line.shipped().unit()));
				out.pid(product);
			}
		}
		out.segment("CTT", Integer.toString(notice.lines().size()));
	}

	/** Lines without their own order number belong to the order the notice answers. */
	private static Map<String, List<ShipmentNotice.Line>> byOrder(ShipmentNotice notice) {
		DocumentLink answers = notice.envelope().answers();
		String fallback = (answers != null && answers.documentNumber() != null) ? answers.documentNumber()
				: notice.envelope().documentNumber();
		Map<String, List<ShipmentNotice.Line>> orders = new LinkedHashMap<>();
		for (ShipmentNotice.Line line : notice.lines()) {
			String order = (line.orderNumber() != null) ? line.orderNumber() : fallback;
			orders.computeIfAbsent(order, (key) -> new java.util.ArrayList<>()).add(line);
		}
		return orders;
	}

}
