package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `karma sync` through the materialized headless product: trees, output and every exit code it has so far. */
class SyncCliTest {

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "sync-cli");
	private final Path left = work.resolve("left");
	private final Path right = work.resolve("right");

	@BeforeEach
	void clean() throws Exception {
		Proc.deleteTree(work);
		Files.createDirectories(left.resolve("docs"));
		Files.createDirectories(right);
		Files.writeString(left.resolve("a.txt"), "hello");
		Files.writeString(left.resolve("docs/b.txt"), "doc");
		Files.writeString(right.resolve("c.txt"), "right");
	}

	private Proc.Result karma(String... args) throws Exception {
		return Proc.karma(product, work, Map.of("KARMA_HOME", work.resolve("home").toString()), Duration.ofSeconds(60), args);
	}

	@Test
	void dryRunChangesNothingThenSyncMakesBothSidesEqual() throws Exception {
		Proc.Result dry = karma("sync", left.toString(), right.toString(), "--dry-run");
		assertEquals(0, dry.exitCode(), dry::toString);
		assertTrue(dry.out().contains("copy-left-to-right  a.txt  (added on the left side)\n"), dry::toString);
		assertFalse(Files.exists(right.resolve("a.txt")), "a dry run changes nothing");

		Instant mtime = Instant.parse("2021-05-06T07:08:09.123456789Z");
		Files.setLastModifiedTime(left.resolve("a.txt"), FileTime.from(mtime));
		Proc.Result sync = karma("sync", left.toString(), right.toString(), "--json");
		assertEquals(0, sync.exitCode(), sync::toString);
		assertTrue(sync.out().matches("\\{\"runId\":\\d+,\"status\":\"ok\",\"created\":4,\"updated\":0,\"deleted\":0,"
				+ "\"conflicts\":0,\"errors\":0,\"bytes\":13,\"durationMs\":\\d+\\}\n"), sync::toString);
		assertEquals("hello", Files.readString(right.resolve("a.txt")));
		assertEquals("right", Files.readString(left.resolve("c.txt")));
		assertEquals("doc", Files.readString(right.resolve("docs/b.txt")));
		assertEquals(mtime, Files.getLastModifiedTime(right.resolve("a.txt")).toInstant(), "modification time kept");

		Proc.Result again = karma("sync", left.toString(), right.toString(), "--json");
		assertTrue(again.out().contains("\"created\":0,\"updated\":0,\"deleted\":0"), again::toString);
	}

	@Test
	void conflictsAreKeptBothOrLeftInPlaceWithExitThree() throws Exception {
		assertEquals(0, karma("sync", left.toString(), right.toString()).exitCode());
		Files.writeString(left.resolve("a.txt"), "left edit");
		Files.writeString(right.resolve("a.txt"), "right edit, longer");
		Proc.Result skip = karma("sync", left.toString(), right.toString(), "--conflict", "skip");
		assertEquals(3, skip.exitCode(), skip::toString);
		assertEquals("right edit, longer", Files.readString(right.resolve("a.txt")));

		Proc.Result keep = karma("sync", left.toString(), right.toString());
		assertEquals(0, keep.exitCode(), keep::toString);
		assertEquals("left edit", Files.readString(right.resolve("a.txt")));
		try (Stream<Path> files = Files.list(left)) {
			Path copy = files.filter(p -> p.getFileName().toString().matches("a\\.conflict-\\d{8}-\\d{6}-right\\.txt"))
					.findFirst().orElseThrow(() -> new AssertionError("conflict copy on the left"));
			assertEquals("right edit, longer", Files.readString(copy));
			assertEquals("right edit, longer", Files.readString(right.resolve(copy.getFileName())));
		}
		try (Stream<Path> versions = Files.walk(right.resolve(".karma-versions"))) {
			assertTrue(versions.anyMatch(p -> p.getFileName().toString().startsWith("a~")), "replaced file kept as a version");
		}
	}

	@Test
	void safetyAbortsAreExitFour() throws Exception {
		// a first run creates a missing destination folder; after that, a missing side is an unmounted disk
		Path fresh = work.resolve("fresh-backup");
		assertEquals(0, karma("sync", left.toString(), fresh.toString(), "--mode", "mirror").exitCode());
		assertEquals("hello", Files.readString(fresh.resolve("a.txt")));
		Files.move(fresh, work.resolve("unmounted"));
		Proc.Result missing = karma("sync", left.toString(), fresh.toString(), "--mode", "mirror");
		assertEquals(4, missing.exitCode(), missing::toString);
		assertTrue(missing.err().contains("does not exist (not mounted?); nothing was changed"), missing::toString);
		assertFalse(Files.exists(fresh), "never recreated once the pair has synced");

		for (int i = 0; i < 12; i++) {
			Files.writeString(left.resolve("f" + i), "x" + i);
		}
		assertEquals(0, karma("sync", left.toString(), right.toString(), "--mode", "mirror").exitCode());
		for (int i = 0; i < 10; i++) {
			Files.delete(left.resolve("f" + i));
		}
		Proc.Result guard = karma("sync", left.toString(), right.toString(), "--mode", "mirror");
		assertEquals(4, guard.exitCode(), guard::toString);
		assertTrue(guard.err().contains("use --force if this is intended"), guard::toString);
		assertTrue(Files.exists(right.resolve("f0")), "nothing deleted");
		Proc.Result forced = karma("sync", left.toString(), right.toString(), "--mode", "mirror", "--force");
		assertEquals(0, forced.exitCode(), forced::toString);
		assertFalse(Files.exists(right.resolve("f0")));
	}

	@Test
	void badInputIsExitTwoAndStoredProfilesSync() throws Exception {
		Proc.Result password = karma("sync", left.toString(), "ftp://me:pw@host/x");
		assertEquals(2, password.exitCode(), password::toString);
		assertFalse(password.err().contains("pw@"), password::toString);
		assertEquals(2, karma("sync", left.toString()).exitCode());
		assertEquals(2, karma("sync", "--profile", "nope").exitCode());

		assertEquals(0, karma("profile", "add", "docs", "--left", left.toString(), "--right", right.toString()).exitCode());
		Proc.Result stored = karma("sync", "--profile", "docs", "--json");
		assertEquals(0, stored.exitCode(), stored::toString);
		assertEquals("hello", Files.readString(right.resolve("a.txt")));
		assertTrue(Files.isDirectory(work.resolve("home/state/base/profile-docs")), "base state kept per profile");
	}

	@Test
	void anEndpointThatCannotBeOpenedIsExitFive() throws Exception {
		// the zip connector refuses a folder as its archive: deterministic, no network involved
		Path folder = work.resolve("not-a-zip.zip");
		Files.createDirectories(folder);
		Proc.Result result = karma("sync", left.toString(), "zip:" + folder, "--json");
		assertEquals(5, result.exitCode(), result::toString);
		assertTrue(result.err().contains("is a folder, not a ZIP archive"), result::toString);
		assertEquals(1, result.err().lines().count(), result::toString);
		assertTrue(result.out().startsWith("{\"status\":\"error\",\"message\":\"right: "), result::toString);
		try (Stream<Path> inside = Files.list(folder)) {
			assertEquals(0, inside.count(), "nothing written into the folder");
		}
	}

	@Test
	void aFolderThatRefusesWritesIsExitOneAndTheRestIsDone() throws Exception {
		assertEquals(0, karma("sync", left.toString(), right.toString()).exitCode());
		Files.writeString(left.resolve("docs/new.txt"), "blocked");
		Files.writeString(left.resolve("other.txt"), "fine");
		Path blocked = right.resolve("docs");
		Runnable unblock = block(blocked);
		try {
			Proc.Result partial = karma("sync", left.toString(), right.toString(), "--json");
			assertEquals(1, partial.exitCode(), partial::toString);
			assertTrue(partial.out().matches("\\{\"runId\":\\d+,\"status\":\"partial\",\"created\":1,\"updated\":0,"
					+ "\"deleted\":0,\"conflicts\":0,\"errors\":[1-9]\\d*,\"bytes\":4,\"durationMs\":\\d+\\}\n"),
					partial::toString);
			assertTrue(partial.err().contains("karma: docs/new.txt: "), partial::toString);
			assertEquals("fine", Files.readString(right.resolve("other.txt")), "the other item is done");
			assertFalse(Files.exists(blocked.resolve("new.txt")));
		} finally {
			unblock.run();
		}
		try (Stream<Path> all = Files.walk(right)) {
			assertEquals(List.of(), all.filter(p -> p.getFileName().toString().contains(".karma-tmp-")).toList(),
					"no temporary file left");
		}
		Proc.Result again = karma("sync", left.toString(), right.toString(), "--json");
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.out().contains("\"status\":\"ok\",\"created\":1,"), again::toString);
		assertEquals("blocked", Files.readString(blocked.resolve("new.txt")));
	}

	/**
	 * Makes a folder refuse new files and returns how to undo it: {@code chattr +i} (root ignores
	 * permissions, not the immutable attribute), else, when not root, mode 0555.
	 */
	private static Runnable block(Path folder) throws Exception {
		if (run("chattr", "+i", folder.toString()) == 0) {
			return () -> {
				try {
					assertEquals(0, run("chattr", "-i", folder.toString()), "chattr -i " + folder);
				} catch (Exception e) {
					throw new AssertionError(e);
				}
			};
		}
		Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
				"chattr +i failed and root ignores permissions: cannot make a folder refuse writes here");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		return () -> {
			try {
				Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		};
	}

	private static int run(String... command) throws Exception {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor();
		} catch (java.io.IOException e) {
			return -1; // not installed
		}
	}
}
