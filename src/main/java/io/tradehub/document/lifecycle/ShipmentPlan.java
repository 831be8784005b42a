package io.tradehub.document.lifecycle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.tradehub.document.Envelope.DocumentLink;
import io.tradehub.document.ShipmentNotice;
import org.jspecify.annotations.Nullable;

/**
 * What a shipment notice ships against which order line, or why it cannot: every line
 * must name an order the hub knows (its own order number, else the one the notice
 * answers), match one of that order's lines, in its unit, and no line may ship beyond
 * what was ordered.
 *
 * @param shipments per order, the quantities by order line number
 * @param refusal why the notice cannot ship, in words its sender can act on; null when it
 * can
 */
record ShipmentPlan(Map<OrderLifecycle, Map<Integer, BigDecimal>> shipments, @Nullable String refusal) {

	static ShipmentPlan of(ShipmentNotice notice, Function<String, Optional<OrderLifecycle>> orders) {
		String name = "shipment notice " + notice.envelope().documentNumber();
		DocumentLink answers = notice.envelope().answers();
		String fallback = (answers != null) ? answers.documentNumber() : null;
		Map<String, Optional<OrderLifecycle>> found = new LinkedHashMap<>();
		Map<OrderLifecycle, Map<Integer, BigDecimal>> shipments = new LinkedHashMap<>();
		for (ShipmentNotice.Line line : notice.lines()) {
			String number = (line.orderNumber() != null) ? line.orderNumber() : fallback;
			if (number == null) {
				return refused("Line " + line.lineNumber() + " of " + name + " names no order it ships against");
			}
			OrderLifecycle order = found.computeIfAbsent(number, orders).orElse(null);
			if (order == null) {
				return refused("The " + name + " ships against order " + number
						+ ", which the hub never received between these partners");
			}
			OrderLine ordered = order
				.lineFor(line.orderLineNumber(), line.product().sku(), line.product().gtin(), line.lineNumber())
				.orElse(null);
			if (ordered == null) {
				return refused("Line " + line.lineNumber() + " of " + name + " matches no line of order " + number);
			}
			if (!ordered.unit().equals(line.shipped().unit())) {
				return refused("Line " + ordered.lineNumber() + " of order " + number + " is ordered in "
						+ ordered.unit() + ", but line " + line.lineNumber() + " of " + name + " ships "
						+ line.shipped().unit());
			}
			shipments.computeIfAbsent(order, (key) -> new LinkedHashMap<>())
				.merge(ordered.lineNumber(), line.shipped().value(), BigDecimal::add);
		}
		for (Map.Entry<OrderLifecycle, Map<Integer, BigDecimal>> shipment : shipments.entrySet()) {
			Optional<String> refusal = shipment.getKey().refusal(shipment.getValue());
			if (refusal.isPresent()) {
				return refused(refusal.get());
			}
		}
		return new ShipmentPlan(shipments, null);
	}

	private static ShipmentPlan refused(String reason) {
		return new ShipmentPlan(Map.of(), reason);
	}

	List<OrderLifecycle> orders() {
		return new ArrayList<>(this.shipments.keySet());
	}

}
