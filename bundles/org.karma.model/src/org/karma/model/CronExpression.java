package org.karma.model;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A standard 5-field cron expression: minute (0-59), hour (0-23), day of month (1-31), month
 * (1-12 or JAN-DEC), day of week (0-7 or SUN-SAT, 0 and 7 both Sunday). Each field is {@code *},
 * a value, a range {@code a-b}, a step {@code *}{@code /n} or {@code a-b/n}, or a comma list of these.
 * Also {@code @hourly}, {@code @daily} ({@code @midnight}), {@code @weekly}, {@code @monthly},
 * {@code @yearly} ({@code @annually}). As in Vixie cron, when both day fields are restricted a day
 * matching either one is a match.
 */
public final class CronExpression {

	private static final Map<String, String> MACROS = Map.of("@hourly", "0 * * * *", "@daily", "0 0 * * *",
			"@midnight", "0 0 * * *", "@weekly", "0 0 * * 0", "@monthly", "0 0 1 * *", "@yearly", "0 0 1 1 *",
			"@annually", "0 0 1 1 *");
	private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
			"OCT", "NOV", "DEC");
	private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
	private static final String[] FIELD_NAMES = { "minute", "hour", "day of month", "month", "day of week" };
	private static final int[] MIN = { 0, 0, 1, 1, 0 };
	private static final int[] MAX = { 59, 23, 31, 12, 7 };

	private final String text;
	private final BitSet[] fields;
	private final boolean dayOfMonthRestricted;
	private final boolean dayOfWeekRestricted;

	private CronExpression(String text, BitSet[] fields, boolean dom, boolean dow) {
		this.text = text;
		this.fields = fields;
		this.dayOfMonthRestricted = dom;
		this.dayOfWeekRestricted = dow;
	}

	/** Thrown for a malformed expression; the message names the field and the allowed values. */
	public static final class CronSyntaxException extends Exception {
		private static final long serialVersionUID = 1L;

		CronSyntaxException(String message) {
			super(message);
		}
	}

	public static CronExpression parse(String expression) throws CronSyntaxException {
		if (expression == null || expression.isBlank()) {
			throw new CronSyntaxException("empty cron expression; expected 5 fields: minute hour day-of-month month day-of-week");
		}
		String trimmed = expression.strip();
		String expanded = trimmed.startsWith("@") ? MACROS.get(trimmed.toLowerCase(Locale.ROOT)) : trimmed;
		if (expanded == null) {
			throw new CronSyntaxException("unknown cron macro '" + trimmed + "'; known: @hourly, @daily, @midnight, @weekly, @monthly, @yearly, @annually");
		}
		String[] parts = expanded.split("\\s+");
		if (parts.length != 5) {
			throw new CronSyntaxException("cron expression '" + trimmed + "' has " + parts.length
					+ " fields; expected 5: minute hour day-of-month month day-of-week");
		}
		BitSet[] fields = new BitSet[5];
		for (int f = 0; f < 5; f++) {
			fields[f] = parseField(trimmed, f, parts[f]);
		}
		if (fields[4].get(7)) {
			fields[4].set(0); // 7 is Sunday too
			fields[4].clear(7);
		}
		return new CronExpression(trimmed, fields, !parts[2].equals("*"), !parts[4].equals("*"));
	}

	private static BitSet parseField(String expression, int field, String text) throws CronSyntaxException {
		BitSet bits = new BitSet();
		for (String item : text.split(",", -1)) {
			if (item.isEmpty()) {
				throw error(expression, field, text, "empty list item");
			}
			int step = 1;
			String range = item;
			int slash = item.indexOf('/');
			if (slash >= 0) {
				range = item.substring(0, slash);
				step = number(expression, field, item.substring(slash + 1), true);
				if (step < 1) {
					throw error(expression, field, item, "step must be at least 1");
				}
			}
			int from;
			int to;
			if (range.equals("*")) {
				from = MIN[field];
				to = MAX[field];
			} else {
				int dash = range.indexOf('-');
				if (dash > 0) {
					from = value(expression, field, range.substring(0, dash));
					to = value(expression, field, range.substring(dash + 1));
					if (from > to) {
						throw error(expression, field, item, "range goes backwards");
					}
				} else {
					from = value(expression, field, range);
					to = slash >= 0 ? MAX[field] : from;
				}
			}
			for (int v = from; v <= to; v += step) {
				bits.set(v);
			}
		}
		return bits;
	}

	private static int value(String expression, int field, String text) throws CronSyntaxException {
		String upper = text.toUpperCase(Locale.ROOT);
		if (field == 3 && MONTHS.contains(upper)) {
			return MONTHS.indexOf(upper) + 1;
		}
		if (field == 4 && DAYS.contains(upper)) {
			return DAYS.indexOf(upper);
		}
		int v = number(expression, field, text, false);
		if (v < MIN[field] || v > MAX[field]) {
			throw error(expression, field, text, "out of range");
		}
		return v;
	}

	private static int number(String expression, int field, String text, boolean step) throws CronSyntaxException {
		if (!text.matches("\\d{1,4}")) {
			throw error(expression, field, text, step ? "step is not a number" : "not a number");
		}
		return Integer.parseInt(text);
	}

	private static CronSyntaxException error(String expression, int field, String item, String problem) {
		String allowed = MIN[field] + "-" + MAX[field]
				+ (field == 3 ? " or JAN-DEC" : field == 4 ? " or SUN-SAT (0 and 7 are Sunday)" : "");
		return new CronSyntaxException("cron expression '" + expression + "': " + FIELD_NAMES[field] + " '" + item + "' "
				+ problem + " (allowed: " + allowed + ")");
	}

	/** Whether the expression fires at this minute. Days: 0 = Sunday … 6 = Saturday. */
	public boolean matches(int minute, int hour, int dayOfMonth, int month, int dayOfWeek) {
		if (!fields[0].get(minute) || !fields[1].get(hour) || !fields[3].get(month)) {
			return false;
		}
		boolean dom = fields[2].get(dayOfMonth);
		boolean dow = fields[4].get(dayOfWeek % 7);
		if (dayOfMonthRestricted && dayOfWeekRestricted) {
			return dom || dow;
		}
		return dom && dow;
	}

	@Override
	public String toString() {
		return text;
	}
}
