package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The materialized headless product, run through its `karma` launcher script like a user would. */
class HeadlessProductTest {

	private static final Pattern VERSION_LINE = Pattern.compile("karma 0\\.1\\.0\\.\\d{12}");

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "headless");

	private Proc.Result karma(String... args) throws Exception {
		return Proc.karma(product, work, Map.of("KARMA_HOME", work.resolve("home").toString()), Duration.ofSeconds(60), args);
	}

	@Test
	void versionPrintsTheBuiltVersionAndExitsZero() throws Exception {
		Proc.Result result = karma("--version");
		assertEquals(0, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		assertEquals(2, lines.size(), result::toString);
		assertTrue(VERSION_LINE.matcher(lines.get(0)).matches(), result::toString);
		assertTrue(lines.get(1).startsWith("Java 17") || lines.get(1).startsWith("Java "), result::toString);
		assertEquals("", result.err(), result::toString);
	}

	@Test
	void helpListsTheCommandsAndExitsZero() throws Exception {
		Proc.Result result = karma("--help");
		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().contains("usage: karma [--version] [--help] <command> [<args>]"), result::toString);
		for (String command : List.of("profile", "sync", "history", "versions", "credentials", "watch", "check")) {
			assertTrue(result.out().contains("\n  " + command + " "), command + " in\n" + result);
		}
		assertEquals("", result.err(), result::toString);
	}

	@Test
	void unknownFlagIsExitTwoWithOneLineOnStderr() throws Exception {
		Proc.Result result = karma("--no-such-flag");
		assertEquals(2, result.exitCode(), result::toString);
		assertEquals("karma: unknown option '--no-such-flag' (see 'karma --help')\n", result.err());
		assertEquals("", result.out(), result::toString);
	}

	@Test
	void productHasNoSwtAndAnExecutableLauncher() throws Exception {
		assertTrue(Files.isExecutable(product.resolve("karma")), "karma script is executable");
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			List<String> names = plugins.map(p -> p.getFileName().toString()).toList();
			assertTrue(names.stream().anyMatch(n -> n.startsWith("org.karma.app_")), names::toString);
			assertFalse(names.stream().anyMatch(n -> n.startsWith("org.eclipse.swt")), "no SWT in " + names);
			assertFalse(names.stream().anyMatch(n -> n.startsWith("org.eclipse.ui")), "no workbench in " + names);
		}
	}

	/**
	 * The `check` commands run with the compiler directives shipped beside the launcher (C2 for the
	 * JDK's digests only), which the JVM accepts, and nothing of the JVM's shows on the command's
	 * output; other commands, and any run with KARMA_VM_ARGS, run without them.
	 */
	@Test
	void checkCommandsRunWithTheShippedCompilerDirectives() throws Exception {
		Path directives = product.resolve("karma-check.jit.json");
		assertTrue(Files.isRegularFile(directives), "shipped: " + directives);
		Files.createDirectories(work);
		Path log = work.resolve("java-arguments.txt");
		Path java = work.resolve("java-that-logs-its-arguments");
		Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + log + "'\nexec '"
				+ Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
		assertTrue(java.toFile().setExecutable(true));
		Path tree = Files.createDirectories(work.resolve("jit-tree"));
		Files.writeString(tree.resolve("a.txt"), "hashed");
		String home = work.resolve("home").toString();
		String wanted = "-XX:CompilerDirectivesFile=" + directives.toRealPath(); // the launcher resolves its own folder

		Proc.Result check = Proc.karma(product, work, Map.of("KARMA_HOME", home, "KARMA_JAVA", java.toString()),
				Duration.ofSeconds(60), "check", "create", "--group", "jit", tree.toString(), "--unsigned", "--out",
				work.resolve("jit.json").toString());
		assertEquals(0, check.exitCode(), check::toString);
		assertTrue(Files.readAllLines(log).contains(wanted), "with the directives: " + Files.readAllLines(log));
		assertTrue(Files.readAllLines(log).containsAll(List.of("-XX:Tier4InvocationThreshold=20", "-XX:Tier4CompileThreshold=30",
				"-XX:Tier4BackEdgeThreshold=300")), "with C1's second step at once: " + Files.readAllLines(log));
		assertEquals(1, check.out().lines().count(), "only the command's own line: " + check.out());
		assertTrue(check.out().startsWith("wrote "), check.out());
		assertEquals("", check.err(), "nothing on standard error");

		Proc.Result version = Proc.karma(product, work, Map.of("KARMA_HOME", home, "KARMA_JAVA", java.toString()),
				Duration.ofSeconds(60), "--version");
		assertEquals(0, version.exitCode(), version::toString);
		assertFalse(Files.readString(log).contains("CompilerDirectivesFile"), "other commands: " + Files.readAllLines(log));
		assertFalse(Files.readString(log).contains("Tier4"), "other commands: " + Files.readAllLines(log));

		Proc.Result own = Proc.karma(product, work, Map.of("KARMA_HOME", home, "KARMA_JAVA", java.toString(), "KARMA_VM_ARGS",
				"-Xmx512m"), Duration.ofSeconds(60), "check", "create", "--group", "jit", tree.toString(), "--unsigned",
				"--out", work.resolve("jit2.json").toString());
		assertEquals(0, own.exitCode(), own::toString);
		assertEquals(List.of("-Xmx512m"), Files.readAllLines(log).subList(0, 1), "KARMA_VM_ARGS replaces every option");
		assertFalse(Files.readString(log).contains("CompilerDirectivesFile"), "KARMA_VM_ARGS: " + Files.readAllLines(log));
	}

	/**
	 * Class data sharing: the first start trains an archive into the user's cache (a separate,
	 * quiet JVM run), later starts map it; an archive that does not fit is ignored without a word;
	 * KARMA_CDS=off and KARMA_VM_ARGS go without. The command's output is the same every time.
	 */
	@Test
	void theFirstStartMakesAClassDataArchiveAndLaterStartsUseIt() throws Exception {
		Path cache = work.resolve("cds-cache");
		Proc.deleteTree(cache);
		Files.createDirectories(work);
		Path log = work.resolve("cds-java-arguments.txt");
		Files.deleteIfExists(log);
		Path java = work.resolve("java-that-appends-its-arguments");
		Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" '--run--' >> '" + log + "'\nexec '"
				+ Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
		assertTrue(java.toFile().setExecutable(true));
		Map<String, String> env = Map.of("KARMA_HOME", work.resolve("home").toString(), "KARMA_JAVA", java.toString(),
				"XDG_CACHE_HOME", cache.toString());
		Path dir = cache.resolve("karma/cds");

		Proc.Result first = Proc.karma(product, work, env, Duration.ofSeconds(60), "--version");
		assertEquals(0, first.exitCode(), first::toString);
		assertTrue(VERSION_LINE.matcher(first.out().lines().findFirst().orElse("")).matches(), first::toString);
		assertEquals(2, first.out().lines().count(), first::toString);
		assertEquals("", first.err(), first::toString);
		List<Path> archives;
		try (Stream<Path> files = Files.list(dir)) {
			archives = files.toList();
		}
		assertEquals(1, archives.size(), "one archive, nothing else: " + archives);
		Path archive = archives.get(0);
		assertTrue(archive.getFileName().toString().endsWith(".jsa") && Files.size(archive) > 1_000_000, archive::toString);
		List<List<String>> runs = runs(log);
		assertEquals(2, runs.size(), "a training run, then the command: " + runs);
		assertTrue(runs.get(0).stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + archive + ".")),
				"training: " + runs.get(0));
		assertTrue(runs.get(1).contains("-XX:SharedArchiveFile=" + archive), "the command: " + runs.get(1));

		// another kind of command (other options) trains an archive of its own; the first stays
		Proc.Result watchHelp = Proc.karma(product, work, env, Duration.ofSeconds(60), "watch", "--help");
		assertEquals(0, watchHelp.exitCode(), watchHelp::toString);
		assertEquals("", watchHelp.err(), watchHelp::toString);
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> both = files.sorted().toList();
			assertEquals(2, both.size(), "one archive per kind of command: " + both);
			assertTrue(both.contains(archive), both::toString);
		}

		Files.delete(log);
		Proc.Result second = Proc.karma(product, work, env, Duration.ofSeconds(60), "--version");
		assertEquals(first.out(), second.out());
		assertEquals("", second.err(), second::toString);
		runs = runs(log);
		assertEquals(1, runs.size(), "no training once the archive is there: " + runs);
		assertTrue(runs.get(0).contains("-XX:SharedArchiveFile=" + archive), runs::toString);

		Files.delete(log);
		byte[] garbage = new byte[100_000];
		new java.util.Random(5).nextBytes(garbage);
		archive.toFile().setWritable(true);
		Files.write(archive, garbage); // an archive that fits nothing: the JVM goes without, quietly
		Proc.Result broken = Proc.karma(product, work, env, Duration.ofSeconds(60), "--version");
		assertEquals(0, broken.exitCode(), broken::toString);
		assertEquals(first.out(), broken.out());
		assertEquals("", broken.err(), broken::toString);

		Files.delete(log);
		Map<String, String> off = new java.util.HashMap<>(env);
		off.put("KARMA_CDS", "off");
		Proc.Result without = Proc.karma(product, work, off, Duration.ofSeconds(60), "--version");
		assertEquals(first.out(), without.out());
		runs = runs(log);
		assertEquals(1, runs.size(), runs::toString);
		assertFalse(runs.get(0).stream().anyMatch(a -> a.contains("SharedArchiveFile") || a.contains("ArchiveClassesAtExit")),
				"KARMA_CDS=off: " + runs);
	}

	/** The argument lists the logging java wrapper saw, one per JVM started. */
	private static List<List<String>> runs(Path log) throws java.io.IOException {
		List<List<String>> runs = new java.util.ArrayList<>();
		List<String> current = new java.util.ArrayList<>();
		for (String line : Files.readAllLines(log)) {
			if (line.equals("--run--")) {
				runs.add(current);
				current = new java.util.ArrayList<>();
			} else {
				current.add(line);
			}
		}
		return runs;
	}

	/**
	 * The two jars the JVM's class loaders open (the launcher, then the framework) carry no
	 * signature, which would be checked on every start; the product still starts from them.
	 */
	@Test
	void theLauncherAndTheFrameworkAreNotCheckedOnEveryStart() throws Exception {
		for (String prefix : List.of("org.eclipse.equinox.launcher_", "org.eclipse.osgi_")) {
			Path jar;
			try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
				jar = plugins.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar"))
						.findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "*.jar"));
			}
			try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
				List<String> signatures = file.stream().map(java.util.jar.JarEntry::getName)
						.filter(n -> n.startsWith("META-INF/") && n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")).toList();
				assertEquals(List.of(), signatures, jar + " is unsigned");
				assertTrue(file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName") != null, jar + " keeps its manifest");
			}
		}
		versionPrintsTheBuiltVersionAndExitsZero();
	}

	@Test
	void archiveCarriesTheExecutableLauncher() throws Exception {
		Path archive = Proc.dir("karma.headless.archive");
		Proc.Result listing = Proc.run(List.of("tar", "-tvzf", archive.toString()), work, Map.of(),
				Duration.ofSeconds(60));
		assertEquals(0, listing.exitCode(), listing::toString);
		String line = listing.out().lines().filter(l -> l.endsWith(" karma") || l.endsWith("/karma")).findFirst()
				.orElseThrow(() -> new AssertionError("no karma script in " + archive + "\n" + listing.out()));
		assertTrue(line.startsWith("-rwx"), "karma is executable in the archive: " + line);
	}
}
