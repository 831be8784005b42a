package io.tradehub.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.tradehub.shared.InvalidInputException.FieldProblem;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A product as the supplier enters it, through the API or as a row of a CSV import; both
 * are checked by the same rules.
 *
 * @param gtin GTIN-8, -12, -13 or -14 with its check digit, or null
 * @param unit the unit of measure as a UN/ECE Recommendation 20 code ({@code PCE},
 * {@code KGM}, {@code CT} ...)
 * @param basePrice the price when the customer's price list has none for the product
 * @param currency the ISO 4217 code of the product's prices
 * @param active whether it is on sale; null counts as true
 */
public record ProductForm(@Nullable @Size(max = 14) String gtin, @NotBlank @Size(max = 500) String description,
		@NotBlank @Pattern(regexp = "[A-Z0-9]{1,3}", message = "{tradehub.unit.code}") String unit,
		@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal basePrice,
		@NotNull @Pattern(regexp = "[A-Z]{3}", message = "{tradehub.currency.code}") String currency,
		@Nullable Boolean active) {

	public ProductForm {
		gtin = (gtin == null || gtin.isBlank()) ? null : gtin.strip();
	}

	/** The key products are found and kept unique by, or null without a GTIN. */
	@Nullable String gtinKey() {
		return (this.gtin == null) ? null : Gtin.key(this.gtin);
	}

	/** What bean validation cannot say: the GTIN's check digit, an unknown currency. */
	List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.gtin != null) {
			String problem = Gtin.problem(this.gtin);
			if (problem != null) {
				problems.add(new FieldProblem("gtin", problem));
			}
		}
		if (this.currency != null && this.currency.matches("[A-Z]{3}") && !known(this.currency)) {
			problems.add(new FieldProblem("currency", "'" + this.currency + "' is no ISO 4217 currency"));
		}
		return problems;
	}

	private static boolean known(String code) {
		return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
	}

}
