package io.tradehub.partner;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The terms of a connection that decide what a customer sees of its supplier's catalog
 * and at what price, as the catalog capability needs them.
 *
 * @param connectionId the connection
 * @param status its lifecycle state; only an ACTIVE connection shows a catalog
 * @param priceType the price list the customer's prices come from, or null for base
 * prices
 * @param markupPercent added to (or, when negative, taken off) the list price
 * @param visibility which products the customer sees
 * @param products the SKUs of the allow- or deny-list
 */
public record CatalogTerms(UUID connectionId, ConnectionStatus status, @Nullable String priceType,
		BigDecimal markupPercent, Visibility visibility, Set<String> products) {

	public CatalogTerms {
		products = Set.copyOf(products);
	}

	public boolean active() {
		return this.status == ConnectionStatus.ACTIVE;
	}

	/**
	 * Whether the terms let the customer see the product with this SKU; whether the
	 * product is on sale at all is the catalog's to say.
	 */
	public boolean shows(String sku) {
		return switch (this.visibility) {
			case ALL -> true;
			case ALLOW_LIST -> this.products.contains(sku);
			case DENY_LIST -> !this.products.contains(sku);
		};
	}

	/**
	 * Which products a customer sees. The connection's own enum stays internal because it
	 * is the column type of its entity.
	 */
	public enum Visibility {

		ALL, ALLOW_LIST, DENY_LIST

	}

}
