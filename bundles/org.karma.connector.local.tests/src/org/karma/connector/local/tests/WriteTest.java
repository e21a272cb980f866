package org.karma.connector.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.NameRules;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.local.internal.LocalConnection;

/** Atomic writes: cancellation, failed writes, versions, facts, closing (racing preconditions are in the kit). */
class WriteTest {

	private Path root;
	private LocalConnection c;

	@BeforeEach
	void open() throws Exception {
		root = Fixtures.newRoot("write");
		c = Fixtures.connect(root);
	}

	@AfterEach
	void close() throws Exception {
		c.close();
		Fixtures.deleteTree(root);
	}

	/** Delivers endless bytes and cancels the monitor after a while, like a user pressing Cancel. */
	private static InputStream cancellingAfter(long bytes, NullProgressMonitor monitor) {
		return new InputStream() {
			long delivered;

			@Override
			public int read() {
				return read(new byte[1], 0, 1) < 0 ? -1 : 0;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				delivered += len;
				if (delivered >= bytes) {
					monitor.setCanceled(true);
				}
				return len;
			}
		};
	}

	@Test
	void cancelMidWriteLeavesNoTemporaryFile() throws Exception {
		Fixtures.write(c, "dir/keep.bin", "old");
		NullProgressMonitor monitor = new NullProgressMonitor();
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> c.write(RelPath.of("dir/keep.bin"), cancellingAfter(4 << 20, monitor), WriteOptions.DEFAULT, monitor));
		assertEquals(Reason.CANCELLED, e.reason());
		NullProgressMonitor second = new NullProgressMonitor();
		e = assertThrows(ConnectorException.class,
				() -> c.write(RelPath.of("dir/new.bin"), cancellingAfter(1 << 20, second), WriteOptions.DEFAULT, second));
		assertEquals(Reason.CANCELLED, e.reason());
		assertEquals(List.of("keep.bin"), Fixtures.rawNames(root.resolve("dir")), "no temporary file, hidden or not");
		assertEquals("old", Files.readString(root.resolve("dir/keep.bin")));
	}

	@Test
	void failedWritesLeaveNoTemporaryFile() throws Exception {
		byte[] five = new byte[5];
		assertThrows(ConnectorException.class, () -> c.write(RelPath.of("short"), new ByteArrayInputStream(five),
				WriteOptions.DEFAULT.withSize(6), null));
		assertThrows(ConnectorException.class, () -> c.write(RelPath.of("long"), new ByteArrayInputStream(five),
				WriteOptions.DEFAULT.withSize(4), null));
		ConnectorException e = assertThrows(ConnectorException.class, () -> c.write(RelPath.of("broken"), new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("network gone");
			}
		}, WriteOptions.DEFAULT, null));
		assertTrue(e.getMessage().contains("network gone"), e.getMessage());
		assertEquals(List.of(), Fixtures.rawNames(root));
	}

	@Test
	void temporaryFilesLeftByAKilledWriteDoNotKeepAFolderThatListsAsEmpty() throws Exception {
		Fixtures.write(c, "gone/a.txt", "a");
		Files.writeString(root.resolve("gone/.a.txt.karma-tmp-0123456789abcdef"), "half of a killed write");
		c.delete(RelPath.of("gone/a.txt"), false, Precondition.NONE, null);
		List<String> listed = new java.util.ArrayList<>();
		c.list(RelPath.of("gone"), e -> listed.add(e.path().toString()), null);
		assertEquals(List.of(), listed, "the leftover is hidden");
		c.delete(RelPath.of("gone"), false, Precondition.NONE, null);
		assertFalse(Files.exists(root.resolve("gone")), "the folder went, with its leftover");

		// anything else keeps the folder: a real file, a hidden folder of the same shape
		Fixtures.write(c, "kept/b.txt", "b");
		Files.writeString(root.resolve("kept/.b.txt.karma-tmp-0123456789abcdef"), "leftover");
		ConnectorException notEmpty = assertThrows(ConnectorException.class,
				() -> c.delete(RelPath.of("kept"), false, Precondition.NONE, null));
		assertEquals(Reason.NOT_EMPTY, notEmpty.reason());
		assertEquals(List.of(".b.txt.karma-tmp-0123456789abcdef", "b.txt"), Fixtures.rawNames(root.resolve("kept")),
				"nothing deleted when the folder stays");
		Files.delete(root.resolve("kept/b.txt"));
		Files.createDirectory(root.resolve("kept/.c.karma-tmp-0123456789abcdef"));
		assertEquals(Reason.NOT_EMPTY, assertThrows(ConnectorException.class,
				() -> c.delete(RelPath.of("kept"), false, Precondition.NONE, null)).reason());
		assertTrue(Files.isDirectory(root.resolve("kept/.c.karma-tmp-0123456789abcdef")));
	}

	@Test
	void versionChangesWithEveryChange() throws Exception {
		Entry first = Fixtures.write(c, "v.txt", "same");
		Entry second = Fixtures.write(c, "v.txt", "same");
		assertNotEquals(first.version(), second.version(), "a rewrite is a new file");
		Files.writeString(root.resolve("v.txt"), "SAME"); // in place, same size, by another program
		Entry third = c.stat(RelPath.of("v.txt"), null).orElseThrow();
		// mtime and ctime come from a coarse kernel clock; the inode stays: make the change visible in time
		if (third.version().equals(second.version())) {
			Files.setLastModifiedTime(root.resolve("v.txt"), java.nio.file.attribute.FileTime.from(Instant.EPOCH));
			third = c.stat(RelPath.of("v.txt"), null).orElseThrow();
		}
		assertNotEquals(second.version(), third.version());
		Files.setPosixFilePermissions(root.resolve("v.txt"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		assertNotEquals(third.version(), c.stat(RelPath.of("v.txt"), null).orElseThrow().version(),
				"a metadata change (ctime) is a new version");
	}

	@Test
	void mtimeIsSetAndPrecisionProbed() throws Exception {
		ConnectionFacts facts = c.facts();
		Instant wanted = Instant.parse("2021-03-04T05:06:07.123456789Z");
		Entry e = c.write(RelPath.of("t.txt"), new ByteArrayInputStream(new byte[1]),
				WriteOptions.DEFAULT.withMtime(wanted).withSync(true), null);
		if (facts.mtimePrecision().isZero()) {
			assertEquals(wanted, e.mtime(), "nanoseconds kept where the file system keeps them");
		} else {
			assertTrue(Duration.between(e.mtime(), wanted).compareTo(facts.mtimePrecision()) < 0);
		}
		String type = Files.getFileStore(root).type();
		if (List.of("ext4", "tmpfs", "xfs", "btrfs").contains(type)) {
			assertEquals(Duration.ZERO, facts.mtimePrecision(), type);
			assertEquals(CaseSensitivity.SENSITIVE, facts.caseSensitivity(), type);
		}
		assertEquals(NameRules.POSIX, facts.nameRules());
		assertTrue(facts.mtimeWritable() && facts.emptyDirectories() && facts.atomicReplace());
		assertTrue(facts.cheapHashes().isEmpty());
		assertEquals(8, facts.maxConcurrency());
		assertEquals(List.of("t.txt"), Fixtures.rawNames(root), "the probe cleaned up after itself");
	}

	@Test
	void closedConnectionsRefuseEverything() throws Exception {
		Fixtures.write(c, "f.txt", "0123456789");
		InputStream open = c.read(RelPath.of("f.txt"), null);
		assertEquals('0', open.read());
		assertEquals(1, c.openResources());
		c.close();
		c.close(); // idempotent
		assertEquals(0, c.openResources());
		IOException afterClose = assertThrows(IOException.class, open::read);
		assertTrue(afterClose.getMessage().contains("connection closed"));
		for (ThrowingRunnable call : List.<ThrowingRunnable>of(() -> c.stat(RelPath.ROOT, null),
				() -> c.list(RelPath.ROOT, e -> {
				}, null), () -> c.read(RelPath.of("f.txt"), null), () -> Fixtures.write(c, "g.txt", "g"),
				() -> c.mkdir(RelPath.of("d"), null), () -> c.delete(RelPath.of("f.txt"), false, Precondition.NONE, null))) {
			ConnectorException e = assertThrows(ConnectorException.class, call::run);
			assertEquals(Reason.FATAL, e.reason());
			assertEquals("connection closed", e.getMessage());
		}
	}

	interface ThrowingRunnable {
		void run() throws Exception;
	}

	/**
	 * A real refusal by the file system: an immutable folder ({@code chattr +i}) refuses even root
	 * with EPERM. Skipped where chattr is missing or not allowed.
	 */
	@Test
	void refusedByTheFileSystemIsPermissionDenied() throws Exception {
		Fixtures.write(c, "frozen/inside.txt", "old");
		Path frozen = root.resolve("frozen");
		org.junit.jupiter.api.Assumptions.assumeTrue(chattr("+i", frozen), "chattr +i not available here");
		try {
			for (ThrowingRunnable call : List.<ThrowingRunnable>of(() -> Fixtures.write(c, "frozen/new.txt", "x"),
					() -> Fixtures.write(c, "frozen/inside.txt", "new"), () -> c.mkdir(RelPath.of("frozen/sub"), null),
					() -> c.delete(RelPath.of("frozen/inside.txt"), false, Precondition.NONE, null))) {
				ConnectorException e = assertThrows(ConnectorException.class, call::run);
				assertEquals(Reason.PERMISSION_DENIED, e.reason(), e.getMessage());
				assertTrue(e.getMessage().contains("'frozen/"), "names the path: " + e.getMessage());
			}
		} finally {
			chattr("-i", frozen);
		}
		assertEquals(List.of("inside.txt"), Fixtures.rawNames(frozen), "no temporary file left");
		assertEquals("old", Files.readString(frozen.resolve("inside.txt")));
	}

	private static boolean chattr(String flag, Path p) {
		try {
			Process proc = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
			proc.getInputStream().readAllBytes();
			return proc.waitFor(30, TimeUnit.SECONDS) && proc.exitValue() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Test
	void connectFailuresAreClear() throws Exception {
		ConnectorException missing = assertThrows(ConnectorException.class, () -> Fixtures.connect(root.resolve("none")));
		assertEquals(Reason.NOT_FOUND, missing.reason());
		assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
		Files.writeString(root.resolve("plain.txt"), "x");
		ConnectorException file = assertThrows(ConnectorException.class, () -> Fixtures.connect(root.resolve("plain.txt")));
		assertEquals(Reason.WRONG_KIND, file.reason());
		assertTrue(file.getMessage().contains("not a folder"), file.getMessage());
		ConnectorException option = assertThrows(ConnectorException.class,
				() -> Fixtures.connect(root, java.util.Map.of("concurrency", "0")));
		assertEquals(Reason.FATAL, option.reason());
	}
}
