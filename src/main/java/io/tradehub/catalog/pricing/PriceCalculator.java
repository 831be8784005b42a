package io.tradehub.catalog.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.tradehub.shared.Money;

/**
 * The unit price a customer pays: the price of the highest tier of its price list whose
 * from-quantity the ordered quantity reaches (the base price when the list has none for
 * the product, or none that low), times {@code 1 + markup / 100}, rounded to the
 * currency's minor unit with HALF_EVEN. Only the final price is rounded: rounding the
 * list price first would shift prices by a cent against what the supplier set.
 */
public final class PriceCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PriceCalculator() {
	}

	/**
	 * @param basePrice the product's base price, in its currency
	 * @param tiers the product's tiers on the customer's price list, in any order, none
	 * when the list has no price for it
	 * @param quantity the quantity ordered
	 * @param markupPercent the connection's markup, negative for a discount
	 */
	public static Money unitPrice(Money basePrice, List<Tier> tiers, BigDecimal quantity, BigDecimal markupPercent) {
		BigDecimal listPrice = tier(tiers, quantity).map(Tier::unitPrice).orElse(basePrice.amount());
		return withMarkup(new Money(listPrice, basePrice.currency()), markupPercent);
	}

	/** A list price with the markup, rounded to the currency's minor unit. */
	public static Money withMarkup(Money listPrice, BigDecimal markupPercent) {
		// Multiplying by (100 + markup) and moving the point is exact: nothing is lost
		// before the one rounding.
		BigDecimal exact = listPrice.amount().multiply(HUNDRED.add(markupPercent)).movePointLeft(2);
		// Pseudo-currencies such as XAU have no minor unit (-1): whole units then.
		int digits = Math.max(0, listPrice.currency().getDefaultFractionDigits());
		return new Money(exact.setScale(digits, RoundingMode.HALF_EVEN), listPrice.currency());
	}

	private static Optional<Tier> tier(List<Tier> tiers, BigDecimal quantity) {
		return tiers.stream()
			.filter(tier -> tier.fromQuantity().compareTo(quantity) <= 0)
			.max(Comparator.comparing(Tier::fromQuantity));
	}

}
