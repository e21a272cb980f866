package org.karma.connector.zip.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.EntryKind;

/** The index built from an archive's central directory. */
class TreeTest {

	@TempDir
	Path dir;

	@Test
	void implicitDirectoriesComeFromNamesBelowThem() throws Exception {
		Path zip = archive("a/b/c.txt", "a/b/d.txt", "e/", "e/f/", "top.txt");
		ArchiveState state = ArchiveState.open(zip, 1);
		try {
			Tree t = state.tree;
			assertEquals(List.of("a", "e", "top.txt"), List.copyOf(t.children("").keySet()));
			assertEquals(List.of("b"), List.copyOf(t.children("a").keySet()));
			assertEquals(List.of("c.txt", "d.txt"), List.copyOf(t.children("a/b").keySet()));
			assertEquals(List.of("f"), List.copyOf(t.children("e").keySet()));
			assertTrue(t.children("e/f").isEmpty());
			Node a = t.get("a");
			assertTrue(a.isDirectory());
			assertFalse(a.explicit(), "implied by a/b/c.txt");
			assertNull(a.mtime(), "an implied directory has no time");
			assertTrue(t.get("e").explicit());
			assertNotNull(t.get("e").mtime());
			assertEquals(EntryKind.FILE, t.get("a/b/c.txt").kind());
			assertEquals(9, t.get("a/b/c.txt").size(), "the content is the name");
			assertNull(t.children("top.txt"), "a file has no children");
			assertEquals(8, t.size(), "root, a, a/b, 2 files, e, e/f, top.txt");
		} finally {
			state.release();
		}
	}

	@Test
	void explicitEntryAfterItsChildrenMakesTheDirectoryExplicit() throws Exception {
		ArchiveState state = ArchiveState.open(archive("x/y.txt", "x/"), 1);
		try {
			assertTrue(state.tree.get("x").explicit());
			assertEquals(1, state.tree.children("x").size());
		} finally {
			state.release();
		}
	}

	@Test
	void dosOnlyTimesAreReportedInTwoSecondSteps() throws Exception {
		Path zip = dir.resolve("dos.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			ZipEntry e = new ZipEntry("f.txt");
			e.setTime(Instant.parse("2020-05-05T10:00:03Z").toEpochMilli()); // java.util.zip writes DOS time only
			out.putNextEntry(e);
			out.closeEntry();
		}
		ArchiveState state = ArchiveState.open(zip, 1);
		try {
			Node f = state.tree.get("f.txt");
			assertTrue(f.dosTime());
			assertEquals(0, f.mtime().getEpochSecond() % 2);
			assertEquals(Instant.parse("2020-05-05T10:00:02Z"), f.mtime());
		} finally {
			state.release();
		}
	}

	@Test
	void ambiguousArchivesAreRefused() throws Exception {
		assertRefused(archive("a", "a/b.txt"), "'a' is a file and a folder");
		assertRefused(archive("a/b.txt", "a"), "'a' is a file and a folder");
		assertRefused(archive("a", "a"), "the name occurs twice");
		assertRefused(archive("a/", "a"), "'a' is a file and a folder");
	}

	@Test
	void unsafeNamesAreRefusedNamingTheFirst() throws Exception {
		ConnectorException e = assertRefused(archive("ok.txt", "../evil.txt", "/abs.txt"), "'../evil.txt'");
		assertTrue(e.getMessage().contains("'..' segment"), e.getMessage());
		assertRefused(jdkArchive("dir\\evil.txt"), "'dir\\evil.txt' (backslash)");
		assertRefused(jdkArchive("..\\evil.txt"), "backslash");
		assertRefused(archive("C:/evil.txt"), "drive letter");
		assertRefused(archive("/etc/passwd"), "absolute path");
	}

	@Test
	void missingAndEmptyFilesAreEmptyArchives() throws Exception {
		ArchiveState absent = ArchiveState.open(dir.resolve("none.zip"), 1);
		assertEquals(Identity.ABSENT, absent.identity);
		assertEquals(1, absent.tree.size());
		Path empty = Files.createFile(dir.resolve("empty.zip"));
		assertEquals(1, ArchiveState.open(empty, 1).tree.size());
		Path garbage = Files.writeString(dir.resolve("garbage.zip"), "not a zip");
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class, () -> ArchiveState.open(garbage, 1)).reason());
	}

	@Test
	void copiesAreIndependentAndRemovalTakesTheSubtree() {
		Tree t = new Tree();
		t.put(new Node("a/b/c", EntryKind.FILE, false, 1, 0, Instant.EPOCH, false, null, 0, t.nextOrder()));
		t.put(new Node("a/d", EntryKind.FILE, false, 1, 0, Instant.EPOCH, false, null, 0, t.nextOrder()));
		Tree copy = t.copy();
		copy.remove("a/b");
		assertNull(copy.get("a/b/c"));
		assertNull(copy.children("a/b"));
		assertEquals(List.of("d"), List.copyOf(copy.children("a").keySet()));
		assertNotNull(t.get("a/b/c"), "the original is untouched");
		assertEquals(List.of("a", "a/b", "a/b/c", "a/d"), t.subtree("a").stream().map(Node::path).toList());
		assertTrue(copy.needsOwnEntry(copy.get("a")) == false, "a/d still implies a");
		copy.remove("a/d");
		assertTrue(copy.needsOwnEntry(copy.get("a")), "an implied directory that lost its children gets an entry");
		assertThrows(IllegalStateException.class,
				() -> t.put(new Node("a/d/x", EntryKind.FILE, false, 1, 0, Instant.EPOCH, false, null, 0, 9)));
	}

	/** An archive with these entries (Commons Compress checks neither names nor duplicates); file content is the name. */
	private Path archive(String... names) throws IOException {
		Path zip = Files.createTempFile(dir, "t", ".zip");
		try (OutputStream os = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(os)) {
			for (String name : names) {
				out.putArchiveEntry(new ZipArchiveEntry(name));
				if (!name.endsWith("/")) {
					out.write(name.getBytes(StandardCharsets.UTF_8));
				}
				out.closeArchiveEntry();
			}
		}
		return zip;
	}

	/** An archive written by java.util.zip (which keeps backslashes; Commons Compress turns them into '/'). */
	private Path jdkArchive(String... names) throws IOException {
		Path zip = Files.createTempFile(dir, "j", ".zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (String name : names) {
				out.putNextEntry(new ZipEntry(name));
				out.closeEntry();
			}
		}
		return zip;
	}

	private static ConnectorException assertRefused(Path zip, String expected) {
		ConnectorException e = assertThrows(ConnectorException.class, () -> ArchiveState.open(zip, 1));
		assertEquals(Reason.FATAL, e.reason());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
		return e;
	}
}
