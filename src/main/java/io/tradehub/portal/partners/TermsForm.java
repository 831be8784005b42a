package io.tradehub.portal.partners;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.tradehub.partner.connection.ConnectionForms.Activation;
import io.tradehub.partner.connection.ConnectionSettings;
import io.tradehub.partner.connection.Visibility;
import io.tradehub.shared.InvalidInputException;

/**
 * The fields of the connection page's forms as the browser posts them, and the same
 * fields filled in from a connection's settings. Days of service are one carrier field
 * per weekday ({@code day.MONDAY}); a blank carrier means no delivery that day.
 *
 * @param values each field's text, by its input's name
 */
record TermsForm(Map<String, String> values) {

	static final String DAY = "day.";

	TermsForm {
		values = Map.copyOf(values);
	}

	static TermsForm of(ConnectionSettings settings) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("priceType", (settings.priceType() != null) ? settings.priceType() : "");
		values.put("markupPercent", settings.markupPercent().stripTrailingZeros().toPlainString());
		values.put("visibility", settings.visibility().name());
		values.put("products", String.join(", ", settings.products()));
		values.put("orderCreationAllowed", String.valueOf(settings.orderCreationAllowed()));
		values.put("answerWindowHours", String.valueOf(settings.answerWindowHours()));
		values.put("shippingWindowDays", String.valueOf(settings.shippingWindowDays()));
		settings.daysOfService().forEach((day, carrier) -> values.put(DAY + day, carrier));
		return new TermsForm(values);
	}

	/** The posted fields over the current ones: a re-shown form keeps what was typed. */
	TermsForm over(TermsForm current) {
		Map<String, String> merged = new LinkedHashMap<>(current.values);
		merged.putAll(this.values);
		return new TermsForm(merged);
	}

	String get(String field) {
		return this.values.getOrDefault(field, "");
	}

	Activation activation() {
		return new Activation(get("priceType").strip(), decimal("markupPercent"), days());
	}

	/** The whole settings form; an unticked box is not posted, so it means false. */
	ConnectionSettings settings() {
		String priceType = get("priceType").strip();
		return new ConnectionSettings(priceType.isEmpty() ? null : priceType, decimal("markupPercent"), visibility(),
				products(), "true".equals(get("orderCreationAllowed")), days(), number("answerWindowHours"),
				number("shippingWindowDays"));
	}

	/**
	 * The current settings with the price type (none when blank), markup and days of
	 * service posted.
	 */
	ConnectionSettings settings(ConnectionSettings current) {
		Activation terms = activation();
		return new ConnectionSettings(terms.priceType().isEmpty() ? null : terms.priceType(), terms.markupPercent(),
				current.visibility(), current.products(), current.orderCreationAllowed(), terms.daysOfService(),
				current.answerWindowHours(), current.shippingWindowDays());
	}

	private Map<DayOfWeek, String> days() {
		Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			String carrier = get(DAY + day).strip();
			if (!carrier.isEmpty()) {
				days.put(day, carrier);
			}
		}
		return days;
	}

	private Set<String> products() {
		Set<String> skus = new LinkedHashSet<>();
		Arrays.stream(get("products").split("[,\\s]+")).filter(sku -> !sku.isBlank()).forEach(skus::add);
		return skus;
	}

	private Visibility visibility() {
		try {
			return Visibility.valueOf(get("visibility"));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("visibility", "must be one of ALL, ALLOW_LIST, DENY_LIST");
		}
	}

	private BigDecimal decimal(String field) {
		try {
			return new BigDecimal(get(field).strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "must be a number, such as 12.5");
		}
	}

	private int number(String field) {
		try {
			return Integer.parseInt(get(field).strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "must be a whole number");
		}
	}

}
