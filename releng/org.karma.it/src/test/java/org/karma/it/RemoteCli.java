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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the end-to-end tests of network endpoints (FTP, SFTP, SMB) share: a KARMA_HOME with a
 * master password file for the secure storage, a local folder with two files, the headless
 * product run with that environment, and the scenarios every protocol goes through (mirror then
 * two-way, {@code --password-env}, no secret anywhere under KARMA_HOME).
 */
final class RemoteCli {

	static final String MASTER = "master-Pw-0c9f2a61";

	final Path product = Proc.dir("karma.headless.product");
	final Path work;
	final Path home;
	final Path local;
	final Path masterFile;

	/** A session in folder {@code name} of the it work folder. */
	RemoteCli(String name) {
		work = Path.of(System.getProperty("karma.it.work"), name);
		home = work.resolve("home");
		local = work.resolve("local");
		masterFile = work.resolve("master.txt");
	}

	/** Empties the work folder and writes {@code a.txt} ("hello"), {@code docs/b.txt} ("doc") and the master password file. */
	void reset() throws IOException {
		Proc.deleteTree(work);
		Files.createDirectories(local.resolve("docs"));
		Files.writeString(local.resolve("a.txt"), "hello");
		Files.writeString(local.resolve("docs/b.txt"), "doc");
		Files.writeString(masterFile, MASTER + "\n");
	}

	/** Variables every command of this session gets (e.g. KARMA_VM_ARGS with a trust store). */
	final Map<String, String> always = new HashMap<>();

	/** KARMA_HOME and KARMA_SECRETS_PASSWORD_FILE, {@link #always}, plus {@code extra}; an empty value removes a variable. */
	Map<String, String> env(Map<String, String> extra) {
		Map<String, String> env = new HashMap<>(Map.of("KARMA_HOME", home.toString(), "KARMA_SECRETS_PASSWORD_FILE",
				masterFile.toString()));
		env.putAll(always);
		env.putAll(extra);
		env.values().removeIf(String::isEmpty);
		return env;
	}

	Proc.Result karma(String... args) throws Exception {
		return karma(Map.of(), args);
	}

	Proc.Result karma(Map<String, String> extra, String... args) throws Exception {
		return Proc.karmaWithInput(product, work, env(extra), Duration.ofSeconds(90), "", args);
	}

	/** {@code karma credentials set URI} with the password on standard input. */
	Proc.Result setPassword(String uri, String password) throws Exception {
		return Proc.karmaWithInput(product, work, env(Map.of()), Duration.ofSeconds(60), password + "\n", "credentials",
				"set", uri);
	}

	/** The files below a folder and their content, without the archived versions (.karma-versions). */
	static Map<String, String> tree(Path root) throws IOException {
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

	/**
	 * Mirrors the local folder to {@code url} (the empty server folder {@code remote}), then stores
	 * a two-way profile {@code profile} between them, changes both sides and runs it: the two sides
	 * converge. Needs the password stored. The results of the runs, for {@link #assertNoSecrets}.
	 */
	List<Proc.Result> mirrorThenTwoWay(String url, Path remote, String profile) throws Exception {
		Proc.Result mirror = karma("sync", local.toString(), url, "--mode", "mirror");
		assertEquals(0, mirror.exitCode(), mirror::toString);
		assertEquals(tree(local), tree(remote));
		assertEquals(2, tree(remote).size());

		Proc.Result add = karma("profile", "add", profile, "--left", local.toString(), "--right", url, "--mode", "two-way");
		assertEquals(0, add.exitCode(), add::toString);
		Proc.Result first = karma("sync", "--profile", profile);
		assertEquals(0, first.exitCode(), first::toString);
		Files.writeString(local.resolve("a.txt"), "hello, changed on the left");
		Files.writeString(remote.resolve("c.txt"), "added on the server");
		Files.delete(remote.resolve("docs/b.txt"));
		Proc.Result twoWay = karma("sync", "--profile", profile);
		assertEquals(0, twoWay.exitCode(), twoWay::toString);
		assertEquals(tree(local), tree(remote));
		assertEquals(Map.of("a.txt", "hello, changed on the left", "c.txt", "added on the server"), tree(local));
		return List.of(mirror, add, first, twoWay);
	}

	/**
	 * No {@code secret} (nor the master password) in any file under KARMA_HOME — profiles, the
	 * history database and run logs must be among them — nor in the output of {@code results}.
	 */
	void assertNoSecrets(List<Proc.Result> results, String secret) throws IOException {
		assertTrue(Files.isRegularFile(home.resolve("secrets/secure_storage")), "the secure storage file exists");
		List<Path> checked = new ArrayList<>();
		try (Stream<Path> all = Files.walk(home)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				if (Files.isRegularFile(p)) {
					String content = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
					assertFalse(content.contains(secret), "the password in clear in " + p);
					assertFalse(content.contains(MASTER), "the master password in " + p);
					checked.add(home.relativize(p));
				}
			}
		}
		assertTrue(checked.stream().anyMatch(p -> p.toString().startsWith("profiles")), checked::toString);
		assertTrue(checked.stream().anyMatch(p -> p.toString().startsWith("logs")), checked::toString);
		assertTrue(checked.stream().anyMatch(p -> p.toString().contains("history")), checked::toString);
		for (Proc.Result result : results) {
			assertFalse(result.out().contains(secret) || result.err().contains(secret), result::toString);
		}
	}

	/**
	 * A one-off mirror to {@code url} (the empty server folder {@code remote}) with the password in
	 * environment variable {@code KARMA_IT_PW} through {@code --password-env}, without any store
	 * (no master password either): the trees are equal and no store was made.
	 */
	void mirrorWithPasswordEnv(String url, Path remote, String password) throws Exception {
		Proc.Result sync = karma(Map.of("KARMA_SECRETS_PASSWORD_FILE", "", "KARMA_IT_PW", password), "sync",
				local.toString(), url, "--mode", "mirror", "--password-env", "KARMA_IT_PW");
		assertEquals(0, sync.exitCode(), sync::toString);
		assertEquals(tree(local), tree(remote));
		assertFalse(Files.exists(home.resolve("secrets")), "no store was made");
		assertFalse(sync.out().contains(password) || sync.err().contains(password), sync::toString);
	}

	/** A mirror to {@code url} that fails with exit 5 and one line on stderr; that line. */
	String mirrorFailsWithFive(String url) throws Exception {
		Proc.Result sync = karma("sync", local.toString(), url, "--mode", "mirror");
		assertEquals(5, sync.exitCode(), sync::toString);
		List<String> lines = sync.err().lines().toList();
		assertEquals(1, lines.size(), sync::toString);
		return lines.get(0);
	}
}
