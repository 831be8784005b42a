package io.tradehub.format.edifact;

import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.ShipmentNotice;

/**
 * Writes a shipment notice as an EANCOM DESADV (despatch advice) with one consignment.
 */
final class DesadvMessage {

	private DesadvMessage() {
	}

	static void write(ShipmentNotice notice, EancomSegments out) {
		out.bgm("351", notice.envelope().documentNumber());
		out.documentDate(notice.envelope().documentDate());
		out.dtm(out.code("DESADV", "shippedOn"), notice.shippedOn());
		DocumentLink order = notice.envelope().answers();
		out.rff(out.code("DESADV", "answers"), (order != null) ? order.documentNumber() : null);
		out.rff("CN", notice.trackingNumber());
		out.parties("DESADV", notice.envelope().sender(), notice.envelope().receiver());
		if (notice.shippingCost() != null) {
			out.moa("64", notice.shippingCost());
		}
		if (notice.carrier() != null || notice.service() != null) {
			out.segment("TDT", "20", null, null,
					(notice.service() != null) ? new String[] { null, notice.service() } : null,
					(notice.carrier() != null) ? new String[] { null, null, null, notice.carrier() } : null);
		}
		out.text(notice.messageToRecipient());
		if (notice.packingSlipLanguage() != null) {
			// The packing slip's language goes in FTX 3453, the one language element
			// EANCOM has.
			out.segment("FTX", "PAC", null, null, null, notice.packingSlipLanguage());
		}
		// One consignment (CPS 1) holds every line: the hub does not model packages yet.
		out.segment("CPS", "1");
		for (ShipmentNotice.Line line : notice.lines()) {
			out.lin(line.lineNumber(), line.product());
			out.qty(out.code("DESADV", "shipped"), line.shipped());
			if (line.orderNumber() != null) {
				out.segment("RFF", (Object) new String[] { out.code("DESADV", "answers"), line.orderNumber(),
						(line.orderLineNumber() != null) ? line.orderLineNumber().toString() : null });
			}
		}
		out.segment("CNT", (Object) new String[] { "2", Integer.toString(notice.lines().size()) });
	}

}
