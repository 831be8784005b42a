package io.tradehub.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A product of the caller's own catalog, as the supplier maintains it.
 */
public record ProductView(String sku, @Nullable String gtin, String description, String unit, BigDecimal basePrice,
		String currency, boolean active) {
}
