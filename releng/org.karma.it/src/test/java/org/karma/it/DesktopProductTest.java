package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The materialized desktop product: its layout, and the real workbench window on a display. */
class DesktopProductTest {

	private final Path product = Proc.dir("karma.desktop.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "desktop");

	@Test
	void productHasTheWorkbenchTheCommandAndBothLaunchers() throws Exception {
		assertTrue(Files.isExecutable(product.resolve("karma-workbench")));
		assertTrue(Files.isExecutable(product.resolve("karma")));
		Properties config = new Properties();
		try (var in = Files.newInputStream(product.resolve("configuration/config.ini"))) {
			config.load(in);
		}
		assertEquals("org.karma.rcp.application", config.getProperty("eclipse.application"));
		assertEquals("org.karma.rcp.product", config.getProperty("eclipse.product"));
		try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
			List<String> names = plugins.map(p -> p.getFileName().toString()).toList();
			for (String bundle : List.of("org.karma.rcp_", "org.karma.ui_", "org.karma.core_", "org.karma.app_",
					"org.eclipse.swt.gtk.linux.x86_64_", "org.apache.batik.css_")) {
				assertTrue(names.stream().anyMatch(n -> n.startsWith(bundle)), bundle + " in " + names);
			}
		}
		assertTrue(Files.isRegularFile(Proc.dir("karma.desktop.archive")));
	}

	@Test
	void theDesktopProductRunsTheCommandToo() throws Exception {
		Proc.Result result = Proc.run(List.of(product.resolve("karma").toString(), "--version"), work,
				Map.of("KARMA_HOME", work.resolve("home").toString()), Duration.ofSeconds(60));
		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("karma 0.1.0."), result::toString);
	}

	/**
	 * Starts karma-workbench on the display, waits for the window titled KARMA, takes a screenshot
	 * (target/screenshots/karma-desktop.png) and checks the workbench logged no error. Needs a
	 * display: ./run-tests and .ci/run provide Xvfb; in CI a missing display is a failure.
	 */
	@Test
	void workbenchOpensAWindowTitledKarma() throws Exception {
		String display = System.getenv("DISPLAY");
		if (display == null || display.isBlank()) {
			if ("true".equals(System.getenv("CI"))) {
				fail("CI must provide a display (Xvfb) for the desktop product test");
			}
			Assumptions.abort("no DISPLAY: run the tests through ./run-tests, which starts Xvfb");
		}
		Path home = work.resolve("home");
		Files.createDirectories(work);
		ProcessBuilder builder = new ProcessBuilder(product.resolve("karma-workbench").toString())
				.directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("workbench.out").toFile());
		builder.environment().put("KARMA_HOME", home.toString());
		builder.environment().put("NO_AT_BRIDGE", "1");
		Process workbench = builder.start();
		try {
			waitForWindow("KARMA", workbench, Duration.ofSeconds(120));
			screenshotWhenPainted(Path.of(System.getProperty("karma.it.work")).resolveSibling("screenshots/karma-desktop.png"),
					Duration.ofSeconds(60));
		} finally {
			workbench.destroy(); // SIGTERM to java itself: the launcher script exec's it
			if (!workbench.waitFor(30, TimeUnit.SECONDS)) {
				workbench.destroyForcibly();
			}
		}
		Path log = home.resolve("workbench/.metadata/.log");
		if (Files.exists(log)) {
			String text = Files.readString(log);
			assertFalse(text.matches("(?s).*!ENTRY \\S+ 4 .*"), "workbench logged an error:\n" + text);
		}
	}

	private void waitForWindow(String title, Process workbench, Duration limit) throws Exception {
		Instant deadline = Instant.now().plus(limit);
		while (Instant.now().isBefore(deadline)) {
			if (!workbench.isAlive()) {
				fail("karma-workbench exited with " + workbench.exitValue() + ":\n"
						+ Files.readString(work.resolve("workbench.out")));
			}
			Proc.Result tree = Proc.run(List.of("xwininfo", "-root", "-tree"), work, Map.of(), Duration.ofSeconds(20));
			if (tree.out().contains("\"" + title + "\"")) {
				return;
			}
			Thread.sleep(500);
		}
		fail("no window titled " + title + " within " + limit + ":\n" + Files.readString(work.resolve("workbench.out")));
	}

	/**
	 * The window is mapped before it is painted: screenshots of an empty (black) screen compress
	 * to a few hundred bytes, a painted workbench to several KB. Retake until painted.
	 */
	private void screenshotWhenPainted(Path png, Duration limit) throws IOException, InterruptedException {
		Files.createDirectories(png.getParent());
		Instant deadline = Instant.now().plus(limit);
		long size = 0;
		while (Instant.now().isBefore(deadline)) {
			Proc.Result shot = Proc.run(List.of("import", "-window", "root", png.toString()), work, Map.of(),
					Duration.ofSeconds(60));
			assertEquals(0, shot.exitCode(), shot::toString);
			size = Files.size(png);
			if (size > 5000) {
				return;
			}
			Thread.sleep(500);
		}
		fail("the workbench window was never painted (screenshot " + png + " has only " + size + " bytes)");
	}
}
