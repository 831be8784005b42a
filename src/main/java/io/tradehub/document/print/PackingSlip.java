package io.tradehub.document.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tradehub.document.Address;
import org.jspecify.annotations.Nullable;

/**
 * What goes in the parcel with one shipment: the items and quantities shipped, the orders
 * they fulfil, how the parcel travels and the supplier's words to the recipient.
 *
 * @param shipmentNumber the supplier's number of the shipment notice
 * @param orderNumbers the orders it ships against, usually one
 * @param message the supplier's message to the recipient
 * @param language the language it is printed in
 */
public record PackingSlip(String shipmentNumber, List<String> orderNumbers, String supplier, String customer,
		@Nullable Address shipTo, @Nullable LocalDate shippedOn, @Nullable String trackingNumber,
		@Nullable String carrier, @Nullable String service, @Nullable String message, List<Line> lines,
		Locale language) {

	public PackingSlip {
		orderNumbers = List.copyOf(orderNumbers);
		lines = List.copyOf(lines);
	}

	/**
	 * How it travels in one line ({@code UPS Express}), or null when that is not known.
	 */
	public @Nullable String carrierAndService() {
		String both = Stream.of(this.carrier, this.service)
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(" "));
		return both.isEmpty() ? null : both;
	}

	/**
	 * One item shipped.
	 *
	 * @param description the supplier's catalog description, else the notice's, else null
	 * @param unit the UN/ECE Recommendation 20 code of the quantity
	 */
	public record Line(int lineNumber, @Nullable String sku, @Nullable String gtin, @Nullable String description,
			BigDecimal shipped, String unit) {
	}

}
