package io.tradehub.document.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import io.tradehub.document.Address;
import org.jspecify.annotations.Nullable;

/**
 * What the warehouse picks for one order: each line with what is ordered, what has
 * shipped already and what is left.
 *
 * @param shipBy the order's deadline, in the supplier's time zone
 * @param language the language it is printed in
 */
public record PickingList(String orderNumber, String supplier, String customer, @Nullable Address shipTo,
		@Nullable ZonedDateTime shipBy, @Nullable LocalDate requestedDelivery, @Nullable String note, List<Line> lines,
		Locale language) {

	public PickingList {
		lines = List.copyOf(lines);
	}

	/**
	 * One ordered line.
	 *
	 * @param description the supplier's catalog description, else the order's, else null
	 * @param unit the UN/ECE Recommendation 20 code of the quantities
	 */
	public record Line(int lineNumber, @Nullable String sku, @Nullable String gtin, @Nullable String description,
			BigDecimal ordered, BigDecimal shipped, String unit) {

		/** What is still to pick; never less than nothing. */
		public BigDecimal toPick() {
			return this.ordered.subtract(this.shipped).max(BigDecimal.ZERO);
		}

	}

}
