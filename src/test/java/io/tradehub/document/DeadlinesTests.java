package io.tradehub.document;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Deadlines on the supplier's wall clock, across both daylight-saving switches of 2026 in
 * Berlin (March 29, October 25) and New York (March 8, November 1).
 */
class DeadlinesTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

	@Test
	void aDayLongAnswerWindowEndsAtTheSameLocalTimeWhenTheClocksSpringForward() {
		Instant arrival = Instant.parse("2026-03-28T09:00:00Z"); // 10:00 CET
		Instant answerBy = Deadlines.answerBy(arrival, BERLIN, 24);
		assertThat(answerBy).isEqualTo("2026-03-29T08:00:00Z"); // 10:00 CEST
		assertThat(Duration.between(arrival, answerBy)).hasHours(23);

		Instant newYork = Instant.parse("2026-03-07T14:00:00Z"); // 09:00 EST
		assertThat(Deadlines.answerBy(newYork, NEW_YORK, 24)).isEqualTo("2026-03-08T13:00:00Z"); // 09:00
																									// EDT
	}

	@Test
	void aDayLongAnswerWindowEndsAtTheSameLocalTimeWhenTheClocksFallBack() {
		Instant arrival = Instant.parse("2026-10-24T08:00:00Z"); // 10:00 CEST
		Instant answerBy = Deadlines.answerBy(arrival, BERLIN, 24);
		assertThat(answerBy).isEqualTo("2026-10-25T09:00:00Z"); // 10:00 CET
		assertThat(Duration.between(arrival, answerBy)).hasHours(25);

		Instant newYork = Instant.parse("2026-10-31T13:00:00Z"); // 09:00 EDT
		assertThat(Deadlines.answerBy(newYork, NEW_YORK, 24)).isEqualTo("2026-11-01T14:00:00Z"); // 09:00
																									// EST
	}

	@Test
	void aShortWindowSpanningTheSpringSwitchIsAnHourShorterAndOneEndingInTheGapMovesForward() {
		// 00:30 CET + 3 h = 03:30 local, already summer time: two hours pass.
		assertThat(Deadlines.answerBy(Instant.parse("2026-03-28T23:30:00Z"), BERLIN, 3))
			.isEqualTo("2026-03-29T01:30:00Z");
		// 23:30 CET + 3 h = 02:30 local, which does not exist: it becomes 03:30 CEST.
		assertThat(Deadlines.answerBy(Instant.parse("2026-03-28T22:30:00Z"), BERLIN, 3))
			.isEqualTo("2026-03-29T01:30:00Z");
		// 23:30 EST + 3 h = 02:30 local, in New York's gap: 03:30 EDT.
		assertThat(Deadlines.answerBy(Instant.parse("2026-03-08T04:30:00Z"), NEW_YORK, 3))
			.isEqualTo("2026-03-08T07:30:00Z");
	}

	@Test
	void aShortWindowEndingInTheAutumnOverlapTakesTheEarlierOffset() {
		// 23:30 CEST + 3 h = 02:30 local, shown twice: the first time, still CEST.
		assertThat(Deadlines.answerBy(Instant.parse("2026-10-24T21:30:00Z"), BERLIN, 3))
			.isEqualTo("2026-10-25T00:30:00Z");
		// 22:30 EDT + 3 h = 01:30 local, shown twice in New York: the EDT one.
		assertThat(Deadlines.answerBy(Instant.parse("2026-11-01T02:30:00Z"), NEW_YORK, 3))
			.isEqualTo("2026-11-01T05:30:00Z");
		// Starting after the overlap, three local hours are four real ones.
		assertThat(Deadlines.answerBy(Instant.parse("2026-10-25T00:30:00Z"), BERLIN, 3))
			.isEqualTo("2026-10-25T04:30:00Z");
	}

	@Test
	void aShipByOnThe23HourDayEndsAtTheNextLocalMidnight() {
		Instant berlin = Deadlines.shipBy(Instant.parse("2026-03-28T14:00:00Z"), BERLIN, 1, EVERY_DAY);
		assertThat(berlin).isEqualTo("2026-03-29T22:00:00Z"); // Monday 00:00 CEST
		Instant sundayStart = LocalDate.parse("2026-03-29").atStartOfDay(BERLIN).toInstant();
		assertThat(Duration.between(sundayStart, berlin)).hasHours(23);

		assertThat(Deadlines.shipBy(Instant.parse("2026-03-07T15:00:00Z"), NEW_YORK, 1, EVERY_DAY))
			.isEqualTo("2026-03-09T04:00:00Z"); // Monday 00:00 EDT
	}

	@Test
	void aShipByOnThe25HourDayEndsAtTheNextLocalMidnight() {
		Instant berlin = Deadlines.shipBy(Instant.parse("2026-10-24T13:00:00Z"), BERLIN, 1, EVERY_DAY);
		assertThat(berlin).isEqualTo("2026-10-25T23:00:00Z"); // Monday 00:00 CET
		Instant sundayStart = LocalDate.parse("2026-10-25").atStartOfDay(BERLIN).toInstant();
		assertThat(Duration.between(sundayStart, berlin)).hasHours(25);

		assertThat(Deadlines.shipBy(Instant.parse("2026-10-31T15:00:00Z"), NEW_YORK, 1, EVERY_DAY))
			.isEqualTo("2026-11-02T05:00:00Z"); // Monday 00:00 EST
	}

	@Test
	void onlyDaysOfServiceCountAndAThursdayEveningOrderWaitsForTuesday() {
		Set<DayOfWeek> tuesdayAndThursday = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
		Instant thursdayEvening = Instant.parse("2026-12-03T20:30:00Z"); // 21:30 CET
		assertThat(Deadlines.shipBy(thursdayEvening, BERLIN, 1, tuesdayAndThursday)).isEqualTo("2026-12-08T23:00:00Z"); // end
																														// of
																														// Tuesday
		assertThat(Deadlines.shipBy(thursdayEvening, BERLIN, 2, tuesdayAndThursday)).isEqualTo("2026-12-10T23:00:00Z"); // end
																														// of
																														// the
																														// next
																														// Thursday
		assertThat(Deadlines.shipBy(thursdayEvening, BERLIN, 3, tuesdayAndThursday)).isEqualTo("2026-12-15T23:00:00Z");
	}

	@Test
	void theLocalArrivalDateCountsNotTheUtcOne() {
		Set<DayOfWeek> tuesdayAndThursday = EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
		// Wednesday 23:30 in UTC is already Thursday 00:30 in Berlin: the order's day is
		// Thursday, and Thursday itself does not count.
		assertThat(Deadlines.shipBy(Instant.parse("2026-12-02T23:30:00Z"), BERLIN, 1, tuesdayAndThursday))
			.isEqualTo("2026-12-08T23:00:00Z");
		// Thursday 01:00 in UTC is still Wednesday evening in New York: Thursday counts.
		assertThat(Deadlines.shipBy(Instant.parse("2026-12-03T01:00:00Z"), NEW_YORK, 1, tuesdayAndThursday))
			.isEqualTo("2026-12-04T05:00:00Z");
	}

	@Test
	void withoutDaysOfServiceWeekdaysCount() {
		Instant fridayMorning = Instant.parse("2026-12-04T09:00:00Z");
		assertThat(Deadlines.shipBy(fridayMorning, BERLIN, 2, Set.of())).isEqualTo("2026-12-08T23:00:00Z");
		assertThat(Deadlines.shipBy(fridayMorning, BERLIN, 1, Set.of())).isEqualTo("2026-12-07T23:00:00Z");
	}

	@Test
	void windowsBelowOneAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Deadlines.answerBy(Instant.EPOCH, BERLIN, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Deadlines.shipBy(Instant.EPOCH, BERLIN, 0, Set.of()));
	}

}
