package org.karma.app.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and times as people read them in tables. */
final class Humanize {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
	private static final String[] UNITS = { "KiB", "MiB", "GiB", "TiB", "PiB" };

	private Humanize() {
	}

	/** {@code 512 B}, {@code 1.5 KiB}, {@code 3.4 MiB}, ... (binary units, one decimal). */
	static String bytes(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit + 1 < UNITS.length) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
	}

	/** {@code 0.4 s}, {@code 12.3 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
	static String duration(Duration duration) {
		long ms = Math.max(0, duration.toMillis());
		if (ms < 60_000) {
			return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
		}
		long s = ms / 1000;
		if (s < 3600) {
			return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
		}
		return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
	}

	/** Local time to the second, ISO-like: {@code 2026-11-21 10:15:30}. */
	static String localTime(Instant instant, ZoneId zone) {
		return LOCAL.format(instant.atZone(zone));
	}

	/** A mode as the command line spells it: {@code TWO_WAY} becomes {@code two-way}. */
	static String option(String enumName) {
		return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
