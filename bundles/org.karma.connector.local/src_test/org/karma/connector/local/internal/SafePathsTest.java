package org.karma.connector.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;
import org.karma.connector.local.internal.SafePaths.Mode;
import org.karma.connector.local.internal.SafePaths.Obstacle;
import org.karma.connector.local.internal.SafePaths.Resolved;

class SafePathsTest {

	@TempDir
	Path tmp;
	Path root;
	Path outside;

	@BeforeEach
	void tree() throws Exception {
		root = Files.createDirectory(tmp.resolve("root")).toRealPath();
		outside = Files.createDirectory(tmp.resolve("outside")).toRealPath();
		Files.createDirectories(root.resolve("a/b"));
		Files.writeString(root.resolve("a/file.txt"), "x");
		Files.createSymbolicLink(root.resolve("escape"), outside);
		Files.createSymbolicLink(root.resolve("a/inner"), root.resolve("a/b"));
		Files.writeString(outside.resolve("canary.txt"), "c");
	}

	@Test
	void plainPathsResolveBelowTheRoot() throws Exception {
		SafePaths paths = new SafePaths(root, false);
		Resolved r = paths.resolve(RelPath.of("a/b/new.txt"), Mode.WRITE);
		assertEquals(Obstacle.NONE, r.obstacle());
		assertEquals(root.resolve("a/b/new.txt"), r.path());
		assertEquals(root, paths.resolve(RelPath.ROOT, Mode.WRITE).path());
	}

	@Test
	void theFinalComponentIsNotExamined() throws Exception {
		// a link as the last component is the operation's business (stat shows it, delete unlinks it)
		SafePaths paths = new SafePaths(root, false);
		assertEquals(Obstacle.NONE, paths.resolve(RelPath.of("escape"), Mode.WRITE).obstacle());
	}

	@Test
	void linkInTheWayIsRefusedNamingTheLink() {
		SafePaths paths = new SafePaths(root, false);
		for (Mode mode : Mode.values()) {
			ConnectorException e = assertThrows(ConnectorException.class,
					() -> paths.resolve(RelPath.of("escape/canary.txt"), mode));
			assertEquals(Reason.PERMISSION_DENIED, e.reason());
			assertTrue(e.getMessage().contains("'escape' is a symbolic link"), e.getMessage());
			assertEquals(RelPath.of("escape/canary.txt"), e.path());
		}
	}

	@Test
	void linksInsideTheRootAreRefusedToo() {
		// even a link that stays inside: the resolver does not reason about targets
		SafePaths paths = new SafePaths(root, false);
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> paths.resolve(RelPath.of("a/inner/x"), Mode.WRITE));
		assertTrue(e.getMessage().contains("'a/inner'"), e.getMessage());
	}

	@Test
	void followingLinksAppliesToReadsOnly() throws Exception {
		SafePaths paths = new SafePaths(root, true);
		Resolved read = paths.resolve(RelPath.of("escape/canary.txt"), Mode.READ);
		assertEquals(Obstacle.NONE, read.obstacle());
		assertEquals("c", Files.readString(read.path()));
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> paths.resolve(RelPath.of("escape/canary.txt"), Mode.WRITE));
		assertEquals(Reason.PERMISSION_DENIED, e.reason());
		assertTrue(e.getMessage().contains("never writes or deletes through links"), e.getMessage());
	}

	@Test
	void missingAndNonFolderAncestorsAreReported() throws Exception {
		SafePaths paths = new SafePaths(root, false);
		Resolved missing = paths.resolve(RelPath.of("a/none/deeper/x"), Mode.WRITE);
		assertEquals(Obstacle.MISSING, missing.obstacle());
		assertEquals(RelPath.of("a/none"), missing.at());
		Resolved file = paths.resolve(RelPath.of("a/file.txt/x"), Mode.READ);
		assertEquals(Obstacle.NOT_A_DIRECTORY, file.obstacle());
		assertEquals(RelPath.of("a/file.txt"), file.at());
		Resolved under = paths.resolve(RelPath.of("a/file.txt/x/y"), Mode.READ);
		assertEquals(Obstacle.NOT_A_DIRECTORY, under.obstacle());
	}

	@Test
	void relativePathsOfFileSystemPaths() {
		SafePaths paths = new SafePaths(root, false);
		assertEquals(RelPath.of("a/b"), paths.toRel(root.resolve("a/b")));
		assertEquals(RelPath.ROOT, paths.toRel(root));
		assertNull(paths.toRel(outside.resolve("canary.txt")));
	}
}
