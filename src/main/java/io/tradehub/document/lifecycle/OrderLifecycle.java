package io.tradehub.document.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.tradehub.document.Order;
import io.tradehub.partner.ConnectionState;
import io.tradehub.shared.IllegalTransitionException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import static io.tradehub.document.lifecycle.OrderStatus.CANCELLED;
import static io.tradehub.document.lifecycle.OrderStatus.PARTIALLY_SHIPPED;
import static io.tradehub.document.lifecycle.OrderStatus.SHIPPED;
import static io.tradehub.document.lifecycle.OrderStatus.TO_BE_SHIPPED;

/**
 * An order's lifecycle: TO_BE_SHIPPED, PARTIALLY_SHIPPED as shipped quantities per line
 * accumulate, SHIPPED once every line is complete, or CANCELLED before any shipment. No
 * line is ever shipped beyond what was ordered.
 */
@Entity
@Table(name = "order_lifecycle")
class OrderLifecycle extends Lifecycle {

	private String orderNumber;

	private UUID orderDocumentId;

	private @Nullable UUID requestId;

	@Enumerated(EnumType.STRING)
	private OrderStatus status;

	private Instant shipBy;

	private @Nullable Instant shippedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "order_lifecycle_line", joinColumns = @JoinColumn(name = "order_id"))
	@OrderBy("lineNumber")
	private List<OrderLine> lines = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "order_lifecycle_shipment", joinColumns = @JoinColumn(name = "order_id"))
	@Column(name = "shipment_document_id")
	private Set<UUID> shipments = new LinkedHashSet<>();

	protected OrderLifecycle() {
	}

	OrderLifecycle(ConnectionState connection, Order order, @Nullable UUID requestId, Instant receivedAt,
			Instant shipBy) {
		super(connection, receivedAt);
		this.orderNumber = order.envelope().documentNumber();
		this.orderDocumentId = order.envelope().hubId();
		this.requestId = requestId;
		this.status = TO_BE_SHIPPED;
		this.shipBy = shipBy;
		order.lines().forEach((line) -> this.lines.add(new OrderLine(line)));
	}

	/**
	 * Why these quantities cannot ship against this order, or empty when they can.
	 * @param quantities what is to be shipped, by the order's line number
	 */
	Optional<String> refusal(Map<Integer, BigDecimal> quantities) {
		if (!this.status.shippable()) {
			return Optional.of("Order " + this.orderNumber + " is " + this.status + "; nothing more ships against it");
		}
		for (Map.Entry<Integer, BigDecimal> entry : quantities.entrySet()) {
			OrderLine line = line(entry.getKey()).orElse(null);
			if (line == null) {
				return Optional.of("Order " + this.orderNumber + " has no line " + entry.getKey());
			}
			BigDecimal total = line.shipped().add(entry.getValue());
			if (total.compareTo(line.ordered()) > 0) {
				return Optional.of("Line " + line.lineNumber() + " of order " + this.orderNumber + ": "
						+ total.stripTrailingZeros().toPlainString() + " shipped in all, "
						+ line.ordered().stripTrailingZeros().toPlainString() + " ordered");
			}
		}
		return Optional.empty();
	}

	/**
	 * Adds a shipment notice's quantities.
	 * @throws IllegalTransitionException when the order no longer ships
	 * @throws IllegalArgumentException when a quantity is more than its line has left
	 */
	void ship(UUID shipmentDocumentId, Map<Integer, BigDecimal> quantities, Instant now) {
		if (!this.status.shippable()) {
			throw new IllegalTransitionException("order " + this.orderNumber, this.status, "ship");
		}
		refusal(quantities).ifPresent((reason) -> {
			throw new IllegalArgumentException(reason);
		});
		quantities.forEach((number, quantity) -> line(number).orElseThrow().ship(quantity));
		this.shipments.add(shipmentDocumentId);
		boolean complete = this.lines.stream().allMatch(OrderLine::complete);
		this.status = complete ? SHIPPED : PARTIALLY_SHIPPED;
		this.shippedAt = complete ? now : null;
		changed(now);
	}

	void cancel(Instant now) {
		if (this.status != TO_BE_SHIPPED) {
			throw new IllegalTransitionException("order " + this.orderNumber, this.status, "cancel");
		}
		this.status = CANCELLED;
		changed(now);
	}

	/**
	 * The order line a shipped line fulfils: the one it names, else the one with its
	 * product, else the one with its own number.
	 */
	Optional<OrderLine> lineFor(@Nullable Integer orderLineNumber, @Nullable String sku, @Nullable String gtin,
			int lineNumber) {
		if (orderLineNumber != null) {
			return line(orderLineNumber);
		}
		List<OrderLine> byProduct = this.lines.stream()
			.filter((line) -> (sku != null && sku.equals(line.sku())) || (gtin != null && gtin.equals(line.gtin())))
			.toList();
		return (byProduct.size() == 1) ? Optional.of(byProduct.get(0)) : line(lineNumber);
	}

	private Optional<OrderLine> line(int number) {
		return this.lines.stream().filter((line) -> line.lineNumber() == number).findFirst();
	}

	String orderNumber() {
		return this.orderNumber;
	}

	UUID orderDocumentId() {
		return this.orderDocumentId;
	}

	@Nullable UUID requestId() {
		return this.requestId;
	}

	OrderStatus status() {
		return this.status;
	}

	Instant shipBy() {
		return this.shipBy;
	}

	@Nullable Instant shippedAt() {
		return this.shippedAt;
	}

	List<OrderLine> lines() {
		return List.copyOf(this.lines);
	}

	Set<UUID> shipments() {
		return Set.copyOf(this.shipments);
	}

}
