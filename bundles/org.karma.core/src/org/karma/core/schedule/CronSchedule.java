package org.karma.core.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.karma.model.CronExpression;

/**
 * The due times of a cron expression. The grammar is the one profiles are validated with
 * ({@link CronExpression} in the model: 5 fields, names, ranges, lists, steps, macros), so an
 * expression that validates is one that schedules. No cron library on the target platform is an
 * OSGi bundle without dependencies of its own, and the grammar is small, hence our own.
 *
 * <p>Times are local times of the given zone, as cron's: a time skipped by a daylight-saving change
 * runs at the same offset after the gap (02:30 becomes 03:30); a repeated hour runs once.
 */
public final class CronSchedule {

	/** How far ahead {@link #next} looks before it decides the expression never matches (e.g. 30 February). */
	private static final long MAX_YEARS = 5;

	private final CronExpression expression;

	private CronSchedule(CronExpression expression) {
		this.expression = expression;
	}

	/**
	 * @throws IllegalArgumentException with the validator's one-line message for a malformed expression
	 */
	public static CronSchedule parse(String text) {
		try {
			return new CronSchedule(CronExpression.parse(text));
		} catch (CronExpression.CronSyntaxException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	/** The first due time strictly after {@code after}; empty if none within five years. */
	public Optional<Instant> next(Instant after, ZoneId zone) {
		LocalDateTime local = after.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		LocalDateTime limit = local.plusYears(MAX_YEARS);
		while (local.isBefore(limit)) {
			Optional<LocalDateTime> match = firstMatchInDay(local);
			if (match.isEmpty()) {
				local = local.toLocalDate().plusDays(1).atStartOfDay();
				continue;
			}
			Instant at = ZonedDateTime.ofLocal(match.get(), zone, null).toInstant();
			if (at.isAfter(after)) {
				return Optional.of(at);
			}
			local = match.get().plusMinutes(1);
		}
		return Optional.empty();
	}

	/** The first matching minute from {@code from} to the end of its day. */
	private Optional<LocalDateTime> firstMatchInDay(LocalDateTime from) {
		int day = from.getDayOfMonth();
		int month = from.getMonthValue();
		int weekday = from.getDayOfWeek().getValue() % 7; // Sunday 0
		for (int h = from.getHour(); h < 24; h++) {
			for (int m = h == from.getHour() ? from.getMinute() : 0; m < 60; m++) {
				if (expression.matches(m, h, day, month, weekday)) {
					return Optional.of(from.toLocalDate().atTime(h, m));
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return expression.toString();
	}
}
