package io.tradehub.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.tradehub.catalog.pricing.Tier;
import io.tradehub.shared.HubIds;
import io.tradehub.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A product a supplier sells, known by its SKU within the supplier's catalog and, where
 * it has one, by its GTIN.
 */
@Entity
@Table(name = "catalog_product")
class Product {

	@Id
	private UUID id;

	private UUID supplierId;

	private String sku;

	private @Nullable String gtin;

	private @Nullable String gtinKey;

	private String description;

	private String unit;

	@Column(precision = 19, scale = 4)
	private BigDecimal basePrice;

	private String currency;

	private boolean active;

	@Version
	private long version;

	protected Product() {
		// for JPA
	}

	Product(UUID supplierId, String sku, ProductForm form) {
		this.id = HubIds.next();
		this.supplierId = supplierId;
		this.sku = sku;
		change(form);
	}

	/** Takes the form's values; the form has been checked. */
	void change(ProductForm form) {
		this.gtin = form.gtin();
		this.gtinKey = form.gtinKey();
		this.description = form.description();
		this.unit = form.unit();
		this.basePrice = form.basePrice();
		this.currency = form.currency();
		this.active = form.active() == null || form.active();
	}

	/**
	 * Gives up the GTIN ahead of an import that hands it to another product: the unique
	 * key is checked row by row, not at the end of the import.
	 */
	void releaseGtin() {
		this.gtin = null;
		this.gtinKey = null;
	}

	@Nullable String gtinKey() {
		return this.gtinKey;
	}

	UUID id() {
		return this.id;
	}

	String sku() {
		return this.sku;
	}

	@Nullable String gtin() {
		return this.gtin;
	}

	ProductView view() {
		return new ProductView(this.sku, this.gtin, this.description, this.unit, Decimals.plain(this.basePrice),
				this.currency, this.active);
	}

	/**
	 * The product as a customer's catalog prices it, with its tiers on that price list.
	 */
	CatalogItem item(List<Tier> tiers) {
		return new CatalogItem(this.sku, this.gtin, this.description, this.unit,
				new Money(Decimals.plain(this.basePrice), Currency.getInstance(this.currency)), this.active, tiers);
	}

}
