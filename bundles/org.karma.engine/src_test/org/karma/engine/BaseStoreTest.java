package org.karma.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;
import org.karma.engine.BaseStore.CompactStep;
import org.karma.engine.BaseStore.Status;

/** The base store on the file system: round trips, torn and damaged files, compaction crashes, the lock. */
class BaseStoreTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);

	@TempDir
	Path tmp;

	private static BaseEntry entry(int i) {
		return new BaseEntry(new FileState(EntryKind.FILE, i, Instant.ofEpochSecond(1_700_000_000L + i, i % 1000), "h" + i, "v" + i),
				new FileState(EntryKind.FILE, i, Instant.ofEpochSecond(1_700_000_000L + i), null, ""));
	}

	/** Every field, every kind, awkward names. */
	private static Map<RelPath, BaseEntry> awkward() {
		Map<RelPath, BaseEntry> m = new LinkedHashMap<>();
		m.put(RelPath.of("caf\u00e9.txt"), new BaseEntry(
				new FileState(EntryKind.FILE, 0, null, null, ""),
				new FileState(EntryKind.FILE, Long.MAX_VALUE, Instant.ofEpochSecond(-1, 999_999_999), "abc", "etag \"1\"")));
		m.put(RelPath.of("cafe\u0301.txt"), new BaseEntry( // NFD: a different path, kept apart
				new FileState(EntryKind.FILE, 5, Instant.ofEpochSecond(0, 1), "00ff", "r-1"),
				new FileState(EntryKind.FILE, 5, Instant.ofEpochSecond(253_402_300_799L, 123_456_789), null, "x")));
		m.put(RelPath.of("日本語/😀 emoji/ Grüße \t\\ \u0007"), new BaseEntry(FileState.directory(), FileState.directory()));
		m.put(RelPath.of("link"), new BaseEntry(new FileState(EntryKind.SYMLINK, 7, null, "", "ü"),
				new FileState(EntryKind.OTHER, -1, Instant.EPOCH, null, "")));
		return m;
	}

	@Test
	void firstOpenIsMissingThenOk() throws IOException {
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			assertEquals(Status.MISSING, store.status());
			assertSame(BaseState.EMPTY, store.state());
			assertNull(store.damageReason());
		}
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			assertEquals(Status.OK, store.status());
			assertTrue(store.state().isEmpty());
		}
	}

	@Test
	void roundTripOfEveryFieldThroughJournalAndSnapshot() throws IOException {
		Map<RelPath, BaseEntry> expected = awkward();
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			for (Map.Entry<RelPath, BaseEntry> e : expected.entrySet()) {
				store.put(e.getKey(), e.getValue());
			}
			assertEquals(new TreeMap<>(expected), store.state().entries());
		}
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			assertEquals(Status.OK, store.status());
			assertEquals(new TreeMap<>(expected), store.state().entries());
			assertEquals(4, store.journalRecords());
			store.compact();
			assertEquals(0, store.journalRecords());
		}
		assertEquals(BaseStore.JOURNAL_HEADER, Files.size(tmp.resolve(BaseStore.JOURNAL)));
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			assertEquals(new TreeMap<>(expected), store.state().entries());
			assertEquals(2, store.state().entries().keySet().stream().filter(p -> p.toString().startsWith("caf")).count());
		}
	}

	@Test
	void journalReplaysPutsOverwritesAndRemoves() throws IOException {
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			store.put(RelPath.of("a"), entry(1));
			store.put(RelPath.of("b"), entry(2));
			store.put(RelPath.of("a"), entry(3));
			store.remove(RelPath.of("b"));
			store.remove(RelPath.of("never-there"));
			store.putAll(Map.of(RelPath.of("c/d"), entry(4), RelPath.of("c"), new BaseEntry(FileState.directory(), FileState.directory())));
			store.removeAll(List.of());
		}
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			assertEquals(Map.of(RelPath.of("a"), entry(3), RelPath.of("c/d"), entry(4),
					RelPath.of("c"), new BaseEntry(FileState.directory(), FileState.directory())), store.state().entries());
			assertEquals(7, store.journalRecords());
		}
	}

	@Test
	void unpairedSurrogateIsRefusedNotAltered() throws IOException {
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			assertThrows(IllegalArgumentException.class, () -> store.put(RelPath.of("a\uD800"), entry(1)));
			assertTrue(store.state().isEmpty());
		}
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			assertEquals(Status.OK, store.status());
			assertTrue(store.state().isEmpty());
		}
	}

	/** A store of three entries in the snapshot and two journal records, plus the bytes of one more record. */
	private long[] prepareTornCase(Path dir) throws IOException {
		try (BaseStore store = BaseStore.open(dir, CLOCK)) {
			store.putAll(Map.of(RelPath.of("s1"), entry(1), RelPath.of("s2"), entry(2), RelPath.of("s3"), entry(3)));
			store.compact();
			store.put(RelPath.of("j1"), entry(4));
			store.remove(RelPath.of("s2"));
			long before = Files.size(dir.resolve(BaseStore.JOURNAL));
			store.put(RelPath.of("torn ü"), entry(5));
			return new long[] { before, Files.size(dir.resolve(BaseStore.JOURNAL)) };
		}
	}

	private static final Map<RelPath, BaseEntry> BEFORE_TORN = Map.of(RelPath.of("s1"), entry(1), RelPath.of("s3"), entry(3),
			RelPath.of("j1"), entry(4));

	@Test
	void tornLastRecordAtEveryByteOffsetLoadsThePreviousState() throws IOException {
		Path master = tmp.resolve("master");
		long[] sizes = prepareTornCase(master);
		byte[] journal = Files.readAllBytes(master.resolve(BaseStore.JOURNAL));
		byte[] snapshot = Files.readAllBytes(master.resolve(BaseStore.SNAPSHOT));
		assertTrue(sizes[1] - sizes[0] > 20);
		for (long cut = sizes[0]; cut < sizes[1]; cut++) {
			Path dir = tmp.resolve("cut" + cut);
			Files.createDirectories(dir);
			Files.write(dir.resolve(BaseStore.SNAPSHOT), snapshot);
			byte[] torn = java.util.Arrays.copyOf(journal, (int) cut);
			Files.write(dir.resolve(BaseStore.JOURNAL), torn);
			try (BaseStore store = BaseStore.open(dir, CLOCK)) {
				assertEquals(Status.OK, store.status(), "cut at " + cut + ": " + store.damageReason());
				assertEquals(BEFORE_TORN, store.state().entries(), "cut at " + cut);
				assertEquals(sizes[0], Files.size(dir.resolve(BaseStore.JOURNAL)), "the torn tail is cut off");
				store.put(RelPath.of("next"), entry(6));
			}
			try (BaseStore store = BaseStore.open(dir, CLOCK)) { // the next record did not land behind garbage
				assertEquals(Status.OK, store.status(), "after cut at " + cut + ": " + store.damageReason());
				Map<RelPath, BaseEntry> expected = new TreeMap<>(BEFORE_TORN);
				expected.put(RelPath.of("next"), entry(6));
				assertEquals(expected, store.state().entries());
			}
			// the same length, but the last record's bytes never reached the disk (zeros)
			byte[] zeros = java.util.Arrays.copyOf(journal, (int) cut + 1);
			java.util.Arrays.fill(zeros, (int) sizes[0], zeros.length, (byte) 0);
			Files.write(dir.resolve(BaseStore.JOURNAL), zeros);
			try (BaseStore store = BaseStore.open(dir, CLOCK)) {
				assertEquals(Status.OK, store.status(), "zeros to " + cut + ": " + store.damageReason());
				assertEquals(BEFORE_TORN, store.state().entries());
			}
		}
		try (BaseStore store = BaseStore.open(master, CLOCK)) {
			assertEquals(4, store.state().entries().size()); // s1 s3 j1 "torn ü"
		}
	}

	@Test
	void bitFlipInAMiddleRecordIsDamagedAndMovedAside() throws IOException {
		Path master = tmp.resolve("master");
		long[] sizes = prepareTornCase(master);
		byte[] journal = Files.readAllBytes(master.resolve(BaseStore.JOURNAL));
		byte[] snapshot = Files.readAllBytes(master.resolve(BaseStore.SNAPSHOT));
		// every byte of the records before the last one
		for (int at = BaseStore.JOURNAL_HEADER; at < sizes[0]; at++) {
			Path dir = tmp.resolve("flip" + at);
			Files.createDirectories(dir);
			Files.write(dir.resolve(BaseStore.SNAPSHOT), snapshot);
			byte[] bad = journal.clone();
			bad[at] ^= 0x10;
			Files.write(dir.resolve(BaseStore.JOURNAL), bad);
			assertDamagedAndMovedAside(dir, snapshot, bad, "journal byte " + at);
		}
	}

	@Test
	void bitFlipAnywhereInTheSnapshotIsDamaged() throws IOException {
		Path master = tmp.resolve("master");
		prepareTornCase(master);
		byte[] journal = Files.readAllBytes(master.resolve(BaseStore.JOURNAL));
		byte[] snapshot = Files.readAllBytes(master.resolve(BaseStore.SNAPSHOT));
		for (int at = 0; at < snapshot.length; at++) {
			Path dir = tmp.resolve("flip" + at);
			Files.createDirectories(dir);
			byte[] bad = snapshot.clone();
			bad[at] ^= 0x01;
			Files.write(dir.resolve(BaseStore.SNAPSHOT), bad);
			Files.write(dir.resolve(BaseStore.JOURNAL), journal);
			assertDamagedAndMovedAside(dir, bad, journal, "snapshot byte " + at);
		}
	}

	@Test
	void aMissingHalfIsDamaged() throws IOException {
		prepareTornCase(tmp);
		Files.delete(tmp.resolve(BaseStore.JOURNAL));
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			assertEquals(Status.DAMAGED, store.status());
			assertTrue(store.damageReason().contains("journal"), store.damageReason());
			assertSame(BaseState.EMPTY, store.state());
		}
		Path other = tmp.resolve("other");
		prepareTornCase(other);
		Files.delete(other.resolve(BaseStore.SNAPSHOT));
		try (BaseStore store = BaseStore.open(other, CLOCK)) {
			assertEquals(Status.DAMAGED, store.status());
			assertTrue(store.damageReason().contains("snapshot"), store.damageReason());
		}
	}

	@Test
	void aNewerFormatIsRefusedAndLeftUntouched() throws IOException {
		prepareTornCase(tmp);
		byte[] snapshot = Files.readAllBytes(tmp.resolve(BaseStore.SNAPSHOT));
		byte[] journal = Files.readAllBytes(tmp.resolve(BaseStore.JOURNAL));
		journal[11] = 2; // version 2
		Files.write(tmp.resolve(BaseStore.JOURNAL), journal);
		IOException e = assertThrows(IOException.class, () -> BaseStore.open(tmp, CLOCK));
		assertTrue(e.getMessage().contains("version 2"), e.getMessage());
		assertArrayEquals(snapshot, Files.readAllBytes(tmp.resolve(BaseStore.SNAPSHOT)));
		assertArrayEquals(journal, Files.readAllBytes(tmp.resolve(BaseStore.JOURNAL)));
		journal[11] = 1;
		Files.write(tmp.resolve(BaseStore.JOURNAL), journal);
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) { // the lock was released
			assertEquals(Status.OK, store.status());
		}
	}

	private static void assertDamagedAndMovedAside(Path dir, byte[] snapshot, byte[] journal, String what) throws IOException {
		try (BaseStore store = BaseStore.open(dir, CLOCK)) {
			assertEquals(Status.DAMAGED, store.status(), what);
			assertNotNull(store.damageReason(), what);
			assertFalse(store.damageReason().contains("\n"));
			assertSame(BaseState.EMPTY, store.state(), what);
			store.put(RelPath.of("after"), entry(9)); // a fresh store was started
		}
		assertArrayEquals(snapshot, Files.readAllBytes(dir.resolve("base.snapshot.damaged-20260102-030405.678")), what);
		assertArrayEquals(journal, Files.readAllBytes(dir.resolve("base.journal.damaged-20260102-030405.678")), what);
		try (BaseStore store = BaseStore.open(dir, CLOCK)) {
			assertEquals(Status.OK, store.status(), what);
			assertEquals(Map.of(RelPath.of("after"), entry(9)), store.state().entries(), what);
		}
	}

	@Test
	void aCrashAfterEveryCompactionStepLosesNothingAndDoublesNothing() throws IOException {
		for (CompactStep step : CompactStep.values()) {
			Path dir = tmp.resolve(step.name());
			Map<RelPath, BaseEntry> expected;
			try (BaseStore store = BaseStore.open(dir, CLOCK)) {
				store.putAll(Map.of(RelPath.of("s1"), entry(1), RelPath.of("s2"), entry(2), RelPath.of("s3"), entry(3)));
				store.compact();
				store.put(RelPath.of("s1"), entry(11)); // overwrite
				store.remove(RelPath.of("s2")); // remove from the snapshot
				store.put(RelPath.of("n"), entry(4)); // put then remove
				store.remove(RelPath.of("n"));
				store.put(RelPath.of("m"), entry(5)); // remove then put
				store.remove(RelPath.of("m"));
				store.put(RelPath.of("m"), entry(6));
				expected = new TreeMap<>(store.state().entries());
				store.compact(step); // then the process dies: close only releases the lock
			}
			assertEquals(step == CompactStep.TEMP_WRITTEN, Files.exists(dir.resolve(BaseStore.SNAPSHOT + BaseStore.TEMP_SUFFIX)));
			try (BaseStore store = BaseStore.open(dir, CLOCK)) {
				assertEquals(Status.OK, store.status(), step.name());
				assertEquals(expected, store.state().entries(), step.name());
				assertEquals(step == CompactStep.JOURNAL_TRUNCATED ? 0 : 7, store.journalRecords(), step.name());
				assertFalse(Files.exists(dir.resolve(BaseStore.SNAPSHOT + BaseStore.TEMP_SUFFIX)));
				// and the store goes on: new records on top, a later compaction, a reopen
				store.put(RelPath.of("s2"), entry(22));
				expected.put(RelPath.of("s2"), entry(22));
			}
			try (BaseStore store = BaseStore.open(dir, CLOCK)) {
				store.compact();
			}
			try (BaseStore store = BaseStore.open(dir, CLOCK)) {
				assertEquals(expected, store.state().entries(), step.name());
			}
		}
	}

	@Test
	void aSecondOpenInTheSameJvmFailsUntilClosed() throws IOException {
		BaseStore first = BaseStore.open(tmp, CLOCK);
		BaseStore.LockedException e = assertThrows(BaseStore.LockedException.class, () -> BaseStore.open(tmp, CLOCK));
		assertTrue(e.getMessage().contains("in use"), e.getMessage());
		first.close();
		assertThrows(IllegalStateException.class, () -> first.put(RelPath.of("a"), entry(1)));
		try (BaseStore second = BaseStore.open(tmp, CLOCK)) {
			second.put(RelPath.of("a"), entry(1));
		}
	}

	/** A real other process holds the lock; killed with SIGKILL, the OS releases it. */
	@Test
	void aKilledProcessReleasesTheLock() throws Exception {
		Path source = tmp.resolve("Holder.java");
		Files.writeString(source, "import java.nio.channels.*; import java.nio.file.*;\n"
				+ "public class Holder { public static void main(String[] a) throws Exception {\n"
				+ " FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);\n"
				+ " if (c.tryLock() == null) System.exit(3);\n"
				+ " System.out.println(\"locked\"); System.out.flush(); Thread.sleep(120_000); } }\n");
		Path store = tmp.resolve("store");
		Files.createDirectories(store);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), source.toString(), store.resolve(BaseStore.LOCK).toString())
				.redirectErrorStream(true).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("locked", out.readLine());
			assertThrows(BaseStore.LockedException.class, () -> BaseStore.open(store, CLOCK));
		} finally {
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		}
		try (BaseStore opened = BaseStore.open(store, CLOCK)) {
			assertEquals(Status.MISSING, opened.status());
		}
	}

	/** Figures: records per second with and without batching, load time of 100,000 entries. */
	@Test
	void hundredThousandEntries() throws IOException {
		int n = 100_000;
		int singles = 1_000;
		long t0 = System.nanoTime();
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			for (int i = 0; i < singles; i++) {
				store.put(RelPath.of("single/" + i), entry(i));
			}
			long t1 = System.nanoTime();
			for (int b = 0; b < n; b += 1000) {
				Map<RelPath, BaseEntry> batch = new LinkedHashMap<>();
				for (int i = b; i < b + 1000; i++) {
					batch.put(RelPath.of("dir" + (i % 100) + "/file " + i + ".dat"), entry(i));
				}
				store.putAll(batch);
			}
			long t2 = System.nanoTime();
			System.out.printf("BaseStore: %d single puts: %.0f records/s; batched by 1000: %.0f records/s%n", singles,
					singles / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9));
		}
		long t3 = System.nanoTime();
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			long t4 = System.nanoTime();
			assertEquals(n + singles, store.state().entries().size());
			System.out.printf("BaseStore: open replaying %d journal records: %d ms (journal %d bytes)%n", n + singles,
					(t4 - t3) / 1_000_000, Files.size(tmp.resolve(BaseStore.JOURNAL)));
			store.compact();
			System.out.printf("BaseStore: compact %d entries: %d ms%n", n + singles, (System.nanoTime() - t4) / 1_000_000);
		}
		long t5 = System.nanoTime();
		try (BaseStore store = BaseStore.open(tmp, CLOCK)) {
			long t6 = System.nanoTime();
			assertEquals(entry(4242), store.state().get(RelPath.of("dir42/file 4242.dat")));
			System.out.printf("BaseStore: open of a %d-entry snapshot: %d ms (snapshot %d bytes)%n", n + singles,
					(t6 - t5) / 1_000_000, Files.size(tmp.resolve(BaseStore.SNAPSHOT)));
		}
		try (Stream<Path> files = Files.list(tmp)) {
			assertEquals(3, files.count()); // snapshot, journal, lock: no temp left
		}
	}
}
