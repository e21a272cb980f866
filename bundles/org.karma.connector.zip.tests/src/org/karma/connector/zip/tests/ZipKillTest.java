package org.karma.connector.zip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.zip.internal.ZipConnectorFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Crash safety: a child JVM commits large entries to an archive in a loop and is killed
 * ({@code destroyForcibly}, SIGKILL) while a commit is in progress, at different moments. Each
 * time the archive must open and hold exactly the content of the last completed commit, and a
 * new connection must remove the temporary files the dead process left.
 */
class ZipKillTest {

	private static final int MIB = 12;
	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private Path dir;
	private Path zip;
	private Process child;

	@BeforeEach
	void folder() throws IOException {
		dir = Files.createTempDirectory("karma-zip-kill");
		zip = dir.resolve("a.zip");
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (child != null && child.isAlive()) {
			child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		ZipFixture.deleteTree(dir);
	}

	/**
	 * When to kill: when a temporary file with this suffix grows and has reached this part of its
	 * expected size (the big entry for spool files, the archive for new archives).
	 */
	private record Moment(String name, String suffix, double part) {
	}

	@Test
	void killedAtAnyMomentTheArchiveHoldsTheLastCompletedCommit() throws Exception {
		List<Moment> moments = List.of(new Moment("while new content is spooled", ".spool", 0.2),
				new Moment("as the new archive is started", ".tmp", 0), new Moment("a third into the new archive", ".tmp", 0.33),
				new Moment("two thirds into the new archive", ".tmp", 0.66),
				new Moment("at the end of the new archive", ".tmp", 0.93));
		List<String> report = new ArrayList<>();
		for (Moment moment : moments) {
			report.add(killOnce(moment));
		}
		System.out.println("ZipKillTest: child class path " + classPath());
		System.out.println("ZipKillTest: " + String.join("; ", report));
	}

	/** Runs the child until the moment, kills it, checks the archive; returns a line for the log. */
	private String killOnce(Moment moment) throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-cp", classPath(), KillTestWriter.class.getName(), zip.toString(), Integer.toString(MIB));
		int startedAt;
		try (Connection before = connect()) {
			startedAt = KillTestWriter.lastCommit(before);
		}
		child = new ProcessBuilder(command).redirectErrorStream(true).start();
		AtomicInteger lastPrinted = new AtomicInteger(-1);
		Deque<String> output = new ArrayDeque<>();
		Thread reader = new Thread(() -> readLines(child.getInputStream(), output, lastPrinted), "kill-test-output");
		reader.setDaemon(true);
		reader.start();

		// at least one complete commit in this run, so that the growing files belong to the next one
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		Map<String, Long> previous = Map.of();
		boolean killed = false;
		while (System.nanoTime() < deadline) {
			if (!child.isAlive()) {
				fail("the writer died by itself: " + String.join("\n", output));
			}
			Map<String, Long> now = tempFiles();
			if (lastPrinted.get() > startedAt && reached(moment, sizesGrowing(previous, now))) {
				child.destroyForcibly();
				killed = true;
				break;
			}
			previous = now;
			Thread.sleep(2); // polling interval only; correctness does not depend on it
		}
		assertTrue(killed, "moment '" + moment.name() + "' not reached in " + TIMEOUT + ": " + output);
		assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		reader.join(TimeUnit.SECONDS.toMillis(30));
		int printed = lastPrinted.get();
		Set<String> leftovers = tempFiles().keySet();

		try (Connection c = connect()) {
			int holds = KillTestWriter.lastCommit(c);
			assertTrue(holds == printed || holds == printed + 1,
					"archive holds commit " + holds + ", last reported " + printed + " (" + moment.name() + ")");
			Map<String, String> content = new TreeMap<>();
			List<Entry> entries = new ArrayList<>();
			c.list(RelPath.ROOT, entries::add, null);
			for (Entry e : entries) {
				try (InputStream in = c.read(e.path(), null)) {
					content.put(e.path().toString(), KillTestWriter.sha256(in));
				}
			}
			assertEquals(KillTestWriter.expected(holds, MIB), content, "exactly the content of commit " + holds);
			assertEquals(Set.of(), tempFiles().keySet(), "a new connection removes the dead writer's temporary files "
					+ leftovers);
			child = null;
			return moment.name() + ": reported " + printed + ", archive holds " + holds + ", stale files removed "
					+ leftovers;
		}
	}

	private boolean reached(Moment moment, Map<String, Long> growing) throws IOException {
		long expected = moment.suffix().equals(".spool") ? KillTestWriter.size(MIB) : Files.size(zip);
		long atLeast = Math.max(1, (long) (moment.part() * expected));
		return growing.entrySet().stream().anyMatch(e -> e.getKey().endsWith(moment.suffix()) && e.getValue() >= atLeast);
	}

	/** The files of {@code now} that are larger than in {@code previous} (name to size). */
	private static Map<String, Long> sizesGrowing(Map<String, Long> previous, Map<String, Long> now) {
		Map<String, Long> growing = new TreeMap<>();
		now.forEach((name, size) -> {
			Long before = previous.get(name);
			if (before != null && size > before) {
				growing.put(name, size);
			}
		});
		return growing;
	}

	/** Temporary files beside the archive, name to size. */
	private Map<String, Long> tempFiles() throws IOException {
		Map<String, Long> files = new TreeMap<>();
		try (Stream<Path> list = Files.list(dir)) {
			for (Path p : list.toList()) {
				String name = p.getFileName().toString();
				if (name.startsWith(".a.zip.karma-zip-")) {
					try {
						files.put(name, Files.size(p));
					} catch (IOException gone) {
						// removed between listing and looking
					}
				}
			}
		}
		return files;
	}

	private static void readLines(InputStream in, Deque<String> output, AtomicInteger lastPrinted) {
		try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line; (line = r.readLine()) != null;) {
				synchronized (output) {
					output.add(line);
					if (output.size() > 50) {
						output.removeFirst();
					}
				}
				if (line.startsWith("COMMITTED ")) {
					lastPrinted.set(Integer.parseInt(line.substring("COMMITTED ".length()).trim()));
				}
			}
		} catch (IOException e) {
			// the process was killed
		}
	}

	private Connection connect() throws Exception {
		return new ZipConnectorFactory().connect(ConnectionSpec.of("zip:" + zip), null);
	}

	/**
	 * The child's class path: the bundle files (jars or class folders) of the ZIP connector and of
	 * every bundle it is wired to (the SPI, Equinox Common, Commons Compress and what Compress is
	 * wired to), and of this test bundle for the main class.
	 */
	static String classPath() throws IOException {
		Set<Bundle> bundles = new LinkedHashSet<>();
		collect(FrameworkUtil.getBundle(ZipConnectorFactory.class), bundles);
		bundles.add(FrameworkUtil.getBundle(ZipKillTest.class));
		List<String> entries = new ArrayList<>();
		for (Bundle b : bundles) {
			Optional<File> file = FileLocator.getBundleFileLocation(b);
			assertTrue(file.isPresent(), "no file for " + b.getSymbolicName());
			File f = file.get();
			if (f.isDirectory()) {
				// a reactor project run from its folder: its classes are in the output folder
				File classes = new File(f, "target/classes");
				entries.add((classes.isDirectory() ? classes : f).getAbsolutePath());
			} else {
				entries.add(f.getAbsolutePath());
			}
		}
		assertFalse(entries.isEmpty());
		return String.join(File.pathSeparator, entries);
	}

	private static void collect(Bundle bundle, Set<Bundle> into) {
		assertNotNull(bundle, "not running as a bundle");
		if (bundle.getBundleId() == 0 || !into.add(bundle)) {
			return;
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		for (BundleWire wire : wiring.getRequiredWires(null)) {
			Bundle provider = wire.getProviderWiring().getBundle();
			if (wire.getCapability().getNamespace().startsWith("osgi.wiring.")) {
				collect(provider, into);
			}
		}
	}
}
