package io.tradehub.format.edifact;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.tradehub.format.EdiSegment;
import io.tradehub.format.ParseProblem;
import io.tradehub.shared.Money;
import io.tradehub.shared.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Reads EDIFACT values (numbers, dates, quantities, amounts) while mapping one message,
 * turning each value it cannot read into a positioned problem instead of an exception.
 */
final class MappingContext {

	/** EANCOM: a quantity without a measure unit counts trade items, pieces. */
	static final String DEFAULT_UNIT = "PCE";

	final MessageParts parts;

	final EancomQualifiers qualifiers;

	final List<ParseProblem> problems = new ArrayList<>();

	private final @Nullable String currency;

	MappingContext(MessageParts parts, EancomQualifiers qualifiers) {
		this.parts = parts;
		this.qualifiers = qualifiers;
		this.currency = parts.find("CUX", "2")
			.map((cux) -> cux.component(1, 2))
			.filter((c) -> !c.isEmpty())
			.orElse(null);
	}

	void problem(ParseProblem.Kind kind, EdiSegment segment, @Nullable String element, String message) {
		this.problems.add(new ParseProblem(kind, segment.tag(), segment.position(), segment.line(), element, message));
	}

	/** A number with either decimal mark, or null and a problem. */
	@Nullable BigDecimal number(EdiSegment segment, int element, int component) {
		String value = segment.component(element, component);
		if (value.isEmpty()) {
			String reference = reference(segment, element, component);
			problem(ParseProblem.Kind.MISSING_ELEMENT, segment, reference, reference + " is mandatory but missing");
			return null;
		}
		try {
			return new BigDecimal(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			String reference = reference(segment, element, component);
			problem(ParseProblem.Kind.INVALID_ELEMENT, segment, reference,
					reference + " '" + value + "' is not a number");
			return null;
		}
	}

	/** QTY qualifier:value:unit; the unit is PCE when left out. */
	@Nullable Quantity quantity(EdiSegment qty) {
		BigDecimal value = number(qty, 1, 2);
		String unit = qty.component(1, 3);
		return (value != null) ? new Quantity(value, unit.isEmpty() ? DEFAULT_UNIT : unit) : null;
	}

	/** PRI+AAA:amount in the currency of CUX+2. */
	@Nullable Money price(EdiSegment pri) {
		BigDecimal amount = number(pri, 1, 2);
		return (amount != null) ? money(pri, amount, null) : null;
	}

	/** MOA qualifier:amount:currency, the currency of CUX+2 when MOA names none. */
	@Nullable Money amount(EdiSegment moa) {
		BigDecimal amount = number(moa, 1, 2);
		return (amount != null) ? money(moa, amount, moa.component(1, 3)) : null;
	}

	private @Nullable Money money(EdiSegment segment, BigDecimal amount, @Nullable String own) {
		String code = (own != null && !own.isEmpty()) ? own : this.currency;
		if (code == null) {
			problem(ParseProblem.Kind.MISSING_SEGMENT, segment, null,
					segment.tag() + " gives an amount but the message names no currency (CUX+2)");
			return null;
		}
		try {
			return new Money(amount, Currency.getInstance(code));
		}
		catch (IllegalArgumentException ex) {
			problem(ParseProblem.Kind.INVALID_ELEMENT, segment, null, "'" + code + "' is not an ISO 4217 currency");
			return null;
		}
	}

	/** DTM qualifier:value:format as a date (formats 102, 203, 204, 101). */
	@Nullable LocalDate date(EdiSegment dtm) {
		LocalDateTime dateTime = dateTime(dtm);
		return (dateTime != null) ? dateTime.toLocalDate() : null;
	}

	/** DTM as an instant in UTC; a date alone (102) is its start. */
	@Nullable Instant instant(EdiSegment dtm) {
		LocalDateTime dateTime = dateTime(dtm);
		return (dateTime != null) ? dateTime.toInstant(ZoneOffset.UTC) : null;
	}

	private @Nullable LocalDateTime dateTime(EdiSegment dtm) {
		String value = dtm.component(1, 2);
		String format = dtm.component(1, 3);
		try {
			return switch (format) {
				case "102", "" -> ccyymmdd(value).atStartOfDay();
				case "101" -> LocalDate.parse(value, EancomCodes.SHORT_DATE).atStartOfDay();
				case "203" -> LocalDateTime.parse(value, EancomCodes.DATE_TIME);
				case "204" -> LocalDateTime.parse(value, EancomCodes.DATE_TIME_SECONDS);
				default -> {
					problem(ParseProblem.Kind.INVALID_ELEMENT, dtm, "DTM01-3",
							"DTM01-3 '" + format + "' is not a date format the hub reads (102, 203, 204, 101)");
					yield null;
				}
			};
		}
		catch (DateTimeException ex) {
			problem(ParseProblem.Kind.INVALID_ELEMENT, dtm, "DTM01-2",
					"DTM01-2 '" + value + "' is not a valid date in format " + (format.isEmpty() ? "102" : format));
			return null;
		}
	}

	/** {@code QTY01-2}: the element as two digits, then the component. */
	/**
	 * CCYYMMDD without a formatter: nearly every message has a few, and parsing them is a
	 * noticeable share of mapping time. As strict: 20240230 is no date.
	 */
	private static LocalDate ccyymmdd(String value) {
		if (value.length() != 8) {
			throw new DateTimeParseException("not 8 digits", value, 0);
		}
		for (int i = 0; i < 8; i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				throw new DateTimeParseException("not 8 digits", value, i);
			}
		}
		return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 4, 6, 10),
				Integer.parseInt(value, 6, 8, 10));
	}

	static String reference(EdiSegment segment, int element, int component) {
		return segment.tag() + ((element < 10) ? "0" : "") + element + ((component > 0) ? "-" + component : "");
	}

}
