package org.karma.engine.tests.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.karma.connector.tck.ForwardingConnection;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.connector.tck.memory.MemoryStore;
import org.karma.engine.versions.FileVersion;
import org.karma.engine.versions.RetentionSettings;
import org.karma.engine.versions.VersionArchive;

/** The version archive against the memory connector, with and without its rename and server copy. */
class VersionArchiveTest {

	static final Instant T0 = Instant.parse("2025-01-02T03:04:05.678Z");
	static final RelPath DOC = RelPath.of("a/doc.txt");

	MemoryConnectorFactory factory;
	MemoryStore store;
	Connection raw;
	MutableClock clock;

	@BeforeEach
	void setUp() throws Exception {
		factory = new MemoryConnectorFactory();
		store = factory.store("memory:/versions");
		raw = factory.connect(ConnectionSpec.of("memory:/versions"), null);
		clock = new MutableClock(T0);
	}

	static Entry write(Connection c, RelPath path, String text) throws ConnectorException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return c.write(path, new ByteArrayInputStream(bytes),
				WriteOptions.DEFAULT.withCreateParents(true).withMtime(Instant.parse("2024-12-24T18:00:00Z")), null);
	}

	static String read(Connection c, RelPath path) throws Exception {
		try (InputStream in = c.read(path, null)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Every file below the versions folder (version or not). */
	List<RelPath> filesInArchive() throws ConnectorException {
		List<RelPath> files = new ArrayList<>();
		if (raw.stat(VersionArchive.DEFAULT_FOLDER, null).isEmpty()) {
			return files;
		}
		List<RelPath> dirs = new ArrayList<>(List.of(VersionArchive.DEFAULT_FOLDER));
		while (!dirs.isEmpty()) {
			raw.list(dirs.remove(0), e -> (e.isDirectory() ? dirs : files).add(e.path()), null);
		}
		return files;
	}

	/** What every kind of endpoint must do; each nested class picks the capabilities the archive sees. */
	abstract class Mode {
		abstract Connection connection();

		abstract boolean moves();

		VersionArchive archive() {
			return new VersionArchive(connection(), clock);
		}

		@Test
		void archiveKeepsTheContentUnderATimestampedName() throws Exception {
			Entry seen = write(raw, DOC, "first");
			VersionArchive.Archived archived = archive().archive(DOC, seen, null);

			RelPath expected = RelPath.of(".karma-versions/a/doc~20250102-030405.678.txt");
			assertEquals(new FileVersion(DOC, T0, 0, expected, 5), archived.version());
			assertEquals("first", read(raw, expected));
			assertEquals(Instant.parse("2024-12-24T18:00:00Z"), raw.stat(expected, null).orElseThrow().mtime(),
					"the version keeps the file's modification time");
			assertEquals(moves(), archived.moved());
			assertEquals(moves(), raw.stat(DOC, null).isEmpty(), "moved away, or copied and still there");
			assertEquals(moves() ? Precondition.ABSENT : Precondition.unchanged(seen.version()), archived.next());
			assertEquals(List.of(archived.version()), archive().list(DOC, null));
		}

		@Test
		void theCallerOverwritesWithTheNextPrecondition() throws Exception {
			Entry seen = write(raw, DOC, "first");
			VersionArchive.Archived archived = archive().archive(DOC, seen, null);
			raw.write(DOC, new ByteArrayInputStream("second".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT.withPrecondition(archived.next()), null);
			assertEquals("second", read(raw, DOC));
			assertEquals("first", read(raw, archived.version().path()));
		}

		@Test
		void aChangedFileIsNotArchived() throws Exception {
			Entry seen = write(raw, DOC, "first");
			Entry now = write(raw, DOC, "changed by someone else");
			ConnectorException e = assertThrows(ConnectorException.class, () -> archive().archive(DOC, seen, null));
			assertEquals(Reason.PRECONDITION_FAILED, e.reason());
			assertEquals(now.version(), raw.stat(DOC, null).orElseThrow().version(), "left alone");
			assertEquals(List.of(), filesInArchive());
		}

		@Test
		void aVanishedFileIsNotArchived() throws Exception {
			Entry seen = write(raw, DOC, "first");
			raw.delete(DOC, false, Precondition.NONE, null);
			assertEquals(Reason.PRECONDITION_FAILED,
					assertThrows(ConnectorException.class, () -> archive().archive(DOC, seen, null)).reason());
			assertEquals(List.of(), filesInArchive());
		}

		@Test
		void versionsOfTheSameMillisecondGetCounters() throws Exception {
			VersionArchive archive = archive();
			for (int i = 0; i < 3; i++) {
				archive.archive(DOC, write(raw, DOC, "content " + i), null);
			}
			List<FileVersion> versions = archive.list(DOC, null);
			assertEquals(List.of(2, 1, 0), versions.stream().map(FileVersion::counter).toList(), "newest first");
			assertEquals("content 2", read(raw, versions.get(0).path()));
			assertEquals(RelPath.of(".karma-versions/a/doc~20250102-030405.678-2.txt"), versions.get(0).path());
		}

		@Test
		void aFailingArchiveLeavesTheOriginalUntouched() throws Exception {
			Entry seen = write(raw, DOC, "precious");
			// the step that keeps the version fails: the move, or the write of the copy
			store.setFaults((operation, path) -> operation.equals("rename")
					|| operation.equals("write") && path.startsWith(VersionArchive.DEFAULT_FOLDER)
							? Optional.of(new ConnectorException(Reason.QUOTA, path, "disk full"))
							: Optional.empty());
			ConnectorException e = assertThrows(ConnectorException.class, () -> archive().archive(DOC, seen, null));
			assertEquals(Reason.QUOTA, e.reason());
			store.setFaults((operation, path) -> Optional.empty());
			assertEquals(seen.version(), raw.stat(DOC, null).orElseThrow().version());
			assertEquals("precious", read(raw, DOC));
			assertEquals(List.of(), filesInArchive());
		}

		@Test
		void dotfilesUnicodeAndNoExtension() throws Exception {
			VersionArchive archive = archive();
			for (String name : List.of(".bashrc", "Makefile", "Grüße/日本語 😀.txt")) {
				RelPath path = RelPath.of(name);
				FileVersion v = archive.archive(path, write(raw, path, name), null).version();
				assertEquals(path, v.original());
				assertEquals(name, read(raw, v.path()));
				assertEquals(List.of(v), archive.list(path, null));
			}
			assertEquals(RelPath.of(".karma-versions/.bashrc~20250102-030405.678"), archive.list(RelPath.of(".bashrc"), null).get(0).path());
		}

		@Test
		void restoreArchivesTheCurrentFileFirst() throws Exception {
			VersionArchive archive = archive();
			FileVersion first = archive.archive(DOC, write(raw, DOC, "first"), null).version();
			Entry current = write(raw, DOC, "second");
			clock.advance(Duration.ofMinutes(5));

			VersionArchive.Restored restored = archive.restore(DOC, null, null, null);

			assertEquals("first", read(raw, DOC));
			FileVersion second = restored.archivedCurrent().orElseThrow();
			assertEquals("second", read(raw, second.path()));
			assertEquals(T0.plus(Duration.ofMinutes(5)), second.timestamp());
			assertEquals(List.of(second, first), archive.list(DOC, null), "the restored version stays in the archive");
			assertEquals(current.size(), second.size());
		}
	}

	@Nested
	class WithRename extends Mode {
		@Override
		Connection connection() {
			return raw;
		}

		@Override
		boolean moves() {
			return true;
		}

		@Test
		void aChangeBetweenCheckAndMoveIsPutBack() throws Exception {
			Entry seen = write(raw, DOC, "first");
			AtomicBoolean once = new AtomicBoolean();
			store.setFaults((operation, path) -> {
				if (operation.equals("rename") && path.equals(DOC) && once.compareAndSet(false, true)) {
					try {
						write(raw, DOC, "a longer change that slipped in");
					} catch (ConnectorException e) {
						return Optional.of(e);
					}
				}
				return Optional.empty();
			});
			assertEquals(Reason.PRECONDITION_FAILED,
					assertThrows(ConnectorException.class, () -> archive().archive(DOC, seen, null)).reason());
			assertEquals("a longer change that slipped in", read(raw, DOC));
			assertEquals(List.of(), filesInArchive());
		}

		@Test
		void aFailedRestoreMovesTheCurrentFileBack() throws Exception {
			VersionArchive archive = archive();
			archive.archive(DOC, write(raw, DOC, "first"), null);
			Entry current = write(raw, DOC, "second");
			clock.advance(Duration.ofSeconds(1));
			store.setFaults((operation, path) -> operation.equals("write") && path.equals(DOC)
					? Optional.of(new ConnectorException(Reason.TRANSIENT, path, "network down"))
					: Optional.empty());
			assertEquals(Reason.TRANSIENT,
					assertThrows(ConnectorException.class, () -> archive.restore(DOC, null, null, null)).reason());
			store.setFaults((operation, path) -> Optional.empty());
			assertEquals("second", read(raw, DOC));
			assertEquals(current.size(), raw.stat(DOC, null).orElseThrow().size());
			assertEquals(1, archive.list(DOC, null).size());
		}
	}

	@Nested
	class WithServerCopy extends Mode {
		@Override
		Connection connection() {
			return new ForwardingConnection(raw, Set.of(Capability.Rename.class));
		}

		@Override
		boolean moves() {
			return false;
		}
	}

	@Nested
	class Streaming extends Mode {
		@Override
		Connection connection() {
			return new ForwardingConnection(raw, Set.of(Capability.Rename.class, Capability.ServerCopy.class));
		}

		@Override
		boolean moves() {
			return false;
		}

		@Test
		void aChangeDuringTheCopyDropsTheCopy() throws Exception {
			Entry seen = write(raw, DOC, "first");
			AtomicBoolean once = new AtomicBoolean();
			store.setFaults((operation, path) -> {
				if (operation.equals("read") && path.equals(DOC) && once.compareAndSet(false, true)) {
					try {
						write(raw, DOC, "other");
					} catch (ConnectorException e) {
						return Optional.of(e);
					}
				}
				return Optional.empty();
			});
			assertEquals(Reason.PRECONDITION_FAILED,
					assertThrows(ConnectorException.class, () -> archive().archive(DOC, seen, null)).reason());
			assertEquals("other", read(raw, DOC));
			assertEquals(List.of(), filesInArchive());
		}
	}

	@Test
	void restoreAnEarlierVersionElsewhere() throws Exception {
		VersionArchive archive = new VersionArchive(raw, clock);
		List<FileVersion> made = new ArrayList<>();
		for (String text : List.of("one", "two", "three")) {
			made.add(archive.archive(DOC, write(raw, DOC, text), null).version());
			clock.advance(Duration.ofHours(1));
		}
		RelPath elsewhere = RelPath.of("restored/doc.txt");
		VersionArchive.Restored r = archive.restore(DOC, T0.plus(Duration.ofMinutes(90)), elsewhere, null);
		assertEquals("two", read(raw, elsewhere));
		assertTrue(r.archivedCurrent().isEmpty(), "nothing was there");

		archive.restore(made.get(0), elsewhere, null);
		assertEquals("one", read(raw, elsewhere));
		assertEquals(1, archive.list(elsewhere, null).size(), "'two' at the destination was archived first");

		assertEquals(Reason.NOT_FOUND, assertThrows(ConnectorException.class,
				() -> archive.restore(DOC, T0.minusMillis(1), null, null)).reason());
		assertThrows(IllegalArgumentException.class,
				() -> archive.restore(made.get(0), RelPath.of(".karma-versions/x.txt"), null));
		raw.mkdir(RelPath.of("folder"), null);
		assertEquals(Reason.WRONG_KIND,
				assertThrows(ConnectorException.class, () -> archive.restore(made.get(0), RelPath.of("folder"), null)).reason());
	}

	@Test
	void pruneRemovesWhatRetentionDropsAndEmptyFolders() throws Exception {
		VersionArchive archive = new VersionArchive(raw, clock);
		RelPath deep = RelPath.of("deep/er/f.bin");
		archive.archive(deep, write(raw, deep, "old"), null);
		for (int i = 0; i < 4; i++) {
			clock.advance(Duration.ofDays(1));
			archive.archive(DOC, write(raw, DOC, "doc " + i), null);
		}
		write(raw, RelPath.of(".karma-versions/README"), "not a version: never pruned");
		clock.advance(Duration.ofDays(1));

		List<FileVersion> removed = archive.prune(RetentionSettings.keepLast(2), clock, null);
		assertEquals(2, removed.size());
		assertEquals(List.of("doc 3", "doc 2"), texts(archive.list(DOC, null)));
		assertEquals(1, archive.list(deep, null).size());

		removed = archive.prune(RetentionSettings.byAge(3), clock, null);
		assertEquals(List.of(deep), removed.stream().map(FileVersion::original).toList());
		assertTrue(raw.stat(RelPath.of(".karma-versions/deep"), null).isEmpty(), "emptied folders go");
		assertTrue(raw.stat(RelPath.of(".karma-versions/a"), null).isPresent());

		removed = archive.prune(RetentionSettings.none().withMaxTotalSizeBytes(5), clock, null);
		assertEquals(List.of("doc 3"), texts(archive.list(DOC, null)));
		assertEquals(1, removed.size());
		assertTrue(raw.stat(RelPath.of(".karma-versions/README"), null).isPresent());

		List<FileVersion> all = new ArrayList<>();
		archive.listAll(all::add, null);
		assertEquals(archive.list(DOC, null), all);
	}

	private List<String> texts(List<FileVersion> versions) throws Exception {
		List<String> texts = new ArrayList<>();
		for (FileVersion v : versions) {
			texts.add(read(raw, v.path()));
		}
		return texts;
	}

	@Test
	void pruneOfAnEmptyEndpoint() throws Exception {
		assertEquals(List.of(), new VersionArchive(raw, clock).prune(RetentionSettings.keepLast(1), clock, null));
		assertEquals(List.of(), new VersionArchive(raw, clock).list(DOC, null));
	}

	@Test
	void theVersionsFolderIsNeverSynced() {
		assertTrue(VersionArchive.isVersionsPath(RelPath.of(".karma-versions")));
		assertTrue(VersionArchive.isVersionsPath(RelPath.of(".karma-versions/a/b~20250102-030405.678.txt")));
		assertTrue(VersionArchive.isVersionsPath(RelPath.of(".KARMA-Versions/x")), "case-insensitive endpoints");
		assertFalse(VersionArchive.isVersionsPath(RelPath.ROOT));
		assertFalse(VersionArchive.isVersionsPath(RelPath.of("a/.karma-versions")), "only at the root");
		assertFalse(VersionArchive.isVersionsPath(RelPath.of(".karma-versions2")));
		VersionArchive custom = new VersionArchive(raw, RelPath.of("meta/old"), clock);
		assertTrue(custom.contains(RelPath.of("meta/old/x")));
		assertFalse(custom.contains(RelPath.of("meta/older")));
		assertThrows(IllegalArgumentException.class, () -> custom.archive(RelPath.of("meta/old/x"),
				new Entry(RelPath.of("meta/old/x"), org.karma.connector.api.EntryKind.FILE, 0, null, java.util.Map.of(), "v"), null));
	}

	@Test
	void aConfiguredFolder() throws Exception {
		VersionArchive archive = new VersionArchive(raw, RelPath.of("meta/old"), clock);
		FileVersion v = archive.archive(DOC, write(raw, DOC, "x"), null).version();
		assertEquals(RelPath.of("meta/old/a/doc~20250102-030405.678.txt"), v.path());
		assertEquals(List.of(v), archive.list(DOC, null));
	}
}
