package org.karma.connector.sftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.sftp.internal.SftpConnectorFactory;
import org.karma.connector.tck.DroppingProxy;

/**
 * What servers do wrong, and what users get wrong: logins, host keys, permission denied, disk
 * full, connections cut mid-transfer and a server gone between two operations.
 */
class SftpErrorsTest {

	private TestServer server;
	private Path folder;
	private Path sshDir;
	private final List<AutoCloseable> toClose = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		server = TestServer.get();
		folder = server.newRoot();
		sshDir = server.sshDir();
	}

	@AfterEach
	void tearDown() throws Exception {
		for (AutoCloseable c : toClose) {
			c.close();
		}
		server.clearFaults();
		TestServer.deleteTree(folder);
	}

	private SftpConnectorFactory factory(Path ssh) {
		return new SftpConnectorFactory(ssh, Duration.ofSeconds(20));
	}

	private Connection connect(Path ssh, ConnectionSpec spec) throws ConnectorException {
		Connection c = factory(ssh).connect(spec, null);
		toClose.add(c);
		return c;
	}

	private static ConnectorException fails(Reason reason, ThrowingRunnable action) {
		ConnectorException e = assertThrows(ConnectorException.class, action::run);
		assertEquals(reason, e.reason(), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
		return e;
	}

	private interface ThrowingRunnable {
		void run() throws Exception;
	}

	private static Entry write(Connection c, String path, byte[] content) throws ConnectorException {
		return c.write(RelPath.of(path), new ByteArrayInputStream(content),
				WriteOptions.DEFAULT.withSize(content.length).withCreateParents(true), null);
	}

	private static byte[] content(int size) {
		byte[] b = new byte[size];
		for (int i = 0; i < size; i++) {
			b[i] = (byte) (i * 31 + (i >> 8));
		}
		return b;
	}

	// ------------------------------------------------------------------ logins

	@Test
	void wrongPasswordIsAuthentication() {
		ConnectorException e = fails(Reason.AUTHENTICATION, () -> connect(sshDir,
				TestServer.spec(server.url(folder), Map.of(), Map.of("password", "wrong"))));
		assertTrue(e.getMessage().contains("refused the login of 'ann'"), e.getMessage());
		assertFalse(e.getMessage().contains("wrong"), "the password is never in a message");
	}

	@Test
	void noPasswordAndNoKeyIsAuthentication() {
		ConnectorException e = fails(Reason.AUTHENTICATION, () -> connect(sshDir,
				TestServer.spec(server.url(folder), Map.of(), Map.of())));
		assertTrue(e.getMessage().contains("no password stored"), e.getMessage());
	}

	/** An RSA key pair written in OpenSSH format, encrypted with {@code passphrase}, authorized on the server. */
	private Path encryptedKey(String passphrase) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		OpenSSHKeyEncryptionContext encryption = new OpenSSHKeyEncryptionContext();
		encryption.setPassword(passphrase);
		encryption.setCipherName("AES");
		encryption.setCipherMode("CTR");
		encryption.setCipherType("256");
		encryption.setKdfRounds(4);
		Path file = Files.createTempFile(server.base, "id_rsa", "");
		try (OutputStream out = Files.newOutputStream(file)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "karma test", encryption, out);
		}
		assertTrue(Files.readString(file).contains("BEGIN OPENSSH PRIVATE KEY"));
		server.authorize(pair.getPublic());
		return file;
	}

	@Test
	void encryptedKeyFileLogsIn() throws Exception {
		Path key = encryptedKey("key-pass");
		Connection c = connect(sshDir, TestServer.spec(server.url(folder), Map.of("identity", key.toString()),
				Map.of("passphrase", "key-pass")));
		write(c, "k.txt", "by key".getBytes(StandardCharsets.UTF_8));
		assertEquals("by key", Files.readString(folder.resolve("k.txt")));
	}

	@Test
	void wrongOrMissingPassphraseIsAuthentication() throws Exception {
		Path key = encryptedKey("key-pass");
		ConnectorException wrong = fails(Reason.AUTHENTICATION, () -> connect(sshDir,
				TestServer.spec(server.url(folder), Map.of("identity", key.toString()), Map.of("passphrase", "nope"))));
		assertTrue(wrong.getMessage().contains("passphrase is wrong"), wrong.getMessage());
		ConnectorException missing = fails(Reason.AUTHENTICATION, () -> connect(sshDir,
				TestServer.spec(server.url(folder), Map.of("identity", key.toString()), Map.of())));
		assertTrue(missing.getMessage().contains(key.toString()), missing.getMessage());
	}

	@Test
	void aKeyTheServerDoesNotKnowIsRefused() throws Exception {
		Path key = encryptedKey("key-pass");
		// a second key, never authorized
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair stranger = generator.generateKeyPair();
		Path file = Files.createTempFile(server.base, "id_stranger", "");
		try (OutputStream out = Files.newOutputStream(file)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(stranger, "stranger", null, out);
		}
		ConnectorException e = fails(Reason.AUTHENTICATION, () -> connect(sshDir,
				TestServer.spec(server.url(folder), Map.of("identity", file.toString()), Map.of())));
		assertTrue(e.getMessage().contains("key " + file), e.getMessage());
		assertTrue(Files.exists(key));
	}

	@Test
	void defaultKeyFilesOfTheUserAreTried() throws Exception {
		Path key = encryptedKey("key-pass");
		Files.copy(key, sshDir.resolve("id_rsa"));
		Connection c = connect(sshDir, TestServer.spec(server.url(folder), Map.of(), Map.of("passphrase", "key-pass")));
		assertTrue(c.stat(RelPath.ROOT, null).isPresent());
	}

	// ------------------------------------------------------------------ host keys

	@Test
	void unknownHostIsRefusedWithItsFingerprint() throws Exception {
		Path empty = Files.createTempDirectory(server.base, "ssh-empty");
		ConnectorException e = fails(Reason.AUTHENTICATION, () -> connect(empty, TestServer.spec(server.url(folder))));
		String fingerprint = KeyUtils.getFingerPrint(server.hostKey());
		assertTrue(fingerprint.startsWith("SHA256:"), fingerprint);
		assertTrue(e.getMessage().contains(fingerprint), e.getMessage());
		assertTrue(e.getMessage().contains("accept_new_host_key=true"), e.getMessage());
		assertFalse(Files.exists(empty.resolve("known_hosts")), "nothing was added");
	}

	@Test
	void acceptNewHostKeyAddsItOnceAndLaterConnectionsNeedNoOption() throws Exception {
		Path empty = Files.createTempDirectory(server.base, "ssh-empty");
		Connection first = connect(empty, TestServer.spec(server.url(folder), Map.of("accept_new_host_key", "true"),
				Map.of("password", TestServer.PASSWORD)));
		assertTrue(first.stat(RelPath.ROOT, null).isPresent());
		String known = Files.readString(empty.resolve("known_hosts"));
		assertTrue(known.contains("[127.0.0.1]:" + server.port()), known);
		Connection again = connect(empty, TestServer.spec(server.url(folder)));
		assertTrue(again.stat(RelPath.ROOT, null).isPresent());
	}

	@Test
	void changedHostKeyIsAlwaysRefusedWithBothFingerprints() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair other = generator.generateKeyPair();
		Path ssh = Files.createTempDirectory(server.base, "ssh-changed");
		Path knownHosts = ssh.resolve("known_hosts");
		Files.writeString(knownHosts, "[127.0.0.1]:" + server.port() + " "
				+ org.apache.sshd.common.config.keys.PublicKeyEntry.toString(other.getPublic()) + "\n");
		String before = Files.readString(knownHosts);
		for (String accept : List.of("false", "true")) {
			ConnectorException e = fails(Reason.AUTHENTICATION, () -> connect(ssh, TestServer.spec(server.url(folder),
					Map.of("accept_new_host_key", accept), Map.of("password", TestServer.PASSWORD))));
			assertTrue(e.getMessage().contains("CHANGED"), e.getMessage());
			assertTrue(e.getMessage().contains(KeyUtils.getFingerPrint(other.getPublic())), e.getMessage());
			assertTrue(e.getMessage().contains(KeyUtils.getFingerPrint(server.hostKey())), e.getMessage());
		}
		assertEquals(before, Files.readString(knownHosts), "known_hosts untouched");
	}

	@Test
	void knownHostsOptionAndHashedEntries() throws Exception {
		// the entry hashed as OpenSSH's HashKnownHosts writes it: |1|salt|HMAC-SHA1(salt, "[127.0.0.1]:port")
		byte[] salt = new byte[20];
		new java.security.SecureRandom().nextBytes(salt);
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
		mac.init(new javax.crypto.spec.SecretKeySpec(salt, "HmacSHA1"));
		byte[] hash = mac.doFinal(("[127.0.0.1]:" + server.port()).getBytes(StandardCharsets.UTF_8));
		java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
		Path file = Files.createTempFile(server.base, "hashed_known_hosts", "");
		Files.writeString(file, "|1|" + b64.encodeToString(salt) + "|" + b64.encodeToString(hash) + " "
				+ org.apache.sshd.common.config.keys.PublicKeyEntry.toString(server.hostKey()) + "\n");
		Path empty = Files.createTempDirectory(server.base, "ssh-empty");
		Connection c = connect(empty, TestServer.spec(server.url(folder), Map.of("known_hosts", file.toString()),
				Map.of("password", TestServer.PASSWORD)));
		assertTrue(c.stat(RelPath.ROOT, null).isPresent());
	}

	// ------------------------------------------------------------------ server-side refusals

	@Test
	void permissionDeniedIsMapped() throws Exception {
		Connection c = connect(sshDir, TestServer.spec(server.url(folder)));
		write(c, "ro/a.txt", "a".getBytes(StandardCharsets.UTF_8));
		server.deny(folder.resolve("ro"));
		ConnectorException e = fails(Reason.PERMISSION_DENIED, () -> write(c, "ro/b.txt", "b".getBytes(StandardCharsets.UTF_8)));
		assertTrue(e.getMessage().contains("ro/b.txt"), e.getMessage());
		fails(Reason.PERMISSION_DENIED, () -> c.read(RelPath.of("ro/a.txt"), null).close());
		server.clearFaults();
		assertEquals(List.of("a.txt"), Arrays.asList(folder.resolve("ro").toFile().list()));
	}

	@Test
	void diskFullIsQuotaAndLeavesNothing() throws Exception {
		Connection c = connect(sshDir, TestServer.spec(server.url(folder)));
		write(c, "full/old.bin", content(1000));
		server.fill(folder.resolve("full"));
		ConnectorException e = fails(Reason.QUOTA, () -> write(c, "full/old.bin", content(300_000)));
		assertTrue(e.getMessage().contains("no space left"), e.getMessage());
		server.clearFaults();
		assertEquals(List.of("old.bin"), Arrays.asList(folder.resolve("full").toFile().list()), "no temporary file left");
		assertEquals(1000, Files.size(folder.resolve("full/old.bin")), "the old content is kept");
		write(c, "full/old.bin", content(300_000)); // space again: works
		assertEquals(300_000, Files.size(folder.resolve("full/old.bin")));
	}

	// ------------------------------------------------------------------ network faults

	private DroppingProxy proxy() throws Exception {
		DroppingProxy proxy = DroppingProxy.to(new InetSocketAddress("127.0.0.1", server.port()));
		toClose.add(proxy);
		Files.writeString(sshDir.resolve("known_hosts"), server.knownHostsLine(proxy.port()),
				java.nio.file.StandardOpenOption.APPEND);
		return proxy;
	}

	@Test
	void connectionCutMidUploadLeavesNoPartialFileAndARetryWorks() throws Exception {
		DroppingProxy proxy = proxy();
		Connection c = connect(sshDir, TestServer.spec(server.url(proxy.port(), folder)));
		write(c, "up.bin", content(1000));
		byte[] big = content(4 << 20);
		proxy.cutAfter(1 << 20);
		ConnectorException e = fails(Reason.TRANSIENT, () -> write(c, "up.bin", big));
		assertTrue(e.isRetryable());
		assertEquals(1000, Files.size(folder.resolve("up.bin")), "the real name still holds the old file, whole");
		for (String name : folder.toFile().list()) {
			assertTrue(name.equals("up.bin") || name.startsWith(".up.bin.karma-tmp-"), name);
		}
		List<String> listed = new ArrayList<>();
		c.list(RelPath.ROOT, entry -> listed.add(entry.path().name()), null);
		assertEquals(List.of("up.bin"), listed, "a temporary file is never listed");
		write(c, "up.bin", big); // the retry reconnects
		assertTrue(Arrays.equals(big, Files.readAllBytes(folder.resolve("up.bin"))));
	}

	@Test
	void connectionCutMidDownloadFailsTheReadAndARetryWorks() throws Exception {
		DroppingProxy proxy = proxy();
		byte[] big = content(4 << 20);
		Files.write(folder.resolve("down.bin"), big);
		Connection c = connect(sshDir, TestServer.spec(server.url(proxy.port(), folder)));
		proxy.cutAfter(1 << 20);
		assertThrows(IOException.class, () -> {
			try (InputStream in = c.read(RelPath.of("down.bin"), null)) {
				in.readAllBytes();
			}
		});
		byte[] again;
		try (InputStream in = c.read(RelPath.of("down.bin"), null)) {
			again = in.readAllBytes();
		}
		assertTrue(Arrays.equals(big, again));
	}

	@Test
	void serverGoneBetweenScanAndExecuteIsTransientThenReconnects() throws Exception {
		DroppingProxy proxy = proxy();
		Connection c = connect(sshDir, TestServer.spec(server.url(proxy.port(), folder)));
		write(c, "a.txt", "a".getBytes(StandardCharsets.UTF_8));
		List<String> scanned = new ArrayList<>();
		c.list(RelPath.ROOT, entry -> scanned.add(entry.path().name()), null); // the scan
		proxy.refuseNew(true);
		proxy.cutAll(); // the server goes down
		ConnectorException e = fails(Reason.TRANSIENT, () -> write(c, "b.txt", "b".getBytes(StandardCharsets.UTF_8)));
		assertTrue(e.isRetryable());
		fails(Reason.TRANSIENT, () -> c.stat(RelPath.of("a.txt"), null));
		proxy.refuseNew(false); // back
		write(c, "b.txt", "b".getBytes(StandardCharsets.UTF_8));
		assertEquals("b", Files.readString(folder.resolve("b.txt")));
		assertEquals(List.of("a.txt"), scanned);
		assertEquals(0, ((org.karma.connector.api.Capability.OpenResources) c).openResources());
	}

	@Test
	void serverRestartOnTheSamePortReconnects() throws Exception {
		Path base = Files.createTempDirectory("karma-sftp-restart");
		TestServer own = new TestServer(base, 0);
		int port = own.port();
		Path dir = Files.createDirectories(own.home.resolve("data"));
		Path ssh = own.sshDir();
		Connection c = connect(ssh, TestServer.spec(own.url(dir)));
		write(c, "one.txt", "1".getBytes(StandardCharsets.UTF_8));
		own.stop();
		fails(Reason.TRANSIENT, () -> write(c, "two.txt", "2".getBytes(StandardCharsets.UTF_8)));
		TestServer again = new TestServer(base, port); // same host key (kept in base), same port
		try {
			write(c, "two.txt", "2".getBytes(StandardCharsets.UTF_8));
			assertEquals("2", Files.readString(dir.resolve("two.txt")));
		} finally {
			c.close();
			again.close();
		}
	}

	@Test
	void credentialKeyIsTheAccount() throws Exception {
		SftpConnectorFactory f = factory(sshDir);
		assertEquals("sftp://ann@127.0.0.1:2222", f.credentialKey("sftp://ann@127.0.0.1:2222/srv/data"));
		assertEquals("sftp://ann@example.org:22", f.credentialKey("sftp://ann@example.org/home/ann"));
		fails(Reason.FATAL, () -> f.credentialKey("sftp://ann:secret@example.org/x"));
	}
}
