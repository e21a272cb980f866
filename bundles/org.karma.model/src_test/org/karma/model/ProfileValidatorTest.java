package org.karma.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.karma.model.profile.ConnectorOption;
import org.karma.model.profile.OptionType;
import org.karma.model.profile.ProfileFactory;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;

class ProfileValidatorTest {

	private static final OptionCatalog CATALOG = ProfileValidator.catalogOf(Map.of( //
			"s3", List.of(new OptionSpec("region", OptionType.STRING, false, List.of()),
					new OptionSpec("path_style", OptionType.BOOLEAN, false, List.of()),
					new OptionSpec("secret_key", OptionType.STRING, true, List.of())),
			"ftp", List.of(new OptionSpec("tls", OptionType.STRING, false, List.of("none", "explicit", "implicit")),
					new OptionSpec("concurrency", OptionType.INTEGER, false, List.of()))));

	private static List<String> problems(String left, String right, Consumer<SyncProfile> change) {
		SyncProfile profile = Profiles.create("docs", left, right);
		change.accept(profile);
		return ProfileValidator.messages(ProfileValidator.validate(profile, CATALOG));
	}

	private static List<String> problems(Consumer<SyncProfile> change) {
		return problems("/home/ann/docs", "/mnt/backup/docs", change);
	}

	private static void option(SyncProfile p, String key, OptionType type, String value) {
		ConnectorOption option = ProfileFactory.eINSTANCE.createConnectorOption();
		option.setKey(key);
		option.setType(type);
		option.setValue(value);
		p.getRight().getOptions().add(option);
	}

	@Test
	void aDefaultProfileIsValid() {
		assertEquals(List.of(), problems(p -> {
		}));
		assertEquals(List.of(), problems("/a", "s3://bucket/docs", p -> option(p, "region", OptionType.STRING, "eu-west-1")));
		assertEquals(List.of(), ProfileValidator.messages(ProfileValidator.validate(ProfileResourcesTest.everythingSet(),
				ProfileValidator.NO_CATALOG)));
	}

	@Test
	void name() {
		assertEquals(List.of("profile 'my docs': name: 'my docs' is not a valid profile name (1 to 64 letters, digits, '.', '_', '-', starting with a letter or digit)"),
				problems(p -> p.setName("my docs")));
		assertEquals(List.of("profile '(unnamed)': name: is missing (1 to 64 letters, digits, '.', '_', '-')"),
				problems(p -> p.setName("")));
		assertEquals(1, problems(p -> p.setName("../etc")).size());
		assertEquals(1, problems(p -> p.setName("x".repeat(65))).size());
	}

	@Test
	void badUriAndUnknownScheme() {
		assertEquals(List.of("profile 'docs': left.uri: unknown scheme 'webdav' in 'webdav://h/x'; known schemes: file, zip, ftp, ftps, sftp, smb, s3, dropbox, gdrive, peer"),
				problems("webdav://h/x", "/b", p -> {
				}));
		assertEquals(List.of("profile 'docs': right.uri: 'docs' is neither an absolute path nor a URI with a scheme (file, zip, ftp, ftps, sftp, smb, s3, dropbox, gdrive, peer)"),
				problems("/a", "docs", p -> {
				}));
		assertEquals(List.of("profile 'docs': right.uri: 'ftp://host:99999/x': port must be a number from 1 to 65535"),
				problems("/a", "ftp://host:99999/x", p -> {
				}));
	}

	@Test
	void passwordInUriIsRejectedWithAdviceAndRedacted() {
		assertEquals(List.of("profile 'docs': right.uri: 'ftp://me:***@host/dir' contains a password: profiles never store secrets; remove it from the URI and store it with 'karma credentials set ftp://me@host/dir'"),
				problems("/a", "ftp://me:hunter2@host/dir", p -> {
				}));
	}

	@Test
	void sameOrNestedLocations() {
		assertEquals(List.of("profile 'docs': right: is the same location as left (/data/x); a sync needs two different places"),
				problems("/data/x", "file:///data//x/", p -> {
				}));
		assertEquals(List.of("profile 'docs': right: '/data/x/backup' and left '/data/x' lie one inside the other; a sync would copy into its own source"),
				problems("/data/x", "/data/x/backup", p -> {
				}));
		assertEquals(1, problems("/data", "zip:/data/archive.zip", p -> {
		}).size(), "an archive inside the source overlaps");
		assertEquals(1, problems("smb://nas/Share/Docs", "smb://NAS/share/docs/sub", p -> {
		}).size(), "SMB compares case-insensitively");
		assertEquals(List.of(), problems("sftp://a@host/srv/x", "sftp://host:2222/srv/x", p -> {
		}), "another port is another server");
		assertEquals(List.of(), problems("/data/x", "/data/xy", p -> {
		}), "a common prefix is not nesting");
	}

	@Test
	void negativeOrOutOfRangeCounts() {
		assertEquals(List.of("profile 'docs': versioning.count: -1 is out of range (allowed: 1 to 10000)"),
				problems(p -> p.getVersioning().setCount(-1)));
		assertEquals(List.of("profile 'docs': parallelTransfers: 0 is out of range (allowed: 1 to 64)"),
				problems(p -> p.setParallelTransfers(0)));
		assertEquals(List.of("profile 'docs': deleteGuardPercent: 101 is out of range (allowed: 0 to 100)"),
				problems(p -> p.setDeleteGuardPercent(101)));
		assertEquals(List.of("profile 'docs': filter.minSizeBytes: -5 is negative"),
				problems(p -> p.getFilter().setMinSizeBytes(-5)));
		assertEquals(List.of("profile 'docs': filter.maxSizeBytes: 10 is smaller than minSizeBytes 20; no file could pass"),
				problems(p -> {
					p.getFilter().setMinSizeBytes(20);
					p.getFilter().setMaxSizeBytes(10);
				}));
		assertEquals(List.of("profile 'docs': comparison.mtimeToleranceSeconds: -2 is out of range (allowed: 0 to 3600)"),
				problems(p -> p.getComparison().setMtimeToleranceSeconds(-2)));
		assertEquals(List.of("profile 'docs': versioning.maxTotalSizeBytes: 0 is out of range (allowed: 1 byte or more, or unset for no limit)"),
				problems(p -> p.getVersioning().setMaxTotalSizeBytes(0)));
	}

	@Test
	void invalidGlobs() {
		assertEquals(List.of("profile 'docs': filter.excludes: invalid glob '*.[ch': '[' is never closed at position 3"),
				problems(p -> p.getFilter().getExcludes().add("*.[ch")));
		assertEquals(List.of("profile 'docs': filter.includes: invalid glob '{a,b': '{' is never closed at position 1"),
				problems(p -> p.getFilter().getIncludes().add("{a,b")));
		assertEquals(List.of("profile 'docs': filter.directoryBlacklist: 'a/b' is not a plain file or folder name (no '/', not empty)"),
				problems(p -> p.getFilter().getDirectoryBlacklist().add("a/b")));
	}

	@Test
	void invalidOrMissingCron() {
		assertEquals(List.of("profile 'docs': schedule.cronExpression: cron expression '61 * * * *': minute '61' out of range (allowed: 0-59)"),
				problems(p -> {
					p.getSchedule().setKind(ScheduleKind.CRON);
					p.getSchedule().setCronExpression("61 * * * *");
				}));
		assertEquals(List.of("profile 'docs': schedule.cronExpression: is missing; a CRON schedule needs an expression such as '0 2 * * *' or @daily"),
				problems(p -> p.getSchedule().setKind(ScheduleKind.CRON)));
	}

	@Test
	void integrityRanges() {
		assertEquals(List.of(), problems(p -> {
			p.getIntegrity().setManifestAfterSync(true);
			p.getIntegrity().setScrubIntervalDays(3650);
			p.getIntegrity().setManifestsToKeep(1);
		}));
		assertEquals(List.of(), problems(p -> p.getIntegrity().setManifestsToKeep(1000)));
		assertEquals(List.of("profile 'docs': integrity.scrubIntervalDays: -1 is out of range (allowed: 0 to 3650)"),
				problems(p -> p.getIntegrity().setScrubIntervalDays(-1)));
		assertEquals(List.of("profile 'docs': integrity.scrubIntervalDays: 3651 is out of range (allowed: 0 to 3650)"),
				problems(p -> p.getIntegrity().setScrubIntervalDays(3651)));
		assertEquals(List.of("profile 'docs': integrity.manifestsToKeep: 0 is out of range (allowed: 1 to 1000)"),
				problems(p -> p.getIntegrity().setManifestsToKeep(0)));
		assertEquals(List.of("profile 'docs': integrity.manifestsToKeep: 1001 is out of range (allowed: 1 to 1000)"),
				problems(p -> p.getIntegrity().setManifestsToKeep(1001)));
	}

	@Test
	void debounceOutOfRange() {
		assertEquals(List.of("profile 'docs': schedule.debounceMillis: 10 is out of range (allowed: 100 to 600000)"),
				problems(p -> p.getSchedule().setDebounceMillis(10)));
		assertEquals(List.of("profile 'docs': schedule.debounceMillis: 600001 is out of range (allowed: 100 to 600000)"),
				problems(p -> p.getSchedule().setDebounceMillis(600001)));
	}

	@Test
	void connectorOptionsAreCheckedAgainstTheCatalog() {
		assertEquals(List.of("profile 'docs': right.options: unknown option 'regoin' for s3 (allowed: region, path_style)"),
				problems("/a", "s3://bucket/x", p -> option(p, "regoin", OptionType.STRING, "eu")));
		assertEquals(List.of("profile 'docs': right.options: option 'secret_key' is a secret and is never stored in a profile; store it with 'karma credentials set s3://bucket/x'"),
				problems("/a", "s3://bucket/x", p -> option(p, "secret_key", OptionType.STRING, "abc")));
		assertEquals(List.of("profile 'docs': right.options: option 'concurrency' must be a whole number, got 'many'"),
				problems("/a", "ftp://h/x", p -> option(p, "concurrency", OptionType.INTEGER, "many")));
		assertEquals(List.of("profile 'docs': right.options: option 'tls' must be one of none, explicit, implicit, got 'maybe'"),
				problems("/a", "ftp://h/x", p -> option(p, "tls", OptionType.STRING, "maybe")));
		assertEquals(List.of("profile 'docs': right.options: option 'concurrency' must be of type INTEGER, not STRING"),
				problems("/a", "ftp://h/x", p -> option(p, "concurrency", OptionType.STRING, "4")));
		assertEquals(List.of("profile 'docs': right.uri: 's3://bucket/x?region=eu' carries options; a stored profile keeps them as options (karma profile add moves them there)"),
				problems("/a", "s3://bucket/x?region=eu", p -> {
				}));
	}

	@Test
	void severalProblemsAreAllReported() {
		assertEquals(3, problems(p -> {
			p.setParallelTransfers(0);
			p.getVersioning().setCount(0);
			p.getSchedule().setDebounceMillis(1);
		}).size());
	}
}
