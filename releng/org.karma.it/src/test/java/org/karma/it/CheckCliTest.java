package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code karma check} end to end through the headless product on real folders: keys, manifests,
 * signatures, each verification status produced by a real change on disk, diffs, config files and
 * the exit codes scripts rely on.
 */
class CheckCliTest {

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "check-cli");
	private final Path data = work.resolve("data");

	@BeforeEach
	void clean() throws Exception {
		if (Files.exists(work)) {
			try (Stream<Path> all = Files.walk(work)) {
				all.forEach(p -> p.toFile().setReadable(true)); // an unreadable file left by a failed run
			}
		}
		Proc.deleteTree(work);
		Files.createDirectories(data.resolve("photos/2026"));
		Files.writeString(data.resolve("notes.txt"), "notes");
		Files.writeString(data.resolve("photos/2026/a.jpg"), "jpeg a");
		Files.writeString(data.resolve("photos/2026/b.jpg"), "jpeg b");
		byte[] big = new byte[5_000_000];
		new Random(7).nextBytes(big);
		Files.write(data.resolve("photos/big.raw"), big);
		Files.writeString(data.resolve("will-go.txt"), "bye");
	}

	private Proc.Result karma(String... args) throws Exception {
		return Proc.karma(product, work, Map.of("KARMA_HOME", work.resolve("home").toString()), Duration.ofSeconds(60), args);
	}

	private Proc.Result ok(String... args) throws Exception {
		Proc.Result r = karma(args);
		assertEquals(0, r.exitCode(), r::toString);
		return r;
	}

	/** Flips one byte and puts the modification time back exactly: what bitrot looks like. */
	private static void rot(Path file, int at) throws Exception {
		FileTime time = Files.getLastModifiedTime(file);
		byte[] bytes = Files.readAllBytes(file);
		bytes[at] ^= 0x20;
		Files.write(file, bytes);
		Files.setLastModifiedTime(file, time);
		assertEquals(time, Files.getLastModifiedTime(file));
	}

	private static long count(String json, String status) {
		Matcher m = Pattern.compile("\"" + status + "\":(\\d+)").matcher(json);
		assertTrue(m.find(), status + " in " + json);
		return Long.parseLong(m.group(1));
	}

	@Test
	void eachKindOfChangeOnDiskIsReportedAndOnlyAMatchExitsZero() throws Exception {
		Proc.Result keygen = ok("check", "keygen");
		Path key = work.resolve("home/keys/manifest-signing.key");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
		assertTrue(keygen.out().startsWith("created the manifest signing key SHA256:"), keygen::toString);

		Proc.Result created = ok("check", "create", "--group", "photos", "data", "--algo", "both", "--out", "m1.json");
		assertTrue(created.out().startsWith("wrote " + work.resolve("m1.json") + ": 5 files, "), created::toString);
		assertTrue(Files.exists(work.resolve("m1.json.sig")));
		String manifest = Files.readString(work.resolve("m1.json"));
		assertTrue(manifest.contains("\"path\":\"photos/2026/a.jpg\",\"size\":6,"), manifest);
		assertTrue(manifest.contains("\"algorithms\": [\"sha256\",\"md5\"]"), manifest);
		assertTrue(ok("check", "verify", "m1.json").out().contains("OK 5, MISSING 0, NEW 0, MODIFIED 0, CORRUPTED 0"));

		Files.writeString(data.resolve("notes.txt"), "notes, edited"); // MODIFIED
		Files.delete(data.resolve("will-go.txt")); // MISSING
		Files.writeString(data.resolve("photos/2026/c.jpg"), "new"); // NEW
		rot(data.resolve("photos/big.raw"), 2_500_000); // CORRUPTED
		rot(data.resolve("photos/2026/a.jpg"), 0); // CORRUPTED

		Proc.Result verify = karma("check", "verify", "m1.json", "--json");
		assertEquals(1, verify.exitCode(), verify::toString);
		String json = verify.out();
		assertEquals(1, count(json, "OK"), json); // b.jpg
		assertEquals(1, count(json, "MISSING"), json);
		assertEquals(1, count(json, "NEW"), json);
		assertEquals(1, count(json, "MODIFIED"), json);
		assertEquals(2, count(json, "CORRUPTED"), json);
		assertTrue(json.contains("{\"root\":\"" + data + "\",\"path\":\"photos/big.raw\",\"status\":\"CORRUPTED\","), json);
		assertTrue(json.contains("\"path\":\"will-go.txt\",\"status\":\"MISSING\""), json);
		assertTrue(json.contains("\"path\":\"notes.txt\",\"status\":\"MODIFIED\""), json);
		assertTrue(json.contains("\"path\":\"photos/2026/c.jpg\",\"status\":\"NEW\""), json);
		assertTrue(json.contains("\"signature\":\"verified (SHA256:"), json);

		Proc.Result table = karma("check", "verify", "m1.json");
		assertEquals(1, table.exitCode(), table::toString);
		assertTrue(table.out().contains("CORRUPTED  photos/big.raw"), table::toString);

		// the history keeps every check; the list shows what was found
		Proc.Result list = ok("check", "list");
		assertTrue(list.out().contains("verify  FINDINGS"), list::toString);
		assertTrue(list.out().contains("1 missing, 1 new, 1 modified, 2 corrupted"), list::toString);
	}

	@Test
	void anUnreadableFileIsReportedAndTheRunGoesOn() throws Exception {
		Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
				"root reads any file: the engine's fault-injection test covers this under root");
		Path locked = data.resolve("photos/2026/b.jpg");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		try {
			Proc.Result created = karma("check", "create", "--group", "g", "data", "--out", "m.json", "--unsigned");
			assertEquals(1, created.exitCode(), created::toString);
			assertTrue(created.err().contains("could not read " + data + " photos/2026/b.jpg"), created::toString);
			String manifest = Files.readString(work.resolve("m.json"));
			assertTrue(manifest.contains("\"totals\": {\"files\":4,"), manifest);
			Proc.Result verify = karma("check", "verify", "m.json", "--unsigned-ok", "--json");
			assertEquals(1, verify.exitCode(), verify::toString);
			assertTrue(verify.out().contains("\"path\":\"photos/2026/b.jpg\",\"status\":\"NEW\",\"detail\":\"could not be read"),
					verify::toString);
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
			Proc.Result made = karma("check", "create", "--group", "g", "data", "--out", "m2.json", "--unsigned");
			assertEquals(0, made.exitCode(), made::toString);
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
			Proc.Result again = karma("check", "verify", "m2.json", "--unsigned-ok", "--json");
			assertEquals(1, again.exitCode(), again::toString);
			assertTrue(again.out().contains("\"path\":\"photos/2026/b.jpg\",\"status\":\"UNREADABLE\""), again::toString);
		} finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
		}
	}

	@Test
	void aTamperedOrForeignOrUnsignedManifestIsExitSix() throws Exception {
		ok("check", "keygen");
		ok("check", "create", "--group", "g", "data", "--out", "m.json");
		byte[] original = Files.readAllBytes(work.resolve("m.json"));

		byte[] tampered = original.clone();
		int at = new String(original, StandardCharsets.UTF_8).indexOf("\"size\":6") + 7;
		tampered[at] = '7'; // one byte: a size 6 becomes 7
		Files.write(work.resolve("m.json"), tampered);
		Proc.Result bad = karma("check", "verify", "m.json");
		assertEquals(6, bad.exitCode(), bad::toString);
		assertEquals("karma: " + work.resolve("m.json")
				+ ": the manifest was changed after it was signed (its SHA3-512 digest differs from the signed one)\n", bad.err());
		assertEquals("", bad.out());
		Files.write(work.resolve("m.json"), original);
		ok("check", "verify", "m.json");

		// another machine's key is not trusted
		ok("check", "keygen", "--out", "other/key");
		Proc.Result foreign = karma("check", "verify", "m.json", "--pubkey", "other/key.pub");
		assertEquals(6, foreign.exitCode(), foreign::toString);
		assertTrue(foreign.err().contains("was signed by the key SHA256:"), foreign::toString);
		assertTrue(foreign.err().contains("not by the trusted key SHA256:"), foreign::toString);
		// ... but verifies with the signer's public key given explicitly
		ok("check", "verify", "m.json", "--pubkey", "home/keys/manifest-signing.key.pub");

		// the signature file of a signed manifest removed: refused, even when unsigned manifests are allowed
		Files.delete(work.resolve("m.json.sig"));
		for (String[] args : new String[][] { { "check", "verify", "m.json" }, { "check", "verify", "m.json", "--unsigned-ok" } }) {
			Proc.Result lost = karma(args);
			assertEquals(6, lost.exitCode(), lost::toString);
			assertTrue(lost.err().contains("was signed by SHA256:") && lost.err().contains("its signature file m.json.sig is missing"),
					lost::toString);
		}
		// a manifest made unsigned: refused unless asked
		ok("check", "create", "--group", "g", "data", "--out", "u.json", "--unsigned");
		Proc.Result unsigned = karma("check", "verify", "u.json");
		assertEquals(6, unsigned.exitCode(), unsigned::toString);
		assertTrue(unsigned.err().contains("is not signed (no u.json.sig beside it); pass --unsigned-ok"), unsigned::toString);
		assertTrue(ok("check", "verify", "u.json", "--unsigned-ok").out().startsWith("signature: unsigned\n"));

		// a private key others can read is refused
		Files.setPosixFilePermissions(work.resolve("home/keys/manifest-signing.key"), PosixFilePermissions.fromString("rw-r--r--"));
		Proc.Result open = karma("check", "create", "--group", "g", "data", "--out", "m3.json");
		assertEquals(2, open.exitCode(), open::toString);
		assertTrue(open.err().contains("can be read by others (mode rw-r--r--); run: chmod 600"), open::toString);
		assertFalse(Files.exists(work.resolve("m3.json")));
	}

	@Test
	void parallelAndSingleThreadRunsWriteTheSameFiles() throws Exception {
		for (int i = 0; i < 200; i++) {
			Files.writeString(data.resolve("photos/f" + i), "content " + i + "x".repeat(i * 37));
		}
		ok("check", "create", "--group", "g", "data", "--out", "one.json", "--threads", "1", "--unsigned", "--algo", "both");
		ok("check", "create", "--group", "g", "data", "--out", "four.json", "--threads", "4", "--unsigned", "--algo", "both");
		String one = Files.readString(work.resolve("one.json"));
		String four = Files.readString(work.resolve("four.json"));
		assertEquals(one.substring(one.indexOf("\"roots\"")), four.substring(four.indexOf("\"roots\"")));
		assertTrue(one.contains("\"files\":205,"), one);
	}

	@Test
	void diffTellsWhatChangedBetweenTwoManifests() throws Exception {
		ok("check", "keygen");
		ok("check", "create", "--group", "g", "data", "--out", "old.json");
		Proc.Result same = ok("check", "diff", "old.json", "old.json");
		assertTrue(same.out().contains("UNCHANGED 5, ADDED 0, REMOVED 0, MODIFIED 0, CORRUPTED 0, TOUCHED 0"), same::toString);
		Files.writeString(data.resolve("notes.txt"), "other notes");
		rot(data.resolve("photos/2026/a.jpg"), 1);
		Files.delete(data.resolve("will-go.txt"));
		ok("check", "create", "--group", "g", "data", "--out", "new.json");
		Proc.Result diff = karma("check", "diff", "old.json", "new.json", "--json");
		assertEquals(1, diff.exitCode(), diff::toString);
		assertTrue(diff.out().contains("\"counts\":{\"ADDED\":0,\"REMOVED\":1,\"MODIFIED\":1,\"CORRUPTED\":1,\"TOUCHED\":0}"),
				diff::toString);
		assertTrue(diff.out().contains("\"path\":\"photos/2026/a.jpg\",\"change\":\"CORRUPTED\""), diff::toString);
	}

	@Test
	void aConfigFileMakesEveryGroupForCron() throws Exception {
		ok("check", "keygen");
		Files.createDirectories(work.resolve("more"));
		Files.writeString(work.resolve("more/x.txt"), "x");
		Files.writeString(work.resolve("check.conf"), """
				# groups for the nightly cron job
				output.directory = manifests
				algo = both
				threads = 2
				group.photos = data/photos, more   # two trees in one manifest
				group.notes = data/notes.txt\\, not a path, data
				""");
		// a comma in a path is written \\, : here "data/notes.txt, not a path" does not exist; the other group is made
		Proc.Result missing = karma("check", "create", "--config", "check.conf");
		assertEquals(2, missing.exitCode(), missing::toString);
		assertTrue(missing.err().startsWith("karma: group notes: ") && missing.err().contains("data/notes.txt, not a path"),
				missing::toString);
		assertTrue(missing.out().startsWith("wrote " + work.resolve("manifests/photos-")), missing::toString);
		Proc.deleteTree(work.resolve("manifests"));

		Files.writeString(work.resolve("check.conf"), """
				output.directory = manifests
				algo = both
				group.photos = data/photos, more
				group.all = data
				""");
		Proc.Result made = ok("check", "create", "--config", "check.conf");
		assertEquals(2, made.out().lines().count(), made::toString);
		try (Stream<Path> files = Files.list(work.resolve("manifests"))) {
			var names = files.map(p -> p.getFileName().toString()).sorted().toList();
			assertEquals(4, names.size(), names::toString);
			assertTrue(names.get(0).matches("all-\\d{8}T\\d{6}Z\\.json"), names::toString);
			assertTrue(names.get(2).matches("photos-\\d{8}T\\d{6}Z\\.json"), names::toString);
			String photos = Files.readString(work.resolve("manifests").resolve(names.get(2)));
			assertTrue(photos.contains("\"roots\": [{\"uri\":\"" + data.resolve("photos") + "\",\"files\":3,"), photos);
			assertTrue(photos.contains("{\"root\":1,\"path\":\"x.txt\","), photos);
			ok("check", "verify", "manifests/" + names.get(2));
		}
	}

	@Test
	void badInputIsExitTwoWithOneLine() throws Exception {
		String[][] cases = { { "check", "create", "data" }, { "check", "create", "--group", "g", "data", "--algo", "sha1" },
				{ "check", "create", "--group", "g", "no-such-folder", "--unsigned" },
				{ "check", "create", "--group", "a/b", "data" }, { "check", "verify", "missing.json" },
				{ "check", "verify" }, { "check", "create", "--group", "g", "data", "--threads", "0" },
				{ "check", "frobnicate" } };
		for (String[] args : cases) {
			Proc.Result r = karma(args);
			assertEquals(2, r.exitCode(), () -> String.join(" ", args) + ": " + r);
			assertTrue(r.err().startsWith("karma: ") && r.err().indexOf('\n') == r.err().length() - 1,
					() -> String.join(" ", args) + ": " + r);
		}
		Files.writeString(work.resolve("junk.json"), "{\"format\": \"something else\"}");
		Proc.Result junk = karma("check", "verify", "junk.json", "--unsigned-ok");
		assertEquals(2, junk.exitCode(), junk::toString);
		assertTrue(junk.err().contains("not a KARMA manifest"), junk::toString);
	}
}
