package io.tradehub.partner.connection;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The supplier's terms for one customer: they drive prices, visible products and
 * deadlines.
 *
 * @param priceType the price list the customer's prices come from
 * @param markupPercent added to that price list, from -100 to 1000 percent
 * @param visibility which products the customer sees
 * @param products the SKUs of the allow- or deny-list
 * @param orderCreationAllowed whether the customer's users may create order requests and
 * orders
 * @param daysOfService the carrier delivering to the customer on each weekday the
 * supplier delivers
 * @param answerWindowHours how long a request stays open for an answer
 * @param shippingWindowDays how many days of service the supplier has to ship an order
 */
public record ConnectionSettings(
		@Nullable @Pattern(regexp = "[A-Za-z0-9_-]{1,40}",
				message = "{tradehub.reference.characters}") String priceType,
		@NotNull @DecimalMin("-100") @DecimalMax("1000") @Digits(integer = 4, fraction = 4) BigDecimal markupPercent,
		@NotNull Visibility visibility, @Nullable Set<@NotBlank @Size(max = 64) String> products,
		boolean orderCreationAllowed, @Nullable Map<DayOfWeek, @NotBlank @Size(max = 100) String> daysOfService,
		@Min(1) @Max(24 * 60) int answerWindowHours, @Min(1) @Max(365) int shippingWindowDays) {

	public ConnectionSettings {
		// Unmodifiable copies that keep null entries: a body with one is read, and bean
		// validation names the entry, instead of the copy failing while the JSON is read.
		products = products == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(products));
		daysOfService = daysOfService == null ? Map.of()
				: Collections.unmodifiableMap(new LinkedHashMap<>(daysOfService));
	}

	/** What a new connection starts with, before the supplier sets its terms. */
	static ConnectionSettings defaults() {
		return new ConnectionSettings(null, BigDecimal.ZERO, Visibility.ALL, Set.of(), true, Map.of(), 24, 2);
	}

}
