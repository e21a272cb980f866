package org.karma.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.core.KarmaHome;

/** The read side of the history that {@code karma history} and the workbench use. */
class HistoryQueryTest {

	private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

	@TempDir
	Path tmp;

	@Test
	void aHomeWithoutHistoryHasNoRunsAndReadingCreatesNothing() throws Exception {
		KarmaHome home = KarmaHome.at(tmp.resolve("home"));
		HistoryQuery query = new HistoryQuery(home, Clock.systemUTC());
		assertEquals(List.of(), query.runs(Optional.empty(), 20));
		assertEquals(Optional.empty(), query.details(1));
		assertFalse(Files.exists(HistoryStore.defaultFile(home)), "no database created by reading");
	}

	@Test
	void runsNewestFirstByProfileWithALimitAndDetailsWithItemsAndLog() throws Exception {
		KarmaHome home = KarmaHome.at(tmp.resolve("home"));
		long first;
		long second;
		long adHoc;
		try (History history = History.open(home, Clock.systemUTC())) {
			HistoryStore store = history.store();
			first = store.startRun(RunSubject.profile("docs"), "/a", "/b", "TWO_WAY", false, T0);
			store.recordItem(first, "x.txt", "COPY_LEFT_TO_RIGHT", 3, ItemResult.DONE, null);
			store.recordItem(first, "y.txt", "DELETE_RIGHT", 0, ItemResult.FAILED, "permission denied");
			store.finishRun(first, RunStatus.PARTIAL, new Counts(1, 0, 0, 0, 1), 3, T0.plusSeconds(2));
			second = store.startRun(RunSubject.profile("docs"), "/a", "/b", "TWO_WAY", false, T0.plusSeconds(60));
			store.finishRun(second, RunStatus.OK, Counts.NONE, 0, T0.plusSeconds(61));
			adHoc = store.startRun(RunSubject.adHoc("/c <-> /d"), "/c", "/d", "MIRROR", true, T0.plusSeconds(120));
			store.finishRun(adHoc, RunStatus.OK, Counts.NONE, 0, T0.plusSeconds(121));
			try (RunLog log = history.openLog(second)) {
				log.line("hello");
			}
		}
		HistoryQuery query = new HistoryQuery(home, Clock.systemUTC());
		assertEquals(List.of(adHoc, second, first), query.runs(Optional.empty(), 20).stream().map(Run::id).toList());
		assertEquals(List.of(second, first), query.runs(Optional.of("docs"), 20).stream().map(Run::id).toList());
		assertEquals(List.of(adHoc), query.runs(Optional.empty(), 1).stream().map(Run::id).toList());
		assertEquals(List.of(), query.runs(Optional.of("never-ran"), 20), "a profile that never ran has no runs");
		assertThrows(IllegalArgumentException.class, () -> query.runs(Optional.empty(), 0));

		HistoryQuery.RunDetails details = query.details(first).orElseThrow();
		assertEquals(RunStatus.PARTIAL, details.run().status());
		assertEquals(List.of("x.txt", "y.txt"), details.items().stream().map(Item::path).toList());
		assertEquals(Optional.of("permission denied"), details.items().get(1).error());
		assertEquals(home.logs().resolve("run-" + first + ".log"), details.log());
		assertFalse(details.logExists(), "this run wrote no log");
		assertTrue(query.details(second).orElseThrow().logExists());
		assertEquals(Optional.empty(), query.details(adHoc + 100));
	}
}
