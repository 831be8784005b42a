package io.tradehub.format.csv;

import java.time.LocalDate;
import java.util.Objects;

import io.tradehub.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One article of a partner's catalog or price list as a CSV file states it; the catalog
 * module will turn these into its products and price lists.
 *
 * @param line the physical line of the file it was read from, for messages about it
 * @param buyerCode the buyer's own code or product group for the article
 * @param price the regular price per unit
 * @param promoPrice the promotional price, if any
 */
public record CatalogEntry(int line, @Nullable String sku, @Nullable String gtin, @Nullable String buyerCode,
		@Nullable String description, @Nullable String size, @Nullable String colour, String unit, Money price,
		@Nullable Money promoPrice, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil) {

	public CatalogEntry {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(price, "price");
		if (sku == null && gtin == null) {
			throw new IllegalArgumentException("A catalog entry needs a SKU or a GTIN");
		}
	}

}
