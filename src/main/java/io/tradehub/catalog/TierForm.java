package io.tradehub.catalog;

import java.math.BigDecimal;

import io.tradehub.catalog.pricing.Tier;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * One quantity tier as the supplier enters it.
 *
 * @param fromQuantity from this quantity on (more than zero)
 * @param unitPrice the list price per unit, in the product's currency
 */
public record TierForm(
		@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15,
				fraction = 4) BigDecimal fromQuantity,
		@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice) {

	Tier tier() {
		return new Tier(this.fromQuantity, this.unitPrice);
	}

}
