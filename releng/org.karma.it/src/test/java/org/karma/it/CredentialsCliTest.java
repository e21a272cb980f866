package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code karma credentials} and FTP endpoints end to end: the headless product against an Apache
 * MINA FtpServer on loopback inside this JVM. Stored passwords, {@code --password-env}, a wrong
 * password (exit 5), master password sources, and that no secret lands in profiles, the history
 * database or run logs.
 */
class CredentialsCliTest {

	private static final String PASSWORD = "ftp-Pw-4b1d9e77";
	private static FtpServer server;
	private static Path serverHome;
	private static int port;

	private final RemoteCli cli = new RemoteCli("credentials-cli");
	private final Path local = cli.local;

	@BeforeAll
	static void startServer() throws Exception {
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		Path base = Files.createTempDirectory("karma-it-ftp");
		serverHome = Files.createDirectories(base.resolve("home"));
		Path users = base.resolve("users.properties");
		String p = "ftpserver.user.ann.";
		Files.writeString(users, p + "userpassword=" + PASSWORD + "\n" + p + "homedirectory=" + serverHome + "\n" + p
				+ "enableflag=true\n" + p + "writepermission=true\n" + p + "maxloginnumber=0\n" + p + "maxloginperip=0\n" + p
				+ "idletime=0\n" + p + "uploadrate=0\n" + p + "downloadrate=0\n", StandardCharsets.UTF_8);
		PropertiesUserManagerFactory userManager = new PropertiesUserManagerFactory();
		userManager.setFile(users.toFile());
		userManager.setPasswordEncryptor(new ClearTextPasswordEncryptor());
		FtpServerFactory factory = new FtpServerFactory();
		factory.setUserManager(userManager.createUserManager());
		ListenerFactory listener = new ListenerFactory();
		listener.setServerAddress("127.0.0.1");
		listener.setPort(0);
		factory.addListener("default", listener.createListener());
		server = factory.createServer();
		server.start();
		port = factory.getListeners().get("default").getPort();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.stop();
		}
	}

	@BeforeEach
	void clean() throws Exception {
		cli.reset();
	}

	private String url(String folder) {
		return "ftp://ann@127.0.0.1:" + port + "/" + folder;
	}

	private Path remote(String folder) throws IOException {
		Path dir = serverHome.resolve(folder);
		Proc.deleteTree(dir);
		return Files.createDirectories(dir);
	}

	private Proc.Result karma(String... args) throws Exception {
		return cli.karma(args);
	}

	private Proc.Result karma(Map<String, String> extra, String... args) throws Exception {
		return cli.karma(extra, args);
	}

	@Test
	void storedPasswordMirrorsAndTwoWayConvergesWithoutSecretsInStateOrLogs() throws Exception {
		Path remote = remote("mirror");
		Proc.Result set = cli.setPassword(url("some/dir"), PASSWORD);
		assertEquals(0, set.exitCode(), set::toString);
		assertEquals("karma: stored password for ftp://ann@127.0.0.1:" + port + "\n", set.err(), set::toString);

		Proc.Result list = karma("credentials", "list", "--json");
		assertEquals(0, list.exitCode(), list::toString);
		assertEquals("[{\"key\":\"ftp://ann@127.0.0.1:" + port + "\",\"secrets\":[\"password\"]}]\n", list.out(),
				list::toString);

		// the same store through -eclipse.password FILE instead of the environment
		Proc.Result viaArgument = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", ""), "-eclipse.password",
				cli.masterFile.toString(), "credentials", "list");
		assertEquals(0, viaArgument.exitCode(), viaArgument::toString);
		assertTrue(viaArgument.out().contains("ftp://ann@127.0.0.1:" + port), viaArgument::toString);

		List<Proc.Result> runs = new ArrayList<>(List.of(set, list, viaArgument));
		runs.addAll(cli.mirrorThenTwoWay(url("mirror"), remote, "ftpdocs"));
		cli.assertNoSecrets(runs, PASSWORD);
	}

	@Test
	void wrongStoredPasswordIsExitFiveWithOneLine() throws Exception {
		remote("wrong");
		assertEquals(0, cli.setPassword(url(""), "not-the-password").exitCode());
		String line = cli.mirrorFailsWithFive(url("wrong"));
		assertTrue(line.startsWith("karma: right: login as ann at 127.0.0.1:" + port + " failed"), line);
		assertFalse(line.contains("not-the-password"), line);
	}

	@Test
	void passwordEnvWorksWithoutAnyStore() throws Exception {
		Path remote = remote("oneoff");
		cli.mirrorWithPasswordEnv(url("oneoff"), remote, PASSWORD);

		Proc.Result none = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", ""), "sync", local.toString(), url("oneoff"),
				"--mode", "mirror");
		assertEquals(5, none.exitCode(), none::toString);
		assertTrue(none.err().contains("no password for ann@127.0.0.1:" + port), none::toString);
		assertTrue(none.err().contains("karma credentials set"), none::toString);
	}

	@Test
	void masterPasswordProblemsAreClear() throws Exception {
		remote("master");
		assertEquals(0, cli.setPassword(url("master"), PASSWORD).exitCode());

		Proc.Result noSource = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", ""), "sync", local.toString(), url("master"),
				"--mode", "mirror");
		assertEquals(5, noSource.exitCode(), noSource::toString);
		assertTrue(noSource.err().contains("-eclipse.password"), noSource::toString);
		assertTrue(noSource.err().contains("KARMA_SECRETS_PASSWORD_FILE"), noSource::toString);

		Proc.Result setWithout = Proc.karmaWithInput(cli.product, cli.work, Map.of("KARMA_HOME", cli.home.toString()),
				Duration.ofSeconds(60), "x\n", "credentials", "set", url("master"));
		assertEquals(2, setWithout.exitCode(), setWithout::toString);

		Path other = Files.writeString(cli.work.resolve("other.txt"), "another master password\n");
		Proc.Result wrong = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", other.toString()), "sync", local.toString(),
				url("master"), "--mode", "mirror");
		assertEquals(5, wrong.exitCode(), wrong::toString);
		assertTrue(wrong.err().contains("master password does not open"), wrong::toString);
		assertEquals(1, wrong.err().lines().count(), wrong::toString);
		Proc.Result listWrong = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", other.toString()), "credentials", "list");
		assertEquals(5, listWrong.exitCode(), listWrong::toString);
		assertEquals("", listWrong.out(), listWrong::toString);
	}

	@Test
	void connectorsTestAnswersWithTheServersFactsOrExitFive() throws Exception {
		Path remote = remote("probe");
		Files.writeString(remote.resolve("a.txt"), "alpha");
		Files.createDirectories(remote.resolve("sub"));
		assertEquals(0, cli.setPassword(url(""), PASSWORD).exitCode());

		Proc.Result ok = karma("connectors", "test", url("probe"));
		assertEquals(0, ok.exitCode(), ok::toString);
		assertTrue(ok.out().startsWith(url("probe") + ": connected; 2 entries at the root\n  case: "), ok::toString);
		assertTrue(ok.out().contains("  capabilities: "), ok::toString);
		assertEquals("", ok.err(), ok::toString);

		Proc.Result missing = karma("connectors", "test", url("probe/nothing-here"));
		assertEquals(5, missing.exitCode(), missing::toString);
		assertEquals(1, missing.err().lines().count(), missing::toString);
		assertTrue(missing.err().endsWith("(not_found)\n"), missing::toString);

		Proc.Result wrong = karma(Map.of("WRONG", "not-the-password"), "connectors", "test", url("probe"),
				"--password-env", "WRONG");
		assertEquals(5, wrong.exitCode(), wrong::toString);
		assertTrue(wrong.err().startsWith("karma: " + url("probe") + ": login as ann at 127.0.0.1:" + port + " failed"),
				wrong::toString);
		assertTrue(wrong.err().endsWith("(authentication)\n"), wrong::toString);

		Proc.Result local = karma("connectors", "test", cli.work.toString(), "--json");
		assertEquals(0, local.exitCode(), local::toString);
		assertTrue(local.out().startsWith("{\"location\":\"" + cli.work + "\",\"outcome\":\"ok\""), local::toString);

		Proc.Result bad = karma("connectors", "test", "gopher://host/x");
		assertEquals(2, bad.exitCode(), bad::toString);
		assertTrue(bad.err().startsWith("karma: unknown scheme 'gopher'"), bad::toString);
		for (Proc.Result result : List.of(ok, missing, wrong, local, bad)) {
			assertFalse(result.out().contains(PASSWORD) || result.err().contains(PASSWORD), result::toString);
			assertFalse(result.err().contains("not-the-password"), result::toString);
		}
	}
}
