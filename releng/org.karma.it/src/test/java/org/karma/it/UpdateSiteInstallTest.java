package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Installs KARMA from our p2 update site into a separate IDE-like Eclipse (built from Maven
 * Central, see releng/org.karma.testide) with the p2 director, then runs the installed headless
 * application inside that IDE.
 */
class UpdateSiteInstallTest {

	private final Path site = Proc.dir("karma.update.site");
	private final Path fixture = Proc.dir("karma.test.ide");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "install");

	@Test
	void directorInstallsKarmaIntoAnIdeAndTheAppRunsThere() throws Exception {
		Path ide = work.resolve("ide");
		deleteTree(ide);
		copyTree(fixture, ide);
		String launcher = findLauncher(ide);

		assertFalse(bundlesInfo(ide).contains("org.karma."), "the fixture IDE starts without KARMA");

		Proc.Result install = Proc.run(List.of("java", "-jar", launcher, "-nosplash", "-application",
				"org.eclipse.equinox.p2.director", "-repository", site.toUri().toString(), "-installIU",
				"org.karma.headless.feature.feature.group,org.karma.ui.feature.feature.group", "-destination",
				ide.toString(), "-profile", "SDKProfile"), work, Map.of(), Duration.ofMinutes(5));
		assertEquals(0, install.exitCode(), install::toString);
		assertTrue(install.out().contains("Operation completed"), install::toString);

		String bundles = bundlesInfo(ide);
		for (String bundle : List.of("org.karma.app,", "org.karma.core,", "org.karma.ui,")) {
			assertTrue(bundles.contains("\n" + bundle), bundle + " installed:\n" + bundles);
		}

		Proc.Result version = Proc.run(List.of("java", "-jar", launcher, "-nosplash", "-data", "@none",
				"-application", "org.karma.app", "--version"), work, Map.of("KARMA_HOME", work.resolve("home").toString()),
				Duration.ofSeconds(60));
		assertEquals(0, version.exitCode(), version::toString);
		assertTrue(version.out().startsWith("karma 0.1.0."), version::toString);
	}

	private static String bundlesInfo(Path ide) throws IOException {
		return "\n" + Files.readString(
				ide.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
	}

	private static String findLauncher(Path ide) throws IOException {
		try (Stream<Path> plugins = Files.list(ide.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow().toString();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path source : (Iterable<Path>) all::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path path : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(path);
			}
		}
	}
}
