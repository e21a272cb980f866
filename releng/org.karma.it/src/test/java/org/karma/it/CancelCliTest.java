package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ctrl-C (SIGINT) and SIGTERM during {@code karma sync}, through the materialized headless product:
 * the run stops cleanly with exit 130, says "cancelled" in its JSON and history, leaves no temporary
 * files and no partial files under real names, and the next run completes the sync.
 */
class CancelCliTest {

	private static final int FILES = 6000;
	private final Path product = Proc.dir("karma.headless.product");

	@ParameterizedTest
	@ValueSource(strings = { "INT", "TERM" })
	void aSignalCancelsTheRunCleanlyAndTheNextRunFinishesIt(String signal) throws Exception {
		Assumptions.assumeFalse(signal.equals("INT") && sigintIgnored(),
				"this test runs with SIGINT ignored (started in the background by a shell without job control),"
						+ " and so would karma: nothing to test");
		Path work = Path.of(System.getProperty("karma.it.work"), "cancel-cli-" + signal);
		deleteTree(work);
		Path left = work.resolve("left");
		Path right = work.resolve("right");
		Path home = work.resolve("home");
		Files.createDirectories(right);
		for (int i = 0; i < FILES; i++) {
			Path file = left.resolve("d" + i % 50).resolve("f" + i + ".bin");
			Files.createDirectories(file.getParent());
			Files.write(file, content(i, 4096 + i % 4096));
		}

		Path out = work.resolve("out.txt");
		Path err = work.resolve("err.txt");
		ProcessBuilder builder = new ProcessBuilder(product.resolve("karma").toString(), "sync", left.toString(),
				right.toString(), "--json", "--concurrency", "1").directory(work.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile());
		builder.environment().put("KARMA_HOME", home.toString());
		builder.environment().put("KARMA_PROGRESS_INTERVAL_MS", "100");
		Process process = builder.start();
		try {
			// the plain progress line of the execution shows the run is under way
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (!Files.readString(err, StandardCharsets.UTF_8).contains(" files, ")) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					fail("no progress line (exit " + (process.isAlive() ? "-" : process.exitValue()) + ")\n"
							+ Files.readString(err, StandardCharsets.UTF_8));
				}
				Thread.sleep(20); // polling for output, not waiting for time
			}
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
			assertEquals(0, kill.waitFor(), "kill -" + signal);
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ends after the signal");
		} finally {
			process.destroyForcibly();
		}
		String stdout = Files.readString(out, StandardCharsets.UTF_8);
		String stderr = Files.readString(err, StandardCharsets.UTF_8);
		String both = "--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
		assertEquals(130, process.exitValue(), both);
		Matcher json = Pattern.compile("\\{\"runId\":(\\d+),\"status\":\"cancelled\",\"created\":(\\d+),.*\\}\n")
				.matcher(stdout);
		assertTrue(json.matches(), "stdout is one JSON object: " + both);
		assertTrue(stderr.contains("karma: cancelling"), both);
		assertEquals("CANCELLED", runStatus(home, Long.parseLong(json.group(1))), "history row");

		Map<String, Path> copied = files(right);
		Map<String, Path> source = files(left);
		assertTrue(copied.size() < source.size(), "cancelled before the end: " + copied.size() + " copied");
		assertNoTemporaryFiles(left);
		assertNoTemporaryFiles(right);
		for (Map.Entry<String, Path> e : copied.entrySet()) {
			assertTrue(source.containsKey(e.getKey()), e.getKey());
			assertArrayEquals(Files.readAllBytes(source.get(e.getKey())), Files.readAllBytes(e.getValue()),
					e.getKey() + " is complete");
		}

		Proc.Result again = Proc.run(List.of(product.resolve("karma").toString(), "sync", left.toString(),
				right.toString(), "--json"), work, Map.of("KARMA_HOME", home.toString()), Duration.ofSeconds(180));
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.out().contains("\"status\":\"ok\""), again::toString);
		Map<String, Path> after = files(right);
		assertEquals(source.keySet(), after.keySet());
		for (Map.Entry<String, Path> e : after.entrySet()) {
			assertArrayEquals(Files.readAllBytes(source.get(e.getKey())), Files.readAllBytes(e.getValue()), e.getKey());
		}
	}

	/** Whether this process ignores SIGINT (its children inherit that); Linux only, else false. */
	private static boolean sigintIgnored() throws Exception {
		Path status = Path.of("/proc/self/status");
		if (!Files.exists(status)) {
			return false;
		}
		for (String line : Files.readAllLines(status)) {
			if (line.startsWith("SigIgn:")) {
				return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0x2) != 0; // bit of signal 2
			}
		}
		return false;
	}

	private static byte[] content(int i, int size) {
		byte[] b = new byte[size];
		for (int j = 0; j < size; j++) {
			b[j] = (byte) (i * 131 + j * 7);
		}
		return b;
	}

	/** Regular files by relative path, KARMA's own folders left out. */
	private static Map<String, Path> files(Path root) throws Exception {
		Map<String, Path> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			all.filter(Files::isRegularFile).forEach(p -> {
				String rel = root.relativize(p).toString();
				if (!rel.startsWith(".karma-versions")) {
					files.put(rel, p);
				}
			});
		}
		return files;
	}

	private static void assertNoTemporaryFiles(Path root) throws Exception {
		try (Stream<Path> all = Files.walk(root)) {
			List<Path> temps = all.filter(p -> p.getFileName().toString().contains(".karma-tmp")).toList();
			assertEquals(List.of(), temps, "temporary files left under " + root);
		}
	}

	/** The status of a run in the history database, read with the sqlite driver the product ships. */
	private String runStatus(Path home, long runId) throws Exception {
		List<URL> jars = new ArrayList<>();
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			plugins.filter(p -> p.getFileName().toString().startsWith("org.xerial.sqlite-jdbc")).forEach(p -> {
				try {
					jars.add(p.toUri().toURL());
				} catch (java.net.MalformedURLException e) {
					throw new IllegalStateException(e);
				}
			});
		}
		assertEquals(1, jars.size(), "the product's sqlite driver: " + jars);
		try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), getClass().getClassLoader())) {
			Driver driver = (Driver) loader.loadClass("org.sqlite.JDBC").getDeclaredConstructor().newInstance();
			Path db = home.resolve("state").resolve("history.db");
			try (Connection c = driver.connect("jdbc:sqlite:" + db.toString().replace(File.separatorChar, '/'),
					new Properties()); Statement s = c.createStatement();
					ResultSet r = s.executeQuery("SELECT status FROM runs WHERE id = " + runId)) {
				assertTrue(r.next(), "run " + runId + " in " + db);
				return r.getString(1);
			}
		}
	}

	private static void deleteTree(Path root) throws Exception {
		Proc.deleteTree(root);
	}
}
