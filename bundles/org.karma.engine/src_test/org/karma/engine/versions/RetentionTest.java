package org.karma.engine.versions;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.karma.connector.api.RelPath;

/** Retention decisions, table-driven against a fixed "now". */
class RetentionTest {

	private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

	private static Duration s(long seconds) {
		return Duration.ofSeconds(seconds);
	}

	private static Duration m(long minutes) {
		return Duration.ofMinutes(minutes);
	}

	private static Duration h(long hours) {
		return Duration.ofHours(hours);
	}

	private static Duration d(long days) {
		return Duration.ofDays(days);
	}

	/** A version of {@code file} archived {@code age} before now. */
	private static FileVersion v(String file, Duration age, int counter, long size) {
		RelPath original = RelPath.of(file);
		Instant t = NOW.minus(age);
		RelPath path = VersionArchive.DEFAULT_FOLDER.resolve(original.parent())
				.child(VersionNames.name(original.name(), t, counter));
		return new FileVersion(original, t, counter, path, size);
	}

	private static FileVersion v(String file, Duration age) {
		return v(file, age, 0, 10);
	}

	/** One row: settings, the versions there are, the ones retention must drop. */
	private record Case(String name, RetentionSettings settings, List<FileVersion> versions, List<FileVersion> removed) {
	}

	private static Case c(String name, RetentionSettings settings, List<FileVersion> versions, FileVersion... removed) {
		return new Case(name, settings, versions, List.of(removed));
	}

	private static final FileVersion A1 = v("a.txt", d(3)), A2 = v("a.txt", d(2)), A3 = v("a.txt", d(1));
	private static final FileVersion B1 = v("dir/b", h(5));
	private static final FileVersion SAME0 = v("s.txt", s(5), 0, 10), SAME1 = v("s.txt", s(5), 1, 10),
			SAME_OLDER = v("s.txt", s(6), 0, 10);

	private static final List<Case> CASES = List.of(
			c("nothing to do", RetentionSettings.keepLast(1), List.of()),
			// KEEP_LAST
			c("keep last 2 of 3, per file", RetentionSettings.keepLast(2), List.of(A3, B1, A1, A2), A1),
			c("keep last 3 of 3", RetentionSettings.keepLast(3), List.of(A1, A2, A3)),
			c("keep last 1", RetentionSettings.keepLast(1), List.of(A1, A2, A3, B1), A1, A2),
			c("same millisecond: the higher counter is newer", RetentionSettings.keepLast(1), List.of(SAME1, SAME0), SAME0),
			c("same millisecond, keep 2", RetentionSettings.keepLast(2), List.of(SAME_OLDER, SAME1, SAME0), SAME_OLDER),
			c("same name in another folder is another file", RetentionSettings.keepLast(1),
					List.of(v("x/f", d(2)), v("y/f", d(1))), new FileVersion[0]),
			// BY_AGE
			c("by age 30 days: exactly 30 days old stays", RetentionSettings.byAge(30),
					List.of(v("a", d(29)), v("a", d(30)), v("a", d(30).plusMillis(1)), v("b", d(400))),
					v("a", d(30).plusMillis(1)), v("b", d(400))),
			c("by age: a version from the future (clock skew) stays", RetentionSettings.byAge(1), List.of(v("a", h(-1)))),
			// NONE keeps what is there
			c("none: nothing pruned by age or count", RetentionSettings.none(), List.of(A1, A2, A3, v("old", d(9999)))),
			// STAGGERED (Syncthing): oldest kept, then one per step of the newer version's interval
			c("staggered, last hour: one per 30 s", RetentionSettings.staggered(0),
					List.of(v("f", s(10)), v("f", s(20)), v("f", s(50)), v("f", s(100))), v("f", s(10))),
			c("staggered, last day: one per hour", RetentionSettings.staggered(0),
					List.of(v("f", h(2)), v("f", m(130)), v("f", m(170)), v("f", m(210))), v("f", m(170)), v("f", h(2))),
			c("staggered, last 30 days: one per day", RetentionSettings.staggered(0),
					List.of(v("f", d(2)), v("f", d(2).plusHours(1)), v("f", d(3))), v("f", d(2).plusHours(1))),
			c("staggered, older: one per week", RetentionSettings.staggered(0),
					List.of(v("f", d(40)), v("f", d(45)), v("f", d(48)), v("f", d(60))), v("f", d(45))),
			c("staggered: no max age keeps the oldest forever", RetentionSettings.staggered(0),
					List.of(v("f", d(3650)), v("f", d(10)))),
			c("staggered with max age 365", RetentionSettings.staggered(365), List.of(v("f", d(400)), v("f", d(10))),
					v("f", d(400))),
			c("staggered: at exactly 1 h the hourly step applies", RetentionSettings.staggered(0),
					List.of(v("f", h(1)), v("f", h(1).plusSeconds(30))), v("f", h(1))),
			c("staggered: just under 1 h the 30 s step applies", RetentionSettings.staggered(0),
					List.of(v("f", m(59).plusSeconds(59)), v("f", m(60).plusSeconds(29)))),
			c("staggered: same millisecond keeps the first", RetentionSettings.staggered(0), List.of(SAME1, SAME0), SAME1),
			c("staggered: files are independent", RetentionSettings.staggered(0), List.of(v("a", s(10)), v("b", s(10)))),
			// size limit, after the kind's own rule, oldest first across files
			c("max size drops the oldest across files", RetentionSettings.keepLast(10).withMaxTotalSizeBytes(25),
					List.of(v("a", d(1), 0, 10), v("b", d(3), 0, 10), v("c", d(2), 0, 10)), v("b", d(3), 0, 10)),
			c("max size exactly reached keeps all", RetentionSettings.keepLast(10).withMaxTotalSizeBytes(30),
					List.of(v("a", d(1), 0, 10), v("b", d(3), 0, 10), v("c", d(2), 0, 10))),
			c("max size 0 drops all but empty versions", RetentionSettings.none().withMaxTotalSizeBytes(0),
					List.of(v("a", d(1), 0, 0), v("b", d(2), 0, 10)), v("b", d(2), 0, 10)),
			c("max size counts only what the kind kept", RetentionSettings.keepLast(1).withMaxTotalSizeBytes(150),
					List.of(v("a", d(3), 0, 100), v("a", d(1), 0, 100), v("b", d(2), 0, 100)), v("a", d(3), 0, 100),
					v("b", d(2), 0, 100)),
			c("max size: same-millisecond versions go lowest counter first",
					RetentionSettings.none().withMaxTotalSizeBytes(10), List.of(SAME1, SAME0), SAME0));

	@Test
	void table() {
		List<Executable> checks = new ArrayList<>();
		for (Case c : CASES) {
			checks.add(() -> {
				List<FileVersion> shuffled = new ArrayList<>(c.versions());
				Collections.reverse(shuffled);
				List<FileVersion> expected = new ArrayList<>(c.removed());
				expected.sort(FileVersion.OLDEST_FIRST);
				assertEquals(expected, Retention.toRemove(c.settings(), c.versions(), NOW), c.name());
				assertEquals(expected, Retention.toRemove(c.settings(), shuffled, NOW), c.name() + " (other order)");
			});
		}
		assertAll(checks);
	}

	@Test
	void staggeredThinsAWeekOfVersionsEveryTenSeconds() {
		List<FileVersion> versions = new ArrayList<>();
		for (long age = 0; age <= d(7).toSeconds(); age += 10) {
			versions.add(v("busy.log", s(age)));
		}
		List<FileVersion> removed = Retention.toRemove(RetentionSettings.staggered(0), versions, NOW);
		Set<FileVersion> kept = new HashSet<>(versions);
		removed.forEach(kept::remove);
		long lastHour = kept.stream().filter(v -> v.timestamp().isAfter(NOW.minus(h(1)))).count();
		long lastDay = kept.stream().filter(v -> v.timestamp().isAfter(NOW.minus(d(1)))).count();
		// about 120 in the last hour, 23 more in the rest of the day, 6 more for the days before
		assertEquals(120, lastHour, "one per 30 s in the last hour");
		assertEquals(120 + 23, lastDay, "then one per hour");
		assertEquals(120 + 23 + 6 + 1, kept.size(), "then one per day (the oldest is always kept)");
	}

	@Test
	void settingsAreChecked() {
		assertThrows(IllegalArgumentException.class, () -> RetentionSettings.keepLast(0));
		assertThrows(IllegalArgumentException.class, () -> RetentionSettings.byAge(0));
		assertThrows(IllegalArgumentException.class, () -> RetentionSettings.staggered(-1));
		assertThrows(IllegalArgumentException.class, () -> RetentionSettings.keepLast(1).withMaxTotalSizeBytes(-2));
		assertEquals(false, RetentionSettings.none().keepsVersions());
	}
}
