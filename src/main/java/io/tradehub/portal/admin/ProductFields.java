package io.tradehub.portal.admin;

import io.tradehub.catalog.ProductForm;
import io.tradehub.catalog.ProductView;
import io.tradehub.portal.FormChecks;
import io.tradehub.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The product form as typed: text until the catalog's own checks judge it, so a price
 * that is no number comes back to the form rather than to an error page.
 */
record ProductFields(String sku, @Nullable String gtin, @Nullable String description, @Nullable String unit,
		@Nullable String basePrice, @Nullable String currency, @Nullable Boolean active) {

	ProductFields {
		sku = (sku == null) ? "" : sku;
	}

	static ProductFields empty() {
		return new ProductFields("", null, null, "PCE", null, "EUR", true);
	}

	static ProductFields of(ProductView product) {
		return new ProductFields(product.sku(), product.gtin(), product.description(), product.unit(),
				product.basePrice().toPlainString(), product.currency(), product.active());
	}

	ProductForm product() {
		if (this.basePrice == null || this.basePrice.isBlank()) {
			throw new InvalidInputException("basePrice", "must not be blank");
		}
		return new ProductForm(this.gtin, this.description, this.unit, FormChecks.decimal("basePrice", this.basePrice),
				this.currency, Boolean.TRUE.equals(this.active));
	}

}
