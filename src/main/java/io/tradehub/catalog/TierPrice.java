package io.tradehub.catalog;

import java.math.BigDecimal;
import java.util.UUID;

import io.tradehub.catalog.pricing.Tier;
import io.tradehub.shared.HubIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One quantity tier of one product on one of the supplier's price lists.
 */
@Entity
@Table(name = "catalog_tier_price")
class TierPrice {

	@Id
	private UUID id;

	private UUID supplierId;

	private UUID productId;

	private String priceType;

	@Column(precision = 19, scale = 4)
	private BigDecimal fromQuantity;

	@Column(precision = 19, scale = 4)
	private BigDecimal unitPrice;

	protected TierPrice() {
		// for JPA
	}

	TierPrice(UUID supplierId, UUID productId, String priceType, Tier tier) {
		this.id = HubIds.next();
		this.supplierId = supplierId;
		this.productId = productId;
		this.priceType = priceType;
		this.fromQuantity = tier.fromQuantity();
		this.unitPrice = tier.unitPrice();
	}

	UUID productId() {
		return this.productId;
	}

	String priceType() {
		return this.priceType;
	}

	Tier tier() {
		return new Tier(Decimals.plain(this.fromQuantity), Decimals.plain(this.unitPrice));
	}

}
