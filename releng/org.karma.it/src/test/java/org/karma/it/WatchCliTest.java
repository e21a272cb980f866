package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code karma watch} through the materialized headless product: a real-time two-way profile syncs
 * a file created on either side while the daemon runs, and SIGTERM stops it with exit 0, leaving no
 * temporary or partial files.
 */
class WatchCliTest {

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "watch-cli");
	private final Path left = work.resolve("left");
	private final Path right = work.resolve("right");
	private final Path home = work.resolve("home");

	@Test
	void realTimeSyncWhileWatchingThenSigtermStopsCleanly() throws Exception {
		Proc.deleteTree(work);
		Files.createDirectories(left);
		Files.createDirectories(right);
		Files.writeString(left.resolve("before.txt"), "there before the watch");
		Proc.Result add = Proc.karma(product, work, Map.of("KARMA_HOME", home.toString()), Duration.ofSeconds(60), "profile",
				"add", "docs", "--left", left.toString(), "--right", right.toString(), "--mode", "two-way", "--schedule",
				"realtime");
		assertEquals(0, add.exitCode(), add::toString);

		Path out = work.resolve("watch-out.txt");
		Path err = work.resolve("watch-err.txt");
		ProcessBuilder builder = new ProcessBuilder(product.resolve("karma").toString(), "watch").directory(work.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().put("KARMA_HOME", home.toString());
		Process process = builder.start();
		try {
			BooleanSupplier startRunDone = () -> read(out).contains(" docs start run ");
			await(startRunDone, process, out, err, "the start run");
			assertEquals("there before the watch", Files.readString(right.resolve("before.txt")));

			long t0 = System.nanoTime();
			Files.writeString(left.resolve("new.txt"), "created on the left while watching");
			await(() -> "created on the left while watching".equals(readOrNull(right.resolve("new.txt"))), process, out, err,
					"new.txt on the right");
			long leftToRight = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

			Files.createDirectories(right.resolve("nested/deeper"));
			Files.writeString(right.resolve("nested/deeper/r.txt"), "created on the right in a new folder");
			await(() -> "created on the right in a new folder".equals(readOrNull(left.resolve("nested/deeper/r.txt"))), process,
					out, err, "nested/deeper/r.txt on the left");
			System.out.println("watch: left to right " + leftToRight + " ms");

			Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start();
			assertEquals(0, kill.waitFor(), "kill -TERM");
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ends after SIGTERM\n" + read(out) + "\n" + read(err));
		} finally {
			process.destroyForcibly();
		}
		String both = "--- stdout\n" + read(out) + "\n--- stderr\n" + read(err);
		assertEquals(0, process.exitValue(), both);
		assertTrue(read(err).contains("karma: watching 1 profile(s): docs (realtime)"), both);
		assertTrue(read(err).contains("karma: stopped"), both);
		List<String> lines = read(out).lines().toList();
		assertFalse(lines.isEmpty(), both);
		for (String line : lines) {
			assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d docs (start|changes|rescan) run \\d+: ok, \\d+ created, "
					+ "\\d+ updated, \\d+ deleted, 0 conflicts, 0 errors, \\d+ bytes in \\d+ ms"), "one line per run: " + line
					+ "\n" + both);
		}
		assertEquals(files(left), files(right));
		assertNoTemporaryFiles(left);
		assertNoTemporaryFiles(right);
	}

	@Test
	void sigtermDuringARunCancelsItAndLeavesNothingPartial() throws Exception {
		Path work2 = work.resolveSibling("watch-cli-term");
		Proc.deleteTree(work2);
		Path l = Files.createDirectories(work2.resolve("left"));
		Path r = Files.createDirectories(work2.resolve("right"));
		Path h = work2.resolve("home");
		for (int i = 0; i < 6000; i++) {
			Path file = l.resolve("d" + i % 50).resolve("f" + i + ".bin");
			Files.createDirectories(file.getParent());
			byte[] b = new byte[4096 + i % 4096];
			java.util.Arrays.fill(b, (byte) i);
			Files.write(file, b);
		}
		Proc.Result add = Proc.karma(product, work2, Map.of("KARMA_HOME", h.toString()), Duration.ofSeconds(60), "profile",
				"add", "big", "--left", l.toString(), "--right", r.toString(), "--mode", "mirror", "--schedule", "realtime");
		assertEquals(0, add.exitCode(), add::toString);
		Path out = work2.resolve("watch-out.txt");
		Path err = work2.resolve("watch-err.txt");
		ProcessBuilder builder = new ProcessBuilder(product.resolve("karma").toString(), "watch", "big")
				.directory(work2.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().put("KARMA_HOME", h.toString());
		Process process = builder.start();
		try {
			// the start run is copying: the first files arrived
			await(() -> countFiles(r) > 10, process, out, err, "the start run copying");
			Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start();
			assertEquals(0, kill.waitFor(), "kill -TERM");
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ends after SIGTERM\n" + read(out) + "\n" + read(err));
		} finally {
			process.destroyForcibly();
		}
		String both = "--- stdout\n" + read(out) + "\n--- stderr\n" + read(err);
		assertEquals(0, process.exitValue(), both);
		assertTrue(read(out).matches("(?s).* big start run \\d+: cancelled, \\d+ created, .*"), both);
		assertNoTemporaryFiles(r);
		long copied = countFiles(r);
		assertTrue(copied < 6000, "stopped before the end: " + copied + "\n" + both);
		try (Stream<Path> all = Files.walk(r)) {
			for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
				assertEquals(-1L, Files.mismatch(p, l.resolve(r.relativize(p))), p + " is complete");
			}
		}
	}

	private static long countFiles(Path root) {
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).count();
		} catch (Exception e) {
			return 0;
		}
	}

	private static void await(BooleanSupplier condition, Process process, Path out, Path err, String what)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!condition.getAsBoolean()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				fail("no " + what + " (exit " + (process.isAlive() ? "-" : process.exitValue()) + ")\n--- stdout\n" + read(out)
						+ "\n--- stderr\n" + read(err));
			}
			Thread.sleep(10); // polling for a result, not waiting for time
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			return "";
		}
	}

	private static String readOrNull(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			return null;
		}
	}

	private static Map<String, String> files(Path root) throws Exception {
		Map<String, String> files = new java.util.TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				String rel = root.relativize(p).toString();
				if (Files.isRegularFile(p) && !rel.startsWith(".karma")) {
					files.put(rel, Files.readString(p));
				}
			}
		}
		return files;
	}

	private static void assertNoTemporaryFiles(Path root) throws Exception {
		try (Stream<Path> all = Files.walk(root)) {
			assertEquals(List.of(), all.filter(p -> p.getFileName().toString().contains(".karma-tmp")).toList());
		}
	}
}
