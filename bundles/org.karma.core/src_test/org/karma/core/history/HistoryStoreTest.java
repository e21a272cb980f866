package org.karma.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.core.KarmaHome;

class HistoryStoreTest {

	private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

	@TempDir
	Path tmp;

	/** A process table the test controls. */
	static final class FakeProcesses implements Processes {
		final OwnerProcess self;
		final Set<Long> alive = new HashSet<>();

		FakeProcesses(long pid) {
			self = new OwnerProcess(pid, Optional.of(T0.minusSeconds(60)));
			alive.add(pid);
		}

		@Override
		public OwnerProcess self() {
			return self;
		}

		@Override
		public boolean isAlive(OwnerProcess process) {
			return alive.contains(process.pid());
		}
	}

	private Path db() {
		return HistoryStore.defaultFile(KarmaHome.at(tmp));
	}

	private static Clock fixed() {
		return Clock.fixed(T0, ZoneOffset.UTC);
	}

	@Test
	void databaseLivesInTheStateFolderAndIsCreatedWithItsFolders() throws Exception {
		assertEquals(tmp.resolve("state/history.db"), db());
		try (HistoryStore store = HistoryStore.open(db(), fixed())) {
			assertTrue(Files.isRegularFile(db()));
		}
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
			try (ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
				assertTrue(r.next());
				assertEquals(HistorySchema.MIGRATIONS.size(), r.getInt(1));
			}
			try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
				r.next();
				assertEquals("wal", r.getString(1));
			}
		}
	}

	@Test
	void pruneRunsDeletesEndedRunsBeforeTheCutoffWithTheirItemsAndKeepsRunningOnes() throws Exception {
		try (HistoryStore store = HistoryStore.open(db(), fixed())) {
			long old = store.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, T0.minusSeconds(100));
			store.recordItem(old, "a", "COPY_LEFT_TO_RIGHT", 1, ItemResult.DONE, null);
			store.finishRun(old, RunStatus.OK, new Counts(1, 0, 0, 0, 0), 1, T0.minusSeconds(90));
			long stillRunning = store.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, T0.minusSeconds(80));
			long recent = store.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, T0.minusSeconds(10));
			store.finishRun(recent, RunStatus.OK, Counts.NONE, 0, T0.minusSeconds(5));
			assertEquals(1, store.pruneRuns(T0.minusSeconds(50)));
			assertEquals(Optional.empty(), store.run(old));
			assertEquals(List.of(), store.items(old));
			assertTrue(store.run(stillRunning).isPresent());
			assertTrue(store.run(recent).isPresent());
			assertEquals(0, store.pruneRuns(T0.minusSeconds(50)));
		}
	}

	@Test
	void historyOpenKeepsRunLogsForTheConfiguredDays() throws Exception {
		KarmaHome home = KarmaHome.at(tmp);
		Files.createDirectories(home.logs());
		Path log = RunLog.file(home.logs(), 1);
		Files.writeString(log, "x");
		Files.setLastModifiedTime(log, java.nio.file.attribute.FileTime.from(T0.minus(Duration.ofDays(10))));
		org.karma.core.settings.KarmaSettings.defaults()
				.with(org.karma.core.settings.Setting.LOG_RETENTION_DAYS, "30").save(home);
		try (History history = History.open(home, fixed())) {
			assertEquals(List.of(), history.purgedOnOpen());
		}
		org.karma.core.settings.KarmaSettings.defaults()
				.with(org.karma.core.settings.Setting.LOG_RETENTION_DAYS, "9").save(home);
		try (History history = History.open(home, fixed())) {
			assertEquals(List.of(log), history.purgedOnOpen());
		}
	}

	@Test
	void aRunFromStartToFinishWithItsItems() throws Exception {
		try (HistoryStore store = HistoryStore.open(db(), fixed())) {
			long id = store.startRun(RunSubject.profile("photos"), "file:/home/ann/Photos", "sftp://nas/photos",
					"TWO_WAY", false, T0);
			Run running = store.run(id).orElseThrow();
			assertEquals(RunStatus.RUNNING, running.status());
			assertEquals(Optional.empty(), running.end());
			assertEquals(ProcessHandle.current().pid(), running.owner().pid());

			store.recordItem(id, "a/b.jpg", "COPY_LEFT_TO_RIGHT", 1234, ItemResult.DONE, null);
			store.recordItem(id, "c.txt", "DELETE_RIGHT", -1, ItemResult.FAILED, "permission denied\non nas");
			store.finishRun(id, RunStatus.PARTIAL, new Counts(1, 0, 0, 0, 1), 1234, T0.plusSeconds(5));

			Run run = store.run(id).orElseThrow();
			assertEquals(new RunSubject(Optional.of("photos"), "photos"), run.subject());
			assertEquals("file:/home/ann/Photos", run.left());
			assertEquals("sftp://nas/photos", run.right());
			assertEquals("TWO_WAY", run.mode());
			assertFalse(run.dryRun());
			assertEquals(T0, run.start());
			assertEquals(Optional.of(T0.plusSeconds(5)), run.end());
			assertEquals(RunStatus.PARTIAL, run.status());
			assertEquals(new Counts(1, 0, 0, 0, 1), run.counts());
			assertEquals(1234, run.bytes());
			assertEquals(List.of(new Item(id, "a/b.jpg", "COPY_LEFT_TO_RIGHT", 1234, ItemResult.DONE, Optional.empty()),
					new Item(id, "c.txt", "DELETE_RIGHT", -1, ItemResult.FAILED, Optional.of("permission denied on nas"))),
					store.items(id));

			HistoryException again = assertThrows(HistoryException.class,
					() -> store.finishRun(id, RunStatus.OK, Counts.NONE, 0, T0));
			assertEquals("run " + id + " has already ended (PARTIAL)", again.getMessage());
		}
	}

	@Test
	void runsAreListedNewestFirstPerProfileOrAll() throws Exception {
		try (HistoryStore store = HistoryStore.open(db(), fixed())) {
			long a1 = store.startRun(RunSubject.profile("a"), "l", "r", "MIRROR", false, T0);
			long b1 = store.startRun(RunSubject.adHoc("~/x <-> /mnt/y"), "~/x", "/mnt/y", "TWO_WAY", true,
					T0.plusSeconds(10));
			long a2 = store.startRun(RunSubject.profile("a"), "l", "r", "MIRROR", false, T0.plusSeconds(20));
			assertEquals(List.of(a2, b1, a1), ids(store.runs(Optional.empty(), 10)));
			assertEquals(List.of(a2, b1), ids(store.runs(Optional.empty(), 2)));
			assertEquals(List.of(a2, a1), ids(store.runs(Optional.of("a"), 10)));
			assertEquals(a2, store.lastRun("a").orElseThrow().id());
			assertEquals(Optional.empty(), store.lastRun("nope"));
			Run adHoc = store.run(b1).orElseThrow();
			assertEquals(Optional.empty(), adHoc.subject().profile());
			assertEquals("~/x <-> /mnt/y", adHoc.subject().title());
			assertTrue(adHoc.dryRun());
			assertEquals(Optional.empty(), store.run(999));
		}
	}

	@Test
	void aRunLeftRunningByADeadProcessIsAbortedAsInterruptedOnNextOpen() throws Exception {
		FakeProcesses first = new FakeProcesses(4242);
		long dead;
		long alive;
		try (HistoryStore store = HistoryStore.open(db(), fixed(), first)) {
			dead = store.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, T0);
			store.recordItem(dead, "x", "COPY_LEFT_TO_RIGHT", 1, ItemResult.DONE, null);
		}
		FakeProcesses second = new FakeProcesses(4343);
		second.alive.add(4242L); // still alive while the second process starts
		try (HistoryStore store = HistoryStore.open(db(), fixed(), second)) {
			alive = store.startRun(RunSubject.profile("q"), "l", "r", "TWO_WAY", false, T0);
		}
		// 4242 is gone (killed), 4343 still runs its run
		FakeProcesses third = new FakeProcesses(4444);
		third.alive.add(4343L);
		try (HistoryStore store = HistoryStore.open(db(), fixed(), third)) {
			assertEquals(List.of(dead), ids(store.interruptedOnOpen()));
			Run run = store.run(dead).orElseThrow();
			assertEquals(RunStatus.ABORTED, run.status());
			assertEquals(Optional.of(HistoryStore.INTERRUPTED), run.note());
			assertEquals(Optional.empty(), run.end());
			assertEquals(1, store.items(dead).size(), "its items stay");
			assertEquals(RunStatus.RUNNING, store.run(alive).orElseThrow().status());
		}
	}

	@Test
	void aRunOfThisVeryProcessIsNeverTakenForDead() throws Exception {
		// real processes: this JVM is alive, and a second store in it must not abort the first's run
		try (HistoryStore one = HistoryStore.open(db(), fixed()); HistoryStore two = HistoryStore.open(db(), fixed())) {
			long id = one.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, T0);
			try (HistoryStore three = HistoryStore.open(db(), fixed())) {
				assertEquals(List.of(), three.interruptedOnOpen());
				assertEquals(RunStatus.RUNNING, two.run(id).orElseThrow().status());
			}
		}
	}

	@Test
	void aRealDeadProcessIsRecognized() throws Exception {
		Process child = new ProcessBuilder("true").start();
		OwnerProcess owner = new OwnerProcess(child.pid(), child.info().startInstant());
		assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		assertFalse(Processes.system().isAlive(owner));
		assertTrue(Processes.system().isAlive(Processes.system().self()));
		// same PID, other start instant: a reused PID is not the owner
		OwnerProcess impostor = new OwnerProcess(ProcessHandle.current().pid(), Optional.of(Instant.EPOCH));
		assertFalse(Processes.system().isAlive(impostor));
	}

	@Test
	void itemsAreBufferedAndWrittenInBatchesOrWhenOld() throws Exception {
		MutableClock clock = new MutableClock(T0);
		try (HistoryStore store = HistoryStore.open(db(), clock);
				HistoryStore reader = HistoryStore.open(db(), clock)) {
			long id = store.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, T0);
			store.recordItem(id, "0", "A", 0, ItemResult.DONE, null);
			assertEquals(0, countItems(id), "buffered");
			clock.advance(HistoryStore.MAX_BUFFER_AGE);
			store.recordItem(id, "1", "A", 0, ItemResult.DONE, null);
			assertEquals(2, countItems(id), "written once the oldest buffered item is old");
			for (int i = 2; i < 2 + HistoryStore.BATCH_SIZE; i++) {
				store.recordItem(id, Integer.toString(i), "A", i, ItemResult.DONE, null);
			}
			assertEquals(2 + HistoryStore.BATCH_SIZE, countItems(id), "a full batch is written");
		}
	}

	@Test
	void thousandsOfItemsAreFast() throws Exception {
		int n = 20_000;
		try (HistoryStore store = HistoryStore.open(db(), fixed())) {
			long id = store.startRun(RunSubject.profile("big"), "l", "r", "TWO_WAY", false, T0);
			long t = System.nanoTime();
			for (int i = 0; i < n; i++) {
				store.recordItem(id, "folder/sub/file-" + i + ".bin", "COPY_LEFT_TO_RIGHT", i, ItemResult.DONE, null);
			}
			store.finishRun(id, RunStatus.OK, new Counts(n, 0, 0, 0, 0), 0, T0.plusSeconds(1));
			double seconds = (System.nanoTime() - t) / 1e9;
			System.out.printf("history: %d items in %.3f s = %.0f items/s%n", n, seconds, n / seconds);
			assertEquals(n, store.items(id).size());
			assertTrue(seconds < 20, "too slow: " + seconds + " s for " + n + " items");
		}
	}

	@Test
	void twoStoresOnOneFileWriteConcurrentlyWithoutBusyErrors() throws Exception {
		int runsPerThread = 20;
		int itemsPerRun = 300;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (HistoryStore one = HistoryStore.open(db(), fixed()); HistoryStore two = HistoryStore.open(db(), fixed())) {
			List<Future<List<Long>>> futures = new ArrayList<>();
			for (HistoryStore store : List.of(one, two)) {
				Callable<List<Long>> writer = () -> {
					go.await();
					List<Long> ids = new ArrayList<>();
					for (int r = 0; r < runsPerThread; r++) {
						long id = store.startRun(RunSubject.profile("p" + store.hashCode()), "l", "r", "TWO_WAY", false, T0);
						for (int i = 0; i < itemsPerRun; i++) {
							store.recordItem(id, "f" + i, "A", i, ItemResult.DONE, null);
							if (i % 100 == 0) {
								store.flush();
								store.runs(Optional.empty(), 5);
							}
						}
						store.finishRun(id, RunStatus.OK, new Counts(itemsPerRun, 0, 0, 0, 0), 0, T0);
						ids.add(id);
					}
					return ids;
				};
				futures.add(pool.submit(writer));
			}
			go.countDown();
			Set<Long> all = new HashSet<>();
			for (Future<List<Long>> f : futures) {
				all.addAll(f.get(120, TimeUnit.SECONDS));
			}
			assertEquals(2 * runsPerThread, all.size());
			for (long id : all) {
				assertEquals(itemsPerRun, one.items(id).size());
				assertEquals(RunStatus.OK, two.run(id).orElseThrow().status());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aNewerSchemaIsRefusedAndOlderOnesAreMigratedForward() throws Exception {
		int current = HistorySchema.MIGRATIONS.size();
		// a file of schema 1 (runs only) with a run in it gains the integrity tables and keeps the run
		try (HistoryStore v1 = HistoryStore.open(db(), fixed(), Processes.system(), HistorySchema.MIGRATIONS.subList(0, 1))) {
			long id = v1.startRun(RunSubject.profile("old"), "l", "r", "MIRROR", false, T0);
			v1.finishRun(id, RunStatus.OK, new Counts(1, 0, 0, 0, 0), 3, T0);
		}
		try (HistoryStore now = HistoryStore.open(db(), fixed())) {
			assertEquals(1, now.runs(Optional.of("old"), 5).size());
			assertEquals(List.of(), now.checks(Optional.empty(), 5));
		}
		List<HistorySchema.Migration> withNext = new ArrayList<>(HistorySchema.MIGRATIONS);
		withNext.add(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("ALTER TABLE runs ADD COLUMN host TEXT");
			}
		});
		try (HistoryStore store = HistoryStore.open(db(), fixed(), Processes.system(), withNext)) {
			store.startRun(RunSubject.profile("p"), "l", "r", "TWO_WAY", false, T0);
		}
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT host, (SELECT version FROM schema_version) FROM runs")) {
			assertTrue(r.next());
			assertEquals(current + 1, r.getInt(2));
		}
		HistoryException e = assertThrows(HistoryException.class, () -> HistoryStore.open(db(), fixed()));
		assertEquals("the history database " + db() + " has schema version " + (current + 1)
				+ ", newer than this KARMA understands (" + current + ")", e.getMessage());
	}

	@Test
	void integrityChecksAreRecordedWithTheirFindingsAndPrunedWithTheRuns() throws Exception {
		try (HistoryStore store = HistoryStore.open(db(), fixed())) {
			IntegrityCheck check = new IntegrityCheck(0, IntegrityCheck.Kind.VERIFY, Optional.of("p"), "g", "/m.json",
					Optional.empty(), List.of("/a", "sftp://h/b"), T0, T0.plusSeconds(2), IntegrityCheck.Status.FINDINGS,
					"verified (SHA256:x)", 10, 100, new IntegrityCheck.Tally(7, 1, 0, 1, 1, 0), 0, Optional.empty());
			List<IntegrityCheck.Finding> findings = List.of(new IntegrityCheck.Finding("/a", "x", "MISSING", "gone"),
					new IntegrityCheck.Finding("/a", "y", "MODIFIED", "size"),
					new IntegrityCheck.Finding("sftp://h/b", "z", "CORRUPTED", "content"));
			IntegrityCheck recorded = store.recordCheck(check, findings, 2);
			assertTrue(recorded.id() > 0);
			assertEquals(List.of(recorded), store.checks(Optional.of("p"), 5));
			assertEquals(List.of(), store.checks(Optional.of("other"), 5));
			assertEquals(findings.subList(0, 2), store.findings(recorded.id()), "at most 2 kept");
			store.pruneRuns(T0.plusSeconds(1));
			assertEquals(1, store.checks(Optional.empty(), 5).size(), "ended after the cutoff");
			store.pruneRuns(T0.plusSeconds(3));
			assertEquals(List.of(), store.checks(Optional.empty(), 5));
			assertEquals(List.of(), store.findings(recorded.id()));
		}
	}

	@Test
	void failuresAreOneLineHistoryExceptions() throws Exception {
		Files.createDirectories(tmp.resolve("state"));
		Files.writeString(db(), "this is not a database, just some text that is long enough ".repeat(100));
		HistoryException notDb = assertThrows(HistoryException.class, () -> HistoryStore.open(db(), fixed()));
		assertTrue(notDb.getMessage().startsWith("cannot open the history database " + db() + ": "), notDb.getMessage());
		assertFalse(notDb.getMessage().contains("\n"));

		Path other = tmp.resolve("other.db");
		HistoryStore store = HistoryStore.open(other, fixed());
		HistoryException badRun = assertThrows(HistoryException.class, () -> {
			store.recordItem(77, "x", "A", 0, ItemResult.DONE, null);
			store.flush();
		});
		assertTrue(badRun.getMessage().startsWith("cannot record 1 items of run 77 in " + other), badRun.getMessage());
		store.close();
		HistoryException closed = assertThrows(HistoryException.class, () -> store.runs(Optional.empty(), 1));
		assertEquals("the history store " + other + " is closed", closed.getMessage());
	}

	private int countItems(long runId) throws Exception {
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT count(*) FROM items WHERE run_id = " + runId)) {
			r.next();
			return r.getInt(1);
		}
	}

	private static List<Long> ids(List<Run> runs) {
		return runs.stream().map(Run::id).toList();
	}

	static final class MutableClock extends Clock {
		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
