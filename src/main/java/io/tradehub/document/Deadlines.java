package io.tradehub.document;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The deadlines of DESIGN §3, computed on the supplier's local clock: the wall clock its
 * staff read, not a count of elapsed hours.
 * <ul>
 * <li><b>Answer-by</b>: the request's local arrival time plus the connection's answer
 * window in hours, turned back into an instant. A local time that falls into a gap
 * (clocks jump forward) moves forward by the length of the gap; one that falls into an
 * overlap (clocks fall back) takes the earlier offset, the first time the clock shows it.
 * So a 24-hour window always ends at the same local time of the next day, whether that is
 * 23 or 25 hours away.</li>
 * <li><b>Ship-by</b>: the end of the Nth day of service after the order's local arrival
 * date, that is local midnight at the start of the following day (exclusive). Days of
 * service are the weekdays the supplier delivers to the customer; none configured means
 * Monday to Friday. The day the order arrives never counts, whatever the time.</li>
 * </ul>
 */
public final class Deadlines {

	/** What a connection without days of service delivers on. */
	public static final Set<DayOfWeek> WEEKDAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

	private Deadlines() {
	}

	/**
	 * @param arrival when the request reached the hub
	 * @param zone the supplier's time zone
	 * @param answerWindowHours the connection's answer window, 1 or more
	 */
	public static Instant answerBy(Instant arrival, ZoneId zone, int answerWindowHours) {
		if (answerWindowHours < 1) {
			throw new IllegalArgumentException("An answer window is at least one hour, not " + answerWindowHours);
		}
		LocalDateTime local = LocalDateTime.ofInstant(arrival, zone).plusHours(answerWindowHours);
		// ZonedDateTime.of shifts a gap forward by its length and takes an overlap's
		// earlier offset: the rule above.
		return ZonedDateTime.of(local, zone).toInstant();
	}

	/**
	 * @param arrival when the order reached the hub
	 * @param zone the supplier's time zone
	 * @param shippingWindowDays the connection's shipping window in days of service, 1 or
	 * more
	 * @param daysOfService the weekdays the supplier delivers; empty means Monday to
	 * Friday
	 */
	public static Instant shipBy(Instant arrival, ZoneId zone, int shippingWindowDays, Set<DayOfWeek> daysOfService) {
		if (shippingWindowDays < 1) {
			throw new IllegalArgumentException("A shipping window is at least one day, not " + shippingWindowDays);
		}
		Set<DayOfWeek> days = daysOfService.isEmpty() ? WEEKDAYS : daysOfService;
		LocalDate day = LocalDate.ofInstant(arrival, zone);
		int counted = 0;
		while (counted < shippingWindowDays) {
			day = day.plusDays(1);
			if (days.contains(day.getDayOfWeek())) {
				counted++;
			}
		}
		// atStartOfDay, not midnight at a fixed offset: where a switch falls at midnight
		// the day starts at the first valid local time.
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

}
