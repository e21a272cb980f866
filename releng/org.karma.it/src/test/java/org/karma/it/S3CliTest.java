package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S3 end to end: the headless product against S3Proxy 4.1.0 (filesystem blobstore) as a child JVM
 * on loopback. A tree with nested folders, an empty file, awkward names and a 20 MiB file (a
 * multipart upload with 5 MiB parts) is mirrored up with the secret key from the credential store
 * through a profile, then mirrored back into an empty folder with the secret from
 * {@code --password-env} and no store: the trees are byte-identical, and the secret key is
 * nowhere under KARMA_HOME.
 */
class S3CliTest {

	private static final String IDENTITY = "karma-it-key";
	private static final String SECRET = "s3-Secret-4d81b7f2e9";
	private static Process server;
	private static Path serverWork;
	private static int port;

	private final RemoteCli cli = new RemoteCli("s3-cli");

	@BeforeAll
	static void startServer() throws Exception {
		Path jar = Proc.dir("karma.s3proxy.jar");
		serverWork = Files.createTempDirectory("karma-it-s3proxy");
		Path blobs = Files.createDirectories(serverWork.resolve("blobs"));
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		Path properties = Files.write(serverWork.resolve("s3proxy.conf"), List.of("s3proxy.endpoint=http://127.0.0.1:" + port,
				"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + IDENTITY, "s3proxy.credential=" + SECRET,
				"jclouds.provider=filesystem-nio2", "jclouds.identity=local", "jclouds.credential=local",
				"jclouds.filesystem.basedir=" + blobs));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		server = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(), "--properties", properties.toString())
				.redirectErrorStream(true).redirectOutput(serverWork.resolve("s3proxy.log").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			assertTrue(server.isAlive(), () -> "S3Proxy exited: " + log());
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
				return;
			} catch (IOException notYet) {
				assertTrue(System.nanoTime() < deadline, "S3Proxy did not open its port within 60 s");
				server.waitFor(50, TimeUnit.MILLISECONDS);
			}
		}
	}

	private static String log() {
		try {
			return Files.readString(serverWork.resolve("s3proxy.log"));
		} catch (IOException e) {
			return e.toString();
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.destroy();
			if (!server.waitFor(10, TimeUnit.SECONDS)) {
				server.destroyForcibly().waitFor();
			}
		}
		if (serverWork != null) {
			Proc.deleteTree(serverWork);
		}
	}

	private static String url(String bucketAndPrefix) {
		return "s3://" + bucketAndPrefix + "?endpoint=http://127.0.0.1:" + port + "&region=us-east-1&path_style=true"
				+ "&create_bucket=true&access_key_id=" + IDENTITY + "&part_size_mb=5";
	}

	/** Files (path to SHA-256 of the bytes) and folders (path to "/") below a folder. */
	static Map<String, String> tree(Path root) throws Exception {
		Map<String, String> entries = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				String name = root.relativize(p).toString();
				if (name.isEmpty() || name.startsWith(".karma-versions")) {
					continue;
				}
				entries.put(name, Files.isDirectory(p) ? "/"
						: HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
			}
		}
		return entries;
	}

	static void writeTree(Path local) throws IOException {
		Files.createDirectories(local.resolve("docs/deep/er/still"));
		Files.writeString(local.resolve("docs/deep/er/still/leaf.txt"), "at the bottom");
		Files.write(local.resolve("empty.txt"), new byte[0]);
		for (String name : List.of("with space.txt", "ünïcødé €.txt", "per%cent 100%.txt", "hash#tag.txt", "plus+sign.txt",
				"semi;colon&amp.txt", "question?.txt", "équipe/naïve folder/file (1).txt")) {
			Path file = local.resolve("docs").resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, "content of " + name, StandardCharsets.UTF_8);
		}
		byte[] big = new byte[20 * 1024 * 1024];
		new Random(20).nextBytes(big);
		Files.write(local.resolve("docs/big.bin"), big);
	}

	@Test
	void mirrorUpAndBackIsByteIdenticalWithoutTheSecretUnderKarmaHome() throws Exception {
		cli.reset();
		Files.delete(cli.local.resolve("a.txt"));
		writeTree(cli.local);
		String remote = url("karma-it/backup/set-1");

		List<Proc.Result> runs = new ArrayList<>();
		Proc.Result set = Proc.karmaWithInput(cli.product, cli.work, cli.env(Map.of()), Duration.ofSeconds(60), SECRET,
				"credentials", "set", remote, "--secret", "secret_key");
		assertEquals(0, set.exitCode(), set::toString);
		runs.add(set);
		Proc.Result add = cli.karma("profile", "add", "s3docs", "--left", cli.local.toString(), "--right", remote, "--mode",
				"mirror");
		assertEquals(0, add.exitCode(), add::toString);
		runs.add(add);
		Proc.Result up = cli.karma("sync", "--profile", "s3docs");
		assertEquals(0, up.exitCode(), up::toString);
		runs.add(up);
		Path journals = cli.home.resolve("state/s3-uploads");
		assertTrue(Files.isDirectory(journals), "the 20 MiB file went as a multipart upload (journal folder made)");
		try (Stream<Path> left = Files.list(journals)) {
			assertEquals(List.of(), left.toList(), "no journal is left after a completed upload");
		}

		Path back = Files.createDirectories(cli.work.resolve("back"));
		Proc.Result down = cli.karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", "", "KARMA_IT_S3", SECRET), "sync", remote,
				back.toString(), "--mode", "mirror", "--password-env", "KARMA_IT_S3");
		assertEquals(0, down.exitCode(), down::toString);
		runs.add(down);
		Map<String, String> expected = tree(cli.local);
		assertEquals(expected, tree(back));
		assertTrue(expected.containsKey("docs/équipe/naïve folder/file (1).txt"), expected::toString);
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[0])),
				tree(back).get("empty.txt"));

		Proc.Result again = cli.karma("sync", "--profile", "s3docs");
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.err().contains("0 created, 0 updated, 0 deleted"), again::toString);
		runs.add(again);
		cli.assertNoSecrets(runs, SECRET);
	}

	@Test
	void wrongSecretIsExitFiveWithOneLineAndNoSecret() throws Exception {
		cli.reset();
		Proc.Result sync = cli.karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", "", "KARMA_IT_S3", "not-the-secret"), "sync",
				cli.local.toString(), url("karma-it/wrong"), "--mode", "mirror", "--password-env", "KARMA_IT_S3");
		assertEquals(5, sync.exitCode(), sync::toString);
		List<String> lines = sync.err().lines().toList();
		assertEquals(1, lines.size(), sync::toString);
		assertTrue(lines.get(0).contains("SignatureDoesNotMatch"), lines.get(0));
		assertFalse(sync.err().contains("not-the-secret") || sync.out().contains("not-the-secret"), sync::toString);
	}
}
