package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Crash safety of two-way `karma sync` through the materialized headless product: random edits on
 * both sides, a run killed with SIGKILL after a random delay (so that kills land in every phase),
 * then runs without killing. After each kill no file under a real name is partial (every one holds
 * a content the test wrote, by SHA-256); after the next runs both sides are equal, no content that
 * was current before the killed run is lost (it is current, a version or a conflict copy), the
 * per-pair lock did not outlive the killed process, the base state was not damaged, and leftover
 * temporary files were never synced.
 *
 * <p>{@code -Dkarma.crash.kills=N} (or {@code KARMA_CRASH_KILLS}) sets the number of kills (default
 * 20); {@code -Dkarma.crash.seed=S} (or {@code KARMA_CRASH_SEED}) repeats a run (the seed is in
 * every failure message).
 */
class CrashCliTest {

	private static final Pattern TEMP = Pattern.compile("\\..*\\.karma-tmp-[0-9a-f]{16}|\\.karma-probe-[0-9a-f]{16}",
			Pattern.DOTALL);
	private static final String VERSIONS = ".karma-versions";
	private static final String HEADER = "karma crash test content #";
	private static final Pattern JSON_COUNTS = Pattern.compile("\"status\":\"(\\w+)\",\"created\":(\\d+),"
			+ "\"updated\":(\\d+),\"deleted\":(\\d+),\"conflicts\":(\\d+),\"errors\":(\\d+)");

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "crash-cli");
	private final Path left = work.resolve("left");
	private final Path right = work.resolve("right");
	private final Path home = work.resolve("home");
	private final long seed = setting("karma.crash.seed", System.nanoTime());
	private final Random random = new Random(seed);
	/** Every content ever written by the test: SHA-256 to the content's id. */
	private final Map<String, Long> journal = new HashMap<>();
	private final Map<String, String> hashCache = new HashMap<>();
	private long nextId;
	private int runs;

	/** What is on one side: files by content, versions, temporary leftovers, folders. */
	record Tree(Map<String, String> files, Map<String, String> versions, Set<String> temps, Set<String> dirs) {
		Set<String> contents() {
			Set<String> all = new TreeSet<>(files.values());
			all.addAll(versions.values());
			return all;
		}
	}

	record Run(int exitCode, String out, String err, long millis, boolean killed, boolean killedJava) {
		@Override
		public String toString() {
			return "exit " + exitCode + " after " + millis + " ms" + (killed ? " (killed)" : "") + "\n--- stdout\n" + out
					+ "\n--- stderr\n" + err;
		}
	}

	@Test
	void killedRunsNeverLeavePartialFilesNorLoseContentAndTheNextRunConverges() throws Exception {
		long started = System.nanoTime();
		int kills = (int) setting("karma.crash.kills", 20);
		deleteTree(work);
		Files.createDirectories(left);
		Files.createDirectories(right);
		for (int i = 0; i < 320; i++) {
			write(left.resolve("d" + random.nextInt(16) + "/s" + random.nextInt(3) + "/f" + (nextId + 1) + ".bin"), size());
		}
		for (int i = 0; i < 120; i++) {
			write(right.resolve("d" + random.nextInt(16) + "/r" + random.nextInt(3) + "/f" + (nextId + 1) + ".bin"), size());
		}
		Run first = sync(-1);
		assertEquals(0, first.exitCode(), () -> context(first));
		assertConverged("the first run");

		// calibration: an uninterrupted run of the size the killed runs have
		long startup = sync("connectors").millis();
		edit(List.of());
		Run calibration = sync(-1);
		assertTrue(calibration.exitCode() == 0 || calibration.exitCode() == 3, () -> context(calibration));
		settle(calibration.exitCode());
		// the window kills are drawn from follows the length of whole runs after an edit round
		double span = calibration.millis();
		long shortest = Long.MAX_VALUE;
		long longest = 0;

		Map<String, Integer> phases = new TreeMap<>();
		int killed = 0;
		int finished = 0;
		int javaKills = 0;
		int leftovers = 0;
		List<String> leftoverDirs = new ArrayList<>();
		for (int round = 0; killed < kills; round++) {
			assertTrue(round < kills * 3, "too few runs lived long enough to be killed: " + killed + " of " + round);
			edit(leftoverDirs);
			Tree leftBefore = tree(left);
			Tree rightBefore = tree(right);
			Map<String, String> currentBefore = new TreeMap<>();
			leftBefore.files().forEach((p, h) -> currentBefore.put(h, "left/" + p));
			rightBefore.files().forEach((p, h) -> currentBefore.put(h, "right/" + p));
			long stateBefore = newest(home.resolve("state"));

			long delay = (long) (random.nextDouble() * span);
			shortest = Math.min(shortest, (long) span);
			longest = Math.max(longest, (long) span);
			Run run = sync(delay);
			Tree leftKilled = tree(left);
			Tree rightKilled = tree(right);
			if (run.killed()) {
				killed++;
				javaKills += run.killedJava() ? 1 : 0;
				phases.merge(phase(run, startup, leftBefore, rightBefore, leftKilled, rightKilled, stateBefore), 1,
						Integer::sum);
			} else {
				finished++;
				assertTrue(run.exitCode() == 0 || run.exitCode() == 3, () -> context(run));
			}
			leftovers += (int) (leftKilled.temps().stream().filter(t -> !leftBefore.temps().contains(t)).count()
					+ rightKilled.temps().stream().filter(t -> !rightBefore.temps().contains(t)).count());
			leftoverDirs = Stream.concat(leftKilled.temps().stream(), rightKilled.temps().stream())
					.map(t -> Path.of(t).getParent()).filter(d -> d != null && !d.startsWith(VERSIONS)).map(Path::toString)
					.distinct().toList();
			assertWhole(leftKilled, "left after run " + runs);
			assertWhole(rightKilled, "right after run " + runs);

			Run next = sync(-1);
			boolean untouched = leftBefore.equals(leftKilled) && rightBefore.equals(rightKilled);
			if (!run.killed() || untouched) { // a whole run: this one, or the next after a kill before any change
				span = 0.7 * span + 0.3 * (run.killed() ? next.millis() : run.millis());
			}
			assertFalse(next.err().contains("another run"), () -> "the lock outlived the killed process: " + context(next));
			assertFalse(next.err().contains("damaged"), () -> "the base state was damaged: " + context(next));
			assertTrue(next.exitCode() == 0 || next.exitCode() == 3, () -> context(next));
			settle(next.exitCode());
			Tree leftAfter = tree(left);
			Tree rightAfter = tree(right);
			assertWhole(leftAfter, "left after convergence");
			assertWhole(rightAfter, "right after convergence");
			assertTrue(leftKilled.temps().containsAll(leftAfter.temps()) && rightKilled.temps().containsAll(rightAfter.temps()),
					() -> "temporary files are never synced nor made by a run that finished: left " + leftAfter.temps()
							+ " (after the kill " + leftKilled.temps() + "), right " + rightAfter.temps() + " (after the kill "
							+ rightKilled.temps() + ")" + context(next));
			Set<String> kept = new TreeSet<>(leftAfter.contents());
			kept.addAll(rightAfter.contents());
			Map<String, String> lost = new TreeMap<>(currentBefore);
			lost.keySet().removeAll(kept);
			assertTrue(lost.isEmpty(), () -> "contents lost (current before the killed run, now neither current, a"
					+ " version nor a conflict copy): " + lost.values() + context(run));
		}
		long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
		System.out.printf("crash test: seed %d, %d kills (%d of the JVM itself, %d before it started), %d runs finished"
				+ " before their kill, %d temporary leftovers, kill delays up to %d-%d ms (startup %d ms), phases %s, %d runs,"
				+ " %d s%n", seed, killed, javaKills, killed - javaKills, finished, leftovers, shortest, longest, startup,
				phases, runs, seconds);
	}

	// ------------------------------------------------------------------ runs

	/** Runs a sync to its end ({@code killAfter < 0}) or kills it (and its JVM) after that many ms. */
	private Run sync(long killAfter) throws Exception {
		return run(killAfter, "sync", left.toString(), right.toString(), "--json");
	}

	private Run sync(String... args) throws Exception {
		return run(-1, args);
	}

	private Run run(long killAfter, String... args) throws Exception {
		runs++;
		Path out = work.resolve("run-" + runs + ".out");
		Path err = work.resolve("run-" + runs + ".err");
		List<String> command = Stream.concat(Stream.of(product.resolve("karma").toString()), Stream.of(args)).toList();
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile());
		builder.environment().put("KARMA_HOME", home.toString());
		long start = System.nanoTime();
		Process process = builder.start();
		boolean killed = false;
		boolean killedJava = false;
		if (killAfter >= 0 && !process.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
			// the launcher execs java; kill whatever runs now, the JVM and anything it started
			List<ProcessHandle> all = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
			for (ProcessHandle h : all) {
				killedJava |= h.info().command().map(c -> c.endsWith("/java")).orElse(false);
				h.destroyForcibly();
			}
			killed = true;
		}
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			fail(command + " did not finish within 120 s" + context(null));
		}
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		if (killed) {
			for (ProcessHandle h : process.descendants().toList()) {
				h.onExit().get(30, TimeUnit.SECONDS);
			}
		}
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8), millis, killed, killedJava);
	}

	/**
	 * After a run that was not killed: one more run must change nothing and end with both sides
	 * equal (a run with conflicts it could not resolve may need one more run first).
	 */
	private void settle(int exitCode) throws Exception {
		Run again = sync(-1);
		if (exitCode == 3 && again.exitCode() == 3) {
			again = sync(-1);
		}
		Run last = again;
		assertEquals(0, last.exitCode(), () -> context(last));
		Matcher m = JSON_COUNTS.matcher(last.out());
		assertTrue(m.find(), () -> context(last));
		assertEquals("ok 0 0 0 0 0", m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " "
				+ m.group(5) + " " + m.group(6), () -> "a run after a complete one changes nothing: " + context(last));
		assertConverged("run " + runs);
	}

	private void assertConverged(String when) throws IOException {
		Tree l = tree(left);
		Tree r = tree(right);
		assertEquals(l.files(), r.files(), () -> "both sides have the same files after " + when + context(null));
		assertEquals(l.dirs(), r.dirs(), () -> "both sides have the same folders after " + when + context(null));
	}

	/** Every file under a real name, versions included, holds a whole content the test wrote. */
	private void assertWhole(Tree tree, String where) {
		Map<String, String> partial = new TreeMap<>();
		tree.files().forEach((p, h) -> {
			if (!journal.containsKey(h)) {
				partial.put(p, h);
			}
		});
		tree.versions().forEach((p, h) -> {
			if (!journal.containsKey(h)) {
				partial.put(VERSIONS + "/" + p, h);
			}
		});
		assertTrue(partial.isEmpty(), () -> "files holding no content ever written (partial?) on the " + where + ": "
				+ partial.keySet() + context(null));
	}

	/**
	 * Where a kill landed, from what it left: before the JVM had started its work, during scan and
	 * plan (nothing changed yet), while copying (sides differ; "mid-file" when a temporary file was
	 * left), or after all items were applied (base entries or the history not yet written, or after
	 * both).
	 */
	private String phase(Run run, long startup, Tree leftBefore, Tree rightBefore, Tree leftKilled, Tree rightKilled,
			long stateBefore) throws IOException {
		if (!run.killedJava()) {
			return "1 launcher";
		}
		boolean untouched = leftBefore.equals(leftKilled) && rightBefore.equals(rightKilled);
		if (untouched) {
			return run.millis() < startup ? "2 JVM startup" : "3 scan/plan";
		}
		if (!leftKilled.files().equals(rightKilled.files()) || !leftKilled.dirs().equals(rightKilled.dirs())) {
			boolean midFile = leftKilled.temps().size() > leftBefore.temps().size()
					|| rightKilled.temps().size() > rightBefore.temps().size();
			return midFile ? "4 copying (mid-file)" : "4 copying";
		}
		long base = newest(home.resolve("state/base"));
		if (base <= stateBefore) {
			return "5 all applied, base not written";
		}
		long history = newestOutside(home.resolve("state"), home.resolve("state/base"));
		return history < base ? "6 base written, history not finished" : "7 history written";
	}

	// ------------------------------------------------------------------ workload

	/**
	 * Random edits on both sides of a converged pair: creates, modifies, deletes and conflicts. Of
	 * the folders where the last kill left temporary files, some are deleted on one side.
	 */
	private void edit(List<String> leftoverDirs) throws IOException {
		List<String> files = new ArrayList<>(tree(left).files().keySet());
		Set<String> touched = new TreeSet<>();
		for (String dir : leftoverDirs) {
			if (random.nextBoolean() && Files.isDirectory(left.resolve(dir)) && Files.isDirectory(right.resolve(dir))) {
				deleteTree(side().resolve(dir));
				files.removeIf(f -> f.startsWith(dir + "/"));
			}
		}
		if (random.nextInt(10) < 3) { // a whole folder deleted on one side
			List<String> dirs = new ArrayList<>(tree(left).dirs());
			dirs.removeIf(d -> d.indexOf('/') < 0);
			if (!dirs.isEmpty()) {
				String dir = dirs.get(random.nextInt(dirs.size()));
				deleteTree(side().resolve(dir));
				files.removeIf(f -> f.startsWith(dir + "/"));
			}
		}
		for (int i = 0; i < 10; i++) {
			write(side().resolve("d" + random.nextInt(20) + "/n" + random.nextInt(4) + "/f" + (nextId + 1) + ".bin"),
					size());
		}
		for (int i = 0; i < 8 && !files.isEmpty(); i++) { // three of them big, so that copies take a while
			String f = pick(files, touched);
			Path p = side().resolve(f);
			write(p, i < 3 ? 1_000_000 + random.nextInt(4_000_000) : size(), Files.size(p));
		}
		for (int i = 0; i < 4 && !files.isEmpty(); i++) {
			Files.delete(side().resolve(pick(files, touched)));
		}
		for (int i = 0; i < 2 && !files.isEmpty(); i++) { // changed on both sides
			String f = pick(files, touched);
			write(left.resolve(f), size(), Files.size(left.resolve(f)));
			write(right.resolve(f), size(), Files.size(right.resolve(f)));
		}
		if (random.nextBoolean() && !files.isEmpty()) { // deleted on one side, changed on the other
			String f = pick(files, touched);
			boolean l = random.nextBoolean();
			Files.delete((l ? left : right).resolve(f));
			Path other = (l ? right : left).resolve(f);
			write(other, size(), Files.size(other));
		}
	}

	private String pick(List<String> files, Set<String> touched) {
		String f = files.remove(random.nextInt(files.size()));
		touched.add(f);
		return f;
	}

	private Path side() {
		return random.nextBoolean() ? left : right;
	}

	/** Sizes from 1 KB to 4 MB, mostly small. */
	private int size() {
		int r = random.nextInt(100);
		return r < 85 ? 1024 + random.nextInt(31 * 1024) : r < 97 ? 32 * 1024 + random.nextInt(480 * 1024)
				: 1_000_000 + random.nextInt(3_000_000);
	}

	private void write(Path file, int size) throws IOException {
		write(file, size, -1);
	}

	/** Writes a new unique content (of another size than {@code oldSize}, so that time and size show the change). */
	private void write(Path file, int size, long oldSize) throws IOException {
		long id = ++nextId;
		byte[] header = (HEADER + id + "\n").getBytes(StandardCharsets.US_ASCII);
		int n = Math.max(size, header.length) == oldSize ? (int) oldSize + 1 : Math.max(size, header.length);
		byte[] content = new byte[n];
		random.nextBytes(content);
		System.arraycopy(header, 0, content, 0, header.length);
		Files.createDirectories(file.getParent());
		Files.write(file, content);
		journal.put(sha256(content), id);
	}

	// ------------------------------------------------------------------ trees

	private Tree tree(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		Map<String, String> versions = new TreeMap<>();
		Set<String> temps = new TreeSet<>();
		Set<String> dirs = new TreeSet<>();
		Path versionRoot = root.resolve(VERSIONS);
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				if (dir.equals(root) || dir.equals(versionRoot)) {
					return FileVisitResult.CONTINUE;
				}
				String rel = root.relativize(dir).toString();
				if (TEMP.matcher(dir.getFileName().toString()).matches()) {
					temps.add(rel);
					return FileVisitResult.SKIP_SUBTREE; // the connector's probe folder
				}
				if (!dir.startsWith(versionRoot)) {
					dirs.add(rel);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				String rel = root.relativize(file).toString();
				if (TEMP.matcher(file.getFileName().toString()).matches()) {
					temps.add(rel);
				} else if (!attrs.isRegularFile()) {
					fail("not a regular file: " + file);
				} else if (file.startsWith(versionRoot)) {
					versions.put(versionRoot.relativize(file).toString(), hash(file));
				} else {
					files.put(rel, hash(file));
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return new Tree(files, versions, temps, dirs);
	}

	/** SHA-256 of a file, cached by identity, size, modification and change time (any write changes ctime). */
	private String hash(Path file) throws IOException {
		Map<String, Object> a = Files.readAttributes(file, "unix:ino,size,lastModifiedTime,ctime", LinkOption.NOFOLLOW_LINKS);
		String key = file + "|" + a.get("ino") + "|" + a.get("size") + "|" + a.get("lastModifiedTime") + "|" + a.get("ctime");
		String known = hashCache.get(key);
		if (known != null) {
			return known;
		}
		MessageDigest digest = digest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		String h = HexFormat.of().formatHex(digest.digest());
		hashCache.put(key, h);
		return h;
	}

	private static String sha256(byte[] content) {
		return HexFormat.of().formatHex(digest().digest(content));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Newest modification time (ms) of a file under a folder, 0 for none. */
	private static long newest(Path dir) throws IOException {
		return newestOutside(dir, null);
	}

	private static long newestOutside(Path dir, Path skip) throws IOException {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			return all.filter(p -> skip == null || !p.startsWith(skip)).filter(Files::isRegularFile)
					.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		Proc.deleteTree(dir);
	}

	private String context(Run run) {
		return "\n(seed " + seed + ", run " + runs + ", work folder " + work + ")" + (run == null ? "" : "\n" + run);
	}

	private static long setting(String property, long otherwise) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
		}
		return value == null || value.isBlank() ? otherwise : Long.parseLong(value.trim());
	}
}
