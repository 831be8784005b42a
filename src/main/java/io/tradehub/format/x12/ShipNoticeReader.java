package io.tradehub.format.x12;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tradehub.document.ShipmentNotice;
import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem.Kind;
import io.tradehub.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Maps an X12 856 (ship notice) to a shipment notice, the reverse of
 * {@code ShipNoticeSet}: shipment details at the S level, the order number from PRF at
 * the O level, one line per I level from its LIN and SN1.
 */
final class ShipNoticeReader {

	private static final Set<String> LEVEL_ENDS = Set.of("HL", "CTT", "SE");

	private ShipNoticeReader() {
	}

	static @Nullable ShipmentNotice read(X12Transaction tx) {
		EdiSegment bsn = tx.beginning("BSN").orElse(null);
		String number = (bsn != null) ? tx.required(bsn, 2, "the shipment id") : null;
		LocalDate date = (bsn != null) ? X12Values.date(tx, bsn, 3, "shipment date") : null;
		List<EdiSegment> segments = tx.segments();
		List<EdiSegment> shipment = new ArrayList<>();
		Map<String, HlLevel> levels = new HashMap<>();
		List<HlLevel> items = new ArrayList<>();
		boolean inShipment = true;
		for (int i = 0; i < segments.size(); i++) {
			EdiSegment segment = segments.get(i);
			if (segment.tag().equals("HL")) {
				HlLevel level = HlLevel.of(segment, X12Lines.until(segments, i, LEVEL_ENDS));
				levels.put(level.id(), level);
				inShipment = level.code().equals("S");
				if (level.code().equals("I")) {
					items.add(level);
				}
			}
			else if (inShipment) {
				shipment.add(segment);
			}
		}
		if (items.isEmpty()) {
			tx.problem(Kind.MISSING_SEGMENT, tx.se(), null,
					"The 856 has no item level (HL03 = I); a shipment notice needs at least one line");
		}
		List<String> sent = items.stream()
			.map((item) -> item.first("SN1"))
			.map((sn1) -> (sn1 != null) ? X12Transaction.text(sn1, 1) : null)
			.toList();
		List<Integer> numbers = X12Lines.numbers(sent);
		List<ShipmentNotice.Line> lines = new ArrayList<>();
		for (int n = 0; n < items.size(); n++) {
			ShipmentNotice.Line line = items.get(n).line(tx, numbers.get(n), levels);
			if (line != null) {
				lines.add(line);
			}
		}
		EdiSegment td5 = X12Transaction.first(shipment, "TD5", null).orElse(null);
		String tracking = X12Transaction.first(shipment, "REF", "CN")
			.map((ref) -> X12Transaction.text(ref, 2))
			.orElse(null);
		String message = X12Transaction.first(shipment, "REF", "L1")
			.map((ref) -> X12Transaction.text(ref, 3))
			.orElse(null);
		LocalDate shippedOn = X12Dates.dtm(tx, shipment, tx.code("shippedOn"), "shipped date");
		Money cost = X12Values.freight(tx, shipment);
		if (!tx.ok() || number == null) {
			return null;
		}
		return new ShipmentNotice(
				X12Envelopes.envelope(tx, X12Parties.party(tx, shipment, true, tx.code("sender"), "SU"),
						X12Parties.party(tx, shipment, false, tx.code("receiver"), "BY"), number, date, null, null),
				lines, shippedOn, cost, tracking, (td5 != null) ? X12Transaction.text(td5, 3) : null,
				(td5 != null) ? X12Transaction.text(td5, 5) : null, null, message);
	}

}
