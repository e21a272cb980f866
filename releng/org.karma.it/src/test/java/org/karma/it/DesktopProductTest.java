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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
	void windowDetectionIgnoresHiddenHelperWindowsAndPaddedTitles() {
		String tree = String.join("\n", //
				"     0x800007 \"KARMA\": (\"KARMA\" \"KARMA\")  200x200+0+0  +0+0",
				"     0x800001 \"KARMA\": (\"java\" \"Java\")  10x10+10+10  +10+10",
				"     0x80000b \"KARMA is already running \": (\"KARMA\" \"KARMA\")  611x167+332+382  +332+382");
		assertFalse(hasWindow(tree, "KARMA"), "only hidden helper windows are titled KARMA here");
		assertTrue(hasWindow(tree, "KARMA is already running"));
		assertTrue(hasWindow(tree + "\n     0x20000f \"KARMA  \": (\"KARMA\" \"KARMA\")  1094x691+0+0  +0+0", "KARMA"));
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
		Process workbench = startWorkbench(home, "workbench.out");
		try {
			waitForWindow("KARMA", workbench, "workbench.out", Duration.ofSeconds(120));
			screenshotWhenPainted(Path.of(System.getProperty("karma.it.work")).resolveSibling("screenshots/karma-desktop.png"),
					Duration.ofSeconds(60));

			// a second workbench on the same KARMA_HOME refuses to start instead of sharing its state
			Process second = startWorkbench(home, "second.out");
			try {
				waitForWindow("KARMA is already running", second, "second.out", Duration.ofSeconds(120));
			} finally {
				stop(second);
			}
		} finally {
			stop(workbench);
		}
		Path log = home.resolve("workbench/.metadata/.log");
		if (Files.exists(log)) {
			String text = Files.readString(log);
			assertFalse(text.matches("(?s).*!ENTRY \\S+ 4 .*"), "workbench logged an error:\n" + text);
		}
	}

	private Process startWorkbench(Path home, String output) throws IOException {
		Files.createDirectories(work);
		ProcessBuilder builder = new ProcessBuilder(product.resolve("karma-workbench").toString())
				.directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve(output).toFile());
		builder.environment().put("KARMA_HOME", home.toString());
		builder.environment().put("NO_AT_BRIDGE", "1");
		return builder.start();
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy(); // SIGTERM to java itself: the launcher script exec's it
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private void waitForWindow(String title, Process workbench, String output, Duration limit) throws Exception {
		Instant deadline = Instant.now().plus(limit);
		while (Instant.now().isBefore(deadline)) {
			if (!workbench.isAlive()) {
				fail("karma-workbench exited with " + workbench.exitValue() + " before showing '" + title + "':\n"
						+ Files.readString(work.resolve(output)));
			}
			Proc.Result tree = Proc.run(List.of("xwininfo", "-root", "-tree"), work, Map.of(), Duration.ofSeconds(20));
			if (hasWindow(tree.out(), title)) {
				return;
			}
			Thread.sleep(500);
		}
		fail("no window titled '" + title + "' within " + limit + ":\n" + Files.readString(work.resolve(output)));
	}

	/**
	 * Lines of {@code xwininfo -tree} look like {@code 0x20000f "KARMA  ": ("KARMA" "KARMA")
	 * 1094x691+0+0 +0+0}. GTK pads titles with spaces, and the toolkit also creates small hidden
	 * windows named after the application: only a window of real size with the exact (trimmed)
	 * title counts.
	 */
	static boolean hasWindow(String xwininfoTree, String title) {
		return xwininfoTree.lines().map(WINDOW::matcher).filter(Matcher::find)
				.anyMatch(m -> m.group(1).trim().equals(title) && Integer.parseInt(m.group(2)) >= 300
						&& Integer.parseInt(m.group(3)) >= 100);
	}

	private static final Pattern WINDOW = Pattern.compile("0x\\p{XDigit}+ \"(.*)\": \\(.*\\)\\s+(\\d+)x(\\d+)\\+");

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
