package org.karma.connector.zip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.zip.internal.ZipConnectorFactory;

/** What is particular to ZIP archives, beyond the conformance kit. */
class ZipConnectionTest {

	private final ZipConnectorFactory factory = new ZipConnectorFactory();
	private Path dir;
	private Path zip;
	private final List<Connection> open = new ArrayList<>();

	@BeforeEach
	void folder() throws IOException {
		dir = Files.createTempDirectory("karma-zip-test");
		zip = dir.resolve("a.zip");
	}

	@AfterEach
	void cleanUp() throws Exception {
		for (Connection c : open) {
			c.close();
		}
		ZipFixture.deleteTree(dir);
	}

	private Connection connect(String location) throws ConnectorException {
		Connection c = factory.connect(ConnectionSpec.of(location), null);
		open.add(c);
		return c;
	}

	private Connection connect() throws ConnectorException {
		return connect("zip:" + zip);
	}

	private Set<String> names(Connection c, String folder) throws ConnectorException {
		Set<String> names = new java.util.TreeSet<>();
		c.list(RelPath.of(folder), e -> names.add(e.path().name()), null);
		return names;
	}

	private List<String> hiddenFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
		}
	}

	@Test
	void aMissingArchiveIsEmptyAndCreatedByTheFirstCommit() throws Exception {
		Connection c = connect();
		assertEquals(Set.of(), names(c, ""));
		assertFalse(Files.exists(zip), "connecting creates nothing");
		c.mkdir(RelPath.of("empty"), null);
		assertTrue(Files.exists(zip));
		try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
			assertEquals("empty/", z.entries().nextElement().getName(), "an empty folder is stored as an entry");
		}
	}

	@Test
	void badLocations() throws Exception {
		assertEquals(Reason.NOT_FOUND,
				assertThrows(ConnectorException.class, () -> connect("zip:" + dir.resolve("no/such/folder/a.zip"))).reason());
		assertEquals(Reason.WRONG_KIND, assertThrows(ConnectorException.class, () -> connect("zip:" + dir)).reason());
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class, () -> connect("zip:relative.zip")).reason());
		Files.writeString(zip, "this is not a zip archive");
		ConnectorException e = assertThrows(ConnectorException.class, this::connect);
		assertEquals(Reason.FATAL, e.reason());
		for (String level : List.of("10", "-1", "fast")) {
			ConnectorException bad = assertThrows(ConnectorException.class, () -> factory
					.connect(new ConnectionSpec("zip:" + dir.resolve("b.zip"), Map.of("compression_level", level), ConnectionSpec.Secrets.NONE), null));
			assertEquals(Reason.FATAL, bad.reason(), level);
			assertTrue(bad.getMessage().contains("compression_level"), bad.getMessage());
		}
	}

	@Test
	void compressionLevelZeroStoresEverything() throws Exception {
		try (Connection c = factory.connect(new ConnectionSpec("zip:" + zip, Map.of("compression_level", "0"),
				ConnectionSpec.Secrets.NONE), null)) {
			Seed.write(c, "a.txt", "x".repeat(10_000));
		}
		try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
			assertEquals(ZipEntry.STORED, z.getEntry("a.txt").getMethod());
		}
	}

	@Test
	void zipSlipArchivesAreRefusedAtConnect() throws Exception {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("fine.txt"));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("sub/../../../etc/evil"));
			out.closeEntry();
		}
		ConnectorException e = assertThrows(ConnectorException.class, this::connect);
		assertEquals(Reason.FATAL, e.reason());
		assertTrue(e.getMessage().contains("'sub/../../../etc/evil'"), e.getMessage());
	}

	@Test
	void implicitFoldersAreListedAndSurviveTheirLastFile() throws Exception {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("a/b/c.txt"));
			out.write("c".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		Connection c = connect();
		assertEquals(Set.of("a"), names(c, ""));
		assertEquals(EntryKind.DIRECTORY, c.stat(RelPath.of("a/b"), null).orElseThrow().kind());
		c.delete(RelPath.of("a/b/c.txt"), false, Precondition.NONE, null);
		assertEquals(Set.of(), names(c, "a/b"), "deleting the last file keeps its folder");
		try (Connection again = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(EntryKind.DIRECTORY, again.stat(RelPath.of("a/b"), null).orElseThrow().kind());
		}
	}

	@Test
	void innerRoot() throws Exception {
		Seed.archive(zip, "in/ner");
		assertEquals(Reason.NOT_FOUND,
				assertThrows(ConnectorException.class, () -> connect("zip:" + zip + "!/missing")).reason());
		assertEquals(Reason.WRONG_KIND,
				assertThrows(ConnectorException.class, () -> connect("zip:" + zip + "!/outside.txt")).reason());
		Connection inner = connect("zip:" + zip + "!/in/ner");
		Seed.write(inner, "x/y.txt", "y");
		assertEquals(Set.of("x"), names(inner, ""));
		assertEquals(RelPath.of("x/y.txt"), inner.stat(RelPath.of("x/y.txt"), null).orElseThrow().path());
		assertEquals(Reason.PERMISSION_DENIED, assertThrows(ConnectorException.class,
				() -> inner.delete(RelPath.ROOT, true, Precondition.NONE, null)).reason());
		Connection whole = connect();
		assertEquals("y", Seed.read(whole, "in/ner/x/y.txt"));
		assertEquals(Seed.OUTSIDE, Seed.read(whole, "outside.txt"));
	}

	@Test
	void batchStagesChangesAndCommitsThemInOneRewrite() throws Exception {
		Connection c = connect();
		Seed.write(c, "old.txt", "old");
		Object keyBefore = fileKey();
		Capability.Batch batch = c.capability(Capability.Batch.class).orElseThrow();
		batch.begin(null);
		for (int i = 0; i < 50; i++) {
			Seed.write(c, "dir/f" + i + ".txt", "content " + i);
		}
		Seed.write(c, "big.bin", "b".repeat(100_000)); // spooled to a file, not kept in memory
		c.delete(RelPath.of("old.txt"), false, Precondition.NONE, null);
		c.capability(Capability.Rename.class).orElseThrow().rename(RelPath.of("dir/f0.txt"), RelPath.of("first.txt"), false,
				null);
		assertEquals("content 7", Seed.read(c, "dir/f7.txt"), "reads inside a batch see the staged state");
		assertEquals(Set.of("big.bin", "dir", "first.txt"), names(c, ""));
		assertEquals(keyBefore, fileKey(), "nothing is written before the commit");
		assertTrue(hiddenFiles().stream().anyMatch(n -> n.endsWith(".spool")), "large content is spooled beside the archive");
		batch.commit(null);
		assertNotEquals(keyBefore, fileKey(), "one rewrite");
		assertEquals(List.of(), hiddenFiles(), "spool files are removed at commit");
		try (Connection again = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(Set.of("big.bin", "dir", "first.txt"), names(again, ""));
			assertEquals(49, names(again, "dir").size());
			assertEquals("content 0", Seed.read(again, "first.txt"));
		}
	}

	@Test
	void rollbackDropsEverything() throws Exception {
		Connection c = connect();
		Seed.write(c, "keep.txt", "keep");
		Object key = fileKey();
		Capability.Batch batch = c.capability(Capability.Batch.class).orElseThrow();
		batch.begin(null);
		Seed.write(c, "new.txt", "n".repeat(50_000));
		c.delete(RelPath.of("keep.txt"), false, Precondition.NONE, null);
		batch.rollback(null);
		assertEquals(Set.of("keep.txt"), names(c, ""));
		assertEquals(key, fileKey());
		assertEquals(List.of(), hiddenFiles());
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class, () -> batch.commit(null)).reason(),
				"no batch is open");
	}

	@Test
	void aBatchCommitReplaysOnAnArchiveChangedMeanwhile() throws Exception {
		Connection c = connect();
		Connection other = connect();
		Entry seen = Seed.writeEntry(c, "shared.txt", "v1");
		Capability.Batch batch = c.capability(Capability.Batch.class).orElseThrow();
		batch.begin(null);
		Seed.write(c, "mine.txt", "mine");
		c.write(RelPath.of("guarded.txt"), Seed.stream("g"), WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT), null);
		Seed.write(other, "theirs.txt", "theirs"); // committed by another connection during the batch
		batch.commit(null);
		assertEquals(Set.of("guarded.txt", "mine.txt", "shared.txt", "theirs.txt"), names(c, ""), "both kept");

		batch.begin(null);
		c.write(RelPath.of("shared.txt"), Seed.stream("v2 mine"),
				WriteOptions.DEFAULT.withPrecondition(Precondition.unchanged(seen.version())), null);
		Seed.write(other, "shared.txt", "v2 theirs");
		ConnectorException e = assertThrows(ConnectorException.class, () -> batch.commit(null));
		assertEquals(Reason.PRECONDITION_FAILED, e.reason(), "the precondition is checked again at commit");
		assertEquals("v2 theirs", Seed.read(c, "shared.txt"));
		assertEquals(List.of(), hiddenFiles());
	}

	@Test
	void anotherProgramReplacingTheArchiveDuringACommitIsDetected() throws Exception {
		Connection c = connect();
		Seed.write(c, "a.txt", "a");
		Path foreign = dir.resolve("foreign.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(foreign))) {
			out.putNextEntry(new ZipEntry("theirs.txt"));
			out.closeEntry();
		}
		// the monitor is asked while the new archive is being written: replace the archive then
		NullProgressMonitor meddling = new NullProgressMonitor() {
			boolean done;

			@Override
			public boolean isCanceled() {
				if (!done && hiddenFilesQuietly().stream().anyMatch(n -> n.endsWith(".tmp"))) {
					done = true;
					try {
						Files.move(foreign, zip, StandardCopyOption.REPLACE_EXISTING);
					} catch (IOException e) {
						throw new IllegalStateException(e);
					}
				}
				return false;
			}
		};
		InputStream content = Seed.stream("b".repeat(200_000));
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> c.write(RelPath.of("b.txt"), content, WriteOptions.DEFAULT, meddling));
		assertEquals(Reason.PRECONDITION_FAILED, e.reason(), e.getMessage());
		assertEquals(Set.of("theirs.txt"), names(c, ""), "the other program's archive is kept, not overwritten");
		assertEquals(List.of(), hiddenFiles());
	}

	@Test
	void staleTemporaryFilesOfDeadProcessesAreRemovedAtConnect() throws Exception {
		Connection live = connect();
		Capability.Batch batch = live.capability(Capability.Batch.class).orElseThrow();
		batch.begin(null);
		Seed.write(live, "big.bin", "x".repeat(100_000));
		List<String> liveFiles = hiddenFiles();
		assertEquals(2, liveFiles.size(), "a lock file and a spool file: " + liveFiles);
		Files.writeString(dir.resolve(".a.zip.karma-zip-deadbeef-1.tmp"), "half an archive");
		Files.writeString(dir.resolve(".a.zip.karma-zip-deadbeef-2.spool"), "staged");
		Files.writeString(dir.resolve(".a.zip.karma-zip-deadbeef.lock"), "");
		Files.writeString(dir.resolve(".b.zip.karma-zip-deadbeef-1.tmp"), "another archive's");
		connect();
		assertEquals(Set.copyOf(liveFiles), Set.copyOf(hiddenFiles().stream().filter(n -> n.startsWith(".a.zip")).toList()),
				"the stale files are gone, the live connection's are kept");
		assertTrue(Files.exists(dir.resolve(".b.zip.karma-zip-deadbeef-1.tmp")), "other archives' files are not touched");
		batch.commit(null);
		assertEquals("x".repeat(100_000), Seed.read(live, "big.bin"));
	}

	@Test
	void closeIsIdempotentRemovesTemporaryFilesAndEndsStreams() throws Exception {
		Connection c = connect();
		Seed.write(c, "f.txt", "content");
		InputStream in = c.read(RelPath.of("f.txt"), null);
		assertEquals(1, c.capability(Capability.OpenResources.class).orElseThrow().openResources());
		c.capability(Capability.Batch.class).orElseThrow().begin(null);
		Seed.write(c, "staged.bin", "s".repeat(100_000));
		c.close();
		c.close();
		assertThrows(IOException.class, in::read, "reading after close fails");
		in.close();
		assertEquals(0, c.capability(Capability.OpenResources.class).orElseThrow().openResources());
		assertEquals(List.of(), hiddenFiles());
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class, () -> c.stat(RelPath.ROOT, null)).reason());
		try (Connection again = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(Set.of("f.txt"), names(again, ""), "the open batch was dropped");
		}
	}

	@Test
	void streamsOutliveACommit() throws Exception {
		Connection c = connect();
		Seed.write(c, "a.txt", "a".repeat(100_000));
		try (InputStream in = c.read(RelPath.of("a.txt"), null)) {
			assertEquals('a', in.read());
			c.delete(RelPath.of("a.txt"), false, Precondition.NONE, null);
			assertEquals(99_999, in.readAllBytes().length, "the old archive stays readable for the open stream");
		}
	}

	@Test
	void folderRenameMovesEverythingBelow() throws Exception {
		Connection c = connect();
		Seed.write(c, "src/a/1.txt", "1");
		Seed.write(c, "src/b/2.txt", "2");
		c.mkdir(RelPath.of("src/empty"), null);
		Capability.Rename rename = c.capability(Capability.Rename.class).orElseThrow();
		Entry moved = rename.rename(RelPath.of("src"), RelPath.of("dst"), false, null);
		assertEquals(EntryKind.DIRECTORY, moved.kind());
		assertEquals(Set.of("dst"), names(c, ""));
		assertEquals(Set.of("a", "b", "empty"), names(c, "dst"));
		assertEquals("2", Seed.read(c, "dst/b/2.txt"));
		Seed.write(c, "file.txt", "f");
		assertEquals(Reason.ALREADY_EXISTS, assertThrows(ConnectorException.class,
				() -> rename.rename(RelPath.of("file.txt"), RelPath.of("dst/a/1.txt"), false, null)).reason());
		assertEquals(Reason.WRONG_KIND, assertThrows(ConnectorException.class,
				() -> rename.rename(RelPath.of("file.txt"), RelPath.of("dst"), true, null)).reason());
		assertEquals(Reason.NOT_EMPTY, assertThrows(ConnectorException.class,
				() -> rename.rename(RelPath.of("dst/a"), RelPath.of("dst/b"), true, null)).reason());
		rename.rename(RelPath.of("file.txt"), RelPath.of("dst/a/1.txt"), true, null);
		assertEquals("f", Seed.read(c, "dst/a/1.txt"));
		assertEquals(Set.of("dst"), names(c, ""));
	}

	@Test
	void factsAndTimes() throws Exception {
		Connection c = connect();
		ConnectionFacts facts = c.facts();
		assertEquals(Duration.ofSeconds(1), facts.mtimePrecision());
		assertTrue(facts.mtimeWritable());
		assertEquals(Set.of(), facts.cheapHashes());
		assertEquals(CaseSensitivity.SENSITIVE, facts.caseSensitivity());
		assertTrue(facts.emptyDirectories() && facts.atomicReplace());
		assertEquals(4, facts.maxConcurrency());
		assertEquals(65535, facts.nameRules().maxNameBytes());
		assertTrue(facts.nameRules().problem("back\\slash").isPresent());
		for (Class<? extends org.karma.connector.api.Capability> none : List.of(Capability.ServerCopy.class,
				Capability.ServerHash.class, Capability.ResumableUpload.class, Capability.ChangeFeed.class,
				Capability.RemoteVersions.class)) {
			assertTrue(c.capability(none).isEmpty(), none.getSimpleName());
		}
		Instant t = Instant.parse("2030-01-02T03:04:05.999Z");
		Entry e = c.write(RelPath.of("t.txt"), Seed.stream("t"), WriteOptions.DEFAULT.withMtime(t), null);
		assertEquals(Instant.parse("2030-01-02T03:04:05Z"), e.mtime(), "whole seconds, never later");
		Instant old = Instant.parse("1975-06-07T08:09:10Z"); // before DOS time: extended timestamp only
		assertEquals(old, c.capability(Capability.SetModificationTime.class).orElseThrow()
				.setModificationTime(RelPath.of("t.txt"), old, null).mtime());
		try (Connection again = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(old, again.stat(RelPath.of("t.txt"), null).orElseThrow().mtime());
		}
	}

	@Test
	void dosOnlyEntriesOfOtherToolsAreReportedInTwoSecondSteps() throws Exception {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			ZipEntry e = new ZipEntry("dos.txt");
			e.setTime(Instant.parse("2020-05-05T10:00:03Z").toEpochMilli());
			out.putNextEntry(e);
			out.closeEntry();
		}
		Connection c = connect();
		Entry e = c.stat(RelPath.of("dos.txt"), null).orElseThrow();
		assertEquals(0, e.mtime().getEpochSecond() % 2, e.mtime().toString());
		assertNull(c.stat(RelPath.ROOT, null).orElseThrow().mtime(), "the archive root has no time of its own");
	}

	@Test
	void versionsSurviveRewritesOfOtherEntriesAndNewConnections() throws Exception {
		Connection c = connect();
		Entry a = Seed.writeEntry(c, "a.txt", "a");
		Seed.write(c, "b.txt", "b");
		c.delete(RelPath.of("b.txt"), false, Precondition.NONE, null);
		assertEquals(a.version(), c.stat(RelPath.of("a.txt"), null).orElseThrow().version());
		try (Connection again = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(a.version(), again.stat(RelPath.of("a.txt"), null).orElseThrow().version());
			again.delete(RelPath.of("a.txt"), false, Precondition.unchanged(a.version()), null);
		}
	}

	@Test
	void namesThatWouldMakeTheArchiveUnsafeAreRefused() throws Exception {
		Connection c = connect();
		for (String name : List.of("back\\slash", "c:", "c:file")) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> Seed.write(c, name, "x"), name);
			assertEquals(Reason.NAME_NOT_REPRESENTABLE, e.reason(), name);
		}
		Seed.write(c, "d/c:file", "below the top a drive letter is harmless");
		assertEquals(Reason.NAME_NOT_REPRESENTABLE, assertThrows(ConnectorException.class,
				() -> Seed.write(c, "x".repeat(40_000) + "/" + "y".repeat(30_000), "x")).reason());
		try (Connection again = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(Set.of("d"), names(again, ""), "the archive still opens");
		}
	}

	@Test
	void timesOutsideTheExtendedTimestampRangeKeepTheirSeconds() throws Exception {
		Connection c = connect();
		Capability.SetModificationTime set = c.capability(Capability.SetModificationTime.class).orElseThrow();
		Seed.write(c, "t.txt", "t");
		for (String t : List.of("2100-01-02T03:04:05Z", "1850-06-07T08:09:11Z", "2038-01-19T03:14:09Z")) {
			Instant wanted = Instant.parse(t);
			assertEquals(wanted, set.setModificationTime(RelPath.of("t.txt"), wanted, null).mtime(), t);
			try (Connection again = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
				assertEquals(wanted, again.stat(RelPath.of("t.txt"), null).orElseThrow().mtime(), t);
			}
		}
	}

	@Test
	void aLinkToTheArchiveIsFollowed() throws Exception {
		Path real = Files.createDirectory(dir.resolve("real")).resolve("r.zip");
		Path link = Files.createSymbolicLink(dir.resolve("link.zip"), real);
		assertEquals(Reason.NOT_FOUND, assertThrows(ConnectorException.class,
				() -> factory.connect(ConnectionSpec.of("zip:" + link), null)).reason(), "a link to nothing");
		Seed.archive(real, "folder");
		try (Connection c = factory.connect(ConnectionSpec.of("zip:" + link), null)) {
			Seed.write(c, "f.txt", "through the link");
		}
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertTrue(Files.isRegularFile(real), "the real file was written");
		try (Connection c = factory.connect(ConnectionSpec.of("zip:" + real), null)) {
			assertEquals("through the link", Seed.read(c, "f.txt"));
		}
	}

	@Test
	void unixLinksAreListedAsLinksAndCopiedAlong() throws Exception {
		try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream out = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(
				zip)) {
			org.apache.commons.compress.archivers.zip.ZipArchiveEntry link = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(
					"link");
			link.setUnixMode(org.apache.commons.compress.archivers.zip.UnixStat.LINK_FLAG | 0777);
			out.putArchiveEntry(link);
			out.write("target.txt".getBytes(StandardCharsets.UTF_8));
			out.closeArchiveEntry();
		}
		Connection c = connect();
		Entry link = c.stat(RelPath.of("link"), null).orElseThrow();
		assertEquals(EntryKind.SYMLINK, link.kind());
		assertEquals(Reason.WRONG_KIND, assertThrows(ConnectorException.class, () -> c.read(RelPath.of("link"), null)).reason());
		Seed.write(c, "other.txt", "x");
		try (Connection again = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(EntryKind.SYMLINK, again.stat(RelPath.of("link"), null).orElseThrow().kind(), "kept by a rewrite");
		}
	}

	@Test
	void archivesWithEncryptedEntriesCanBeReadButNotChanged() throws Exception {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("plain.txt"));
			out.write("plain".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
			out.putNextEntry(new ZipEntry("secret.txt"));
			out.write("not really encrypted".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		markEncrypted(zip, "secret.txt");
		Connection c = connect();
		assertEquals("plain", Seed.read(c, "plain.txt"));
		assertEquals(Reason.UNSUPPORTED, assertThrows(ConnectorException.class, () -> c.read(RelPath.of("secret.txt"), null)).reason());
		ConnectorException e = assertThrows(ConnectorException.class, () -> Seed.write(c, "new.txt", "n"));
		assertEquals(Reason.UNSUPPORTED, e.reason(), e.getMessage());
		assertEquals(Set.of("plain.txt", "secret.txt"), names(c, ""));
		assertEquals(List.of(), hiddenFiles());
	}

	@Test
	void concurrentReadsOfAFreshArchiveWhileCommitting() throws Exception {
		int files = 2000;
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (int i = 0; i < files; i++) {
				out.putNextEntry(new ZipEntry("f" + i + ".txt"));
				out.write(("content of file " + i + " ").repeat(1 + i % 5).getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		for (int round = 0; round < 5; round++) {
			// a fresh connection: Compress finds the data of each entry lazily, on first open
			try (Connection c = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
				java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
				try {
					List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
					for (int t = 0; t < 3; t++) {
						int offset = t * files / 3;
						futures.add(pool.submit(() -> {
							for (int k = 0; k < files; k++) {
								int i = (k + offset) % files;
								assertEquals(("content of file " + i + " ").repeat(1 + i % 5), Seed.read(c, "f" + i + ".txt"));
							}
							return null;
						}));
					}
					int r = round;
					futures.add(pool.submit(() -> {
						for (int k = 0; k < 5; k++) {
							Seed.write(c, "w" + r + "-" + k + ".txt", "w"); // raw copies of every entry meanwhile
						}
						return null;
					}));
					for (java.util.concurrent.Future<?> f : futures) {
						f.get(2, java.util.concurrent.TimeUnit.MINUTES);
					}
				} finally {
					pool.shutdownNow();
				}
			}
			try (Connection check = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
				for (int i = 0; i < files; i += 17) {
					assertEquals(("content of file " + i + " ").repeat(1 + i % 5), Seed.read(check, "f" + i + ".txt"),
							"raw copies made during concurrent reads are intact");
				}
			}
		}
	}

	/** Sets the "encrypted" flag of an entry in its local and central headers. */
	private static void markEncrypted(Path zip, String name) throws IOException {
		byte[] data = Files.readAllBytes(zip);
		byte[] n = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < data.length; i++) {
			boolean local = data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 3 && data[i + 3] == 4;
			boolean central = data[i] == 'P' && data[i + 1] == 'K' && data[i + 2] == 1 && data[i + 3] == 2;
			int nameAt = local ? i + 30 : i + 46;
			if ((local || central) && java.util.Arrays.equals(data, nameAt, nameAt + n.length, n, 0, n.length)) {
				data[i + (local ? 6 : 8)] |= 1;
			}
		}
		Files.write(zip, data);
	}

	private Object fileKey() throws IOException {
		return Files.readAttributes(zip, BasicFileAttributes.class).fileKey();
	}

	private List<String> hiddenFilesQuietly() {
		try {
			return hiddenFiles();
		} catch (IOException e) {
			return List.of();
		}
	}
}
