package io.tradehub.catalog;

import java.math.BigDecimal;
import java.util.List;

import io.tradehub.catalog.pricing.Tier;
import org.jspecify.annotations.Nullable;

/**
 * A product as a customer sees it in its supplier's catalog: in its own prices, markup
 * included and rounded.
 *
 * @param unitPrice the price of one unit
 * @param tiers from which quantity on which unit price applies, when its price list has
 * tiers for the product
 */
public record CustomerProduct(String sku, @Nullable String gtin, String description, String unit, String currency,
		BigDecimal unitPrice, List<Tier> tiers) {

	public CustomerProduct {
		tiers = List.copyOf(tiers);
	}

}
