package io.tradehub.catalog;

import java.util.List;

import io.tradehub.catalog.pricing.Tier;

/**
 * One product's quantity tiers on one of the supplier's price lists, in list prices.
 */
public record PriceListEntry(String sku, List<Tier> tiers) {

	public PriceListEntry {
		tiers = List.copyOf(tiers);
	}

}
