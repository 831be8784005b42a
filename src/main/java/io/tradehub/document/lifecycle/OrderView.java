package io.tradehub.document.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order's lifecycle as its supplier and customer see it.
 *
 * @param view the derived view it falls in now, or null when it is in none
 * @param requestId the lifecycle of the request it took up, if the hub saw one
 * @param shipmentDocumentIds the hub ids of the shipment notices against it
 */
public record OrderView(UUID id, UUID connectionId, UUID supplierId, UUID customerId, String orderNumber,
		OrderStatus status, @Nullable OrdersView view, Instant receivedAt, Instant shipBy, @Nullable Instant shippedAt,
		UUID orderDocumentId, @Nullable UUID requestId, Set<UUID> shipmentDocumentIds, List<Line> lines) {

	static OrderView of(OrderLifecycle order, Instant now) {
		return new OrderView(order.id(), order.connectionId(), order.supplierId(), order.customerId(),
				order.orderNumber(), order.status(),
				OrdersView.of(order.status(), order.shipBy(), order.shippedAt(), now), order.receivedAt(),
				order.shipBy(), order.shippedAt(), order.orderDocumentId(), order.requestId(), order.shipments(),
				order.lines()
					.stream()
					.map((line) -> new Line(line.lineNumber(), line.sku(), line.gtin(), line.unit(), line.ordered(),
							line.shipped()))
					.toList());
	}

	/**
	 * What was ordered and what has been shipped of one line.
	 */
	public record Line(int lineNumber, @Nullable String sku, @Nullable String gtin, String unit, BigDecimal ordered,
			BigDecimal shipped) {
	}

}
