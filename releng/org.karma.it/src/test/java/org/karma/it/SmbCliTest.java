package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMB endpoints end to end: the headless product against a real Samba smbd on loopback, started
 * by {@code releng/scripts/samba-test-server} on a free port (share {@code rw}, user
 * {@code nobody}). Needs root and the Debian package samba: without them the tests are skipped
 * locally with a message and FAIL in CI ({@code CI=true}).
 */
class SmbCliTest {

	private static final String USER = "nobody";
	private static final String PASSWORD = "smb-Pw-" + UUID.randomUUID().toString().substring(0, 8);
	private static final Path SCRIPT = Path.of(System.getProperty("karma.it.scripts"), "samba-test-server");
	private static Path base;
	private static int port;

	private final RemoteCli cli = new RemoteCli("smb-cli");

	@BeforeAll
	static void startServer() throws Exception {
		String why = null;
		if (!Files.isExecutable(Path.of("/usr/sbin/smbd"))) {
			why = "smbd is not installed (Debian package samba; .ci/install-deps installs it)";
		} else if (!"0".equals(script(List.of("id", "-u")).out().trim())) {
			why = "smbd needs root (it switches to the share user)";
		}
		if (why != null) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("the SMB end-to-end tests cannot run in CI: " + why);
			}
			Assumptions.abort("SMB end-to-end tests skipped: " + why);
		}
		base = Files.createTempDirectory("karma-it-smb");
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = s.getLocalPort();
		}
		Proc.Result start = script(List.of(SCRIPT.toString(), "start", base.toString(), Integer.toString(port), USER, PASSWORD));
		assertEquals(0, start.exitCode(), start::toString);
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (base != null) {
			Proc.Result stop = script(List.of(SCRIPT.toString(), "stop", base.toString()));
			assertEquals(0, stop.exitCode(), stop::toString);
			Proc.deleteTree(base);
		}
	}

	private static Proc.Result script(List<String> command) throws Exception {
		return Proc.run(command, Path.of(System.getProperty("karma.it.work")), Map.of(), Duration.ofSeconds(60));
	}

	@BeforeEach
	void clean() throws Exception {
		cli.reset();
	}

	private static String account() {
		return "smb://" + USER + "@127.0.0.1:" + port;
	}

	private static String url(String folder) {
		return account() + "/rw/" + folder;
	}

	/** A fresh folder in share rw that the share user may write in. */
	private static Path remote(String folder) throws IOException {
		Path dir = base.resolve("shares/rw").resolve(folder);
		Proc.deleteTree(dir);
		Files.createDirectories(dir);
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
		return dir;
	}

	@Test
	void storedPasswordMirrorsAndTwoWayConvergesWithoutSecretsInStateOrLogs() throws Exception {
		Path remote = remote("mirror");
		Proc.Result set = cli.setPassword(url("some/dir"), PASSWORD);
		assertEquals(0, set.exitCode(), set::toString);
		assertEquals("karma: stored password for " + account() + "\n", set.err(), set::toString);

		List<Proc.Result> runs = new ArrayList<>(List.of(set));
		runs.addAll(cli.mirrorThenTwoWay(url("mirror"), remote, "smbdocs"));
		cli.assertNoSecrets(runs, PASSWORD);
	}

	@Test
	void wrongStoredPasswordIsExitFiveWithOneLine() throws Exception {
		remote("wrong");
		Proc.Result set = cli.setPassword(url("wrong"), "not-the-password");
		assertEquals(0, set.exitCode(), set::toString);
		String line = cli.mirrorFailsWithFive(url("wrong"));
		assertTrue(line.startsWith("karma: right: login as '" + USER + "' on 127.0.0.1:" + port + " failed"), line);
		assertFalse(line.contains("not-the-password"), line);
	}

	@Test
	void passwordEnvWorksWithoutAnyStore() throws Exception {
		cli.mirrorWithPasswordEnv(url("oneoff"), remote("oneoff"), PASSWORD);
	}

	@Test
	void noPasswordNamesTheCredentialsCommand() throws Exception {
		remote("none");
		String line = cli.mirrorFailsWithFive(url("none"));
		assertTrue(line.contains("no password for " + account()), line);
		assertTrue(line.contains("karma credentials set " + account()), line);
	}
}
