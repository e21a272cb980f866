package org.karma.connector.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.HashKind;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;

/**
 * The conformance kit: the contract of {@link Connection}, as tests. A connector's conformance
 * test extends this class and supplies {@link #createFixture()}; every nested group then runs
 * against it, skipping only what the connection's facts or capabilities say it lacks.
 *
 * <p>After every test the kit checks that the connection holds no open resources
 * ({@link Capability.OpenResources}) — every connector must offer that capability.
 */
public abstract class ConnectionContractTest {

	/** A fresh fixture for one test. */
	protected abstract ConnectorFixture createFixture() throws Exception;

	/** Size of the large-file test; connectors behind slow servers may lower it, never below 16 MiB. */
	protected long largeFileSize() {
		return 64L << 20;
	}

	/** Entries of the large-listing test; never below 2,000. */
	protected int manyEntries() {
		return 10_000;
	}

	protected ConnectorFixture fixture;
	protected Connection c;
	protected ConnectionFacts facts;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeEach
	void openFixture() throws Exception {
		fixture = createFixture();
		c = fixture.connection();
		facts = c.facts();
		assertNotNull(facts, "facts");
	}

	@AfterEach
	void closeFixture() throws Exception {
		try {
			Optional<Capability.OpenResources> open = c.capability(Capability.OpenResources.class);
			assertTrue(open.isPresent(), "every connector reports its open resources (Capability.OpenResources)");
			assertEquals(0, open.get().openResources(), "resources left open after the test");
		} finally {
			fixture.close();
		}
	}

	// ------------------------------------------------------------------ helpers

	protected static RelPath p(String path) {
		return RelPath.of(path);
	}

	protected static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	protected Entry write(String path, byte[] content) throws ConnectorException {
		return c.write(p(path), new ByteArrayInputStream(content),
				WriteOptions.DEFAULT.withSize(content.length).withCreateParents(true), monitor);
	}

	protected Entry write(String path, String content) throws ConnectorException {
		return write(path, bytes(content));
	}

	protected byte[] read(String path) throws ConnectorException, IOException {
		try (InputStream in = c.read(p(path), monitor)) {
			return in.readAllBytes();
		}
	}

	protected String readString(String path) throws ConnectorException, IOException {
		return new String(read(path), StandardCharsets.UTF_8);
	}

	protected List<Entry> list(String directory) throws ConnectorException {
		List<Entry> entries = new ArrayList<>();
		c.list(p(directory), entries::add, monitor);
		return entries;
	}

	protected Set<String> names(String directory) throws ConnectorException {
		Set<String> names = new HashSet<>();
		for (Entry e : list(directory)) {
			assertTrue(names.add(e.path().name()), "listed twice: " + e.path());
			assertEquals(p(directory).child(e.path().name()), e.path(), "entry path is directory + name");
		}
		return names;
	}

	/**
	 * Runs a setup step of many changes inside a {@link Capability.Batch} when the connection
	 * offers one (committed at the end), else change by change.
	 */
	protected void bulk(ThrowingRunnable changes) throws Exception {
		Optional<Capability.Batch> batch = c.capability(Capability.Batch.class);
		if (batch.isEmpty()) {
			changes.run();
			return;
		}
		batch.get().begin(monitor);
		boolean committed = false;
		try {
			changes.run();
			batch.get().commit(monitor);
			committed = true;
		} finally {
			if (!committed) {
				batch.get().rollback(monitor);
			}
		}
	}

	protected Optional<Entry> stat(String path) throws ConnectorException {
		return c.stat(p(path), monitor);
	}

	protected static ConnectorException expect(Reason reason, ThrowingRunnable action) {
		ConnectorException e = assertThrows(ConnectorException.class, action::run, "expected " + reason);
		assertEquals(reason, e.reason(), () -> "reason of: " + e.getMessage());
		assertNotNull(e.getMessage());
		assertFalse(e.getMessage().isBlank(), "the message says something");
		return e;
	}

	/** A step that may throw. */
	@FunctionalInterface
	protected interface ThrowingRunnable {
		void run() throws Exception;
	}

	/** Deterministic content of any length, produced as it is read (64 MiB never sits in memory). */
	protected static final class GeneratedStream extends InputStream {
		private final long length;
		private long position;
		private final int seed;

		GeneratedStream(long length, int seed) {
			this.length = length;
			this.seed = seed;
		}

		private byte at(long i) {
			long x = (i + seed) * 0x9E3779B97F4A7C15L;
			return (byte) (x >>> 56 ^ x >>> 23 ^ i);
		}

		@Override
		public int read() {
			return position < length ? at(position++) & 0xff : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (position >= length) {
				return -1;
			}
			int n = (int) Math.min(len, length - position);
			for (int i = 0; i < n; i++) {
				b[off + i] = at(position++);
			}
			return n;
		}

		static byte[] digest(long length, int seed) throws IOException {
			return sha256(new GeneratedStream(length, seed));
		}
	}

	protected static byte[] sha256(InputStream in) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		byte[] buffer = new byte[1 << 16];
		for (int n; (n = in.read(buffer)) > 0;) {
			digest.update(buffer, 0, n);
		}
		return digest.digest();
	}

	/** A stream that cancels the monitor after delivering a number of bytes, then keeps delivering. */
	private static final class CancellingStream extends InputStream {
		private final InputStream delegate;
		private final long cancelAfter;
		private final IProgressMonitor toCancel;
		private long delivered;

		CancellingStream(InputStream delegate, long cancelAfter, IProgressMonitor toCancel) {
			this.delegate = delegate;
			this.cancelAfter = cancelAfter;
			this.toCancel = toCancel;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			count(b < 0 ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = delegate.read(b, off, len);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			delivered += n;
			if (delivered >= cancelAfter) {
				toCancel.setCanceled(true);
			}
		}
	}

	// ------------------------------------------------------------------ groups

	@Nested
	class Facts {
		@Test
		void factsAreSane() {
			assertTrue(facts.maxConcurrency() >= 1);
			assertNotNull(facts.nameRules());
			if (facts.mtimePrecision() != null) {
				assertFalse(facts.mtimePrecision().isNegative());
				assertTrue(facts.mtimePrecision().compareTo(Duration.ofDays(1)) <= 0, "precision of a day at most");
			}
		}

		@Test
		void unknownCapabilityIsEmptyNotAnError() {
			interface Unheard extends Capability {
			}
			assertTrue(c.capability(Unheard.class).isEmpty());
		}
	}

	@Nested
	class Listing {
		@Test
		void emptyRootListsNothing() throws Exception {
			assertEquals(Set.of(), names(""));
			Entry root = stat("").orElseThrow(() -> new AssertionError("the root exists"));
			assertEquals(EntryKind.DIRECTORY, root.kind());
		}

		@Test
		void listsFilesAndDirectoriesWithKindAndSize() throws Exception {
			write("a.txt", "hello");
			write("dir/b.txt", "world!");
			c.mkdir(p("empty"), monitor);
			Map<String, Entry> byName = new ConcurrentHashMap<>();
			list("").forEach(e -> byName.put(e.path().name(), e));
			assertEquals(facts.emptyDirectories() ? Set.of("a.txt", "dir", "empty") : Set.of("a.txt", "dir"),
					byName.keySet());
			assertEquals(EntryKind.FILE, byName.get("a.txt").kind());
			assertEquals(5, byName.get("a.txt").size());
			assertEquals(EntryKind.DIRECTORY, byName.get("dir").kind());
			assertEquals(Set.of("b.txt"), names("dir"));
			assertEquals(6, list("dir").get(0).size());
		}

		@Test
		void deepTree() throws Exception {
			String deep = "l1/l2/l3/l4/l5/l6/l7/l8";
			write(deep + "/leaf.bin", new byte[] { 1, 2, 3 });
			String dir = "";
			for (String segment : deep.split("/")) {
				assertEquals(Set.of(segment), names(dir), "level " + dir);
				dir = dir.isEmpty() ? segment : dir + "/" + segment;
			}
			assertEquals(Set.of("leaf.bin"), names(deep));
			assertArrayEquals(new byte[] { 1, 2, 3 }, read(deep + "/leaf.bin"));
		}

		@Test
		void manyEntriesAreStreamed() throws Exception {
			int n = Math.max(2000, manyEntries());
			bulk(() -> {
				c.mkdir(p("many"), monitor);
				for (int i = 0; i < n; i++) {
					c.write(p("many/f" + i), new ByteArrayInputStream(new byte[0]), WriteOptions.DEFAULT.withSize(0), monitor);
				}
			});
			AtomicInteger count = new AtomicInteger();
			Set<String> seen = ConcurrentHashMap.newKeySet();
			c.list(p("many"), e -> {
				count.incrementAndGet();
				seen.add(e.path().name());
			}, monitor);
			assertEquals(n, count.get(), "each entry once");
			assertEquals(n, seen.size());
			assertTrue(seen.contains("f0") && seen.contains("f" + (n - 1)));
		}

		@Test
		void listingAFileOrAMissingFolderFails() throws Exception {
			write("file.txt", "x");
			expect(Reason.WRONG_KIND, () -> list("file.txt"));
			expect(Reason.NOT_FOUND, () -> list("missing"));
		}

		@Test
		void statOfMissingIsEmpty() throws Exception {
			assertTrue(stat("nothing-here").isEmpty());
			assertTrue(stat("no/such/deep/path").isEmpty());
		}
	}

	@Nested
	class ReadWrite {
		@Test
		void zeroLength() throws Exception {
			Entry written = write("empty.bin", new byte[0]);
			assertEquals(0, written.size());
			assertArrayEquals(new byte[0], read("empty.bin"));
			assertEquals(0, stat("empty.bin").orElseThrow().size());
		}

		@Test
		void oneByte() throws Exception {
			write("one.bin", new byte[] { 42 });
			assertArrayEquals(new byte[] { 42 }, read("one.bin"));
		}

		@Test
		void largeFileStreamsBothWays() throws Exception {
			long size = Math.max(16L << 20, largeFileSize());
			Entry written = c.write(p("large.bin"), new GeneratedStream(size, 7),
					WriteOptions.DEFAULT.withSize(size), monitor);
			assertEquals(size, written.size());
			try (InputStream in = c.read(p("large.bin"), monitor)) {
				assertArrayEquals(GeneratedStream.digest(size, 7), sha256(in), "content survives");
			}
		}

		@Test
		void unknownSize() throws Exception {
			Entry written = c.write(p("unknown.bin"), new GeneratedStream(100_000, 3), WriteOptions.DEFAULT, monitor);
			assertEquals(100_000, written.size());
			try (InputStream in = c.read(p("unknown.bin"), monitor)) {
				assertArrayEquals(GeneratedStream.digest(100_000, 3), sha256(in));
			}
		}

		@Test
		void declaredSizeMismatchFailsAndShowsNothing() throws Exception {
			assertThrows(ConnectorException.class, () -> c.write(p("short.bin"), new ByteArrayInputStream(new byte[5]),
					WriteOptions.DEFAULT.withSize(10), monitor));
			assertTrue(stat("short.bin").isEmpty(), "a failed write leaves nothing");
			write("kept.txt", "old");
			assertThrows(ConnectorException.class, () -> c.write(p("kept.txt"), new ByteArrayInputStream(new byte[5]),
					WriteOptions.DEFAULT.withSize(10), monitor));
			assertEquals("old", readString("kept.txt"), "a failed overwrite keeps the old content");
			assertEquals(Set.of("kept.txt"), names(""), "no temporary leftovers are visible");
		}

		@Test
		void overwriteReplacesWhole() throws Exception {
			write("f.txt", "a much longer first version");
			write("f.txt", "short");
			assertEquals("short", readString("f.txt"));
			assertEquals(5, stat("f.txt").orElseThrow().size());
		}

		@Test
		void writtenEntryMatchesStat() throws Exception {
			Entry written = write("s.txt", "12345");
			Entry seen = stat("s.txt").orElseThrow();
			assertEquals(written.path(), seen.path());
			assertEquals(written.size(), seen.size());
			assertEquals(written.version(), seen.version());
			assertEquals(written.kind(), seen.kind());
		}

		@Test
		void missingParentIsNotFoundUnlessAsked() throws Exception {
			expect(Reason.NOT_FOUND, () -> c.write(p("no/parent/f.txt"), new ByteArrayInputStream(bytes("x")),
					WriteOptions.DEFAULT, monitor));
			c.write(p("no/parent/f.txt"), new ByteArrayInputStream(bytes("x")), WriteOptions.DEFAULT.withCreateParents(true),
					monitor);
			assertEquals("x", readString("no/parent/f.txt"));
		}

		@Test
		void wrongKinds() throws Exception {
			c.mkdir(p("dir"), monitor);
			write("file", "x");
			expect(Reason.WRONG_KIND, () -> c.read(p("dir"), monitor).close());
			expect(Reason.WRONG_KIND, () -> write("dir", "y"));
			expect(Reason.NOT_FOUND, () -> c.read(p("missing"), monitor).close());
			ConnectorException underFile = assertThrows(ConnectorException.class, () -> write("file/child", "z"));
			assertTrue(underFile.reason() == Reason.WRONG_KIND || underFile.reason() == Reason.NOT_FOUND
					|| underFile.reason() == Reason.ALREADY_EXISTS, underFile.reason() + ": " + underFile.getMessage());
			assertEquals("x", readString("file"));
		}

		@Test
		void mkdirIsIdempotentAndRefusesFiles() throws Exception {
			Entry dir = c.mkdir(p("a/b/c"), monitor);
			assertEquals(EntryKind.DIRECTORY, dir.kind());
			c.mkdir(p("a/b/c"), monitor);
			assertEquals(EntryKind.DIRECTORY, stat("a/b").orElseThrow().kind());
			write("f", "x");
			expect(Reason.ALREADY_EXISTS, () -> c.mkdir(p("f"), monitor));
		}

		@Test
		void partialReadAndCloseReleasesTheStream() throws Exception {
			write("big.bin", new byte[1 << 20]);
			try (InputStream in = c.read(p("big.bin"), monitor)) {
				assertEquals(0, in.read());
			}
			// the leak check after the test asserts that nothing stays open
		}

		@Test
		void rangeReadWhereOffered() throws Exception {
			Optional<Capability.RangeRead> range = c.capability(Capability.RangeRead.class);
			assumeTrue(range.isPresent(), "no range reads");
			write("r.txt", "0123456789");
			try (InputStream in = range.get().read(p("r.txt"), 3, 4, monitor)) {
				assertEquals("3456", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			try (InputStream in = range.get().read(p("r.txt"), 8, -1, monitor)) {
				assertEquals("89", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	@Nested
	class Metadata {
		@Test
		void mtimeRoundTripWithinTheDeclaredPrecision() throws Exception {
			assumeTrue(facts.mtimePrecision() != null && facts.mtimeWritable(), "no writable mtimes");
			Instant wanted = Instant.parse("2021-03-04T05:06:07.123456789Z");
			c.write(p("t.txt"), new ByteArrayInputStream(bytes("t")), WriteOptions.DEFAULT.withMtime(wanted), monitor);
			Instant got = stat("t.txt").orElseThrow().mtime();
			assertNotNull(got);
			Duration error = Duration.between(wanted, got).abs();
			Duration allowed = facts.mtimePrecision().isZero() ? Duration.ofNanos(1000) : facts.mtimePrecision();
			assertTrue(error.compareTo(allowed) <= 0, "mtime " + got + " is within " + allowed + " of " + wanted);
			assertFalse(got.isAfter(wanted.plus(allowed)), "never later than written");
		}

		@Test
		void mtimeOfANewFileIsNow() throws Exception {
			assumeTrue(facts.mtimePrecision() != null, "no mtimes");
			Instant before = Instant.now().minusSeconds(120);
			write("now.txt", "x");
			Instant got = stat("now.txt").orElseThrow().mtime();
			assertTrue(got.isAfter(before) && got.isBefore(Instant.now().plusSeconds(120)), got.toString());
		}

		@Test
		void setModificationTimeWhereOffered() throws Exception {
			Optional<Capability.SetModificationTime> set = c.capability(Capability.SetModificationTime.class);
			assumeTrue(set.isPresent());
			Entry first = write("m.txt", "x");
			Instant wanted = Instant.parse("2019-01-02T03:04:05Z");
			Entry changed = set.get().setModificationTime(p("m.txt"), wanted, monitor);
			assertEquals(wanted, changed.mtime());
			assertNotEquals(first.version(), changed.version(), "a new mtime is a new version");
		}

		@Test
		void versionChangesWithContentAndStaysOtherwise() throws Exception {
			Entry first = write("v.txt", "one");
			assertEquals(first.version(), stat("v.txt").orElseThrow().version(), "stable while unchanged");
			Entry second = write("v.txt", "two");
			assertNotEquals(first.version(), second.version());
			Entry third = write("v.txt", "two");
			assertNotEquals(second.version(), third.version(), "a rewrite is a new version even with equal content");
		}

		@Test
		void cheapHashesAreCorrect() throws Exception {
			assumeTrue(!facts.cheapHashes().isEmpty(), "no cheap hashes");
			byte[] content = bytes("hash me");
			write("h.txt", content);
			Map<HashKind, String> hashes = stat("h.txt").orElseThrow().hashes();
			for (HashKind kind : facts.cheapHashes()) {
				if (kind == HashKind.DROPBOX) {
					continue;
				}
				assertEquals(hex(kind, content), hashes.get(kind), kind + " hash");
			}
		}

		@Test
		void serverHashWhereOffered() throws Exception {
			Optional<Capability.ServerHash> server = c.capability(Capability.ServerHash.class);
			assumeTrue(server.isPresent());
			byte[] content = bytes("server hash");
			write("sh.txt", content);
			for (HashKind kind : List.of(HashKind.MD5, HashKind.SHA1, HashKind.SHA256)) {
				Optional<String> hash = server.get().hash(p("sh.txt"), kind, monitor);
				hash.ifPresent(h -> assertEquals(hex(kind, content), h, kind.label()));
			}
		}

		private String hex(HashKind kind, byte[] content) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance(kind.label()).digest(content));
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	@Nested
	class AwkwardNames {
		private void storedExactlyOrRefused(String name) throws Exception {
			byte[] content = bytes("content of " + name);
			Optional<String> rule = facts.nameRules().problem(name);
			try {
				c.write(RelPath.ROOT.child(name), new ByteArrayInputStream(content), WriteOptions.DEFAULT, monitor);
			} catch (ConnectorException e) {
				assertEquals(Reason.NAME_NOT_REPRESENTABLE, e.reason(), "'" + name + "' refused for the right reason: "
						+ e.getMessage());
				assertFalse(names("").contains(name));
				return;
			}
			assertTrue(rule.isEmpty(), "'" + name + "' breaks the declared name rules (" + rule.orElse("") + ") but was stored");
			assertTrue(names("").contains(name), "'" + name + "' is listed under exactly its name, found " + names(""));
			try (InputStream in = c.read(RelPath.ROOT.child(name), monitor)) {
				assertArrayEquals(content, in.readAllBytes());
			}
			c.delete(RelPath.ROOT.child(name), false, Precondition.NONE, monitor);
		}

		@Test
		void spacesAndPunctuation() throws Exception {
			for (String name : List.of("with space.txt", " leading", "trailing ", "#hash", "50%", "what?", "a&b=c", "[x]{y}",
					"it's \"quoted\"", "-dash", "~tilde", "semi;colon", "back\\slash")) {
				storedExactlyOrRefused(name);
			}
		}

		@Test
		void unicodeIsNeverNormalizedSilently() throws Exception {
			String nfc = "caf\u00e9.txt";
			String nfd = "cafe\u0301.txt";
			storedExactlyOrRefused(nfc);
			storedExactlyOrRefused(nfd);
			storedExactlyOrRefused("\u65e5\u672c\u8a9e \ud83d\ude00.txt");
		}

		@Test
		void veryLongNames() throws Exception {
			storedExactlyOrRefused("n".repeat(200));
			storedExactlyOrRefused("\u00e9".repeat(130)); // 260 UTF-8 bytes
			storedExactlyOrRefused("x".repeat(300));
		}

		@Test
		void namesInvalidOnWindows() throws Exception {
			for (String name : List.of("a:b", "CON", "nul.txt", "ends.", "ends ", "star*", "pipe|", "less<", "ctrl\u0001")) {
				storedExactlyOrRefused(name);
			}
		}

		@Test
		void namesDifferingOnlyInCase() throws Exception {
			write("Case.txt", "upper");
			try {
				write("case.txt", "lower");
			} catch (ConnectorException e) {
				assertNotEquals(Reason.FATAL, e.reason(), e.getMessage());
				return;
			}
			if (facts.caseSensitivity() == org.karma.connector.api.CaseSensitivity.SENSITIVE) {
				assertEquals(Set.of("Case.txt", "case.txt"), names(""));
				assertEquals("upper", readString("Case.txt"));
			} else {
				assertEquals(1, names("").size(), "case-insensitive endpoints hold one file");
			}
		}
	}

	@Nested
	class Delete {
		@Test
		void filesDirectoriesAndTrees() throws Exception {
			write("f.txt", "x");
			c.delete(p("f.txt"), false, Precondition.NONE, monitor);
			assertTrue(stat("f.txt").isEmpty());
			c.mkdir(p("empty"), monitor);
			c.delete(p("empty"), false, Precondition.NONE, monitor);
			assertTrue(stat("empty").isEmpty());
			write("tree/a/b.txt", "1");
			write("tree/c.txt", "2");
			expect(Reason.NOT_EMPTY, () -> c.delete(p("tree"), false, Precondition.NONE, monitor));
			assertEquals("1", readString("tree/a/b.txt"), "a refused delete deletes nothing");
			c.delete(p("tree"), true, Precondition.NONE, monitor);
			assertTrue(stat("tree").isEmpty());
			assertEquals(Set.of(), names(""));
		}

		@Test
		void missingIsNotFound() {
			expect(Reason.NOT_FOUND, () -> c.delete(p("ghost"), false, Precondition.NONE, monitor));
		}

		@Test
		void deleteIfUnchanged() throws Exception {
			Entry seen = write("d.txt", "seen");
			write("d.txt", "changed behind our back");
			expect(Reason.PRECONDITION_FAILED, () -> c.delete(p("d.txt"), false, Precondition.unchanged(seen.version()), monitor));
			assertEquals("changed behind our back", readString("d.txt"));
			Entry now = stat("d.txt").orElseThrow();
			c.delete(p("d.txt"), false, Precondition.unchanged(now.version()), monitor);
			assertTrue(stat("d.txt").isEmpty());
		}
	}

	@Nested
	class Preconditions {
		@Test
		void onlyIfAbsent() throws Exception {
			c.write(p("new.txt"), new ByteArrayInputStream(bytes("first")), WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT),
					monitor);
			expect(Reason.PRECONDITION_FAILED, () -> c.write(p("new.txt"), new ByteArrayInputStream(bytes("second")),
					WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT), monitor));
			assertEquals("first", readString("new.txt"));
		}

		@Test
		void onlyIfUnchanged() throws Exception {
			Entry seen = write("u.txt", "v1");
			write("u.txt", "v2 by someone else");
			expect(Reason.PRECONDITION_FAILED, () -> c.write(p("u.txt"), new ByteArrayInputStream(bytes("v3")),
					WriteOptions.DEFAULT.withPrecondition(Precondition.unchanged(seen.version())), monitor));
			assertEquals("v2 by someone else", readString("u.txt"));
			Entry current = stat("u.txt").orElseThrow();
			c.write(p("u.txt"), new ByteArrayInputStream(bytes("v3")),
					WriteOptions.DEFAULT.withPrecondition(Precondition.unchanged(current.version())), monitor);
			assertEquals("v3", readString("u.txt"));
		}

		@Test
		void unchangedOnAMissingFileFails() {
			expect(Reason.PRECONDITION_FAILED, () -> c.write(p("gone.txt"), new ByteArrayInputStream(bytes("x")),
					WriteOptions.DEFAULT.withPrecondition(Precondition.unchanged("some-old-version")), monitor));
		}

		/**
		 * Several clients (the fixture's connection and three more to the same root) write with the
		 * same version at the same moment, many rounds: exactly one wins each round.
		 */
		@Test
		void clientsRacingWithTheSameVersionOneWins() throws Exception {
			Entry base = write("race.txt", "base");
			race(RACE_ROUNDS, round -> "race.txt", round -> Precondition.unchanged(stat("race.txt").orElseThrow().version()));
			assertNotEquals(base.version(), stat("race.txt").orElseThrow().version());
		}

		/** Several clients create the same new file at the same moment, many rounds: exactly one wins each round. */
		@Test
		void clientsRacingToCreateOneWins() throws Exception {
			race(RACE_ROUNDS, round -> "new-" + round + ".txt", round -> Precondition.ABSENT);
			assertEquals(RACE_ROUNDS, names("").size(), "one file per round, no leftovers");
		}

		/** Rounds of each race: 20, more with {@code -Dkarma.tck.raceRounds=N} to hunt a rare hang. */
		private static final int RACE_ROUNDS = Integer.getInteger("karma.tck.raceRounds", 20);

		private static String threadDump() {
			StringBuilder b = new StringBuilder();
			for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
				b.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
				if (t.getLockName() != null) {
					b.append(" on ").append(t.getLockName());
				}
				b.append('\n');
				for (StackTraceElement frame : t.getStackTrace()) {
					b.append("\tat ").append(frame).append('\n');
				}
			}
			return b.toString();
		}

		private interface PerRound<T> {
			T of(int round) throws Exception;
		}

		/** How a writer of a race ended. */
		private enum Outcome {
			WON, PRECONDITION_FAILED, TRANSIENT
		}

		/**
		 * Four clients write the same path at the same moment, with the same precondition, for many
		 * rounds: one wins each round, the others are told PRECONDITION_FAILED. A writer may also fail
		 * TRANSIENT (a server that dropped its connection, as Samba 4.17 sometimes does under this
		 * load): its write may or may not have happened, so such a round may have no winner, but never
		 * two, and what is on the server is always one writer's whole text. At most one round in ten
		 * may see such failures.
		 */
		private void race(int rounds, PerRound<String> path, PerRound<Precondition> precondition) throws Exception {
			List<Connection> clients = new ArrayList<>(List.of(c));
			for (int i = 0; i < 3; i++) {
				clients.add(fixture.openAnother());
			}
			ExecutorService pool = Executors.newFixedThreadPool(clients.size());
			List<String> transientFailures = new ArrayList<>();
			int roundsWithFailures = 0;
			try {
				for (int round = 0; round < rounds; round++) {
					RelPath target = p(path.of(round));
					Precondition condition = precondition.of(round);
					CountDownLatch start = new CountDownLatch(1);
					List<Future<Outcome>> results = new ArrayList<>();
					List<String> texts = new ArrayList<>();
					for (int i = 0; i < clients.size(); i++) {
						Connection client = clients.get(i);
						String text = "client " + i + " round " + round;
						texts.add(text);
						results.add(pool.submit(() -> {
							start.await();
							try {
								client.write(target, new ByteArrayInputStream(bytes(text)),
										WriteOptions.DEFAULT.withPrecondition(condition), new NullProgressMonitor());
								return Outcome.WON;
							} catch (ConnectorException e) {
								if (e.reason() == Reason.TRANSIENT) {
									synchronized (transientFailures) {
										transientFailures.add(text + ": " + e.getMessage());
									}
									return Outcome.TRANSIENT;
								}
								assertEquals(Reason.PRECONDITION_FAILED, e.reason(), e.getMessage());
								return Outcome.PRECONDITION_FAILED;
							}
						}));
					}
					start.countDown();
					List<Outcome> outcomes = new ArrayList<>();
					for (Future<Outcome> r : results) {
						try {
							outcomes.add(r.get(60, TimeUnit.SECONDS));
						} catch (TimeoutException e) {
							fail("a writer of round " + round + " did not end within 60 s; threads:\n" + threadDump(), e);
						}
					}
					long wins = outcomes.stream().filter(o -> o == Outcome.WON).count();
					boolean failures = outcomes.contains(Outcome.TRANSIENT);
					roundsWithFailures += failures ? 1 : 0;
					String content = readString(target.toString());
					if (!failures || wins == 1) {
						assertEquals(1, wins, "exactly one writer wins round " + round + ": " + outcomes);
						assertEquals(texts.get(outcomes.indexOf(Outcome.WON)), content, "the winner's text, round " + round);
					} else {
						assertTrue(wins == 0, "never two winners, round " + round + ": " + outcomes);
						if (content.endsWith(" round " + round)) {
							assertEquals(Outcome.TRANSIENT, outcomes.get(texts.indexOf(content)),
									"written in round " + round + " by a writer that failed transiently: " + outcomes);
						}
					}
				}
				assertTrue(roundsWithFailures <= Math.max(1, rounds / 10), roundsWithFailures + " of " + rounds
						+ " rounds had transient failures: " + transientFailures);
			} finally {
				pool.shutdownNow();
				for (Connection client : clients.subList(1, clients.size())) {
					client.close();
				}
			}
		}
	}

	@Nested
	class Concurrency {
		@Test
		void parallelWritesAndReadsUpToTheDeclaredLimit() throws Exception {
			int threads = Math.min(8, facts.maxConcurrency());
			int files = threads * 6;
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int i = 0; i < files; i++) {
					int n = i;
					futures.add(pool.submit((Callable<Void>) () -> {
						c.write(p("par/f" + n), new GeneratedStream(20_000 + n, n),
								WriteOptions.DEFAULT.withCreateParents(true), new NullProgressMonitor());
						return null;
					}));
				}
				for (Future<?> f : futures) {
					f.get(5, TimeUnit.MINUTES);
				}
				futures.clear();
				for (int i = 0; i < files; i++) {
					int n = i;
					futures.add(pool.submit((Callable<Void>) () -> {
						try (InputStream in = c.read(p("par/f" + n), new NullProgressMonitor())) {
							assertArrayEquals(GeneratedStream.digest(20_000 + n, n), sha256(in), "file " + n);
						}
						return null;
					}));
				}
				for (Future<?> f : futures) {
					f.get(5, TimeUnit.MINUTES);
				}
			} finally {
				pool.shutdownNow();
			}
			assertEquals(files, names("par").size());
		}
	}

	@Nested
	class Cancellation {
		@Test
		void cancelledBeforeStartingDoesNothing() throws Exception {
			NullProgressMonitor cancelled = new NullProgressMonitor();
			cancelled.setCanceled(true);
			expect(Reason.CANCELLED, () -> c.write(p("c.txt"), new ByteArrayInputStream(bytes("x")), WriteOptions.DEFAULT,
					cancelled));
			assertTrue(stat("c.txt").isEmpty());
			expect(Reason.CANCELLED, () -> c.list(RelPath.ROOT, e -> {
			}, cancelled));
		}

		@Test
		void cancelledMidWriteLeavesTheOldContent() throws Exception {
			write("keep.bin", "old content");
			NullProgressMonitor cancelling = new NullProgressMonitor();
			long size = 8L << 20;
			expect(Reason.CANCELLED, () -> c.write(p("keep.bin"),
					new CancellingStream(new GeneratedStream(size, 1), 1 << 20, cancelling), WriteOptions.DEFAULT.withSize(size),
					cancelling));
			assertEquals("old content", readString("keep.bin"));
			NullProgressMonitor cancellingNew = new NullProgressMonitor();
			expect(Reason.CANCELLED, () -> c.write(p("fresh.bin"),
					new CancellingStream(new GeneratedStream(size, 1), 1 << 20, cancellingNew), WriteOptions.DEFAULT,
					cancellingNew));
			assertTrue(stat("fresh.bin").isEmpty(), "a cancelled new file never appears");
			assertEquals(Set.of("keep.bin"), names(""), "no leftovers");
		}
	}

	@Nested
	class ErrorMapping {
		@Test
		void permissionDenied() throws Exception {
			write("locked/secret.txt", "s");
			assumeTrue(fixture.makeInaccessible(p("locked")), "cannot make a path inaccessible here");
			ConnectorException e = assertThrows(ConnectorException.class, () -> read("locked/secret.txt"));
			assertEquals(Reason.PERMISSION_DENIED, e.reason(), e.getMessage());
			expect(Reason.PERMISSION_DENIED, () -> write("locked/other.txt", "o"));
		}

		@Test
		void errorsNameThePathAndAreNotRetryable() {
			ConnectorException e = expect(Reason.NOT_FOUND, () -> c.read(p("missing/file.txt"), monitor).close());
			assertFalse(e.isRetryable());
		}
	}

	@Nested
	class FolderReads {
		private Capability.FolderReads reads;

		@BeforeEach
		void offered() {
			Optional<Capability.FolderReads> offered = c.capability(Capability.FolderReads.class);
			assumeTrue(offered.isPresent(), "no folder reads");
			reads = offered.get();
		}

		private int openResources() {
			return c.capability(Capability.OpenResources.class).map(Capability.OpenResources::openResources).orElse(0);
		}

		@Test
		void filesReadThroughTheFolderAreThoseReadByPath() throws Exception {
			write("top.txt", "at the root");
			write("d/e/one.txt", "one");
			write("d/e/empty", new byte[0]);
			byte[] big = new byte[3 << 20];
			new java.util.Random(7).nextBytes(big);
			write("d/e/big.bin", big);
			try (Capability.FolderReads.Folder root = reads.openFolder(RelPath.ROOT, monitor);
					Capability.FolderReads.Folder e = reads.openFolder(p("d/e"), monitor)) {
				assertEquals(RelPath.ROOT, root.path());
				assertEquals(p("d/e"), e.path());
				try (InputStream in = root.read("top.txt", monitor)) {
					assertEquals("at the root", new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
				for (String name : List.of("one.txt", "empty", "big.bin")) {
					try (InputStream in = e.read(name, monitor)) {
						assertArrayEquals(read("d/e/" + name), in.readAllBytes(), name);
					}
				}
			}
			assertEquals(0, openResources(), "handles and streams are released");
		}

		@Test
		void oneHandleServesSeveralThreads() throws Exception {
			int files = 40;
			for (int i = 0; i < files; i++) {
				write("many/f" + i, "content " + i);
			}
			try (Capability.FolderReads.Folder folder = reads.openFolder(p("many"), monitor)) {
				ExecutorService pool = Executors.newFixedThreadPool(4);
				try {
					List<Future<String>> got = new ArrayList<>();
					for (int i = 0; i < files; i++) {
						String name = "f" + i;
						got.add(pool.submit(() -> {
							try (InputStream in = folder.read(name, monitor)) {
								return new String(in.readAllBytes(), StandardCharsets.UTF_8);
							}
						}));
					}
					for (int i = 0; i < files; i++) {
						assertEquals("content " + i, got.get(i).get(60, TimeUnit.SECONDS));
					}
				} finally {
					pool.shutdownNow();
				}
			}
		}

		@Test
		void errorsAreThoseOfReadsByPath() throws Exception {
			write("d/file.txt", "x");
			c.mkdir(p("d/sub"), monitor);
			expect(Reason.NOT_FOUND, () -> reads.openFolder(p("missing"), monitor));
			expect(Reason.WRONG_KIND, () -> reads.openFolder(p("d/file.txt"), monitor));
			try (Capability.FolderReads.Folder d = reads.openFolder(p("d"), monitor)) {
				expect(Reason.NOT_FOUND, () -> d.read("nothing", monitor).close());
				expect(Reason.WRONG_KIND, () -> d.read("sub", monitor).close());
				c.delete(p("d/file.txt"), false, Precondition.NONE, monitor);
				expect(Reason.NOT_FOUND, () -> d.read("file.txt", monitor).close());
			}
			assertEquals(0, openResources(), "nothing held after failed opens and reads");
		}

		@Test
		void aFoldersListingThroughItsHandleIsItsListing() throws Exception {
			write("l/a.txt", "one");
			write("l/b.bin", new byte[70_000]);
			write("l/empty", new byte[0]);
			write("l/sub/deeper.txt", "below");
			c.mkdir(p("l/emptysub"), monitor);
			for (String folder : List.of("", "l", "l/sub", "l/emptysub")) {
				RelPath path = folder.isEmpty() ? RelPath.ROOT : p(folder);
				List<Entry> byHandle = new ArrayList<>();
				try (Capability.FolderReads.Folder f = reads.openFolder(path, monitor)) {
					f.list(byHandle::add, monitor);
				}
				assertEquals(facts(list(folder)), facts(byHandle), "'" + folder + "'");
				for (Entry e : byHandle) {
					assertNotNull(e.version(), e.path().toString());
				}
			}
			assertEquals(0, openResources(), "handles and listings are released");
			Capability.FolderReads.Folder closed = reads.openFolder(p("l"), monitor);
			closed.close();
			assertThrows(ConnectorException.class, () -> closed.list(e -> {
			}, monitor));
		}

		/** What a listing through a handle must share with list(): all but the version token, sorted by path. */
		private List<String> facts(List<Entry> entries) {
			return entries.stream().sorted(java.util.Comparator.comparing(Entry::path))
					.map(e -> e.path() + " " + e.kind() + " " + e.size() + " " + e.mtime()).toList();
		}

		@Test
		void aStreamStartedBeforeCloseGoesOnAndTheConnectionsCloseReleasesHandles() throws Exception {
			write("k/a.txt", "kept");
			Capability.FolderReads.Folder k = reads.openFolder(p("k"), monitor);
			InputStream in = k.read("a.txt", monitor);
			k.close();
			k.close(); // idempotent
			assertEquals("kept", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			in.close();
			reads.openFolder(p("k"), monitor); // left open: the connection's close releases it
			c.close();
			expect(Reason.FATAL, () -> reads.openFolder(p("k"), monitor));
		}
	}

	@Nested
	class PathSafety {
		private Path outside;

		@BeforeEach
		void outsideFolder() throws IOException {
			outside = Files.createTempDirectory("karma-tck-outside");
			Files.writeString(outside.resolve("canary.txt"), "must survive");
		}

		@AfterEach
		void outsideUntouched() throws IOException {
			try (Stream<Path> all = Files.list(outside)) {
				assertEquals(List.of("canary.txt"), all.map(f -> f.getFileName().toString()).toList(),
						"nothing was created outside the root");
			}
			assertEquals("must survive", Files.readString(outside.resolve("canary.txt")));
			try (Stream<Path> all = Files.walk(outside)) {
				all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
		}

		@Test
		void linksOutsideTheRootAreNeverWrittenThrough() throws Exception {
			assumeTrue(fixture.linkOutsideRoot(p("escape"), outside), "no links on this endpoint");
			Entry link = stat("escape").orElseThrow();
			assertEquals(EntryKind.SYMLINK, link.kind(), "a link is reported as a link");
			assertThrows(ConnectorException.class, () -> write("escape/new.txt", "x"));
			assertThrows(ConnectorException.class, () -> write("escape/canary.txt", "overwritten"));
			assertThrows(ConnectorException.class, () -> c.mkdir(p("escape/sub"), monitor));
			try {
				c.delete(p("escape/canary.txt"), false, Precondition.NONE, monitor);
				fail("deleted through a link");
			} catch (ConnectorException expected) {
				// refused
			}
			c.delete(p("escape"), true, Precondition.NONE, monitor); // removes the link itself, never the target
			assertTrue(stat("escape").isEmpty());
		}
	}
}
