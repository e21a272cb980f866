package org.karma.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.core.KarmaHome;

class RunLogTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	@TempDir
	Path tmp;

	@Test
	void linesAreAppendedInUtf8AndOnDiskAtOnce() throws Exception {
		Path logs = KarmaHome.at(tmp).logs();
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		try (RunLog log = RunLog.open(logs, 7, clock)) {
			assertEquals(logs.resolve("run-7.log"), log.file());
			log.line("copied Grüße/naïve.txt");
			// visible before close: flushed per line
			assertEquals(List.of(NOW + " copied Grüße/naïve.txt"), Files.readAllLines(log.file(), StandardCharsets.UTF_8));
		}
		try (RunLog log = RunLog.open(logs, 7, clock)) {
			log.line("second\nopen");
		}
		assertEquals(List.of(NOW + " copied Grüße/naïve.txt", NOW + " second open"),
				Files.readAllLines(RunLog.file(logs, 7), StandardCharsets.UTF_8));
	}

	@Test
	void logsOlderThanTheMaxAgeArePurgedAndTheRunRowsStay() throws Exception {
		KarmaHome home = KarmaHome.at(tmp);
		Path logs = home.logs();
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		long oldRun;
		long newRun;
		try (HistoryStore store = HistoryStore.open(HistoryStore.defaultFile(home), clock)) {
			oldRun = store.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, NOW.minus(Duration.ofDays(8)));
			store.finishRun(oldRun, RunStatus.OK, Counts.NONE, 0, NOW.minus(Duration.ofDays(8)));
			newRun = store.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, NOW.minus(Duration.ofDays(6)));
			store.finishRun(newRun, RunStatus.OK, Counts.NONE, 0, NOW.minus(Duration.ofDays(6)));
		}
		for (long id : List.of(oldRun, newRun)) {
			try (RunLog log = RunLog.open(logs, id, clock)) {
				log.line("run " + id);
			}
		}
		Path oldLog = RunLog.file(logs, oldRun);
		Path newLog = RunLog.file(logs, newRun);
		Path other = logs.resolve("notes.txt");
		Files.writeString(other, "mine");
		Files.setLastModifiedTime(oldLog, FileTime.from(NOW.minus(Duration.ofDays(7)).minusSeconds(1)));
		Files.setLastModifiedTime(newLog, FileTime.from(NOW.minus(Duration.ofDays(6))));
		Files.setLastModifiedTime(other, FileTime.from(NOW.minus(Duration.ofDays(30))));

		assertEquals(List.of(oldLog), RunLog.purgeLogs(logs, RunLog.DEFAULT_MAX_AGE, clock));
		assertFalse(Files.exists(oldLog));
		assertTrue(Files.exists(newLog));
		assertTrue(Files.exists(other), "not a run log");

		// a shorter retention, and time moving on, purge the other one too
		assertEquals(List.of(newLog), RunLog.purgeLogs(logs, Duration.ofDays(1), clock));
		assertEquals(List.of(), RunLog.purgeLogs(logs, Duration.ZERO, Clock.fixed(NOW.minus(Duration.ofDays(365)), ZoneOffset.UTC)));

		try (HistoryStore store = HistoryStore.open(HistoryStore.defaultFile(home), clock)) {
			assertEquals(2, store.runs(Optional.of("p"), 10).size(), "run rows stay");
		}
	}

	@Test
	void openingTheHistoryOfAHomePurgesOldLogs() throws Exception {
		KarmaHome home = KarmaHome.at(tmp);
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		long id;
		try (History history = History.open(home, clock)) {
			id = history.store().startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, NOW);
			try (RunLog log = history.openLog(id)) {
				assertEquals(home.logs().resolve("run-" + id + ".log"), log.file());
				log.line("hello");
			}
			history.store().finishRun(id, RunStatus.OK, Counts.NONE, 0, NOW);
			assertEquals(List.of(), history.purgedOnOpen());
		}
		Path log = RunLog.file(home.logs(), id);
		Files.setLastModifiedTime(log, FileTime.from(NOW.minus(Duration.ofDays(3))));
		try (History history = History.open(home, clock, Duration.ofDays(2), Processes.system())) {
			assertEquals(List.of(log), history.purgedOnOpen());
			assertFalse(Files.exists(log));
			assertEquals(RunStatus.OK, history.store().run(id).orElseThrow().status());
		}
	}

	@Test
	void aMissingLogsFolderHasNothingToPurge() throws Exception {
		assertEquals(List.of(), RunLog.purgeLogs(tmp.resolve("none"), RunLog.DEFAULT_MAX_AGE, Clock.systemUTC()));
		assertThrows(IllegalArgumentException.class,
				() -> RunLog.purgeLogs(tmp, Duration.ofDays(-1), Clock.systemUTC()));
	}
}
