package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.karma.connector.dropbox.fake.FakeDropbox;

/**
 * Dropbox end to end: the headless product against {@link FakeDropbox} (a local HTTPS fake of the
 * Dropbox API, started in this JVM; no offline Dropbox exists), reached through the test-only
 * variables {@code KARMA_DROPBOX_API_ENDPOINT} and {@code KARMA_DROPBOX_TRUST}. The refresh token
 * gets into the store as a user's does: {@code karma credentials login dropbox} with the OAuth
 * endpoints replaced by the fake's ({@code KARMA_OAUTH_DROPBOX_*}), this test playing the browser.
 * A tree with nested folders, an empty file, awkward names and a 20 MiB file (an upload session
 * in 4 MiB chunks) is mirrored up through a profile and back into an empty folder: the trees are
 * byte-identical, a second run changes nothing, and no token nor the app key is anywhere under
 * KARMA_HOME or in the output. A revoked refresh token is exit 5 with one line saying to log in
 * again, and logging in again makes the sync work.
 */
class DropboxCliTest {

	private static final Pattern CODE = Pattern.compile("<code id=\"auth-code\">([^<]+)</code>");
	private static final String OPTIONS = "?upload_threshold_mb=4&chunk_mb=4";

	private static FakeDropbox fake;
	private static Path certificates;

	private final RemoteCli cli = new RemoteCli("dropbox-cli");

	@BeforeAll
	static void startFake() throws Exception {
		fake = new FakeDropbox();
		certificates = Files.createTempDirectory("karma-it-dropbox");
	}

	@AfterAll
	static void stopFake() throws Exception {
		if (fake != null) {
			fake.close();
		}
		if (certificates != null) {
			Proc.deleteTree(certificates);
		}
	}

	/** The fake's certificate as a PEM file, for {@code KARMA_DROPBOX_TRUST}. */
	private static Path pem() throws Exception {
		Path pem = certificates.resolve("fake.pem");
		if (!Files.exists(pem)) {
			Files.writeString(pem, fake.certificatePem(), StandardCharsets.US_ASCII);
		}
		return pem;
	}

	/** The variables of every Dropbox run: API calls go to the fake, trusting only its certificate. */
	private static Map<String, String> dropbox() throws Exception {
		return Map.of("KARMA_DROPBOX_API_ENDPOINT", fake.base(), "KARMA_DROPBOX_TRUST", pem().toString());
	}

	/**
	 * {@code karma credentials login dropbox ARGS}: reads the authorization URL karma prints, "allows"
	 * access on the fake's page and types the code it shows into karma's stdin. The token exchange
	 * is karma's own HTTPS call to the fake's token endpoint: the JVM trusts the fake's
	 * certificate through {@code KARMA_VM_ARGS} (a trust store), as in docs/connectors/dropbox.md.
	 */
	private Proc.Result login(String... args) throws Exception {
		Path trustStore = certificates.resolve("trust.p12");
		if (!Files.exists(trustStore)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			try (InputStream in = Files.newInputStream(pem())) {
				store.setCertificateEntry("fake", CertificateFactory.getInstance("X.509").generateCertificate(in));
			}
			try (OutputStream out = Files.newOutputStream(trustStore)) {
				store.store(out, "changeit".toCharArray());
			}
		}
		List<String> command = new ArrayList<>(List.of(cli.product.resolve("karma").toString(), "credentials", "login",
				"dropbox"));
		command.addAll(List.of(args));
		Files.createDirectories(cli.work);
		Path err = Files.createTempFile(cli.work, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(cli.work.toFile()).redirectError(err.toFile());
		builder.environment().putAll(cli.env(Map.of("KARMA_OAUTH_DROPBOX_AUTHORIZE_URL", fake.base() + "/oauth2/authorize",
				"KARMA_OAUTH_DROPBOX_TOKEN_URL", fake.base() + "/oauth2/token", "KARMA_VM_ARGS",
				"-Xss2m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djavax.net.ssl.trustStore=" + trustStore
						+ " -Djavax.net.ssl.trustStorePassword=changeit")));
		Process process = builder.start();
		Thread watchdog = new Thread(() -> {
			try {
				if (!process.waitFor(90, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			} catch (InterruptedException e) {
				process.destroyForcibly();
			}
		});
		watchdog.setDaemon(true);
		watchdog.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String url = out.readLine();
		assertNotNull(url, () -> "no authorization URL on stdout: " + read(err));
		HttpClient browser = HttpClient.newBuilder().sslContext(fake.clientSsl()).build();
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher code = CODE.matcher(page.body());
		assertTrue(code.find(), page::body);
		try (OutputStream in = process.getOutputStream()) {
			in.write((code.group(1) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		String rest = out.lines().collect(Collectors.joining("\n"));
		assertTrue(process.waitFor(90, TimeUnit.SECONDS), "login did not end");
		return new Proc.Result(process.exitValue(), url + "\n" + rest, read(err));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			return e.toString();
		}
	}

	/** The calls that change something on Dropbox, for checking that a run changed nothing. */
	private static List<Integer> writes() {
		return List.of("files/upload", "files/upload_session/start", "files/upload_session/finish", "files/create_folder_v2",
				"files/delete_v2", "files/move_v2").stream().map(fake::calls).toList();
	}

	@Test
	void mirrorUpAndBackIsByteIdenticalWithoutAnyTokenUnderKarmaHome() throws Exception {
		cli.reset();
		Files.delete(cli.local.resolve("a.txt"));
		S3CliTest.writeTree(cli.local);
		fake.makeFolder("/Backups/e2e");
		String remote = "dropbox:/Backups/e2e";
		List<Proc.Result> runs = new ArrayList<>();

		Proc.Result login = login("--app-key", FakeDropbox.APP_KEY);
		assertEquals(0, login.exitCode(), login::toString);
		assertTrue(login.err().contains("logged in to Dropbox; stored refresh_token, app_key for dropbox:/"), login::toString);
		Proc.Result add = cli.karma("profile", "add", "dbx", "--left", cli.local.toString(), "--right", remote + OPTIONS,
				"--mode", "mirror");
		assertEquals(0, add.exitCode(), add::toString);
		runs.add(add);
		int starts = fake.calls("files/upload_session/start");
		int finishes = fake.calls("files/upload_session/finish");
		int appends = fake.calls("files/upload_session/append_v2");
		Proc.Result up = cli.karma(dropbox(), "sync", "--profile", "dbx");
		assertEquals(0, up.exitCode(), up::toString);
		runs.add(up);
		assertEquals(starts + 1, fake.calls("files/upload_session/start"), "the 20 MiB file went as an upload session");
		assertEquals(finishes + 1, fake.calls("files/upload_session/finish"));
		assertTrue(fake.calls("files/upload_session/append_v2") >= appends + 3, "in 4 MiB chunks");
		assertTrue(fake.below("/Backups/e2e").contains("/Backups/e2e/docs/équipe/naïve folder/file (1).txt"),
				fake.below("/Backups/e2e")::toString);

		Path back = Files.createDirectories(cli.work.resolve("back"));
		Proc.Result down = cli.karma(dropbox(), "sync", remote, back.toString(), "--mode", "mirror");
		assertEquals(0, down.exitCode(), down::toString);
		runs.add(down);
		Map<String, String> expected = S3CliTest.tree(cli.local);
		assertEquals(expected, S3CliTest.tree(back));
		assertTrue(expected.containsKey("docs/équipe/naïve folder/file (1).txt"), expected::toString);
		assertTrue(expected.containsKey("empty.txt") && expected.containsKey("docs/big.bin"), expected::toString);
		for (String file : expected.keySet()) {
			if (!expected.get(file).equals("/")) {
				assertEquals(-1L, Files.mismatch(cli.local.resolve(file), back.resolve(file)), file);
			}
		}

		List<Integer> before = writes();
		Proc.Result again = cli.karma(dropbox(), "sync", "--profile", "dbx");
		assertEquals(0, again.exitCode(), again::toString);
		assertTrue(again.err().contains("0 created, 0 updated, 0 deleted"), again::toString);
		runs.add(again);
		Proc.Result againDown = cli.karma(dropbox(), "sync", remote, back.toString(), "--mode", "mirror");
		assertEquals(0, againDown.exitCode(), againDown::toString);
		assertTrue(againDown.err().contains("0 created, 0 updated, 0 deleted"), againDown::toString);
		runs.add(againDown);
		assertEquals(before, writes(), "the second runs changed nothing in Dropbox");
		assertEquals(expected, S3CliTest.tree(back));

		assertFalse(fake.refreshTokensIssued().isEmpty());
		assertFalse(fake.accessTokensIssued().isEmpty());
		List<Proc.Result> all = new ArrayList<>(runs);
		all.add(login);
		for (String token : fake.refreshTokensIssued()) {
			cli.assertNoSecrets(all, token);
		}
		for (String token : fake.accessTokensIssued()) {
			cli.assertNoSecrets(all, token);
		}
		// the app key is in the authorization URL the login prints (and on its command line), nowhere else
		cli.assertNoSecrets(runs, FakeDropbox.APP_KEY);
	}

	@Test
	void aRevokedRefreshTokenIsExitFiveWithOneLineUntilTheUserLogsInAgain() throws Exception {
		cli.reset();
		fake.makeFolder("/Backups/revoked");
		String remote = "dropbox:/Backups/revoked";
		Proc.Result login = login("--app-key", FakeDropbox.APP_KEY);
		assertEquals(0, login.exitCode(), login::toString);
		fake.revokeRefreshTokens();

		Proc.Result sync = cli.karma(dropbox(), "sync", cli.local.toString(), remote, "--mode", "mirror");
		assertEquals(5, sync.exitCode(), sync::toString);
		List<String> lines = sync.err().lines().toList();
		assertEquals(1, lines.size(), sync::toString);
		assertTrue(lines.get(0).contains("Dropbox refused the refresh token (invalid_grant: refresh token is invalid or"
				+ " revoked): log in again with 'karma credentials login dropbox'"), lines.get(0));
		for (String token : fake.refreshTokensIssued()) {
			assertFalse(sync.err().contains(token) || sync.out().contains(token), sync::toString);
		}

		Proc.Result again = login(); // the stored app key is used
		assertEquals(0, again.exitCode(), again::toString);
		Proc.Result retry = cli.karma(dropbox(), "sync", cli.local.toString(), remote, "--mode", "mirror");
		assertEquals(0, retry.exitCode(), retry::toString);
		assertEquals(List.of("/Backups/revoked/a.txt", "/Backups/revoked/docs", "/Backups/revoked/docs/b.txt"),
				fake.below("/Backups/revoked"));
	}
}
