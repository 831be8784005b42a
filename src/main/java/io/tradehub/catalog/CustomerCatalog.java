package io.tradehub.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.tradehub.catalog.pricing.PriceCalculator;
import io.tradehub.catalog.pricing.Tier;
import io.tradehub.document.ProductRef;
import io.tradehub.partner.CatalogTerms;
import io.tradehub.shared.Money;

/**
 * A supplier's catalog as one customer sees it: which products it may see and order, and
 * at what price, from the terms of their connection.
 */
public final class CustomerCatalog {

	private final CatalogTerms terms;

	private final Function<ProductRef, Optional<CatalogItem>> lookup;

	/**
	 * @param lookup finds a product of the supplier by the line's SKU, else its GTIN,
	 * with its tiers on the terms' price list
	 */
	public CustomerCatalog(CatalogTerms terms, Function<ProductRef, Optional<CatalogItem>> lookup) {
		this.terms = terms;
		this.lookup = lookup;
	}

	/** The supplier's product a line names, visible to the customer or not. */
	public Optional<CatalogItem> find(ProductRef product) {
		return this.lookup.apply(product);
	}

	/**
	 * Whether the customer may see and order it: never an inactive product, and nothing
	 * while the connection is not ACTIVE, whatever the terms.
	 */
	public boolean available(CatalogItem item) {
		return item.active() && this.terms.active() && this.terms.shows(item.sku());
	}

	/** The customer's unit price for that quantity. */
	public Money unitPrice(CatalogItem item, BigDecimal quantity) {
		return PriceCalculator.unitPrice(item.basePrice(), item.tiers(), quantity, this.terms.markupPercent());
	}

	/** The item's tiers in the customer's prices, lowest quantity first. */
	public List<Tier> tiers(CatalogItem item) {
		return item.tiers()
			.stream()
			.sorted((a, b) -> a.fromQuantity().compareTo(b.fromQuantity()))
			.map(tier -> new Tier(tier.fromQuantity(),
					PriceCalculator
						.withMarkup(new Money(tier.unitPrice(), item.basePrice().currency()),
								this.terms.markupPercent())
						.amount()))
			.toList();
	}

	/** The item as the customer sees it: its price for one unit and its tiers. */
	public CustomerProduct view(CatalogItem item) {
		return new CustomerProduct(item.sku(), item.gtin(), item.description(), item.unit(),
				item.basePrice().currency().getCurrencyCode(), unitPrice(item, BigDecimal.ONE).amount(), tiers(item));
	}

}
