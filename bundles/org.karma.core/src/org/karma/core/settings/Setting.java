package org.karma.core.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One KARMA setting: its key in {@code $KARMA_HOME/settings.properties}, its default and the
 * values it accepts (a list of words or a range of whole numbers). Shared by {@code karma settings}
 * and the workbench's preference page.
 */
public enum Setting {
	/** Direction of new profiles. */
	PROFILE_DIRECTION("profile.direction", "direction of new profiles", "two-way", List.of("mirror", "update", "two-way")),
	/** What new profiles do with conflicts. */
	PROFILE_CONFLICT("profile.conflict", "conflict policy of new profiles", "keep-both",
			List.of("keep-both", "newer", "left", "right", "skip")),
	/** How new profiles keep old versions. */
	PROFILE_VERSIONING("profile.versioning", "old versions kept by new profiles", "keep-last",
			List.of("none", "keep-last", "by-age", "staggered")),
	/** How many old versions new profiles keep. */
	PROFILE_VERSIONS("profile.versions", "versions kept per file by new profiles", 10, 0, 10_000),
	/** Days run logs are kept. */
	LOG_RETENTION_DAYS("logs.retention-days", "days run logs are kept", 7, 1, 3650),
	/** Days history rows are kept (0: forever). */
	HISTORY_RETENTION_DAYS("history.retention-days", "days runs stay in the history (0: forever)", 0, 0, 36_500),
	/** Parallel transfers of a sync whose profile does not set them. */
	SYNC_CONCURRENCY("sync.concurrency", "parallel transfers when a profile does not set them", 4, 1, 64),
	/** When the workbench shows a notification at the end of a sync. */
	NOTIFICATIONS("notifications", "notify when a sync ends: always, only on failures, or never", "always",
			List.of("always", "failures", "never")),
	/** Whether the workbench runs the profiles' schedules while it is open (as {@code karma watch}). */
	SCHEDULER_WORKBENCH("scheduler.workbench", "run the profiles' schedules while the workbench is open", "false",
			List.of("true", "false"));

	private final String key;
	private final String description;
	private final String defaultValue;
	private final List<String> choices;
	private final int min;
	private final int max;

	Setting(String key, String description, String defaultValue, List<String> choices) {
		this.key = key;
		this.description = description;
		this.defaultValue = defaultValue;
		this.choices = choices;
		this.min = 0;
		this.max = 0;
	}

	Setting(String key, String description, int defaultValue, int min, int max) {
		this.key = key;
		this.description = description;
		this.defaultValue = Integer.toString(defaultValue);
		this.choices = List.of();
		this.min = min;
		this.max = max;
	}

	/** The key in the settings file and on the command line. */
	public String key() {
		return key;
	}

	/** One line for humans. */
	public String description() {
		return description;
	}

	public String defaultValue() {
		return defaultValue;
	}

	/** Whether the value is a whole number ({@link #min()} to {@link #max()}) rather than a word. */
	public boolean isNumber() {
		return choices.isEmpty();
	}

	/** The words this setting accepts; empty for a number. */
	public List<String> choices() {
		return choices;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	/** What the setting accepts, for messages: {@code 1 to 64} or {@code always, failures, never}. */
	public String allowed() {
		return isNumber() ? min + " to " + max : String.join(", ", choices);
	}

	/** The setting of a key, if there is one. */
	public static Optional<Setting> byKey(String key) {
		for (Setting s : values()) {
			if (s.key.equals(key)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

	/**
	 * Checks a value and returns it normalized (trimmed; words in lower case).
	 *
	 * @throws SettingsException with a one-line message naming the key and what is allowed
	 */
	public String check(String value) throws SettingsException {
		String v = value == null ? "" : value.strip();
		if (isNumber()) {
			int n;
			try {
				n = Integer.parseInt(v);
			} catch (NumberFormatException e) {
				throw new SettingsException(key + ": '" + v + "' is not a whole number (allowed: " + allowed() + ")");
			}
			if (n < min || n > max) {
				throw new SettingsException(key + ": " + n + " is out of range (allowed: " + allowed() + ")");
			}
			return Integer.toString(n);
		}
		String word = v.toLowerCase(Locale.ROOT);
		if (!choices.contains(word)) {
			throw new SettingsException(key + ": unknown value '" + v + "' (allowed: " + allowed() + ")");
		}
		return word;
	}
}
