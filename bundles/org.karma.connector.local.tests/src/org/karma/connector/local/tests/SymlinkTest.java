package org.karma.connector.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.local.internal.LocalConnection;

/** Nothing outside the root is ever touched through a link; reads follow links only when asked. */
class SymlinkTest {

	private Path root;
	private Path outside;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeEach
	void tree() throws Exception {
		root = Fixtures.newRoot("links");
		outside = Fixtures.newRoot("outside");
		Files.writeString(outside.resolve("canary.txt"), "must survive");
		Files.createDirectory(outside.resolve("sub"));
		Files.createSymbolicLink(root.resolve("escape"), outside);
		Files.createSymbolicLink(root.resolve("file-link"), outside.resolve("canary.txt"));
		Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nothing"));
	}

	@AfterEach
	void outsideUntouched() throws Exception {
		try {
			assertEquals(List.of("canary.txt", "sub"), Fixtures.rawNames(outside), "nothing created or deleted outside");
			assertEquals(List.of(), Fixtures.rawNames(outside.resolve("sub")));
			assertEquals("must survive", Files.readString(outside.resolve("canary.txt")));
		} finally {
			Fixtures.deleteTree(root);
			Fixtures.deleteTree(outside);
		}
	}

	private static void refused(Reason reason, String fragment, ThrowingRunnable action) {
		ConnectorException e = assertThrows(ConnectorException.class, action::run);
		assertEquals(reason, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains(fragment), e.getMessage());
	}

	interface ThrowingRunnable {
		void run() throws Exception;
	}

	@Test
	void linksAreListedAsLinksAndNeverFollowedByDefault() throws Exception {
		try (LocalConnection c = Fixtures.connect(root)) {
			List<Entry> entries = new ArrayList<>();
			c.list(RelPath.ROOT, entries::add, monitor);
			assertEquals(3, entries.size());
			for (Entry e : entries) {
				assertEquals(EntryKind.SYMLINK, e.kind(), e.path().toString());
			}
			String linkText = outside.toString();
			assertEquals(linkText.getBytes(StandardCharsets.UTF_8).length,
					c.stat(RelPath.of("escape"), monitor).orElseThrow().size(), "a link's size is its target text");
			refused(Reason.PERMISSION_DENIED, "'escape' is a symbolic link", () -> c.read(RelPath.of("escape/canary.txt"), monitor));
			refused(Reason.PERMISSION_DENIED, "'escape' is a symbolic link", () -> c.list(RelPath.of("escape/sub"), e -> {
			}, monitor));
			refused(Reason.WRONG_KIND, "symbolic link", () -> c.read(RelPath.of("file-link"), monitor));
			refused(Reason.WRONG_KIND, "symbolic link", () -> c.list(RelPath.of("escape"), e -> {
			}, monitor));
		}
	}

	@Test
	void folderHandlesRefuseLinksLikeReadsByPath() throws Exception {
		Files.createDirectories(root.resolve("real/inner"));
		Files.writeString(root.resolve("real/inner/mine.txt"), "mine");
		Files.createSymbolicLink(root.resolve("real/inner/file-link"), outside.resolve("canary.txt"));
		try (LocalConnection c = Fixtures.connect(root)) {
			Capability.FolderReads reads = c.capability(Capability.FolderReads.class).orElseThrow();
			refused(Reason.PERMISSION_DENIED, "'escape' is a symbolic link", () -> reads.openFolder(RelPath.of("escape/sub"), monitor));
			refused(Reason.WRONG_KIND, "symbolic link", () -> reads.openFolder(RelPath.of("escape"), monitor));
			try (Capability.FolderReads.Folder inner = reads.openFolder(RelPath.of("real/inner"), monitor)) {
				refused(Reason.WRONG_KIND, "symbolic link", () -> inner.read("file-link", monitor).close());
				try (InputStream in = inner.read("mine.txt", monitor)) {
					assertEquals("mine", new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		try (LocalConnection c = Fixtures.connect(root, Map.of("follow_symlinks", "true"))) {
			try (Capability.FolderReads.Folder escape = c.capability(Capability.FolderReads.class).orElseThrow()
					.openFolder(RelPath.of("escape"), monitor); InputStream in = escape.read("canary.txt", monitor)) {
				assertEquals("must survive", new String(in.readAllBytes(), StandardCharsets.UTF_8), "followed when asked");
			}
		}
	}

	@Test
	void aFolderSwappedForALinkAfterTheHandleOpenedIsNotReadThrough() throws Exception {
		Files.createDirectories(root.resolve("docs"));
		Files.writeString(root.resolve("docs/canary.txt"), "the real one");
		try (LocalConnection c = Fixtures.connect(root)) {
			try (Capability.FolderReads.Folder docs = c.capability(Capability.FolderReads.class).orElseThrow()
					.openFolder(RelPath.of("docs"), monitor)) {
				Files.move(root.resolve("docs"), root.resolve("docs-moved"));
				Files.createSymbolicLink(root.resolve("docs"), outside);
				try (InputStream in = docs.read("canary.txt", monitor)) {
					assertEquals("the real one", new String(in.readAllBytes(), StandardCharsets.UTF_8),
							"the handle still reads the folder it opened, not the link's target");
				}
				refused(Reason.PERMISSION_DENIED, "'docs' is a symbolic link", () -> c.read(RelPath.of("docs/canary.txt"), monitor));
			}
		}
	}

	@Test
	void writesDeletesAndFoldersNeverGoThroughALink() throws Exception {
		for (String follow : List.of("false", "true")) {
			try (LocalConnection c = Fixtures.connect(root, Map.of("follow_symlinks", follow))) {
				String why = "'escape' is a symbolic link; KARMA never";
				refused(Reason.PERMISSION_DENIED, why, () -> Fixtures.write(c, "escape/new.txt", "x"));
				refused(Reason.PERMISSION_DENIED, why, () -> Fixtures.write(c, "escape/canary.txt", "overwritten"));
				refused(Reason.PERMISSION_DENIED, why, () -> Fixtures.write(c, "escape/sub/deeper/x.txt", "x"));
				refused(Reason.PERMISSION_DENIED, why, () -> c.mkdir(RelPath.of("escape/sub2"), monitor));
				refused(Reason.PERMISSION_DENIED, why,
						() -> c.delete(RelPath.of("escape/canary.txt"), false, Precondition.NONE, monitor));
				refused(Reason.PERMISSION_DENIED, why, () -> c.delete(RelPath.of("escape/sub"), true, Precondition.NONE, monitor));
				Capability.Rename rename = c.capability(Capability.Rename.class).orElseThrow();
				refused(Reason.PERMISSION_DENIED, why,
						() -> rename.rename(RelPath.of("escape/canary.txt"), RelPath.of("stolen.txt"), false, monitor));
				Fixtures.write(c, "mine.txt", "m");
				refused(Reason.PERMISSION_DENIED, why,
						() -> rename.rename(RelPath.of("mine.txt"), RelPath.of("escape/planted.txt"), false, monitor));
				refused(Reason.PERMISSION_DENIED, why,
						() -> c.capability(Capability.SetModificationTime.class).orElseThrow()
								.setModificationTime(RelPath.of("escape/canary.txt"), java.time.Instant.EPOCH, monitor));
				refused(Reason.ALREADY_EXISTS, "symbolic link", () -> c.mkdir(RelPath.of("escape"), monitor));
				c.delete(RelPath.of("mine.txt"), false, Precondition.NONE, monitor);
			}
		}
	}

	@Test
	void deletingALinkRemovesTheLinkOnly() throws Exception {
		try (LocalConnection c = Fixtures.connect(root, Map.of("follow_symlinks", "true"))) {
			assertEquals(EntryKind.DIRECTORY, c.stat(RelPath.of("escape"), monitor).orElseThrow().kind(), "followed");
			c.delete(RelPath.of("escape"), true, Precondition.NONE, monitor);
			c.delete(RelPath.of("file-link"), false, Precondition.NONE, monitor);
			c.delete(RelPath.of("dangling"), false, Precondition.NONE, monitor);
			assertEquals(List.of(), Fixtures.rawNames(root));
		}
	}

	@Test
	void recursiveDeleteDoesNotFollowLinksInside() throws Exception {
		Files.createDirectories(root.resolve("tree/inner"));
		Files.createSymbolicLink(root.resolve("tree/inner/out"), outside);
		Files.writeString(root.resolve("tree/inner/f.txt"), "f");
		try (LocalConnection c = Fixtures.connect(root)) {
			c.delete(RelPath.of("tree"), true, Precondition.NONE, monitor);
			assertTrue(Files.notExists(root.resolve("tree")));
		}
	}

	@Test
	void followedLinksBackUpTheTreeStayLinks() throws Exception {
		Path elsewhere = Fixtures.newRoot("elsewhere");
		try {
			Files.createSymbolicLink(root.resolve("loop"), root);
			Files.createSymbolicLink(root.resolve("up"), root.getParent());
			Files.createSymbolicLink(root.resolve("away"), elsewhere);
			Files.createSymbolicLink(elsewhere.resolve("back"), root);
			Files.createDirectory(root.resolve("real"));
			Files.createSymbolicLink(root.resolve("sideways"), root.resolve("real"));
			try (LocalConnection c = Fixtures.connect(root, Map.of("follow_symlinks", "true"))) {
				// each of these would make an endless tree if followed
				assertEquals(EntryKind.SYMLINK, c.stat(RelPath.of("loop"), monitor).orElseThrow().kind());
				assertEquals(EntryKind.SYMLINK, c.stat(RelPath.of("up"), monitor).orElseThrow().kind());
				assertEquals(EntryKind.DIRECTORY, c.stat(RelPath.of("away"), monitor).orElseThrow().kind());
				List<Entry> inAway = new ArrayList<>();
				c.list(RelPath.of("away"), inAway::add, monitor);
				assertEquals(1, inAway.size());
				assertEquals(EntryKind.SYMLINK, inAway.get(0).kind(), "a loop through two links");
				// a link to a sibling is no loop
				assertEquals(EntryKind.DIRECTORY, c.stat(RelPath.of("sideways"), monitor).orElseThrow().kind());
			}
		} finally {
			Fixtures.deleteTree(elsewhere);
		}
	}

	@Test
	void followingReadsThroughLinksOnlyWhenAsked() throws Exception {
		try (LocalConnection c = Fixtures.connect(root, Map.of("follow_symlinks", "true"))) {
			try (InputStream in = c.read(RelPath.of("escape/canary.txt"), monitor)) {
				assertEquals("must survive", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			try (InputStream in = c.read(RelPath.of("file-link"), monitor)) {
				assertEquals("must survive", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			Entry linked = c.stat(RelPath.of("file-link"), monitor).orElseThrow();
			assertEquals(EntryKind.FILE, linked.kind());
			assertEquals(12, linked.size());
			assertEquals(EntryKind.SYMLINK, c.stat(RelPath.of("dangling"), monitor).orElseThrow().kind(),
					"a dangling link stays a link");
			List<Entry> below = new ArrayList<>();
			c.list(RelPath.of("escape"), below::add, monitor);
			assertEquals(2, below.size());
		}
	}
}
