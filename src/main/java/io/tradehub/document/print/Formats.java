package io.tradehub.document.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Numbers and dates as a reader of the printed language writes them ({@code 12.5} is
 * {@code 12,5} in German); the templates call it as {@code fmt}.
 */
final class Formats {

	private final NumberFormat quantities;

	private final DateTimeFormatter dates;

	private final DateTimeFormatter dateTimes;

	Formats(Locale language) {
		this.quantities = NumberFormat.getNumberInstance(language);
		this.quantities.setMaximumFractionDigits(4);
		this.quantities.setRoundingMode(RoundingMode.HALF_EVEN);
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
		this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(language);
	}

	public String quantity(BigDecimal quantity) {
		return this.quantities.format(quantity);
	}

	public String date(@Nullable LocalDate date) {
		return (date != null) ? this.dates.format(date) : "";
	}

	/** The local date and time with its zone, so no reader takes it for their own. */
	public String dateTime(@Nullable ZonedDateTime time) {
		return (time != null) ? this.dateTimes.format(time) + " (" + time.getZone().getId() + ")" : "";
	}

}
