package io.tradehub.document.work;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tradehub.document.Order;
import io.tradehub.document.ShipmentNotice;
import io.tradehub.document.lifecycle.OrderView;
import io.tradehub.partner.PartnerView;
import io.tradehub.shared.Money;

/**
 * What an order's page shows: its lifecycle with what is shipped of each line, the
 * ordered lines with their prices, the shipments so far, and the company on the other
 * side.
 *
 * @param supplierSide whether the viewer's company is the order's supplier
 */
record OrderPage(OrderView order, Order document, List<Shipment> shipments, PartnerView partner, boolean supplierSide) {

	/** The supplier confirms shipments while the order still ships. */
	public boolean canShip() {
		return this.supplierSide && this.order.status().shippable();
	}

	/**
	 * The order's value per currency: each priced line's quantity times its unit price.
	 */
	public List<Money> totals() {
		Map<Currency, BigDecimal> totals = new LinkedHashMap<>();
		for (Order.Line line : this.document.lines()) {
			if (line.unitPrice() != null) {
				totals.merge(line.unitPrice().currency(), line.unitPrice().amount().multiply(line.quantity().value()),
						BigDecimal::add);
			}
		}
		List<Money> money = new ArrayList<>();
		totals.forEach((currency, amount) -> money.add(new Money(amount, currency)));
		return money;
	}

	/** What is shipped of an order line so far, and what is left. */
	public OrderView.Line progress(int lineNumber) {
		return this.order.lines().stream().filter((line) -> line.lineNumber() == lineNumber).findFirst().orElseThrow();
	}

	/**
	 * A shipment confirmed against the order.
	 *
	 * @param hubId the shipment notice's hub id, which its packing slip is printed by
	 */
	record Shipment(UUID hubId, ShipmentNotice notice) {
	}

}
