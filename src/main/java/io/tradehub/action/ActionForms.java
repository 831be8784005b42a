package io.tradehub.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.tradehub.document.Address;
import io.tradehub.document.ProductRef;
import io.tradehub.document.Reference;
import io.tradehub.shared.InvalidInputException;
import io.tradehub.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the actions. Products are named by the supplier's SKU or by GTIN;
 * quantities carry their unit of measure (as the partner's format names it, such as
 * {@code PCE} or {@code KGM}); amounts their ISO 4217 currency.
 */
public final class ActionForms {

	private static final String UNIT = "[A-Za-z0-9]{1,8}";

	private ActionForms() {
	}

	/** A customer asks a supplier for goods. */
	record NewOrderRequest(@NotNull UUID supplierId, @NotEmpty @Size(max = 500) List<@Valid @NotNull LineForm> lines,
			@Valid @Nullable AddressForm shipTo,
			@Size(max = 20) @Nullable List<@Valid @NotNull ReferenceForm> buyerReferences,
			@Size(max = 2000) @Nullable String note) {
	}

	/** A customer orders from a supplier, at the prices it names or the rules fill in. */
	record NewOrder(@NotNull UUID supplierId, @NotEmpty @Size(max = 500) List<@Valid @NotNull LineForm> lines,
			@Valid @Nullable AddressForm shipTo,
			@Size(max = 20) @Nullable List<@Valid @NotNull ReferenceForm> references,
			@Nullable LocalDate requestedDelivery, @Size(max = 2000) @Nullable String note) {
	}

	/**
	 * One product: by SKU or GTIN (at least one), how much, and for an order optionally
	 * the agreed unit price.
	 */
	record LineForm(@Size(max = 35) @Nullable String sku,
			@Pattern(regexp = "\\d{8}|\\d{12,14}", message = "{tradehub.gtin.digits}") @Nullable String gtin,
			@NotNull @Positive BigDecimal quantity, @NotBlank @Pattern(regexp = UNIT) String unit,
			@Valid @Nullable MoneyForm unitPrice) {

		ProductRef product(String field) {
			if (blank(this.sku) && blank(this.gtin)) {
				throw new InvalidInputException(field, "needs a sku or a gtin");
			}
			return new ProductRef(blank(this.sku) ? null : this.sku, blank(this.gtin) ? null : this.gtin, null, null);
		}

	}

	/** The supplier's answer to each line of a request it received. */
	public record AnswerForm(@NotEmpty @Size(max = 500) List<@Valid @NotNull AnswerLine> lines,
			@Valid @Nullable MoneyForm shippingCharge, @Size(max = 2000) @Nullable String message) {
	}

	/**
	 * @param lineNumber the request's line this answers
	 * @param available how much can be delivered now, in the requested unit
	 * @param backOrder how much more follows, on {@code availableOn}
	 */
	public record AnswerLine(@NotNull @Positive Integer lineNumber, @NotNull @PositiveOrZero BigDecimal available,
			@Valid @Nullable MoneyForm unitPrice, @PositiveOrZero @Nullable BigDecimal backOrder,
			@Nullable LocalDate availableOn) {
	}

	/** What the supplier shipped of an order it received, and how it travels. */
	public record ShipmentForm(@NotEmpty @Size(max = 500) List<@Valid @NotNull ShippedLine> lines,
			@Valid @Nullable MoneyForm shippingCost, @Size(max = 100) @Nullable String trackingNumber,
			@Size(max = 100) @Nullable String carrier, @Size(max = 100) @Nullable String service,
			@Pattern(regexp = "[a-z]{2}", message = "{tradehub.language.code}") @Nullable String packingSlipLanguage,
			@Size(max = 2000) @Nullable String message) {
	}

	/**
	 * @param orderLineNumber the order's line the goods fulfil
	 * @param shipped how much left, in the ordered unit
	 */
	public record ShippedLine(@NotNull @Positive Integer orderLineNumber, @NotNull @Positive BigDecimal shipped) {
	}

	public record MoneyForm(@NotNull @PositiveOrZero BigDecimal amount,
			@NotNull @Pattern(regexp = "[A-Z]{3}", message = "{tradehub.currency.code}") String currency) {

		Money money(String field) {
			try {
				return new Money(this.amount, Currency.getInstance(this.currency));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(field + ".currency", "is no ISO 4217 currency: " + this.currency);
			}
		}

	}

	record AddressForm(@Size(max = 200) @Nullable String name, @Size(max = 200) @Nullable String street,
			@Size(max = 20) @Nullable String postalCode, @Size(max = 100) @Nullable String city,
			@Pattern(regexp = "[A-Z]{2}", message = "{tradehub.country.code.example}") @Nullable String country) {

		Address address() {
			return new Address(this.name, this.street, this.postalCode, this.city, this.country, null);
		}

	}

	/**
	 * A buyer's reference: its kind (such as {@code CR}, customer reference) and value.
	 */
	record ReferenceForm(@NotBlank @Size(max = 3) String kind, @NotBlank @Size(max = 35) String value) {

		Reference reference() {
			return new Reference(this.kind, this.value);
		}

	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
