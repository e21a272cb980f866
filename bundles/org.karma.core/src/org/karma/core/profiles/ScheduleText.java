package org.karma.core.profiles;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.Schedule;
import org.karma.model.profile.ScheduleKind;

/**
 * Schedules as users type and read them: {@code manual}, {@code realtime}, {@code every 30m},
 * {@code every 2h}, {@code every 15 minutes}, {@code cron 30 2 * * 1-5}, {@code @daily}.
 */
public final class ScheduleText {

	private static final Pattern EVERY = Pattern.compile("every\\s+(\\d{1,5})\\s*(m|min|mins|minute|minutes|h|hr|hrs|hour|hours)");

	private ScheduleText() {
	}

	/**
	 * Applies a typed schedule to a schedule part (kind, interval, unit, cron expression). Values
	 * are range-checked later by the validator.
	 *
	 * @throws IllegalArgumentException with a message listing the accepted forms
	 */
	public static void apply(String text, Schedule schedule) {
		String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (t.equals("manual")) {
			schedule.setKind(ScheduleKind.MANUAL);
			return;
		}
		if (t.equals("realtime") || t.equals("real-time")) {
			schedule.setKind(ScheduleKind.REAL_TIME);
			return;
		}
		Matcher every = EVERY.matcher(t);
		if (every.matches()) {
			schedule.setKind(ScheduleKind.INTERVAL);
			schedule.setInterval(Integer.parseInt(every.group(1)));
			schedule.setIntervalUnit(every.group(2).startsWith("m") ? IntervalUnit.MINUTES : IntervalUnit.HOURS);
			return;
		}
		String original = text == null ? "" : text.strip();
		if (t.startsWith("cron ") || t.startsWith("@")) {
			schedule.setKind(ScheduleKind.CRON);
			schedule.setCronExpression(t.startsWith("cron ") ? original.substring(5).strip() : original);
			return;
		}
		throw new IllegalArgumentException("unknown schedule '" + original
				+ "'; use manual, realtime, 'every 30m', 'every 2h', 'cron 30 2 * * *' or @daily");
	}

	/** The schedule as the user would type it. */
	public static String format(Schedule schedule) {
		return switch (schedule.getKind()) {
		case MANUAL -> "manual";
		case REAL_TIME -> "realtime";
		case INTERVAL -> "every " + schedule.getInterval() + (schedule.getIntervalUnit() == IntervalUnit.MINUTES ? "m" : "h");
		case CRON -> schedule.getCronExpression() != null && schedule.getCronExpression().startsWith("@")
				? schedule.getCronExpression() : "cron " + schedule.getCronExpression();
		};
	}
}
