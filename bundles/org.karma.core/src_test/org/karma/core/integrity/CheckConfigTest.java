package org.karma.core.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.engine.integrity.ChecksumAlgorithm;
import org.karma.engine.integrity.SigningKeys;

class CheckConfigTest {

	@TempDir
	Path dir;

	private CheckConfig read(String text) throws Exception {
		Path file = dir.resolve("check.conf");
		Files.writeString(file, text);
		return CheckConfig.read(file);
	}

	private String error(String text) {
		return assertThrows(IntegrityException.class, () -> read(text)).getMessage();
	}

	@Test
	void groupsOutputAlgorithmAndThreads() throws Exception {
		CheckConfig c = read("""
				# nightly
				output.directory = out
				algo = both
				threads = 3
				group.photos = /data/photos, sftp://me@nas:22/srv/photos   # two trees
				group.odd = /data/a\\, b
				""");
		assertEquals(dir.resolve("out"), c.outputDirectory());
		assertEquals(EnumSet.allOf(ChecksumAlgorithm.class), c.algorithms());
		assertEquals(3, c.threads());
		assertEquals(List.of("photos", "odd"), List.copyOf(c.groups().keySet()));
		assertEquals(List.of("/data/photos", "sftp://me@nas:22/srv/photos"), c.groups().get("photos"));
		assertEquals(List.of("/data/a, b"), c.groups().get("odd"));
	}

	@Test
	void mistakesNameTheLine() {
		assertTrue(error("output.directory = o\ngroup.a = /x\nalgo = sha1\n").endsWith(
				"check.conf:3: unknown algorithm 'sha1'; use sha256, md5 or both"));
		assertTrue(error("output.directory = o\ngroup.a/b = /x\n").contains("check.conf:2: group name 'a/b'"));
		assertTrue(error("output.directory = o\ngroup.a = /x\ngroup.a = /y\n").contains("check.conf:3: group 'a' is listed twice"));
		assertTrue(error("group.a = /x\n").endsWith("'output.directory' is missing (where the manifests go)"));
		assertTrue(error("output.directory = o\n").endsWith("no 'group.NAME = PATH, ...' line"));
		assertTrue(error("output.directory = o\ngroup.a = /x\nthreads = many\n").contains("check.conf:3: threads must be"));
		assertTrue(error("output.directory = o\nwhat\n").contains("check.conf:2: expected 'key = value'"));
		assertTrue(error("output.directory = o\nspeed = 3\n").contains("unknown key 'speed'"));
		assertTrue(assertThrows(IntegrityException.class, () -> CheckConfig.read(dir.resolve("none"))).getMessage()
				.endsWith("none: no such file"));
	}

	@Test
	void keysAreMadeOwnerOnlyAndNeverReplacedSilently() throws Exception {
		SigningKeyStore store = new SigningKeyStore(dir.resolve("keys"), null);
		assertEquals(Optional.empty(), store.signingKey(Optional.empty()));
		SigningKeyStore.Generated g = store.generate(Optional.empty(), false, false);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.defaultPrivateFile())));
		var pair = store.signingKey(Optional.empty()).orElseThrow();
		assertEquals(g.fingerprint(), SigningKeys.fingerprint(pair.getPublic()));
		assertEquals(g.fingerprint(), SigningKeys.fingerprint(store.trustedKey(Optional.empty()).orElseThrow()));
		IntegrityException again = assertThrows(IntegrityException.class, () -> store.generate(Optional.empty(), false, false));
		assertTrue(again.getMessage().contains("Pass --force to replace it"), again.getMessage());
		assertTrue(!store.generate(Optional.empty(), false, true).fingerprint().equals(g.fingerprint()));
		Files.setPosixFilePermissions(store.defaultPrivateFile(), PosixFilePermissions.fromString("rw-rw----"));
		IntegrityException open = assertThrows(IntegrityException.class, () -> store.signingKey(Optional.empty()));
		assertTrue(open.getMessage().contains("can be read by others (mode rw-rw----)"), open.getMessage());
		IntegrityException secure = assertThrows(IntegrityException.class,
				() -> store.generate(Optional.of(dir.resolve("k2")), true, false));
		assertEquals(IntegrityException.Kind.BAD_INPUT, secure.kind());
	}
}
