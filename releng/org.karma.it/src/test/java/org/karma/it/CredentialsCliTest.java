package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
	private static final String MASTER = "master-Pw-0c9f2a61";
	private static FtpServer server;
	private static Path serverHome;
	private static int port;

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "credentials-cli");
	private final Path home = work.resolve("home");
	private final Path local = work.resolve("local");
	private final Path masterFile = work.resolve("master.txt");

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
		Proc.deleteTree(work);
		Files.createDirectories(local.resolve("docs"));
		Files.writeString(local.resolve("a.txt"), "hello");
		Files.writeString(local.resolve("docs/b.txt"), "doc");
		Files.writeString(masterFile, MASTER + "\n");
	}

	private String url(String folder) {
		return "ftp://ann@127.0.0.1:" + port + "/" + folder;
	}

	private Path remote(String folder) throws IOException {
		Path dir = serverHome.resolve(folder);
		Proc.deleteTree(dir);
		return Files.createDirectories(dir);
	}

	private Map<String, String> env(Map<String, String> extra) {
		Map<String, String> env = new HashMap<>(Map.of("KARMA_HOME", home.toString(), "KARMA_SECRETS_PASSWORD_FILE",
				masterFile.toString()));
		env.putAll(extra);
		env.values().removeIf(String::isEmpty);
		return env;
	}

	private Proc.Result karma(String... args) throws Exception {
		return karma(Map.of(), args);
	}

	private Proc.Result karma(Map<String, String> extra, String... args) throws Exception {
		return Proc.karmaWithInput(product, work, env(extra), Duration.ofSeconds(90), "", args);
	}

	private Proc.Result setPassword(String uri, String password) throws Exception {
		return Proc.karmaWithInput(product, work, env(Map.of()), Duration.ofSeconds(60), password + "\n", "credentials",
				"set", uri);
	}

	/** The files below a folder and their content, without the archived versions (.karma-versions). */
	private static Map<String, String> tree(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				if (Files.isRegularFile(p) && !root.relativize(p).toString().startsWith(".karma-versions")) {
					files.put(root.relativize(p).toString(), Files.readString(p));
				}
			}
		}
		return files;
	}

	@Test
	void storedPasswordMirrorsAndTwoWayConvergesWithoutSecretsInStateOrLogs() throws Exception {
		Path remote = remote("mirror");
		Proc.Result set = setPassword(url("some/dir"), PASSWORD);
		assertEquals(0, set.exitCode(), set::toString);
		assertEquals("karma: stored password for ftp://ann@127.0.0.1:" + port + "\n", set.err(), set::toString);

		Proc.Result list = karma("credentials", "list", "--json");
		assertEquals(0, list.exitCode(), list::toString);
		assertEquals("[{\"key\":\"ftp://ann@127.0.0.1:" + port + "\",\"secrets\":[\"password\"]}]\n", list.out(),
				list::toString);

		// the same store through -eclipse.password FILE instead of the environment
		Proc.Result viaArgument = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", ""), "-eclipse.password",
				masterFile.toString(), "credentials", "list");
		assertEquals(0, viaArgument.exitCode(), viaArgument::toString);
		assertTrue(viaArgument.out().contains("ftp://ann@127.0.0.1:" + port), viaArgument::toString);

		Proc.Result mirror = karma("sync", local.toString(), url("mirror"), "--mode", "mirror");
		assertEquals(0, mirror.exitCode(), mirror::toString);
		assertEquals(tree(local), tree(remote));
		assertEquals(2, tree(remote).size());

		// a stored profile, then changes on both sides and a two-way run
		Proc.Result add = karma("profile", "add", "ftpdocs", "--left", local.toString(), "--right", url("mirror"), "--mode",
				"two-way");
		assertEquals(0, add.exitCode(), add::toString);
		assertEquals(0, karma("sync", "--profile", "ftpdocs").exitCode());
		Files.writeString(local.resolve("a.txt"), "hello, changed on the left");
		Files.writeString(remote.resolve("c.txt"), "added on the server");
		Files.delete(remote.resolve("docs/b.txt"));
		Proc.Result twoWay = karma("sync", "--profile", "ftpdocs");
		assertEquals(0, twoWay.exitCode(), twoWay::toString);
		assertEquals(tree(local), tree(remote));
		assertEquals(Map.of("a.txt", "hello, changed on the left", "c.txt", "added on the server"), tree(local));

		// no secret in profiles, the history database, run logs or anything else under KARMA_HOME
		Path store = home.resolve("secrets/secure_storage");
		assertTrue(Files.isRegularFile(store), "the secure storage file exists");
		List<Path> checked = new java.util.ArrayList<>();
		try (Stream<Path> all = Files.walk(home)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				if (Files.isRegularFile(p)) {
					String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
					assertFalse(content.contains(PASSWORD), "the FTP password in clear in " + p);
					assertFalse(content.contains(MASTER), "the master password in " + p);
					checked.add(home.relativize(p));
				}
			}
		}
		assertTrue(checked.stream().anyMatch(p -> p.toString().startsWith("profiles")), checked::toString);
		assertTrue(checked.stream().anyMatch(p -> p.toString().startsWith("logs")), checked::toString);
		assertTrue(checked.stream().anyMatch(p -> p.toString().contains("history")), checked::toString);
		for (Proc.Result result : List.of(set, list, mirror, twoWay)) {
			assertFalse(result.out().contains(PASSWORD) || result.err().contains(PASSWORD), result::toString);
		}
	}

	@Test
	void wrongStoredPasswordIsExitFiveWithOneLine() throws Exception {
		remote("wrong");
		assertEquals(0, setPassword(url(""), "not-the-password").exitCode());
		Proc.Result sync = karma("sync", local.toString(), url("wrong"), "--mode", "mirror");
		assertEquals(5, sync.exitCode(), sync::toString);
		List<String> lines = sync.err().lines().toList();
		assertEquals(1, lines.size(), sync::toString);
		assertTrue(lines.get(0).startsWith("karma: right: login as ann at 127.0.0.1:" + port + " failed"), sync::toString);
		assertFalse(sync.err().contains("not-the-password"), sync::toString);
	}

	@Test
	void passwordEnvWorksWithoutAnyStore() throws Exception {
		Path remote = remote("oneoff");
		Proc.Result sync = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", "", "FTP_PW", PASSWORD), "sync", local.toString(),
				url("oneoff"), "--mode", "mirror", "--password-env", "FTP_PW");
		assertEquals(0, sync.exitCode(), sync::toString);
		assertEquals(tree(local), tree(remote));
		assertFalse(Files.exists(home.resolve("secrets")), "no store was made");

		Proc.Result none = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", ""), "sync", local.toString(), url("oneoff"),
				"--mode", "mirror");
		assertEquals(5, none.exitCode(), none::toString);
		assertTrue(none.err().contains("no password for ann@127.0.0.1:" + port), none::toString);
		assertTrue(none.err().contains("karma credentials set"), none::toString);
	}

	@Test
	void masterPasswordProblemsAreClear() throws Exception {
		remote("master");
		assertEquals(0, setPassword(url("master"), PASSWORD).exitCode());

		Proc.Result noSource = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", ""), "sync", local.toString(), url("master"),
				"--mode", "mirror");
		assertEquals(5, noSource.exitCode(), noSource::toString);
		assertTrue(noSource.err().contains("-eclipse.password"), noSource::toString);
		assertTrue(noSource.err().contains("KARMA_SECRETS_PASSWORD_FILE"), noSource::toString);

		Proc.Result setWithout = Proc.karmaWithInput(product, work, Map.of("KARMA_HOME", home.toString()),
				Duration.ofSeconds(60), "x\n", "credentials", "set", url("master"));
		assertEquals(2, setWithout.exitCode(), setWithout::toString);

		Path other = Files.writeString(work.resolve("other.txt"), "another master password\n");
		Proc.Result wrong = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", other.toString()), "sync", local.toString(),
				url("master"), "--mode", "mirror");
		assertEquals(5, wrong.exitCode(), wrong::toString);
		assertTrue(wrong.err().contains("master password does not open"), wrong::toString);
		assertEquals(1, wrong.err().lines().count(), wrong::toString);
		Proc.Result listWrong = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", other.toString()), "credentials", "list");
		assertEquals(5, listWrong.exitCode(), listWrong::toString);
		assertEquals("", listWrong.out(), listWrong::toString);
	}
}
