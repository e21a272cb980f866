package org.karma.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.core.KarmaHome;
import org.karma.model.Profiles;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;

class KarmaSettingsTest {

	@TempDir
	Path dir;

	@Test
	void missingFileMeansDefaultsThatMatchTheModel() throws Exception {
		KarmaSettings settings = KarmaSettings.load(KarmaHome.at(dir));
		assertEquals(KarmaSettings.defaults(), settings);
		SyncProfile model = Profiles.create("p", "", "");
		assertEquals(model.getDirection(), settings.profileDirection());
		assertEquals(model.getConflictPolicy(), settings.profileConflictPolicy());
		assertEquals(model.getVersioning().getKind(), settings.profileVersioning());
		assertEquals(model.getVersioning().getCount(), settings.profileVersionCount());
		assertEquals(model.getParallelTransfers(), settings.concurrency());
		assertEquals(Duration.ofDays(7), settings.logRetention());
		assertEquals(Optional.empty(), settings.historyRetention());
		assertEquals(KarmaSettings.Notify.ALWAYS, settings.notifications());
	}

	@Test
	void savedValuesAreReadBackTypedAndOnlySetOnesAreWritten() throws Exception {
		KarmaHome home = KarmaHome.at(dir);
		KarmaSettings.defaults().with(Setting.SYNC_CONCURRENCY, " 8 ").with(Setting.PROFILE_DIRECTION, "Mirror")
				.with(Setting.NOTIFICATIONS, "failures").with(Setting.HISTORY_RETENTION_DAYS, "30").save(home);
		String text = Files.readString(dir.resolve("settings.properties"), StandardCharsets.UTF_8);
		assertTrue(text.contains("sync.concurrency=8\n"), text);
		assertFalse(text.contains("profile.conflict"), text);
		KarmaSettings read = KarmaSettings.load(home);
		assertEquals(8, read.concurrency());
		assertEquals(Direction.MIRROR, read.profileDirection());
		assertEquals(KarmaSettings.Notify.FAILURES, read.notifications());
		assertEquals(Optional.of(Duration.ofDays(30)), read.historyRetention());
		assertTrue(read.isSet(Setting.SYNC_CONCURRENCY));
		KarmaSettings reset = read.reset(Setting.SYNC_CONCURRENCY);
		assertFalse(reset.isSet(Setting.SYNC_CONCURRENCY));
		assertEquals(4, reset.concurrency());
	}

	@Test
	void badValuesGetOneLineNamingKeyAndAllowedValues() {
		SettingsException range = assertThrows(SettingsException.class,
				() -> KarmaSettings.defaults().with(Setting.SYNC_CONCURRENCY, "0"));
		assertEquals("sync.concurrency: 0 is out of range (allowed: 1 to 64)", range.getMessage());
		SettingsException number = assertThrows(SettingsException.class,
				() -> KarmaSettings.defaults().with(Setting.LOG_RETENTION_DAYS, "week"));
		assertEquals("logs.retention-days: 'week' is not a whole number (allowed: 1 to 3650)", number.getMessage());
		SettingsException word = assertThrows(SettingsException.class,
				() -> KarmaSettings.defaults().with(Setting.NOTIFICATIONS, "sometimes"));
		assertEquals("notifications: unknown value 'sometimes' (allowed: always, failures, never)", word.getMessage());
	}

	@Test
	void handEditedFileWithBadValueOrUnknownKeyIsRejected() throws Exception {
		Path file = dir.resolve("settings.properties");
		Files.writeString(file, "sync.concurrency=100\n");
		SettingsException bad = assertThrows(SettingsException.class, () -> KarmaSettings.load(file));
		assertEquals(file + ": sync.concurrency: 100 is out of range (allowed: 1 to 64)", bad.getMessage());
		Files.writeString(file, "sync.concurency=2\n");
		SettingsException unknown = assertThrows(SettingsException.class, () -> KarmaSettings.load(file));
		assertEquals(file + ": unknown setting 'sync.concurency' (see 'karma settings list')", unknown.getMessage());
	}

	@Test
	void profileDefaultsAreApplied() throws Exception {
		SyncProfile profile = Profiles.create("p", "", "");
		KarmaSettings.defaults().with(Setting.PROFILE_DIRECTION, "update").with(Setting.PROFILE_CONFLICT, "newer")
				.with(Setting.PROFILE_VERSIONING, "none").with(Setting.PROFILE_VERSIONS, "3").applyProfileDefaults(profile);
		assertEquals(Direction.UPDATE, profile.getDirection());
		assertEquals(ConflictPolicy.NEWER_WINS, profile.getConflictPolicy());
		assertEquals(VersioningKind.NONE, profile.getVersioning().getKind());
		assertEquals(3, profile.getVersioning().getCount());
	}

	@Test
	void everyDefaultPassesItsOwnCheck() throws Exception {
		for (Setting s : Setting.values()) {
			assertEquals(s.defaultValue(), s.check(s.defaultValue()), s.key());
			assertEquals(Optional.of(s), Setting.byKey(s.key()));
		}
	}

	@Test
	void schedulerInWorkbenchIsOffUnlessSetTrue() throws Exception {
		assertEquals(false, KarmaSettings.defaults().schedulerInWorkbench());
		assertEquals(true, KarmaSettings.defaults().with(Setting.SCHEDULER_WORKBENCH, " TRUE ").schedulerInWorkbench());
		assertEquals("scheduler.workbench: unknown value 'yes' (allowed: true, false)",
				assertThrows(SettingsException.class,
						() -> KarmaSettings.defaults().with(Setting.SCHEDULER_WORKBENCH, "yes")).getMessage());
	}
}
