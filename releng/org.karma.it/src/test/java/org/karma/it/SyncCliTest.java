package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
		if (Files.exists(work)) {
			try (Stream<Path> all = Files.walk(work)) {
				for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
					Files.delete(p);
				}
			}
		}
		Files.createDirectories(left.resolve("docs"));
		Files.createDirectories(right);
		Files.writeString(left.resolve("a.txt"), "hello");
		Files.writeString(left.resolve("docs/b.txt"), "doc");
		Files.writeString(right.resolve("c.txt"), "right");
	}

	private Proc.Result karma(String... args) throws Exception {
		List<String> command = Stream.concat(Stream.of(product.resolve("karma").toString()), Stream.of(args)).toList();
		return Proc.run(command, work, Map.of("KARMA_HOME", work.resolve("home").toString()), Duration.ofSeconds(60));
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
}
