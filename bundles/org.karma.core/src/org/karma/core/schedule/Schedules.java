package org.karma.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.Schedule;

/** When a time-driven schedule (INTERVAL, CRON) is next due. */
public final class Schedules {

	private Schedules() {
	}

	/**
	 * The first due time strictly after {@code after}: for INTERVAL {@code after} plus the
	 * interval, for CRON the next matching minute in {@code zone}; empty for MANUAL and REAL_TIME
	 * (they have no due times) and for a cron expression that never matches.
	 *
	 * @throws IllegalArgumentException for a malformed cron expression
	 */
	public static Optional<Instant> next(Schedule schedule, Instant after, ZoneId zone) {
		return switch (schedule.getKind()) {
		case INTERVAL -> Optional.of(after.plus(interval(schedule)));
		case CRON -> CronSchedule.parse(schedule.getCronExpression()).next(after, zone);
		default -> Optional.empty();
		};
	}

	/** The interval of an INTERVAL schedule (at least one minute). */
	public static Duration interval(Schedule schedule) {
		int n = Math.max(1, schedule.getInterval());
		return schedule.getIntervalUnit() == IntervalUnit.MINUTES ? Duration.ofMinutes(n) : Duration.ofHours(n);
	}
}
