package org.karma.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A standard 5-field cron expression ({@code minute hour day-of-month month day-of-week}), as in
 * crontab(5): each field is {@code *}, a number, a range {@code a-b}, a step {@code * /n} or
 * {@code a-b/n} or {@code a/n} (from a to the end), or a comma list of those; months and days
 * may be named ({@code jan}…{@code dec}, {@code sun}…{@code sat}); day of week 0 and 7 are both
 * Sunday. Like cron, when both day of month and day of week are restricted a day matching either
 * one matches. The shorthands {@code @yearly}, {@code @annually}, {@code @monthly}, {@code @weekly},
 * {@code @daily}, {@code @midnight} and {@code @hourly} are accepted.
 *
 * <p>No library on the target platform does this (checked: the well-known cron libraries are not
 * OSGi bundles there or bring their own dependencies), and the whole grammar fits in this class.
 */
public final class CronExpression {

	private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec");
	private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

	private final String text;
	private final BitSet minutes;
	private final BitSet hours;
	private final BitSet daysOfMonth;
	private final BitSet months;
	private final BitSet daysOfWeek; // 0 = Sunday
	private final boolean domRestricted;
	private final boolean dowRestricted;

	private CronExpression(String text, String[] f) {
		this.text = text;
		minutes = field(f[0], 0, 59, null, "minute");
		hours = field(f[1], 0, 23, null, "hour");
		daysOfMonth = field(f[2], 1, 31, null, "day of month");
		months = field(f[3], 1, 12, MONTHS, "month");
		BitSet dow = field(f[4], 0, 7, DAYS, "day of week");
		if (dow.get(7)) {
			dow.set(0);
			dow.clear(7);
		}
		daysOfWeek = dow;
		domRestricted = !f[2].startsWith("*");
		dowRestricted = !f[4].startsWith("*");
	}

	/**
	 * Parses an expression.
	 *
	 * @throws IllegalArgumentException with a one-line message naming the bad field
	 */
	public static CronExpression parse(String expression) {
		String text = expression == null ? "" : expression.strip();
		String t = text.toLowerCase(Locale.ROOT);
		String expanded = switch (t) {
		case "@yearly", "@annually" -> "0 0 1 1 *";
		case "@monthly" -> "0 0 1 * *";
		case "@weekly" -> "0 0 * * 0";
		case "@daily", "@midnight" -> "0 0 * * *";
		case "@hourly" -> "0 * * * *";
		default -> {
			if (t.startsWith("@")) {
				throw new IllegalArgumentException("unknown cron shorthand '" + text
						+ "'; use @yearly, @monthly, @weekly, @daily or @hourly");
			}
			yield t;
		}
		};
		String[] fields = expanded.isEmpty() ? new String[0] : expanded.split("\\s+");
		if (fields.length != 5) {
			throw new IllegalArgumentException("cron expression '" + text + "' has " + fields.length
					+ " fields; it needs 5: minute hour day-of-month month day-of-week");
		}
		return new CronExpression(text, fields);
	}

	private static BitSet field(String field, int min, int max, List<String> names, String what) {
		BitSet bits = new BitSet(max + 1);
		for (String part : field.split(",", -1)) {
			if (part.isEmpty()) {
				throw bad(field, what, "an empty list element");
			}
			String range = part;
			int step = 1;
			int slash = part.indexOf('/');
			if (slash >= 0) {
				range = part.substring(0, slash);
				step = number(part.substring(slash + 1), 1, max - min + 1, null, field, what);
			}
			int from;
			int to;
			if (range.equals("*")) {
				from = min;
				to = max == 7 ? 6 : max;
			} else {
				int dash = range.indexOf('-');
				if (dash >= 0) {
					from = number(range.substring(0, dash), min, max, names, field, what);
					to = number(range.substring(dash + 1), min, max, names, field, what);
					if (to < from) {
						throw bad(field, what, "a range that runs backwards");
					}
				} else {
					from = number(range, min, max, names, field, what);
					to = slash >= 0 ? (max == 7 ? 6 : max) : from;
				}
			}
			for (int i = from; i <= to; i += step) {
				bits.set(i);
			}
		}
		return bits;
	}

	private static int number(String s, int min, int max, List<String> names, String field, String what) {
		if (names != null) {
			int i = names.indexOf(s);
			if (i >= 0) {
				return names == MONTHS ? i + 1 : i;
			}
		}
		if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
			throw bad(field, what, "'" + s + "'");
		}
		int n = Integer.parseInt(s);
		if (n < min || n > max) {
			throw bad(field, what, n + " outside " + min + "-" + max);
		}
		return n;
	}

	private static IllegalArgumentException bad(String field, String what, String detail) {
		return new IllegalArgumentException("bad " + what + " field '" + field + "' in cron expression: " + detail);
	}

	/** The first time strictly after {@code after} that the expression matches, in {@code zone}; empty if none within 5 years (e.g. 30 February). */
	public Optional<Instant> next(Instant after, ZoneId zone) {
		ZonedDateTime start = after.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		LocalDate day = start.toLocalDate();
		LocalTime fromTime = start.toLocalTime();
		LocalDate limit = day.plusYears(5);
		while (!day.isAfter(limit)) {
			if (!months.get(day.getMonthValue())) {
				day = day.withDayOfMonth(1).plusMonths(1);
				fromTime = LocalTime.MIDNIGHT;
				continue;
			}
			if (dayMatches(day)) {
				for (int h = hours.nextSetBit(fromTime.getHour()); h >= 0; h = hours.nextSetBit(h + 1)) {
					int m = minutes.nextSetBit(h == fromTime.getHour() ? fromTime.getMinute() : 0);
					if (m < 0) {
						continue;
					}
					LocalDateTime local = day.atTime(h, m);
					// a time skipped by a daylight-saving change is moved forward by the gap (as cron runs it late)
					ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
					Instant at = zoned.toInstant();
					if (at.isAfter(after)) {
						return Optional.of(at);
					}
				}
			}
			day = day.plusDays(1);
			fromTime = LocalTime.MIDNIGHT;
		}
		return Optional.empty();
	}

	private boolean dayMatches(LocalDate day) {
		boolean dom = daysOfMonth.get(day.getDayOfMonth());
		boolean dow = daysOfWeek.get(day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfWeek().getValue());
		if (domRestricted && dowRestricted) {
			return dom || dow;
		}
		return dom && dow;
	}

	@Override
	public String toString() {
		return text;
	}
}
