package org.karma.connector.sftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.sftp.internal.SftpConnectorFactory;

/**
 * Ed25519, OpenSSH's default key type: user keys written by {@code ssh-keygen} (plain and
 * passphrase-encrypted, given as {@code identity} or found as {@code ~/.ssh/id_ed25519}) and a
 * server whose only host key is Ed25519, checked against known_hosts. These need the EdDSA
 * provider (bundle net.i2p.crypto.eddsa) wired to sshd in the OSGi runtime.
 */
class SftpEd25519Test {

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
		TestServer.deleteTree(folder);
	}

	/** Runs ssh-keygen with these arguments; returns its output (fails the test on a non-zero exit). */
	private static String sshKeygen(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("ssh-keygen"));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
		return out;
	}

	/** A new Ed25519 key pair in OpenSSH format: {@code dir/name} and {@code dir/name.pub}. */
	private static Path ed25519Key(Path dir, String name, String passphrase) throws Exception {
		Path file = dir.resolve(name);
		sshKeygen("-q", "-t", "ed25519", "-N", passphrase, "-C", "karma-test", "-f", file.toString());
		assertTrue(Files.readString(file).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
		return file;
	}

	private static String publicLine(Path key) throws Exception {
		return Files.readString(Path.of(key + ".pub"), StandardCharsets.UTF_8).trim();
	}

	private static PublicKey publicKey(Path key) throws Exception {
		return PublicKeyEntry.parsePublicKeyEntry(publicLine(key)).resolvePublicKey(null, null,
				PublicKeyEntryResolver.FAILING);
	}

	private Connection connect(Path ssh, ConnectionSpec spec) throws ConnectorException {
		Connection c = new SftpConnectorFactory(ssh, Duration.ofSeconds(20)).connect(spec, null);
		toClose.add(c);
		return c;
	}

	private void writeAndCheck(Connection c, Path root, String name) throws Exception {
		byte[] content = ("written with " + name).getBytes(StandardCharsets.UTF_8);
		c.write(RelPath.of(name), new ByteArrayInputStream(content), WriteOptions.DEFAULT.withSize(content.length), null);
		assertEquals("written with " + name, Files.readString(root.resolve(name)));
	}

	@Test
	void plainEd25519KeyLogsIn() throws Exception {
		Path key = ed25519Key(Files.createTempDirectory(server.base, "keys"), "plain", "");
		assertTrue(publicLine(key).startsWith("ssh-ed25519 "));
		server.authorize(publicKey(key));
		// no password among the secrets: only the key can log in
		Connection c = connect(sshDir, TestServer.spec(server.url(folder), Map.of("identity", key.toString()), Map.of()));
		writeAndCheck(c, folder, "plain.txt");
	}

	@Test
	void passphraseEncryptedEd25519KeyLogsIn() throws Exception {
		Path key = ed25519Key(Files.createTempDirectory(server.base, "keys"), "encrypted", "pass");
		server.authorize(publicKey(key));
		Connection c = connect(sshDir, TestServer.spec(server.url(folder), Map.of("identity", key.toString()),
				Map.of("passphrase", "pass")));
		writeAndCheck(c, folder, "encrypted.txt");
		ConnectorException wrong = assertThrows(ConnectorException.class, () -> connect(sshDir,
				TestServer.spec(server.url(folder), Map.of("identity", key.toString()), Map.of("passphrase", "nope"))));
		assertEquals(Reason.AUTHENTICATION, wrong.reason(), wrong.getMessage());
		assertFalse(wrong.getMessage().contains("\n"), "one line: " + wrong.getMessage());
	}

	@Test
	void defaultIdEd25519IsTried() throws Exception {
		ed25519Key(sshDir, "id_ed25519", "");
		server.authorize(publicKey(sshDir.resolve("id_ed25519")));
		Connection c = connect(sshDir, TestServer.spec(server.url(folder), Map.of(), Map.of()));
		writeAndCheck(c, folder, "default.txt");
	}

	@Test
	void onlyEd25519HostKeyIsVerifiedThroughKnownHosts() throws Exception {
		Path base = Files.createTempDirectory("karma-sftp-ed25519");
		Path hostKey = ed25519Key(base, "ssh_host_ed25519_key", "");
		try (TestServer edServer = new TestServer(base, 0, hostKey)) {
			Path root = edServer.newRoot();
			String location = edServer.url(root);
			String hostPublic = publicLine(hostKey);
			assertTrue(hostPublic.startsWith("ssh-ed25519 "), hostPublic);
			// the fingerprint as OpenSSH prints it: "256 SHA256:... karma-test (ED25519)"
			String fingerprint = sshKeygen("-l", "-E", "sha256", "-f", hostKey + ".pub").split(" ")[1];
			assertTrue(fingerprint.startsWith("SHA256:"), fingerprint);

			Path known = Files.createTempDirectory(base, "ssh-known");
			Files.writeString(known.resolve("known_hosts"), "[127.0.0.1]:" + edServer.port() + " " + hostPublic + "\n");
			Connection c = connect(known, TestServer.spec(location));
			writeAndCheck(c, root, "host.txt");

			Path empty = Files.createTempDirectory(base, "ssh-empty");
			ConnectorException unknown = assertThrows(ConnectorException.class, () -> connect(empty, TestServer.spec(location)));
			assertEquals(Reason.AUTHENTICATION, unknown.reason(), unknown.getMessage());
			assertTrue(unknown.getMessage().contains(fingerprint), unknown.getMessage());

			Path other = ed25519Key(base, "other", "");
			Path changed = Files.createTempDirectory(base, "ssh-changed");
			Files.writeString(changed.resolve("known_hosts"), "[127.0.0.1]:" + edServer.port() + " " + publicLine(other) + "\n");
			ConnectorException mismatch = assertThrows(ConnectorException.class, () -> connect(changed, TestServer.spec(location)));
			assertEquals(Reason.AUTHENTICATION, mismatch.reason(), mismatch.getMessage());
			assertTrue(mismatch.getMessage().contains("CHANGED"), mismatch.getMessage());
			assertTrue(mismatch.getMessage().contains(fingerprint), mismatch.getMessage());
		}
	}
}
