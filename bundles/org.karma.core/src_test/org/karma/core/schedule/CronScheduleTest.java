package org.karma.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CronScheduleTest {

	private static final ZoneId UTC = ZoneOffset.UTC;

	private static Instant next(String expression, String after) {
		return CronSchedule.parse(expression).next(Instant.parse(after), UTC).orElseThrow();
	}

	private static List<String> series(String expression, String after, int n, ZoneId zone) {
		CronSchedule cron = CronSchedule.parse(expression);
		List<String> out = new ArrayList<>();
		Instant t = Instant.parse(after);
		for (int i = 0; i < n; i++) {
			t = cron.next(t, zone).orElseThrow();
			out.add(t.toString());
		}
		return out;
	}

	@Test
	void numbersRangesListsAndSteps() {
		assertEquals(Instant.parse("2026-11-22T02:30:00Z"), next("30 2 * * *", "2026-11-22T01:00:00Z"));
		assertEquals(Instant.parse("2026-11-23T02:30:00Z"), next("30 2 * * *", "2026-11-22T02:30:00Z"),
				"strictly after");
		assertEquals(List.of("2026-11-22T10:00:00Z", "2026-11-22T10:15:00Z", "2026-11-22T10:30:00Z",
				"2026-11-22T10:45:00Z", "2026-11-22T11:00:00Z"), series("*/15 * * * *", "2026-11-22T09:59:59Z", 5, UTC));
		assertEquals(List.of("2026-11-22T09:05:00Z", "2026-11-22T09:25:00Z", "2026-11-22T09:45:00Z",
				"2026-11-22T10:05:00Z"), series("5/20 9-10 * * *", "2026-11-22T09:00:00Z", 4, UTC));
		assertEquals(List.of("2026-11-22T08:00:00Z", "2026-11-22T12:00:00Z", "2026-11-22T18:00:00Z",
				"2026-11-23T08:00:00Z"), series("0 8,12,18 * * *", "2026-11-22T07:00:00Z", 4, UTC));
		assertEquals(List.of("2026-11-22T00:00:00Z", "2026-11-22T00:20:00Z", "2026-11-22T00:40:00Z"),
				series("0-59/20 0 * * *", "2026-11-21T23:59:00Z", 3, UTC));
	}

	@Test
	void namesOfMonthsAndDaysAndSundayAsSeven() {
		// 2026-11-22 is a Sunday
		assertEquals(Instant.parse("2026-11-23T02:30:00Z"), next("30 2 * * mon-fri", "2026-11-22T00:00:00Z"));
		assertEquals(Instant.parse("2026-11-28T00:00:00Z"), next("0 0 * * SAT", "2026-11-22T00:00:00Z"));
		assertEquals(Instant.parse("2026-11-29T00:00:00Z"), next("0 0 * * 7", "2026-11-22T00:00:00Z"));
		assertEquals(Instant.parse("2026-11-29T00:00:00Z"), next("0 0 * * 0", "2026-11-22T00:00:00Z"));
		assertEquals(Instant.parse("2027-02-01T00:00:00Z"), next("0 0 1 feb *", "2026-11-22T00:00:00Z"));
		assertEquals(Instant.parse("2026-12-01T00:00:00Z"), next("0 0 1 jan,dec *", "2026-11-22T00:00:00Z"));
	}

	@Test
	void dayOfMonthOrDayOfWeekWhenBothAreGiven() {
		// the 13th, or any Friday (cron's rule): Friday 2026-11-27 comes before 2026-12-13
		assertEquals(Instant.parse("2026-11-27T00:00:00Z"), next("0 0 13 * fri", "2026-11-22T00:00:00Z"));
		// only the day of month restricted
		assertEquals(Instant.parse("2026-12-13T00:00:00Z"), next("0 0 13 * *", "2026-11-22T00:00:00Z"));
	}

	@Test
	void shorthands() {
		assertEquals(Instant.parse("2026-11-22T11:00:00Z"), next("@hourly", "2026-11-22T10:00:00Z"));
		assertEquals(Instant.parse("2026-11-23T00:00:00Z"), next("@daily", "2026-11-22T10:00:00Z"));
		assertEquals(Instant.parse("2026-11-29T00:00:00Z"), next("@weekly", "2026-11-22T10:00:00Z"));
		assertEquals(Instant.parse("2026-12-01T00:00:00Z"), next("@monthly", "2026-11-22T10:00:00Z"));
		assertEquals(Instant.parse("2027-01-01T00:00:00Z"), next("@yearly", "2026-11-22T10:00:00Z"));
	}

	@Test
	void leapDaysAndImpossibleDates() {
		assertEquals(Instant.parse("2028-02-29T00:00:00Z"), next("0 0 29 2 *", "2026-11-22T00:00:00Z"));
		assertEquals(Optional.empty(), CronSchedule.parse("0 0 30 2 *").next(Instant.parse("2026-11-22T00:00:00Z"), UTC));
	}

	@Test
	void localTimeInTheClocksZoneAcrossDaylightSaving() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		// 2027-03-28: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist that day and runs at 03:30 local
		assertEquals(List.of("2027-03-27T01:30:00Z", "2027-03-28T01:30:00Z", "2027-03-29T00:30:00Z"),
				series("30 2 * * *", "2027-03-27T00:00:00Z", 3, berlin));
	}

	@Test
	void badExpressionsSayWhichFieldInTheValidatorsWords() {
		assertMessage("has 4 fields", "* * * *");
		assertMessage("minute '60' out of range (allowed: 0-59)", "60 * * * *");
		assertMessage("hour '5-2' range goes backwards", "0 5-2 * * *");
		assertMessage("month 'foo' not a number", "0 0 * foo *");
		assertMessage("day of week '*/0' step must be at least 1", "0 0 * * */0");
		assertMessage("empty list item", "0 0 1,,2 * *");
		assertMessage("unknown cron macro '@often'", "@often");
		assertMessage("empty cron expression", "");
	}

	private static void assertMessage(String expected, String expression) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse(expression));
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}
}
