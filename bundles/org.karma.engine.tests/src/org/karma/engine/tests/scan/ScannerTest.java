package org.karma.engine.tests.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.tck.ForwardingConnection;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.HashKind;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.connector.tck.memory.MemoryStore;
import org.karma.engine.Action;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseState;
import org.karma.engine.FileState;
import org.karma.engine.Plan;
import org.karma.engine.PlanSettings;
import org.karma.engine.Planner;
import org.karma.engine.ScanProblem;
import org.karma.engine.ScanSettings;
import org.karma.engine.Scanner;
import org.karma.engine.Snapshot;

/** The scanner against the memory connector, with faults injected through its store. */
class ScannerTest {

	static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

	MemoryConnectorFactory factory;
	MemoryStore store;
	Connection connection;
	/** Operation + path of every connector call, e.g. {@code list:a/b}. */
	List<String> calls;

	@BeforeEach
	void setUp() throws Exception {
		factory = new MemoryConnectorFactory();
		store = factory.store("memory:/scan");
		connection = factory.connect(ConnectionSpec.of("memory:/scan"), null);
		calls = Collections.synchronizedList(new ArrayList<>());
		store.setFaults((op, path) -> {
			calls.add(op + ":" + path);
			return Optional.empty();
		});
	}

	Entry write(String path, String text, Instant mtime) throws ConnectorException {
		return connection.write(RelPath.of(path), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				WriteOptions.DEFAULT.withCreateParents(true).withMtime(mtime), null);
	}

	Entry write(String path, String text) throws ConnectorException {
		return write(path, text, NOW.minus(Duration.ofDays(1)));
	}

	void fail(String operation, String path, Reason reason) {
		store.setFaults((op, p) -> {
			calls.add(op + ":" + p);
			return op.equals(operation) && p.toString().equals(path)
					? Optional.of(new ConnectorException(reason, p, "injected " + reason))
					: Optional.empty();
		});
	}

	ScanSettings settings() {
		return ScanSettings.of(PlanSettings.defaults()::takesPart).withParallelism(4)
				.withRetries(3, Duration.ofMillis(10), d -> {
					throw new AssertionError("no sleep expected");
				});
	}

	Snapshot scan(ScanSettings settings) throws ConnectorException {
		return new Scanner(connection, settings).scan(null);
	}

	static Set<String> paths(Snapshot s) {
		Set<String> result = new java.util.TreeSet<>();
		s.entries().keySet().forEach(p -> result.add(p.toString()));
		return result;
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	long lists() {
		return calls.stream().filter(c -> c.startsWith("list:")).count();
	}

	@Test
	void deepTreeListsEveryFolderOnce() throws Exception {
		StringBuilder dir = new StringBuilder("d0");
		for (int i = 1; i < 40; i++) {
			dir.append("/d").append(i);
		}
		write(dir + "/leaf.txt", "leaf");
		write("top.txt", "top");
		calls.clear();
		Snapshot s = scan(settings());
		assertTrue(s.rootExists());
		assertEquals(40 + 2, s.entries().size());
		assertEquals(2, s.fileCount());
		assertEquals(4, s.get(RelPath.of(dir + "/leaf.txt")).size());
		assertTrue(s.get(RelPath.of(dir.toString())).isDirectory());
		assertEquals(41, lists(), "root and 40 folders, each once");
		assertEquals(Set.copyOf(calls).size(), calls.size(), "no call twice: " + calls);
		assertTrue(s.problems().isEmpty());
	}

	@Test
	void fiveThousandFilesInParallel() throws Exception {
		for (int d = 0; d < 50; d++) {
			for (int f = 0; f < 100; f++) {
				write("dir" + d + "/file" + f + ".bin", "x".repeat(f));
			}
		}
		Snapshot s = scan(settings().withParallelism(8));
		assertEquals(5000, s.fileCount());
		assertEquals(5050, s.entries().size());
		assertEquals(99, s.get(RelPath.of("dir49/file99.bin")).size());
		assertNull(s.get(RelPath.of("dir49/file99.bin")).hash(), "no hashes unless by checksum");
	}

	@Test
	void excludedFolderIsNeverListed() throws Exception {
		write("keep/a.txt", "a");
		write("skip/deep/b.txt", "b");
		write("skip.txt", "c");
		fail("list", "skip", Reason.FATAL); // listing it would fail the scan
		Predicate<RelPath> filter = p -> !p.segments().get(0).equals("skip");
		Snapshot unfiltered = scan(settings());
		assertEquals(List.of(RelPath.of("skip")), unfiltered.problems().stream().map(ScanProblem::path).toList(),
				"the hook makes listing it fail");
		// now with the filter
		calls.clear();
		Snapshot filtered = new Scanner(connection, ScanSettings.of(filter.and(PlanSettings.defaults()::takesPart))).scan(null);
		assertEquals(Set.of("keep", "keep/a.txt", "skip.txt"), paths(filtered));
		assertFalse(calls.contains("list:skip"));
		assertTrue(filtered.problems().isEmpty());
	}

	@Test
	void versionsFolderIsSkipped() throws Exception {
		write(".karma-versions/a~20250101-000000.000.txt", "old");
		write("a.txt", "new");
		calls.clear();
		Snapshot s = scan(settings());
		assertEquals(Set.of("a.txt"), paths(s));
		assertFalse(calls.contains("list:.karma-versions"));
	}

	@Test
	void sizeAndAgeLimitsApplyToFilesOnly() throws Exception {
		write("small.txt", "ab");
		write("right.txt", "abcde");
		write("big.txt", "abcdefghijklmnop");
		write("old/recent.txt", "abcde", NOW.minus(Duration.ofDays(2)));
		write("ancient.txt", "abcde", NOW.minus(Duration.ofDays(30)));
		connection.mkdir(RelPath.of("empty"), null); // a folder of size 0 is kept
		Clock fixed = Clock.fixed(NOW, ZoneOffset.UTC);
		Snapshot s = scan(settings().withSizeLimits(3L, 10L).withMaxAge(Duration.ofDays(7), fixed));
		assertEquals(Set.of("empty", "old", "old/recent.txt", "right.txt"), paths(s));
		Snapshot noLimits = scan(settings());
		assertEquals(7, noLimits.entries().size());
	}

	@Test
	void checksumByServerHash() throws Exception {
		write("a/one.txt", "one");
		write("two.txt", "two");
		calls.clear();
		Snapshot s = scan(settings().withHashKind(HashKind.SHA256));
		assertEquals(sha256("one"), s.get(RelPath.of("a/one.txt")).hash());
		assertEquals(sha256("two"), s.get(RelPath.of("two.txt")).hash());
		assertNull(s.get(RelPath.of("a")).hash());
		assertTrue(calls.contains("hash:two.txt"), calls.toString());
		assertFalse(calls.contains("read:two.txt"), calls.toString());
	}

	@Test
	void checksumByReadingWithoutServerHash() throws Exception {
		write("a/one.txt", "one");
		write("two.txt", "two");
		calls.clear();
		Connection plain = new ForwardingConnection(connection, Set.of(Capability.ServerHash.class));
		Snapshot s = new Scanner(plain, settings().withHashKind(HashKind.SHA256)).scan(null);
		assertEquals(sha256("one"), s.get(RelPath.of("a/one.txt")).hash());
		assertEquals(sha256("two"), s.get(RelPath.of("two.txt")).hash());
		assertTrue(calls.contains("read:two.txt"), calls.toString());
		assertFalse(calls.contains("hash:two.txt"), calls.toString());
		Snapshot md5 = new Scanner(plain, settings().withHashKind(HashKind.MD5)).scan(null);
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest("two".getBytes(StandardCharsets.UTF_8))),
				md5.get(RelPath.of("two.txt")).hash());
	}

	@Test
	void checksumFromCheapEntryHashesNeedsNoCall() throws Exception {
		write("two.txt", "two");
		Connection cheap = new ForwardingConnection(connection, Set.of()) {
			@Override
			public org.karma.connector.api.ConnectionFacts facts() {
				var f = super.facts();
				return new org.karma.connector.api.ConnectionFacts(f.mtimePrecision(), f.mtimeWritable(),
						Set.of(HashKind.SHA1), f.caseSensitivity(), f.nameRules(), f.emptyDirectories(), f.atomicReplace(),
						f.maxConcurrency());
			}

			@Override
			public void list(RelPath directory, java.util.function.Consumer<Entry> sink, IProgressMonitor monitor)
					throws ConnectorException {
				super.list(directory, e -> sink.accept(new Entry(e.path(), e.kind(), e.size(), e.mtime(),
						e.isFile() ? Map.of(HashKind.SHA1, "cafe") : Map.of(), e.version())), monitor);
			}
		};
		calls.clear();
		Snapshot s = new Scanner(cheap, settings().withHashKind(HashKind.SHA1)).scan(null);
		assertEquals("cafe", s.get(RelPath.of("two.txt")).hash());
		assertFalse(calls.stream().anyMatch(c -> c.startsWith("hash:") || c.startsWith("read:")), calls.toString());
	}

	@Test
	void missingRootIsAMissingRootSnapshot() throws Exception {
		Connection gone = new ForwardingConnection(connection, Set.of()) {
			@Override
			public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) {
				return Optional.empty();
			}
		};
		Snapshot s = new Scanner(gone, settings()).scan(null);
		assertFalse(s.rootExists());
		assertTrue(s.entries().isEmpty());
	}

	@Test
	void rootVanishingBeforeListingIsAMissingRoot() throws Exception {
		write("a.txt", "a");
		fail("list", "", Reason.NOT_FOUND);
		Snapshot s = scan(settings());
		assertFalse(s.rootExists());
	}

	@Test
	void unreadableRootThrows() throws Exception {
		write("a.txt", "a");
		fail("list", "", Reason.PERMISSION_DENIED);
		ConnectorException e = assertThrows(ConnectorException.class, () -> scan(settings()));
		assertEquals(Reason.PERMISSION_DENIED, e.reason());
	}

	@Test
	void unreadableFolderIsAProblemNotAnEmptyFolder() throws Exception {
		write("locked/inner/x.txt", "x");
		write("locked/y.txt", "y");
		write("open/z.txt", "z");
		fail("list", "locked", Reason.PERMISSION_DENIED);
		Snapshot s = scan(settings());
		assertEquals(Set.of("locked", "open", "open/z.txt"), paths(s));
		assertEquals(List.of(new ScanProblem(RelPath.of("locked"), Reason.PERMISSION_DENIED, "injected PERMISSION_DENIED")),
				s.problems());
		assertTrue(s.isUnknown(RelPath.of("locked/y.txt")));
		assertFalse(s.isUnknown(RelPath.of("locked")));
		assertFalse(s.isUnknown(RelPath.of("open/z.txt")));

		// the planner must not read the unlisted files as deleted
		FileState y = FileState.file(1, NOW);
		BaseState base = new BaseState(Map.of(RelPath.of("locked"), new BaseEntry(FileState.directory(), FileState.directory()),
				RelPath.of("locked/y.txt"), new BaseEntry(y, y)));
		Snapshot right = new Snapshot(Map.of(RelPath.of("locked"), FileState.directory(), RelPath.of("locked/y.txt"), y,
				RelPath.of("open"), FileState.directory(), RelPath.of("open/z.txt"), s.get(RelPath.of("open/z.txt"))), true);
		Plan plan = Planner.plan(base, s, right, PlanSettings.defaults().withForce(true));
		assertTrue(plan.items().stream().noneMatch(i -> i.path().equals(RelPath.of("locked/y.txt"))), plan.items().toString());
		assertTrue(plan.items().stream().noneMatch(i -> i.action() != Action.NOTHING && i.path().startsWith(RelPath.of("locked"))),
				plan.items().toString());
	}

	@Test
	void cancellationStopsTheScanPromptly() throws Exception {
		for (int d = 0; d < 200; d++) {
			write("dir" + d + "/f.txt", "f");
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		AtomicInteger listed = new AtomicInteger();
		store.setFaults((op, p) -> {
			if (op.equals("list") && listed.incrementAndGet() == 10) {
				monitor.setCanceled(true);
			}
			return Optional.empty();
		});
		ConnectorException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(ConnectorException.class, () -> new Scanner(connection, settings()).scan(monitor)));
		assertEquals(Reason.CANCELLED, e.reason());
		Thread.sleep(100);
		assertTrue(listed.get() < 100, "stopped early: " + listed.get());
	}

	@Test
	void transientFailuresAreRetriedWithBackoff() throws Exception {
		write("flaky/a.txt", "a");
		write("b.txt", "b");
		AtomicInteger failures = new AtomicInteger();
		store.setFaults((op, p) -> op.equals("list") && p.toString().equals("flaky") && failures.incrementAndGet() <= 2
				? Optional.of(new ConnectorException(Reason.TRANSIENT, p, "busy"))
				: Optional.empty());
		List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
		Snapshot s = scan(settings().withRetries(3, Duration.ofMillis(10), sleeps::add));
		assertEquals(Set.of("b.txt", "flaky", "flaky/a.txt"), paths(s));
		assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20)), sleeps);
		assertTrue(s.problems().isEmpty());
	}

	@Test
	void transientFailureThatPersistsIsAProblem() throws Exception {
		write("flaky/a.txt", "a");
		fail("list", "flaky", Reason.TRANSIENT);
		List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
		Snapshot s = scan(settings().withRetries(2, Duration.ofMillis(10), sleeps::add));
		assertEquals(Set.of("flaky"), paths(s));
		assertEquals(1, s.problems().size());
		assertEquals(Reason.TRANSIENT, s.problems().get(0).reason());
		assertEquals(2, sleeps.size());
	}

	@Test
	void fileThatCannotBeHashedIsAProblem() throws Exception {
		write("a.txt", "a");
		write("b.txt", "b");
		fail("hash", "a.txt", Reason.PERMISSION_DENIED);
		Snapshot s = scan(settings().withHashKind(HashKind.SHA256));
		assertEquals(List.of(RelPath.of("a.txt")), s.problems().stream().map(ScanProblem::path).toList());
		assertNotNull(s.get(RelPath.of("b.txt")).hash());
	}

	@Test
	void parallelismIsCappedByTheConnection() throws Exception {
		Connection one = factory.connect(new ConnectionSpec("memory:/scan", Map.of("concurrency", "1"), ConnectionSpec.of("memory:/scan").secrets()), null);
		for (int d = 0; d < 20; d++) {
			write("dir" + d + "/f.txt", "f");
		}
		Map<Thread, Boolean> threads = new ConcurrentHashMap<>();
		store.setFaults((op, p) -> {
			threads.put(Thread.currentThread(), true);
			return Optional.empty();
		});
		Snapshot s = new Scanner(one, settings().withParallelism(8)).scan(null);
		assertEquals(20, s.fileCount());
		threads.remove(Thread.currentThread()); // the root's stat runs on the caller's thread
		assertEquals(1, threads.size());
	}

	@Test
	void linksAreRecordedAndNotFollowed() throws Exception {
		write("real/a.txt", "a");
		Connection withLink = new ForwardingConnection(connection, Set.of()) {
			@Override
			public void list(RelPath directory, java.util.function.Consumer<Entry> sink, IProgressMonitor monitor)
					throws ConnectorException {
				super.list(directory, sink, monitor);
				if (directory.isRoot()) {
					sink.accept(new Entry(RelPath.of("link"), org.karma.connector.api.EntryKind.SYMLINK, 4, NOW, Map.of(), "l1"));
				}
			}
		};
		fail("list", "link", Reason.FATAL); // following it would show as a problem
		Snapshot s = new Scanner(withLink, settings().withHashKind(HashKind.SHA256)).scan(null);
		assertEquals(Set.of("link", "real", "real/a.txt"), paths(s));
		assertEquals(org.karma.connector.api.EntryKind.SYMLINK, s.get(RelPath.of("link")).kind());
		assertNull(s.get(RelPath.of("link")).hash());
		assertTrue(s.problems().isEmpty());
		assertFalse(calls.contains("list:link") || calls.contains("read:link") || calls.contains("hash:link"));
	}
}
