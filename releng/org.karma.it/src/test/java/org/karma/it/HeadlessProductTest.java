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
