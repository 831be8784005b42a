package io.tradehub.catalog;

import java.util.List;

import io.tradehub.catalog.pricing.Tier;
import io.tradehub.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A product as one customer's catalog holds it: what the supplier sells, with the tiers
 * of the customer's price list for it (none when the list has no price for it), in list
 * prices before the markup.
 */
public record CatalogItem(String sku, @Nullable String gtin, String description, String unit, Money basePrice,
		boolean active, List<Tier> tiers) {

	public CatalogItem {
		tiers = List.copyOf(tiers);
	}

}
