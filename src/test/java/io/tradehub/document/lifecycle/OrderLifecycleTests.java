package io.tradehub.document.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.document.Envelope;
import io.tradehub.document.Order;
import io.tradehub.document.Party;
import io.tradehub.document.ProductRef;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.shared.IllegalTransitionException;
import io.tradehub.shared.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An order's shipped quantities accumulate per line, never beyond what was ordered, and a
 * shipment notice's lines find their order lines.
 */
class OrderLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private final OrderLifecycle order = new OrderLifecycle(RequestLifecycleTests.CONNECTION,
			new Order(envelope("PO-9"),
					List.of(new Order.Line(1, ProductRef.sku("APPLE"), Quantity.of("10", "PCE"), null),
							new Order.Line(2, ProductRef.gtin("4012345123456"), Quantity.of("5", "KGM"), null)),
					null, List.of(), null, null, null),
			null, NOW, NOW.plusSeconds(86_400));

	@Test
	void shippedQuantitiesAccumulateUntilEveryLineIsComplete() {
		this.order.ship(UUID.randomUUID(), Map.of(1, new BigDecimal("4")), NOW);
		assertThat(this.order.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
		this.order.ship(UUID.randomUUID(), Map.of(1, new BigDecimal("6"), 2, new BigDecimal("5")), NOW);
		assertThat(this.order.status()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(this.order.shippedAt()).isEqualTo(NOW);
		assertThat(this.order.shipments()).hasSize(2);
		assertThat(this.order.refusal(Map.of(1, BigDecimal.ONE)))
			.contains("Order PO-9 is SHIPPED; nothing more ships against it");
	}

	@Test
	void aShipmentBeyondTheOrderedQuantityIsRefusedNamingTheLine() {
		this.order.ship(UUID.randomUUID(), Map.of(1, new BigDecimal("4")), NOW);
		assertThat(this.order.refusal(Map.of(1, new BigDecimal("8"))))
			.contains("Line 1 of order PO-9: 12 shipped in all, 10 ordered");
		assertThat(this.order.refusal(Map.of(3, BigDecimal.ONE))).contains("Order PO-9 has no line 3");
	}

	@Test
	void anOrderIsCancelledOnlyBeforeAnythingShipped() {
		this.order.ship(UUID.randomUUID(), Map.of(2, BigDecimal.ONE), NOW);
		assertThatThrownBy(() -> this.order.cancel(NOW)).isInstanceOf(IllegalTransitionException.class)
			.hasMessage("Cannot cancel order PO-9 while it is PARTIALLY_SHIPPED.");
	}

	@Test
	void aNoticesLinesFindTheirOrderLinesByNumberProductOrTheirOwnNumberInTheOrdersUnit() {
		ShipmentNotice notice = new ShipmentNotice(envelope("DN-1"),
				List.of(new ShipmentNotice.Line(1, ProductRef.gtin("4012345123456"), Quantity.of("2", "KGM"), "PO-9",
						null), new ShipmentNotice.Line(2, ProductRef.sku("APPLE"), Quantity.of("3", "PCE"), "PO-9", 1),
						new ShipmentNotice.Line(3, ProductRef.sku("APPLE"), Quantity.of("1", "PCE"), "PO-9", null)),
				null, null, null, null, null, null, null);
		ShipmentPlan plan = ShipmentPlan.of(notice, (number) -> java.util.Optional.of(this.order));
		assertThat(plan.refusal()).isNull();
		assertThat(plan.shipments().get(this.order))
			.containsExactlyInAnyOrderEntriesOf(Map.of(2, new BigDecimal("2"), 1, new BigDecimal("4")));

		ShipmentNotice wrongUnit = new ShipmentNotice(envelope("DN-2"),
				List.of(new ShipmentNotice.Line(1, ProductRef.sku("APPLE"), Quantity.of("2", "KGM"), "PO-9", 1)), null,
				null, null, null, null, null, null);
		assertThat(ShipmentPlan.of(wrongUnit, (number) -> java.util.Optional.of(this.order)).refusal())
			.isEqualTo("Line 1 of order PO-9 is ordered in PCE, but line 1 of shipment notice DN-2 ships KGM");
		assertThat(ShipmentPlan.of(wrongUnit, (number) -> java.util.Optional.empty()).refusal()).isEqualTo(
				"The shipment notice DN-2 ships against order PO-9, which the hub never received between these partners");
	}

	private static Envelope envelope(String number) {
		return new Envelope(UUID.randomUUID(), new Party(null, null, null), new Party(null, null, null), number, null,
				null, null, null);
	}

}
