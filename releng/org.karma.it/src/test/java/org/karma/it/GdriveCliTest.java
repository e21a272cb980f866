package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.gdrive.tests.FakeDrive;

/**
 * Google Drive end to end: the headless product against {@link FakeDrive}, the FAKE of the Drive
 * v3 API of {@code org.karma.connector.gdrive.tests} (no offline Google Drive exists), in this
 * JVM on loopback. The user logs in as the docs say ({@code karma credentials login gdrive}; a
 * plain HTTP client plays the browser), mirrors a tree with nested folders, an empty file,
 * awkward names and a 20 MiB file sent as a resumable upload in 1 MiB chunks (the fake cuts the
 * connection once in its middle: the sync's retry resumes it from the journal) up to Drive through a
 * profile, and back into an empty folder: the trees are byte-identical, a second run changes
 * nothing in Drive, and no token or client secret is anywhere under KARMA_HOME or in any output.
 * The option {@code drive} puts the files into a shared drive. A revoked or made-up refresh
 * token is exit 5 with one line.
 */
class GdriveCliTest {

	private static final int CHUNK = 1024 * 1024;
	private static FakeDrive drive;

	private static Path trustStore;

	private final RemoteCli cli = new RemoteCli("gdrive-cli");

	@BeforeAll
	static void startFake() throws IOException {
		drive = new FakeDrive();
		trustStore = Files.createTempFile("karma-it-gdrive-trust", ".p12");
		drive.writeTrustStore(trustStore);
	}

	/**
	 * The fake speaks HTTPS with a self-signed certificate: the product trusts it through a trust
	 * store given in KARMA_VM_ARGS (the launcher's options for these commands, plus the store), as
	 * docs/connectors/gdrive.md shows.
	 */
	@BeforeEach
	void trustTheFake() {
		cli.always.put("KARMA_VM_ARGS", "-Xss2m -XX:+UseSerialGC -Djavax.net.ssl.trustStore=" + trustStore
				+ " -Djavax.net.ssl.trustStorePassword=changeit");
	}

	@AfterAll
	static void stopFake() throws IOException {
		if (drive != null) {
			drive.close();
		}
		if (trustStore != null) {
			Files.deleteIfExists(trustStore);
		}
	}

	/** A location in the fake's My Drive, with chunked resumable uploads (1 MiB chunks) above 1 MiB. */
	private static String url(String folder) {
		return "gdrive:/" + folder + "?root_url=" + drive.rootUrl() + "&token_url=" + drive.tokenUrl() + "&upload_cutoff="
				+ CHUNK + "&chunk_size=" + CHUNK;
	}

	/** A folder of My Drive made directly in the fake (as the user would in Drive); its id. */
	private static String folder(String parentId, String name) {
		return drive.put(parentId, name, FakeDrive.FOLDER, new byte[0]);
	}

	/**
	 * {@code karma credentials login gdrive --client-id …} with the client secret on stdin, as the
	 * docs show; the test plays the browser: it opens the printed URL at the fake's consent
	 * endpoint (which allows at once) and follows the redirect to karma's loopback listener.
	 */
	private Proc.Result login() throws Exception {
		Map<String, String> env = cli.env(Map.of("KARMA_OAUTH_GDRIVE_AUTHORIZE_URL", drive.rootUrl() + "o/oauth2/v2/auth",
				"KARMA_OAUTH_GDRIVE_TOKEN_URL", drive.tokenUrl()));
		ProcessBuilder builder = new ProcessBuilder(cli.product.resolve("karma").toString(), "credentials", "login",
				"gdrive", "--client-id", FakeDrive.CLIENT_ID).directory(Files.createDirectories(cli.work).toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
			try {
				return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			} catch (IOException e) {
				return e.toString();
			}
		});
		try {
			try (OutputStream in = process.getOutputStream()) {
				in.write((FakeDrive.CLIENT_SECRET + "\n").getBytes(StandardCharsets.UTF_8));
			}
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String url = out.readLine();
			assertNotNull(url, () -> "no authorization URL printed: " + err.join());
			assertTrue(url.startsWith(drive.rootUrl() + "o/oauth2/v2/auth?client_id=" + FakeDrive.CLIENT_ID + "&"), url);
			HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
			HttpResponse<String> consent = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(302, consent.statusCode(), consent::body);
			String back = consent.headers().firstValue("Location").orElseThrow();
			assertTrue(back.startsWith("http://127.0.0.1:"), back);
			HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(back)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(200, landed.statusCode(), landed::body);
			String rest = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the login ended");
			return new Proc.Result(process.exitValue(), url + "\n" + rest, err.get(10, TimeUnit.SECONDS));
		} finally {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}

	/** S3CliTest's tree (with a 20 MiB file) and what Drive queries must escape, and an empty folder. */
	private static void writeTree(Path local) throws IOException {
		S3CliTest.writeTree(local);
		Files.createDirectories(local.resolve("docs/empty folder"));
		for (String name : List.of("it's \"quoted\".txt", "back\\slash.txt")) {
			Files.writeString(local.resolve("docs").resolve(name), "content of " + name, StandardCharsets.UTF_8);
		}
	}

	@Test
	void loginThenMirrorUpAndBackIsByteIdenticalWithoutAnyTokenUnderKarmaHome() throws Exception {
		cli.reset();
		Files.delete(cli.local.resolve("a.txt"));
		writeTree(cli.local);
		String backups = folder(FakeDrive.ROOT, "Backups");
		String laptop = folder(backups, "laptop");
		String remote = url("Backups/laptop");

		List<Proc.Result> runs = new ArrayList<>();
		Proc.Result login = login();
		assertEquals(0, login.exitCode(), login::toString);
		assertTrue(login.err().contains("karma: logged in to Google; stored refresh_token, client_id, client_secret for gdrive:"),
				login::toString);
		runs.add(login);
		Proc.Result list = cli.karma("credentials", "list");
		assertEquals(0, list.exitCode(), list::toString);
		assertTrue(list.out().contains("gdrive:  client_id,client_secret,refresh_token"), list::toString);
		runs.add(list);

		Proc.Result add = cli.karma("profile", "add", "drivedocs", "--left", cli.local.toString(), "--right", remote,
				"--mode", "mirror");
		assertEquals(0, add.exitCode(), add::toString);
		runs.add(add);
		int chunksBefore = drive.resumableChunks.get();
		long bytesBefore = drive.resumableBytes.get();
		drive.cutAfterChunks.set(8); // the connection drops in the middle of big.bin
		Proc.Result up = cli.karma("sync", "--profile", "drivedocs");
		assertEquals(0, up.exitCode(), up::toString);
		runs.add(up);
		Map<String, String> expected = S3CliTest.tree(cli.local);
		assertEquals(expected, drive.tree(laptop), "Drive holds the tree");
		assertEquals(-1, drive.cutAfterChunks.get(), "the connection was cut once");
		assertEquals(20, drive.resumableChunks.get() - chunksBefore, "big.bin went in 20 chunks of 1 MiB");
		assertEquals(Files.size(cli.local.resolve("docs/big.bin")), drive.resumableBytes.get() - bytesBefore,
				"the sync's retry resumed the upload from the journal: no byte was sent twice");
		Path journals = cli.home.resolve("state/gdrive-uploads");
		assertTrue(Files.isDirectory(journals), "the resumable upload kept a journal");
		try (java.util.stream.Stream<Path> left = Files.list(journals)) {
			assertEquals(List.of(), left.toList(), "no journal is left after the upload completed");
		}

		Path back = Files.createDirectories(cli.work.resolve("back"));
		Proc.Result down = cli.karma("sync", remote, back.toString(), "--mode", "mirror");
		assertEquals(0, down.exitCode(), down::toString);
		runs.add(down);
		assertEquals(expected, S3CliTest.tree(back));
		assertTrue(expected.containsKey("docs/équipe/naïve folder/file (1).txt"), expected::toString);
		assertTrue(expected.containsKey("docs/it's \"quoted\".txt"), expected::toString);
		assertEquals("/", expected.get("docs/empty folder"));
		assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", S3CliTest.tree(back).get("empty.txt"),
				"the empty file is empty");

		int changes = drive.changeCount();
		Proc.Result again = cli.karma("sync", "--profile", "drivedocs");
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.err().contains("0 created, 0 updated, 0 deleted"), again::toString);
		runs.add(again);
		assertEquals(changes, drive.changeCount(), "the second run changed nothing in Drive");
		assertEquals(expected, drive.tree(laptop));

		List<String> secrets = new ArrayList<>(drive.tokens());
		secrets.add(FakeDrive.CLIENT_SECRET);
		assertTrue(secrets.stream().anyMatch(s -> s.startsWith("1//fake-refresh-")), secrets::toString);
		for (String secret : secrets) {
			cli.assertNoSecrets(runs, secret);
		}
	}

	@Test
	void theOptionDriveMirrorsIntoASharedDriveAndAnUnknownOneIsExitFive() throws Exception {
		cli.reset();
		String team = drive.addSharedDrive("Team Karma");
		String projects = folder(team, "Projects");
		String mine = folder(FakeDrive.ROOT, "Projects");
		Proc.Result login = login();
		assertEquals(0, login.exitCode(), login::toString);

		Proc.Result up = cli.karma("sync", cli.local.toString(), url("Projects") + "&drive=Team%20Karma", "--mode", "mirror");
		assertEquals(0, up.exitCode(), up::toString);
		assertEquals(S3CliTest.tree(cli.local), drive.tree(projects), "the tree is in the shared drive");
		assertEquals(Map.of(), drive.tree(mine), "My Drive's folder of the same name is untouched");

		Proc.Result unknown = cli.karma("sync", cli.local.toString(), url("Projects") + "&drive=Marketing", "--mode", "mirror");
		assertEquals(5, unknown.exitCode(), unknown::toString);
		List<String> lines = unknown.err().lines().toList();
		assertEquals(1, lines.size(), unknown::toString);
		assertTrue(lines.get(0).startsWith("karma: right: no shared drive has the name or id 'Marketing' for this account"
				+ " (its shared drives: 'Team Karma')"), lines.get(0));
	}

	@Test
	void aRevokedOrMadeUpRefreshTokenIsExitFiveWithOneLineAndNoToken() throws Exception {
		cli.reset();
		folder(FakeDrive.ROOT, "Revoked");
		String remote = url("Revoked");
		Proc.Result login = login();
		assertEquals(0, login.exitCode(), login::toString);

		drive.revokeRefreshTokens();
		Proc.Result revoked = cli.karma("sync", cli.local.toString(), remote, "--mode", "mirror");
		assertEquals(5, revoked.exitCode(), revoked::toString);
		List<String> lines = revoked.err().lines().toList();
		assertEquals(1, lines.size(), revoked::toString);
		assertTrue(lines.get(0).contains("Google refused to refresh the access token (invalid_grant): log in again"),
				lines.get(0));

		Proc.Result set = Proc.karmaWithInput(cli.product, cli.work, cli.env(Map.of()), Duration.ofSeconds(60),
				"1//made-up-refresh-token\n", "credentials", "set", "gdrive:", "--secret", "refresh_token");
		assertEquals(0, set.exitCode(), set::toString);
		Proc.Result madeUp = cli.karma("connectors", "test", remote);
		assertEquals(5, madeUp.exitCode(), madeUp::toString);
		assertTrue(madeUp.err().contains("Google refused to refresh the access token (invalid_grant): log in again"),
				madeUp::toString);
		for (Proc.Result run : List.of(login, revoked, set, madeUp)) {
			for (String secret : drive.tokens()) {
				assertFalse(run.out().contains(secret) || run.err().contains(secret), run::toString);
			}
			assertFalse(run.out().contains("1//made-up") || run.err().contains("1//made-up"), run::toString);
			assertFalse(run.out().contains(FakeDrive.CLIENT_SECRET) || run.err().contains(FakeDrive.CLIENT_SECRET),
					run::toString);
		}
	}
}
