package org.karma.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.settings.KarmaSettings;
import org.karma.model.ProfileValidator;

class SettingsCommandTest {

	@TempDir
	Path home;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private ExitCode run(String... args) {
		out.reset();
		err.reset();
		Cli.Environment environment = new Cli.Environment("1.0", "test", () -> KarmaHome.at(home), home,
				new ConnectorRegistry(ProfileValidator.NO_CATALOG));
		return new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void listShowsEveryKeyWithItsDefault() {
		assertEquals(ExitCode.OK, run("settings"));
		String list = out();
		assertTrue(list.startsWith("KEY "), list);
		assertEquals(List.of("sync.concurrency", "4", "4", "1 to 64", "parallel transfers when a profile does not set them"),
				cells(list, "sync.concurrency"));
		assertEquals(List.of("notifications", "always", "always", "always, failures, never"),
				cells(list, "notifications").subList(0, 4));
		assertEquals(10, list.lines().count(), list);
		assertEquals(ExitCode.OK, run("settings", "list"));
		assertEquals(list, out());
	}

	private static List<String> cells(String table, String key) {
		return table.lines().filter(l -> l.startsWith(key + " ")).findFirst().map(l -> List.of(l.split(" {2,}")))
				.orElseThrow();
	}

	@Test
	void setGetResetRoundTripThroughTheFile() throws Exception {
		assertEquals(ExitCode.OK, run("settings", "set", "sync.concurrency", "8"));
		assertEquals("Set sync.concurrency = 8 (" + home.resolve("settings.properties") + ")\n", err());
		assertEquals(8, KarmaSettings.load(KarmaHome.at(home)).concurrency());
		assertEquals(ExitCode.OK, run("settings", "get", "sync.concurrency"));
		assertEquals("8\n", out());
		assertEquals(ExitCode.OK, run("settings", "reset", "sync.concurrency"));
		assertEquals(ExitCode.OK, run("settings", "get", "sync.concurrency"));
		assertEquals("4\n", out());
	}

	@Test
	void badInputIsOneLineAndExitCode2() throws Exception {
		assertEquals(ExitCode.BAD_INPUT, run("settings", "set", "sync.concurrency", "0"));
		assertEquals("karma: sync.concurrency: 0 is out of range (allowed: 1 to 64)\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("settings", "get", "nope"));
		assertEquals("karma: unknown setting 'nope' (see 'karma settings list')\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("settings", "set", "notifications"));
		assertEquals(ExitCode.BAD_INPUT, run("settings", "frob"));
		assertEquals("karma: unknown settings action 'frob'; use list, get, set or reset\n", err());
		Files.writeString(home.resolve("settings.properties"), "logs.retention-days=0\n");
		assertEquals(ExitCode.BAD_INPUT, run("settings", "list"));
		assertEquals("karma: " + home.resolve("settings.properties")
				+ ": logs.retention-days: 0 is out of range (allowed: 1 to 3650); fix the file or delete it to go back to the defaults\n",
				err());
	}

	@Test
	void newProfilesTakeTheDefaultsFromTheSettings() throws Exception {
		assertEquals(ExitCode.OK, run("settings", "set", "profile.direction", "mirror"));
		assertEquals(ExitCode.OK, run("settings", "set", "profile.versions", "3"));
		Files.createDirectories(home.resolve("a"));
		assertEquals(ExitCode.OK, run("profile", "add", "docs", "--left", home.resolve("a").toString(), "--right",
				home.resolve("b").toString()), err());
		assertEquals(ExitCode.OK, run("profile", "show", "docs"), err());
		assertTrue(out().contains("mirror"), out());
		assertTrue(out().contains("3"), out());
	}
}
