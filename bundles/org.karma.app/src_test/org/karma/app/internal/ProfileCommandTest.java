package org.karma.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.profiles.ProfileStore;
import org.karma.model.ProfileValidator;
import org.karma.model.profile.Integrity;

/** The integrity options of {@code karma profile add}, {@code set} and {@code show}. */
class ProfileCommandTest {

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

	private Integrity stored(String name) throws Exception {
		return new ProfileStore(home.resolve("profiles"), ProfileValidator.NO_CATALOG).load(name).getIntegrity();
	}

	private void assertBadInput(String message, String... args) {
		assertEquals(ExitCode.BAD_INPUT, run(args), out());
		assertEquals("karma: " + message + "\n", err());
		assertEquals("", out());
	}

	@BeforeEach
	void folders() throws Exception {
		Files.createDirectories(home.resolve("a"));
	}

	private String[] add(String name, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("profile", "add", name, "--left", home.resolve("a").toString(),
				"--right", home.resolve("b").toString()));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	@Test
	void addWithoutIntegrityOptionsKeepsTheDefaults() throws Exception {
		assertEquals(ExitCode.OK, run(add("docs")), err());
		Integrity integrity = stored("docs");
		assertFalse(integrity.isManifestAfterSync());
		assertEquals(0, integrity.getScrubIntervalDays());
		assertEquals(10, integrity.getManifestsToKeep());
		assertEquals(ExitCode.OK, run("profile", "show", "docs"), err());
		assertTrue(out().contains("\nManifests     no\n"), out());
		assertTrue(out().contains("\nScrub         never\n"), out());
		assertFalse(Files.readString(home.resolve("profiles/docs.karma")).contains("manifest"), "defaults are not written");
	}

	@Test
	void addSetsTheIntegrityOptionsAndShowPrintsThem() throws Exception {
		assertEquals(ExitCode.OK, run(add("docs", "--manifest-after-sync", "--scrub-days", "30", "--keep-manifests=5")), err());
		Integrity integrity = stored("docs");
		assertTrue(integrity.isManifestAfterSync());
		assertEquals(30, integrity.getScrubIntervalDays());
		assertEquals(5, integrity.getManifestsToKeep());
		assertEquals(ExitCode.OK, run("profile", "show", "docs"), err());
		assertTrue(out().contains("\nManifests     after each sync, the last 5 kept in " + home.resolve("manifests/docs") + "\n"),
				out());
		assertTrue(out().contains("\nScrub         every 30 days\n"), out());
		assertEquals(ExitCode.OK, run("profile", "show", "docs", "--json"), err());
		assertTrue(out().contains("\"manifestAfterSync\": true"), out());
		assertTrue(out().contains("\"scrubIntervalDays\": 30"), out());
		assertTrue(out().contains("\"manifestsToKeep\": 5"), out());
	}

	@Test
	void setChangesOnlyWhatIsGivenAndTurnsManifestsOff() throws Exception {
		assertEquals(ExitCode.OK, run(add("docs", "--mode", "mirror", "--scrub-days", "7")), err());
		assertEquals(ExitCode.OK, run("profile", "set", "docs", "--manifest-after-sync"), err());
		assertEquals("Updated profile 'docs' (" + home.resolve("profiles/docs.karma") + ")\n", out());
		assertTrue(stored("docs").isManifestAfterSync());
		assertEquals(7, stored("docs").getScrubIntervalDays(), "an option not given stays");
		assertEquals(ExitCode.OK, run("profile", "set", "docs", "--keep-manifests", "1", "--scrub-days", "0"), err());
		assertEquals(1, stored("docs").getManifestsToKeep());
		assertEquals(0, stored("docs").getScrubIntervalDays());
		assertTrue(stored("docs").isManifestAfterSync());
		assertEquals(ExitCode.OK, run("profile", "set", "docs", "--no-manifest-after-sync"), err());
		assertFalse(stored("docs").isManifestAfterSync());
		assertEquals(ExitCode.OK, run("profile", "show", "docs"), err());
		assertTrue(out().contains("\nDirection     mirror\n"), "the rest of the profile is untouched: " + out());
		assertTrue(out().contains("\nManifests     no\n"), out());
		assertEquals(ExitCode.OK, run("profile", "set", "docs", "--scrub-days", "1"), err());
		assertEquals(ExitCode.OK, run("profile", "show", "docs"), err());
		assertTrue(out().contains("\nScrub         every day\n"), out());
	}

	@Test
	void badValuesAreExitTwoWithOneLineAndChangeNothing() throws Exception {
		assertBadInput("profile 'x': integrity.scrubIntervalDays: 3651 is out of range (allowed: 0 to 3650)",
				add("x", "--scrub-days", "3651"));
		assertBadInput("profile 'x': integrity.scrubIntervalDays: -1 is out of range (allowed: 0 to 3650)",
				add("x", "--scrub-days", "-1"));
		assertBadInput("profile 'x': integrity.manifestsToKeep: 0 is out of range (allowed: 1 to 1000)",
				add("x", "--keep-manifests", "0"));
		assertBadInput("--scrub-days must be a whole number of days between scrubs (0 = never), got 'weekly'",
				add("x", "--scrub-days", "weekly"));
		assertBadInput("--keep-manifests must be a whole number of manifests to keep (1 to 1000), got '2.5'",
				add("x", "--keep-manifests", "2.5"));
		assertBadInput("option '--manifest-after-sync' of 'karma profile add' takes no value",
				add("x", "--manifest-after-sync=yes"));
		assertFalse(Files.exists(home.resolve("profiles/x.karma")));

		assertEquals(ExitCode.OK, run(add("docs", "--keep-manifests", "3")), err());
		assertBadInput("profile 'docs': integrity.manifestsToKeep: 1001 is out of range (allowed: 1 to 1000)",
				"profile", "set", "docs", "--keep-manifests", "1001");
		assertBadInput("--manifest-after-sync and --no-manifest-after-sync contradict each other; give one",
				"profile", "set", "docs", "--manifest-after-sync", "--no-manifest-after-sync");
		assertBadInput("'karma profile set' needs an option to change: --manifest-after-sync, --no-manifest-after-sync, --scrub-days N or --keep-manifests N",
				"profile", "set", "docs");
		assertBadInput("unknown option '--mode' for 'karma profile set' (see 'karma help profile')",
				"profile", "set", "docs", "--mode", "mirror");
		assertBadInput("'karma profile set' needs a profile name: karma profile set NAME --manifest-after-sync",
				"profile", "set", "--scrub-days", "3");
		assertBadInput("no profile named 'nope' (see 'karma profile list')", "profile", "set", "nope", "--scrub-days", "3");
		assertEquals(3, stored("docs").getManifestsToKeep(), "a refused change is not saved");
	}
}
