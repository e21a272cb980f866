package org.karma.engine.json;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer (the command line's {@code --json} output, manifests): maps (in their order), lists,
 * strings, numbers, booleans and null.
 */
public final class Json {

	private Json() {
	}

	/** Compact JSON on one line. */
	public static String write(Object value) {
		StringBuilder b = new StringBuilder();
		write(b, value, -1, 0);
		return b.toString();
	}

	/** Indented JSON (two spaces), for people. */
	public static String pretty(Object value) {
		StringBuilder b = new StringBuilder();
		write(b, value, 2, 0);
		return b.toString();
	}

	private static void write(StringBuilder b, Object value, int indent, int depth) {
		if (value == null) {
			b.append("null");
		} else if (value instanceof String s) {
			string(b, s);
		} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
			b.append(value);
		} else if (value instanceof Number n) {
			double d = n.doubleValue();
			b.append(Double.isFinite(d) ? n.toString() : "null");
		} else if (value instanceof Map<?, ?> map) {
			b.append('{');
			Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
			while (it.hasNext()) {
				Map.Entry<?, ?> e = it.next();
				newline(b, indent, depth + 1);
				string(b, String.valueOf(e.getKey()));
				b.append(indent >= 0 ? ": " : ":");
				write(b, e.getValue(), indent, depth + 1);
				if (it.hasNext()) {
					b.append(',');
				}
			}
			if (!map.isEmpty()) {
				newline(b, indent, depth);
			}
			b.append('}');
		} else if (value instanceof List<?> list) {
			b.append('[');
			for (int i = 0; i < list.size(); i++) {
				newline(b, indent, depth + 1);
				write(b, list.get(i), indent, depth + 1);
				if (i + 1 < list.size()) {
					b.append(',');
				}
			}
			if (!list.isEmpty()) {
				newline(b, indent, depth);
			}
			b.append(']');
		} else {
			string(b, value.toString());
		}
	}

	private static void newline(StringBuilder b, int indent, int depth) {
		if (indent >= 0) {
			b.append('\n').append(" ".repeat(indent * depth));
		}
	}

	/** Appends {@code s} as a JSON string literal (quoted and escaped): for writers that build large documents by hand. */
	public static void appendString(StringBuilder b, String s) {
		string(b, s);
	}

	/**
	 * Appends {@code t} exactly as {@link Instant#toString()} writes it (ISO-8601 in UTC, fraction in
	 * groups of 3 digits, none when zero), about twenty times faster: a manifest writes one per file.
	 */
	public static void appendInstant(StringBuilder b, Instant t) {
		long seconds = t.getEpochSecond();
		long days = Math.floorDiv(seconds, 86_400L);
		int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
		// civil date from days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian)
		long z = days + 719_468L;
		long era = Math.floorDiv(z, 146_097L);
		long dayOfEra = z - era * 146_097L;
		long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long mp = (5 * dayOfYear + 2) / 153;
		int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
		int month = (int) (mp < 10 ? mp + 3 : mp - 9);
		long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
		if (year < 0 || year > 9999) {
			b.append(t); // signed or five-digit years: rare enough for the slow way
			return;
		}
		digits(b, (int) year, 4).append('-');
		digits(b, month, 2).append('-');
		digits(b, day, 2).append('T');
		digits(b, secondOfDay / 3600, 2).append(':');
		digits(b, secondOfDay / 60 % 60, 2).append(':');
		digits(b, secondOfDay % 60, 2);
		int nano = t.getNano();
		if (nano != 0) {
			b.append('.');
			if (nano % 1_000_000 == 0) {
				digits(b, nano / 1_000_000, 3);
			} else if (nano % 1000 == 0) {
				digits(b, nano / 1000, 6);
			} else {
				digits(b, nano, 9);
			}
		}
		b.append('Z');
	}

	private static StringBuilder digits(StringBuilder b, int value, int width) {
		for (int scale = pow10(width - 1); scale > 0; scale /= 10) {
			b.append((char) ('0' + value / scale % 10));
		}
		return b;
	}

	private static int pow10(int n) {
		int p = 1;
		for (int i = 0; i < n; i++) {
			p *= 10;
		}
		return p;
	}

	private static void string(StringBuilder b, String s) {
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x2028 || c == 0x2029) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		b.append('"');
	}

}
