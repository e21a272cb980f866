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
