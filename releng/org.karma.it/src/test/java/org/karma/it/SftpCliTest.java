package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SFTP endpoints end to end: the headless product against an Apache MINA SSHD server with the
 * SFTP subsystem on loopback inside this JVM (password login, its file system rooted at a
 * temporary folder, its host key in a known_hosts file given with the option {@code known_hosts}).
 */
class SftpCliTest {

	private static final String PASSWORD = "sftp-Pw-7e21c4d3";
	private static SshServer server;
	private static Path serverHome;
	private static Path knownHosts;
	private static PublicKey hostKey;

	private final RemoteCli cli = new RemoteCli("sftp-cli");

	@BeforeAll
	static void startServer() throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		Path base = Files.createTempDirectory("karma-it-sftp");
		serverHome = Files.createDirectories(base.resolve("home"));
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(base.resolve("host-key.ser")));
		server.setPasswordAuthenticator((user, password, session) -> user.equals("ann") && password.equals(PASSWORD));
		server.setFileSystemFactory(new VirtualFileSystemFactory(serverHome));
		server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
		server.start();
		hostKey = server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
		knownHosts = Files.writeString(base.resolve("known_hosts"),
				"[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(hostKey) + "\n");
	}

	@AfterAll
	static void stopServer() throws IOException {
		if (server != null) {
			server.stop(true);
		}
	}

	@BeforeEach
	void clean() throws Exception {
		cli.reset();
	}

	private static String account() {
		return "sftp://ann@127.0.0.1:" + server.getPort();
	}

	/** A folder of the server (absolute there: the server's root is its home folder) checked against {@code hosts}. */
	private static String url(String folder, Path hosts) {
		return account() + "/" + folder + "?known_hosts=" + hosts;
	}

	private static Path remote(String folder) throws IOException {
		Path dir = serverHome.resolve(folder);
		Proc.deleteTree(dir);
		return Files.createDirectories(dir);
	}

	@Test
	void storedPasswordMirrorsAndTwoWayConvergesWithoutSecretsInStateOrLogs() throws Exception {
		Path remote = remote("mirror");
		Proc.Result set = cli.setPassword(account() + "/some/dir", PASSWORD);
		assertEquals(0, set.exitCode(), set::toString);
		assertEquals("karma: stored password for " + account() + "\n", set.err(), set::toString);

		List<Proc.Result> runs = new ArrayList<>(List.of(set));
		runs.addAll(cli.mirrorThenTwoWay(url("mirror", knownHosts), remote, "sftpdocs"));
		cli.assertNoSecrets(runs, PASSWORD);
	}

	@Test
	void unknownHostIsRefusedWithItsFingerprintUntilAcceptedOnce() throws Exception {
		Path remote = remote("unknown");
		assertEquals(0, cli.setPassword(account(), PASSWORD).exitCode());
		Path empty = Files.writeString(cli.work.resolve("known_hosts"), "");
		String line = cli.mirrorFailsWithFive(url("unknown", empty));
		assertTrue(line.startsWith("karma: right: the host key of 127.0.0.1:" + server.getPort() + " is unknown"), line);
		assertTrue(line.contains(KeyUtils.getFingerPrint(hostKey)), line);
		assertTrue(line.contains("accept_new_host_key=true"), line);
		assertEquals(List.of(), new ArrayList<>(RemoteCli.tree(remote).keySet()), "nothing written");

		Proc.Result accept = cli.karma("sync", cli.local.toString(), url("unknown", empty) + "&accept_new_host_key=true",
				"--mode", "mirror");
		assertEquals(0, accept.exitCode(), accept::toString);
		assertEquals(RemoteCli.tree(cli.local), RemoteCli.tree(remote));
		assertTrue(Files.readString(empty).startsWith("[127.0.0.1]:" + server.getPort() + " "), Files.readString(empty));
		Proc.Result again = cli.karma("sync", cli.local.toString(), url("unknown", empty), "--mode", "mirror");
		assertEquals(0, again.exitCode(), again::toString);
	}

	@Test
	void wrongStoredPasswordIsExitFiveWithOneLine() throws Exception {
		remote("wrong");
		assertEquals(0, cli.setPassword(account(), "not-the-password").exitCode());
		String line = cli.mirrorFailsWithFive(url("wrong", knownHosts));
		assertTrue(line.startsWith("karma: right: the server 127.0.0.1:" + server.getPort() + " refused the login of 'ann'"),
				line);
		assertFalse(line.contains("not-the-password"), line);
	}

	@Test
	void passwordEnvWorksWithoutAnyStore() throws Exception {
		cli.mirrorWithPasswordEnv(url("oneoff", knownHosts), remote("oneoff"), PASSWORD);
	}
}
