package io.tradehub.document;

import org.jspecify.annotations.Nullable;

/**
 * A product as a line names it: the supplier's SKU, the GTIN, the buyer's own code; at
 * least one of them.
 */
public record ProductRef(@Nullable String sku, @Nullable String gtin, @Nullable String buyerCode,
		@Nullable String description) {

	public ProductRef {
		if (sku == null && gtin == null && buyerCode == null) {
			throw new IllegalArgumentException("A product needs a SKU, a GTIN or a buyer's code");
		}
	}

	public static ProductRef sku(String sku) {
		return new ProductRef(sku, null, null, null);
	}

	public static ProductRef gtin(String gtin) {
		return new ProductRef(null, gtin, null, null);
	}

}
