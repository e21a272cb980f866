package org.karma.connector.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;
import org.karma.connector.local.internal.LocalConnection;

/** The Rename capability: atomic, with and without replacing. */
class RenameTest {

	private Path root;
	private LocalConnection c;
	private Capability.Rename rename;

	@BeforeEach
	void open() throws Exception {
		root = Fixtures.newRoot("rename");
		c = Fixtures.connect(root);
		rename = c.capability(Capability.Rename.class).orElseThrow();
	}

	@AfterEach
	void close() throws Exception {
		c.close();
		Fixtures.deleteTree(root);
	}

	private RelPath p(String s) {
		return RelPath.of(s);
	}

	private void expect(Reason reason, Fixtures.Action action) {
		ConnectorException e = assertThrows(ConnectorException.class, action::run);
		assertEquals(reason, e.reason(), e.getMessage());
	}

	@Test
	void filesAndFolders() throws Exception {
		Fixtures.write(c, "a.txt", "a");
		Entry moved = rename.rename(p("a.txt"), p("b.txt"), false, null);
		assertEquals(p("b.txt"), moved.path());
		assertEquals(EntryKind.FILE, moved.kind());
		assertEquals(List.of("b.txt"), Fixtures.rawNames(root));
		Fixtures.write(c, "dir/inner/x.txt", "x");
		rename.rename(p("dir"), p("moved"), false, null);
		assertEquals("x", Files.readString(root.resolve("moved/inner/x.txt")));
		rename.rename(p("b.txt"), p("moved/inner/b.txt"), false, null);
		assertEquals(List.of("b.txt", "x.txt"), Fixtures.rawNames(root.resolve("moved/inner")));
	}

	@Test
	void replaceOnlyWhenAsked() throws Exception {
		Fixtures.write(c, "from.txt", "new");
		Fixtures.write(c, "to.txt", "old");
		expect(Reason.ALREADY_EXISTS, () -> rename.rename(p("from.txt"), p("to.txt"), false, null));
		assertEquals("old", Files.readString(root.resolve("to.txt")), "nothing replaced");
		assertEquals("new", Files.readString(root.resolve("from.txt")), "nothing moved");
		rename.rename(p("from.txt"), p("to.txt"), true, null);
		assertEquals(List.of("to.txt"), Fixtures.rawNames(root));
		assertEquals("new", Files.readString(root.resolve("to.txt")));
		Files.createDirectory(root.resolve("d1"));
		Files.createDirectory(root.resolve("d2"));
		expect(Reason.ALREADY_EXISTS, () -> rename.rename(p("d1"), p("d2"), false, null));
		Fixtures.write(c, "d2/keep.txt", "k");
		expect(Reason.NOT_EMPTY, () -> rename.rename(p("d1"), p("d2"), true, null));
		expect(Reason.WRONG_KIND, () -> rename.rename(p("to.txt"), p("d2"), true, null));
	}

	@Test
	void failures() throws Exception {
		Fixtures.write(c, "f.txt", "f");
		Files.createDirectory(root.resolve("dir"));
		expect(Reason.NOT_FOUND, () -> rename.rename(p("ghost"), p("x"), false, null));
		expect(Reason.NOT_FOUND, () -> rename.rename(p("f.txt"), p("no/such/x"), false, null));
		expect(Reason.WRONG_KIND, () -> rename.rename(p("f.txt"), p("f.txt/x"), false, null));
		expect(Reason.FATAL, () -> rename.rename(p("dir"), p("dir/sub"), false, null));
		expect(Reason.NAME_NOT_REPRESENTABLE, () -> rename.rename(p("f.txt"), p("x".repeat(300)), false, null));
		assertEquals(List.of("dir", "f.txt"), Fixtures.rawNames(root));
	}

	@Test
	void aLinkIsMovedNotItsTarget() throws Exception {
		Fixtures.write(c, "target.txt", "t");
		Files.createSymbolicLink(root.resolve("link"), root.resolve("target.txt"));
		Entry moved = rename.rename(p("link"), p("link2"), false, null);
		assertEquals(EntryKind.SYMLINK, moved.kind());
		assertTrue(Files.isSymbolicLink(root.resolve("link2")));
		assertEquals("t", Files.readString(root.resolve("target.txt")));
	}
}
