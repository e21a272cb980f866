package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `karma profile …` through the materialized headless product: output, files, exit codes. */
class ProfileCliTest {

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "profile-cli");
	private final Path home = work.resolve("home");
	private final Path profiles = home.resolve("profiles");

	@BeforeEach
	void cleanHome() throws Exception {
		Proc.deleteTree(work);
		Files.createDirectories(work.resolve("cwd"));
	}

	private Proc.Result karma(String... args) throws Exception {
		return karmaWith(Map.of(), args);
	}

	private Proc.Result karmaWith(Map<String, String> env, String... args) throws Exception {
		List<String> command = Stream.concat(Stream.of(product.resolve("karma").toString()), Stream.of(args)).toList();
		Map<String, String> environment = new HashMap<>(Map.of("KARMA_HOME", home.toString()));
		environment.putAll(env);
		return Proc.run(command, work.resolve("cwd"), environment, Duration.ofSeconds(60));
	}

	private static void assertBadInput(Proc.Result result, String stderr) {
		assertEquals(2, result.exitCode(), result::toString);
		assertEquals(stderr + "\n", result.err(), result::toString);
		assertFalse(result.err().contains("Exception"), result::toString);
	}

	@Test
	void addListShowRemove() throws Exception {
		Proc.Result add = karma("profile", "add", "docs", "--left", "docs", "--right",
				"s3://backups/docs?region=eu-west-1&endpoint=http://127.0.0.1:9000&path_style=yes", "--mode", "mirror",
				"--exclude", "*.tmp", "--exclude", "build/", "--include", "**/*.pdf", "--exclude-hidden", "--versions", "5",
				"--schedule", "every 1h", "--conflict", "newer", "--checksum", "md5", "--description", "My documents");
		assertEquals(0, add.exitCode(), add::toString);
		Path file = profiles.resolve("docs.karma");
		assertEquals("Created profile 'docs' (" + file + ")\n", add.out());
		String xml = Files.readString(file);
		assertTrue(xml.contains("uri=\"" + work.resolve("cwd/docs") + "\""), "relative path made absolute:\n" + xml);
		assertTrue(xml.contains("uri=\"s3://backups/docs\""), xml);
		assertTrue(xml.contains("key=\"path_style\" type=\"BOOLEAN\" value=\"true\""), "typed, canonical option:\n" + xml);
		assertTrue(xml.contains("direction=\"MIRROR\""), xml);

		Proc.Result list = karma("profile", "list");
		assertEquals(0, list.exitCode(), list::toString);
		List<String> lines = list.out().lines().toList();
		assertTrue(lines.get(0).startsWith("NAME  DIRECTION  SCHEDULE  LEFT"), list::toString);
		assertTrue(lines.get(1).startsWith("docs  mirror     every 1h  " + work.resolve("cwd/docs")), list::toString);
		assertTrue(lines.get(1).endsWith("s3://backups/docs?region=eu-west-1&endpoint=http://127.0.0.1:9000&path_style=true"),
				list::toString);

		Proc.Result json = karma("profile", "list", "--json");
		assertEquals(0, json.exitCode(), json::toString);
		assertTrue(json.out().startsWith("{\"profiles\":[{\"name\":\"docs\",\"description\":\"My documents\",\"enabled\":true,\"direction\":\"MIRROR\""),
				json::toString);
		assertTrue(json.out().trim().endsWith("\"problems\":[]}"), json::toString);

		Proc.Result show = karma("profile", "show", "docs");
		assertEquals(0, show.exitCode(), show::toString);
		assertTrue(show.out().contains("Direction     mirror\n"), show::toString);
		assertTrue(show.out().contains("Comparison    checksum (MD5)\n"), show::toString);
		assertTrue(show.out().contains("Filter        include **/*.pdf; exclude *.tmp, build/; no hidden files\n"), show::toString);
		assertTrue(show.out().contains("Versions      keep the last 5\n"), show::toString);
		assertTrue(show.out().contains("Conflicts     newer wins\n"), show::toString);

		Proc.Result showJson = karma("profile", "show", "docs", "--json");
		assertEquals(0, showJson.exitCode(), showJson::toString);
		assertTrue(showJson.out().contains("\"conflictPolicy\": \"NEWER_WINS\""), showJson::toString);
		assertTrue(showJson.out().contains("\"maxSizeBytes\": null"), showJson::toString);

		Proc.Result set = karma("profile", "set", "docs", "--manifest-after-sync", "--scrub-days", "30", "--keep-manifests", "4");
		assertEquals(0, set.exitCode(), set::toString);
		assertEquals("Updated profile 'docs' (" + file + ")\n", set.out());
		show = karma("profile", "show", "docs");
		assertTrue(show.out().contains("Manifests     after each sync, the last 4 kept in " + home.resolve("manifests/docs") + "\n"),
				show::toString);
		assertTrue(show.out().contains("Scrub         every 30 days\n"), show::toString);
		assertTrue(show.out().contains("Versions      keep the last 5\n"), "set changes only what it is given: " + show);
		assertBadInput(karma("profile", "set", "docs", "--scrub-days", "4000"),
				"karma: profile 'docs': integrity.scrubIntervalDays: 4000 is out of range (allowed: 0 to 3650)");

		Proc.Result remove = karma("profile", "remove", "docs");
		assertEquals(0, remove.exitCode(), remove::toString);
		assertFalse(Files.exists(file));
		assertBadInput(karma("profile", "show", "docs"), "karma: no profile named 'docs' (see 'karma profile list')");
	}

	@Test
	void badInputIsExitTwoWithOneLine() throws Exception {
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "ftp://me:secret@host/dir"),
				"karma: --right: 'ftp://me:***@host/dir' contains a password: profiles never store secrets; remove it from the URI and store it with 'karma credentials set ftp://me@host/dir'");
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "webdav://h/x"),
				"karma: --right: unknown scheme 'webdav' in 'webdav://h/x'; known schemes: file, zip, ftp, ftps, sftp, smb, s3, dropbox, gdrive, peer");
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "s3://bucket/x?regoin=eu"),
				"karma: profile 'x': right.options: unknown option 'regoin' for s3 (allowed: region, endpoint, path_style, storage_class, sse, create_bucket, credentials, access_key_id, part_size_mb, concurrency)");
		assertBadInput(karma("profile", "add", "x", "--left", "file:/a?follow=yes", "--right", "/b"),
				"karma: profile 'x': left.options: unknown option 'follow' for file (allowed: follow_symlinks, concurrency)");
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "/a/b"),
				"karma: profile 'x': right: '/a/b' and left '/a' lie one inside the other; a sync would copy into its own source");
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "/b", "--schedule", "cron 61 * * * *"),
				"karma: profile 'x': schedule.cronExpression: cron expression '61 * * * *': minute '61' out of range (allowed: 0-59)");
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "/b", "--versions", "-3"),
				"karma: profile 'x': versioning.count: -3 is out of range (allowed: 1 to 10000)");
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "/b", "--exclude", "[oops"),
				"karma: profile 'x': filter.excludes: invalid glob '[oops': '[' is never closed at position 1");
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "/b", "--mode", "sideways"),
				"karma: unknown --mode 'sideways'; use mirror, two-way, update");
		assertBadInput(karma("profile", "add", "x", "--left", "/a"), "karma: 'karma profile add' needs --right");
		assertBadInput(karma("profile", "add", "x", "--left", "/a", "--right", "/b", "--frobnicate"),
				"karma: unknown option '--frobnicate' for 'karma profile add' (see 'karma help profile')");
		assertBadInput(karma("profile", "add", "bad name", "--left", "/a", "--right", "/b"),
				"karma: 'bad name' is not a valid profile name (1 to 64 letters, digits, '.', '_', '-', starting with a letter or digit)");
		assertBadInput(karma("profile", "frob"), "karma: unknown subcommand 'profile frob'; use add, set, list, show, remove, validate, export or import");
		assertBadInput(karmaWith(Map.of("KARMA_HOME", "relative/home"), "profile", "list"),
				"karma: KARMA_HOME must be an absolute path, got 'relative/home'");
		assertFalse(Files.exists(profiles), "nothing was written");

		assertEquals(0, karma("profile", "add", "x", "--left", "/a", "--right", "/b").exitCode());
		assertBadInput(karma("profile", "add", "x", "--left", "/c", "--right", "/d"),
				"karma: a profile named 'x' exists already (see 'karma profile show x')");
	}

	@Test
	void aCorruptFileIsReportedAndDoesNotHideTheOthers() throws Exception {
		assertEquals(0, karma("profile", "add", "good", "--left", "/a", "--right", "/b").exitCode());
		Files.writeString(profiles.resolve("broken.karma"), "<karma:SyncProfile");
		Proc.Result list = karma("profile", "list");
		assertEquals(2, list.exitCode(), list::toString);
		assertTrue(list.out().contains("\ngood  two-way"), list::toString);
		assertTrue(list.err().startsWith("karma: broken.karma: not a readable profile file: "), list::toString);
		assertEquals(1, list.err().lines().count(), list::toString);

		Proc.Result validate = karma("profile", "validate");
		assertEquals(2, validate.exitCode(), validate::toString);
		assertEquals("profile 'good' is valid\n", validate.out());
		assertTrue(validate.err().startsWith("karma: broken.karma: not a readable profile file"), validate::toString);
	}

	@Test
	void exportImportValidateAndMigrate() throws Exception {
		assertEquals(0, karma("profile", "add", "docs", "--left", "/a", "--right", "/b", "--exclude", "*.tmp").exitCode());
		Proc.Result export = karma("profile", "export", "docs", "shared.karma");
		assertEquals(0, export.exitCode(), export::toString);
		Path shared = work.resolve("cwd/shared.karma");
		assertTrue(Files.readString(shared).contains("<excludes>*.tmp</excludes>"));

		assertEquals(0, karma("profile", "validate", "shared.karma").exitCode());
		assertBadInput(karma("profile", "import", "shared.karma"),
				"karma: a profile named 'docs' exists already; use --replace to overwrite it");
		assertEquals(0, karma("profile", "import", "shared.karma", "--replace").exitCode());

		Path draft = Path.of(System.getProperty("karma.it.testdata"), "draft-1.0.karma");
		Proc.Result imported = karma("profile", "import", draft.toString());
		assertEquals(0, imported.exitCode(), imported::toString);
		assertEquals("Imported profile 'photos' (" + profiles.resolve("photos.karma") + ")\n", imported.out());
		String migrated = Files.readString(profiles.resolve("photos.karma"));
		assertTrue(migrated.contains("direction=\"MIRROR\""), migrated);
		assertTrue(migrated.contains("deleteGuardPercent=\"20\""), migrated);

		Files.writeString(work.resolve("cwd/nested.karma"), Files.readString(shared)
				.replace("name=\"docs\"", "name=\"nested\"").replace("uri=\"/b\"", "uri=\"/a/inner\""));
		Proc.Result invalid = karma("profile", "validate", "nested.karma");
		assertBadInput(invalid, "karma: profile 'nested': right: '/a/inner' and left '/a' lie one inside the other; a sync would copy into its own source");
	}

	@Test
	void connectorsOfTheProductAreFoundThroughDeclarativeServices() throws Exception {
		Proc.Result result = karma("connectors");
		assertEquals(0, result.exitCode(), result::toString);
		assertTrue(result.out().startsWith("file     Local folder\n  follow_symlinks        boolean"), result::toString);
		for (String line : new String[] { "\ns3       Amazon S3 / S3-compatible bucket\n", "\ndropbox  Dropbox\n",
				"\ngdrive   Google Drive\n", "\npeer     (not available in this build)\n" }) {
			assertTrue(result.out().contains(line), () -> line + " in " + result);
		}
		Proc.Result json = karma("connectors", "--json");
		assertTrue(json.out().startsWith("[{\"scheme\":\"file\",\"installed\":true,\"name\":\"Local folder\",\"options\":[{\"key\":\"follow_symlinks\""),
				json::toString);
	}

	@Test
	void dataOptionMovesTheStore() throws Exception {
		Path data = work.resolve("data-home");
		Proc.Result add = karma("-data", data.toString(), "profile", "add", "p", "--left", "/a", "--right", "/b");
		assertEquals(0, add.exitCode(), add::toString);
		assertTrue(Files.exists(data.resolve("profiles/p.karma")), add::toString);
		assertFalse(Files.exists(profiles.resolve("p.karma")), "-data wins over KARMA_HOME");
	}
}
