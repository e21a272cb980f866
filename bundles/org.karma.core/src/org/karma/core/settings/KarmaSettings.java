package org.karma.core.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.karma.core.KarmaHome;
import org.karma.core.internal.AtomicFiles;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;

/**
 * The typed settings of a KARMA home, read from {@code $KARMA_HOME/settings.properties} so that the
 * command line and the workbench see the same values. An immutable snapshot: {@link #with} and
 * {@link #reset} return a new one, {@link #save} writes it atomically. Keys missing from the file
 * have their {@linkplain Setting#defaultValue() default}; a bad value or an unknown key in the
 * file is an error naming it (the file is only written by KARMA, so it was edited by hand).
 */
public final class KarmaSettings {

	/** The file name in the KARMA home. */
	public static final String FILE_NAME = "settings.properties";

	/** When the workbench notifies the end of a sync. */
	public enum Notify {
		ALWAYS, FAILURES, NEVER
	}

	private final Map<Setting, String> values;

	private KarmaSettings(Map<Setting, String> values) {
		this.values = Collections.unmodifiableMap(new EnumMap<>(values));
	}

	/** Every setting at its default. */
	public static KarmaSettings defaults() {
		return new KarmaSettings(new EnumMap<>(Setting.class));
	}

	/** The settings file of a home. */
	public static Path file(KarmaHome home) {
		return home.root().resolve(FILE_NAME);
	}

	/** Reads the settings of a home; a missing file means all defaults. */
	public static KarmaSettings load(KarmaHome home) throws SettingsException {
		return load(file(home));
	}

	/** Reads a settings file; a missing file means all defaults. */
	public static KarmaSettings load(Path file) throws SettingsException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (NoSuchFileException e) {
			return defaults();
		} catch (IOException | IllegalArgumentException e) {
			throw new SettingsException("cannot read the settings file " + file + ": " + e.getMessage(), e);
		}
		Map<Setting, String> values = new EnumMap<>(Setting.class);
		for (String key : new TreeMap<>(properties).keySet().stream().map(String::valueOf).toList()) {
			Setting setting = Setting.byKey(key).orElseThrow(() -> new SettingsException(
					file + ": unknown setting '" + key + "' (see 'karma settings list')"));
			try {
				values.put(setting, setting.check(properties.getProperty(key)));
			} catch (SettingsException e) {
				throw new SettingsException(file + ": " + e.getMessage(), e);
			}
		}
		return new KarmaSettings(values);
	}

	/** The value of a setting (its default unless set). */
	public String get(Setting setting) {
		return values.getOrDefault(setting, setting.defaultValue());
	}

	/** Whether the setting has a value of its own (not the default). */
	public boolean isSet(Setting setting) {
		return values.containsKey(setting);
	}

	/** These settings with one value changed (checked first). */
	public KarmaSettings with(Setting setting, String value) throws SettingsException {
		Map<Setting, String> copy = new EnumMap<>(Setting.class);
		copy.putAll(values);
		copy.put(setting, setting.check(value));
		return new KarmaSettings(copy);
	}

	/** These settings with one back at its default. */
	public KarmaSettings reset(Setting setting) {
		Map<Setting, String> copy = new EnumMap<>(Setting.class);
		copy.putAll(values);
		copy.remove(setting);
		return new KarmaSettings(copy);
	}

	/** Writes these settings to the home's file (atomically: readers see the old or the new file). */
	public void save(KarmaHome home) throws SettingsException {
		save(file(home));
	}

	/** Writes these settings to a file, atomically; only the values set (not defaults) are written. */
	public void save(Path file) throws SettingsException {
		StringWriter text = new StringWriter();
		text.write("# KARMA settings: edit with 'karma settings set KEY VALUE' or Window > Preferences > KARMA\n");
		for (Map.Entry<Setting, String> e : values.entrySet()) {
			text.write(e.getKey().key() + "=" + e.getValue() + "\n");
		}
		try {
			AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new SettingsException("cannot write the settings file " + file + ": " + e.getMessage(), e);
		}
	}

	/** Direction of new profiles. */
	public Direction profileDirection() {
		return switch (get(Setting.PROFILE_DIRECTION)) {
		case "mirror" -> Direction.MIRROR;
		case "update" -> Direction.UPDATE;
		default -> Direction.TWO_WAY;
		};
	}

	/** Conflict policy of new profiles. */
	public ConflictPolicy profileConflictPolicy() {
		return switch (get(Setting.PROFILE_CONFLICT)) {
		case "newer" -> ConflictPolicy.NEWER_WINS;
		case "left" -> ConflictPolicy.LEFT_WINS;
		case "right" -> ConflictPolicy.RIGHT_WINS;
		case "skip" -> ConflictPolicy.SKIP;
		default -> ConflictPolicy.KEEP_BOTH;
		};
	}

	/** How new profiles keep old versions. */
	public VersioningKind profileVersioning() {
		return switch (get(Setting.PROFILE_VERSIONING)) {
		case "none" -> VersioningKind.NONE;
		case "by-age" -> VersioningKind.BY_AGE;
		case "staggered" -> VersioningKind.STAGGERED;
		default -> VersioningKind.KEEP_LAST;
		};
	}

	/** How many versions per file new profiles keep. */
	public int profileVersionCount() {
		return number(Setting.PROFILE_VERSIONS);
	}

	/** How long run logs are kept. */
	public Duration logRetention() {
		return Duration.ofDays(number(Setting.LOG_RETENTION_DAYS));
	}

	/** How long runs stay in the history; empty: forever. */
	public Optional<Duration> historyRetention() {
		int days = number(Setting.HISTORY_RETENTION_DAYS);
		return days == 0 ? Optional.empty() : Optional.of(Duration.ofDays(days));
	}

	/** Parallel transfers of a sync whose profile does not set them. */
	public int concurrency() {
		return number(Setting.SYNC_CONCURRENCY);
	}

	/** When the workbench notifies the end of a sync. */
	public Notify notifications() {
		return Notify.valueOf(get(Setting.NOTIFICATIONS).toUpperCase(java.util.Locale.ROOT));
	}

	/** Whether the workbench runs the profiles' schedules while it is open. */
	public boolean schedulerInWorkbench() {
		return Boolean.parseBoolean(get(Setting.SCHEDULER_WORKBENCH));
	}

	/** Gives a new profile the defaults for new profiles (direction, conflicts, versioning). */
	public void applyProfileDefaults(SyncProfile profile) {
		Objects.requireNonNull(profile, "profile");
		profile.setDirection(profileDirection());
		profile.setConflictPolicy(profileConflictPolicy());
		profile.getVersioning().setKind(profileVersioning());
		profile.getVersioning().setCount(profileVersionCount());
	}

	private int number(Setting setting) {
		return Integer.parseInt(get(setting));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KarmaSettings s && s.values.equals(values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

	@Override
	public String toString() {
		return "KarmaSettings" + values;
	}
}
