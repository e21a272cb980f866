package org.karma.app.internal;

import java.util.Locale;

import org.karma.engine.ProgressListener.Phase;

/** Formats a progress sample as one line: live (for a terminal) or plain (for logs). Pure functions. */
final class ProgressFormat {

	/**
	 * What a progress line shows.
	 *
	 * @param phase        null before the first phase
	 * @param scanned      entries listed so far by the scan under way (both sides together)
	 * @param totalFiles   files to transfer, -1 while unknown (before the plan)
	 * @param rate         bytes per second, -1 while unknown
	 * @param etaSeconds   -1 while unknown
	 * @param current      the file most recently started, or null
	 */
	record Sample(Phase phase, long scanned, int doneFiles, int totalFiles, long doneBytes, long totalBytes, double rate,
			long etaSeconds, String current) {
	}

	private ProgressFormat() {
	}

	/** The line redrawn on a terminal, at most {@code width - 1} characters (the cursor needs a column). */
	static String live(Sample s, int width) {
		String line;
		if (s.phase() == null) {
			line = "starting";
		} else if (s.phase() == Phase.EXECUTE) {
			line = s.phase().label() + ' ' + counts(s, "  ");
			int room = width - 1 - line.length() - 2;
			if (s.current() != null && room >= 8) { // the file is cut, never the counts
				line += "  " + fit(s.current(), room);
			}
		} else if (s.phase() == Phase.PLAN) {
			line = s.phase().label();
		} else {
			line = s.phase().label() + ": " + s.scanned() + " entries";
		}
		return line.length() < width ? line : line.substring(0, Math.max(0, width - 1));
	}

	/** The line written every few seconds when stderr is not a terminal. */
	static String plain(Sample s) {
		if (s.phase() == null) {
			return "karma: progress starting";
		}
		if (s.phase() == Phase.EXECUTE) {
			return "karma: progress " + counts(s, ", ");
		}
		if (s.phase() == Phase.PLAN) {
			return "karma: progress planning";
		}
		return "karma: progress " + s.phase().label() + ", " + s.scanned() + " entries";
	}

	private static String counts(Sample s, String separator) {
		long doneBytes = s.totalBytes() >= 0 ? Math.min(s.doneBytes(), s.totalBytes()) : s.doneBytes();
		return s.doneFiles() + "/" + Math.max(0, s.totalFiles()) + " files" + separator + bytes(doneBytes) + "/"
				+ bytes(Math.max(0, s.totalBytes())) + separator + (s.rate() < 0 ? "- B/s" : bytes((long) s.rate()) + "/s")
				+ separator + "ETA " + (s.etaSeconds() < 0 ? "-:--" : duration(s.etaSeconds()));
	}

	/** {@code text} cut to {@code width} characters, the cut marked with an ellipsis in the middle. */
	static String fit(String text, int width) {
		if (width <= 0) {
			return "";
		}
		if (text.length() <= width) {
			return text;
		}
		if (width < 5) {
			return text.substring(0, width);
		}
		int keepStart = (width - 3) / 3; // the end of a path is its most telling part
		int keepEnd = width - 3 - keepStart;
		return text.substring(0, keepStart) + "..." + text.substring(text.length() - keepEnd);
	}

	/** Bytes in decimal units with three significant digits: 999 B, 1.00 kB, 12.3 MB, 205 MB, 1.50 GB. */
	static String bytes(long n) {
		if (n < 1000) {
			return n + " B";
		}
		String[] units = { "kB", "MB", "GB", "TB", "PB", "EB" };
		double value = n;
		int unit = -1;
		while (value >= 999.5 && unit < units.length - 1) {
			value /= 1000;
			unit++;
		}
		String number = value >= 99.95 ? String.format(Locale.ROOT, "%.0f", value)
				: value >= 9.995 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
		return number + " " + units[unit];
	}

	/** {@code 0:04}, {@code 12:30}, {@code 1:02:03}. */
	static String duration(long seconds) {
		long h = seconds / 3600;
		long m = seconds / 60 % 60;
		long sec = seconds % 60;
		return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
				: String.format(Locale.ROOT, "%d:%02d", m, sec);
	}
}
