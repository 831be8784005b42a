package io.tradehub.catalog.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity tier of a price list: from this quantity on, this unit price.
 *
 * @param fromQuantity the smallest quantity the price applies to
 * @param unitPrice the list price per unit, in the product's currency
 */
public record Tier(BigDecimal fromQuantity, BigDecimal unitPrice) {

	public Tier {
		Objects.requireNonNull(fromQuantity, "fromQuantity");
		Objects.requireNonNull(unitPrice, "unitPrice");
	}

}
