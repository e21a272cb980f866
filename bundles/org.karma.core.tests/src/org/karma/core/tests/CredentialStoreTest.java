package org.karma.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.ConnectionSpec;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.credentials.MasterPassword;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecretsUnavailableException;
import org.karma.core.credentials.SecureStorageCredentials;

/** The credential store on Equinox secure storage, inside OSGi. */
class CredentialStoreTest {

	@TempDir
	Path dir;

	private Path masterFile(String name, String password) throws Exception {
		return Files.writeString(dir.resolve(name), password + "\n", StandardCharsets.UTF_8);
	}

	private CredentialStore open(Path store, Path master) throws CredentialsException {
		return SecureStorageCredentials.open(store, Optional.of(MasterPassword.ofFile(master)), false);
	}

	@Test
	void roundTripAcrossOpens() throws Exception {
		Path store = dir.resolve("secrets/secure_storage");
		Path master = masterFile("master", "correct horse");
		CredentialStore credentials = open(store, master);
		credentials.set("ftp://ann@127.0.0.1:2121", "password", "s3cret-ann".toCharArray());
		credentials.set("sftp://bob@h:22", "passphrase", "pp-bob".toCharArray());
		assertArrayEquals("s3cret-ann".toCharArray(), credentials.get("ftp://ann@127.0.0.1:2121", "password").get());
		assertTrue(credentials.get("ftp://ann@127.0.0.1:2121", "other").isEmpty());
		assertTrue(credentials.get("ftp://nobody@h:21", "password").isEmpty());
		assertTrue(Files.exists(store));
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
		String onDisk = Files.readString(store, StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains("s3cret-ann"), "the secret is encrypted on disk");
		assertFalse(onDisk.contains("pp-bob"), "the secret is encrypted on disk");

		CredentialStore again = open(store, master);
		assertArrayEquals("pp-bob".toCharArray(), again.get("sftp://bob@h:22", "passphrase").get());
	}

	@Test
	void listShowsKeysAndNamesButNoValues() throws Exception {
		CredentialStore credentials = open(dir.resolve("s"), masterFile("m", "pw"));
		assertEquals(Map.of(), credentials.list());
		credentials.set("ftp://ann@h:21", "password", "v1".toCharArray());
		credentials.set("ftp://ann@h:21", "token", "v2".toCharArray());
		credentials.set("zip:/a/b.zip", "password", "v3".toCharArray());
		assertEquals(Map.of("ftp://ann@h:21", List.of("password", "token"), "zip:/a/b.zip", List.of("password")),
				credentials.list());
		assertFalse(credentials.list().toString().contains("v1"));
	}

	@Test
	void removeDropsAllSecretsOfAKey() throws Exception {
		Path store = dir.resolve("s");
		Path master = masterFile("m", "pw");
		CredentialStore credentials = open(store, master);
		credentials.set("ftp://ann@h:21", "password", "v1".toCharArray());
		credentials.set("ftp://ann@h:21", "token", "v2".toCharArray());
		credentials.set("ftp://bob@h:21", "password", "v3".toCharArray());
		assertTrue(credentials.remove("ftp://ann@h:21"));
		assertFalse(credentials.remove("ftp://ann@h:21"));
		assertEquals(List.of("ftp://bob@h:21"), List.copyOf(open(store, master).list().keySet()));
		assertTrue(open(store, master).get("ftp://ann@h:21", "password").isEmpty());
	}

	@Test
	void wrongMasterPasswordIsAClearError() throws Exception {
		Path store = dir.resolve("s");
		open(store, masterFile("right", "the right one")).set("ftp://ann@h:21", "password", "v".toCharArray());
		CredentialsException e = assertThrows(CredentialsException.class,
				() -> open(store, masterFile("wrong", "not it")).get("ftp://ann@h:21", "password"));
		assertEquals(CredentialsException.Kind.WRONG_MASTER_PASSWORD, e.kind());
		assertTrue(e.getMessage().contains("master password"), e.getMessage());
		CredentialsException onSet = assertThrows(CredentialsException.class,
				() -> open(store, dir.resolve("wrong")).set("ftp://x@h:21", "password", "v".toCharArray()));
		assertEquals(CredentialsException.Kind.WRONG_MASTER_PASSWORD, onSet.kind());
		CredentialsException onList = assertThrows(CredentialsException.class,
				() -> open(store, dir.resolve("wrong")).list());
		assertEquals(CredentialsException.Kind.WRONG_MASTER_PASSWORD, onList.kind());
		assertThrows(CredentialsException.class, () -> open(store, dir.resolve("wrong")).remove("ftp://ann@h:21"));
		assertTrue(open(store, dir.resolve("right")).get("ftp://ann@h:21", "password").isPresent(), "nothing removed");
	}

	@Test
	void noMasterPasswordInAHeadlessRunNamesBothWays() {
		CredentialsException e = assertThrows(CredentialsException.class,
				() -> SecureStorageCredentials.open(dir.resolve("s"), Optional.empty(), false));
		assertEquals(CredentialsException.Kind.NO_MASTER_PASSWORD, e.kind());
		assertTrue(e.getMessage().contains("-eclipse.password"), e.getMessage());
		assertTrue(e.getMessage().contains("KARMA_SECRETS_PASSWORD_FILE"), e.getMessage());
	}

	@Test
	void missingOrEmptyMasterFile() throws Exception {
		CredentialsException missing = assertThrows(CredentialsException.class,
				() -> open(dir.resolve("s"), dir.resolve("absent")));
		assertEquals(CredentialsException.Kind.BAD_MASTER_PASSWORD_FILE, missing.kind());
		CredentialsException empty = assertThrows(CredentialsException.class,
				() -> open(dir.resolve("s"), masterFile("empty", "")));
		assertEquals(CredentialsException.Kind.BAD_MASTER_PASSWORD_FILE, empty.kind());
	}

	@Test
	void secretSourcePrefersOverridesAndOpensTheStoreOnlyWhenAsked() throws Exception {
		Path store = dir.resolve("s");
		Path master = masterFile("m", "pw");
		open(store, master).set("ftp://ann@h:21", "password", "stored".toCharArray());
		int[] opens = { 0 };
		SecretSource source = SecretSource.of(Map.of(), () -> {
			opens[0]++;
			return open(store, master);
		});
		ConnectionSpec.Secrets secrets = source.forKey("ftp://ann@h:21");
		assertEquals(0, opens[0]);
		assertArrayEquals("stored".toCharArray(), secrets.get("password").get());
		assertTrue(source.forKey("ftp://bob@h:21").get("password").isEmpty());
		assertEquals(1, opens[0]);

		SecretSource override = SecretSource.of(Map.of("password", "oneoff".toCharArray()), () -> {
			throw new AssertionError("the store is not opened when the override answers");
		});
		assertArrayEquals("oneoff".toCharArray(), override.forKey("ftp://ann@h:21").get("password").get());

		SecretSource broken = SecretSource.of(Map.of(), () -> SecureStorageCredentials.open(store, Optional.empty(), false));
		SecretsUnavailableException e = assertThrows(SecretsUnavailableException.class,
				() -> broken.forKey("ftp://ann@h:21").get("password"));
		assertTrue(e.getMessage().contains("KARMA_SECRETS_PASSWORD_FILE"), e.getMessage());
	}
}
