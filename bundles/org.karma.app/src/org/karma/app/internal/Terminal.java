package org.karma.app.internal;

import java.util.Map;

/**
 * What the command knows about where its stderr goes, read once from the process's surroundings
 * (passed in for tests).
 *
 * @param interactive    stderr is a terminal that understands {@code \r} (a console, TERM not "dumb")
 * @param columns        the terminal's width (COLUMNS, else 80)
 * @param intervalMillis how often the plain progress line is written when not interactive
 *                       (KARMA_PROGRESS_INTERVAL_MS, else 5000; undocumented, for tests)
 */
record Terminal(boolean interactive, int columns, long intervalMillis) {

	static final long DEFAULT_INTERVAL_MILLIS = 5000;

	/** The facts of this process. */
	static Terminal current() {
		return of(System.console() != null, System.getenv());
	}

	static Terminal of(boolean console, Map<String, String> env) {
		boolean interactive = console && !"dumb".equals(env.get("TERM"));
		return new Terminal(interactive, positive(env.get("COLUMNS"), 80),
				positive(env.get("KARMA_PROGRESS_INTERVAL_MS"), DEFAULT_INTERVAL_MILLIS));
	}

	private static int positive(String text, long fallback) {
		try {
			long value = text == null ? fallback : Long.parseLong(text.trim());
			return (int) Math.min(Integer.MAX_VALUE, value > 0 ? value : fallback);
		} catch (NumberFormatException e) {
			return (int) fallback;
		}
	}
}
