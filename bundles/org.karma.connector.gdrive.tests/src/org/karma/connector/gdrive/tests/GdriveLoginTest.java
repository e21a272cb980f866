package org.karma.connector.gdrive.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.MasterPassword;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecureStorageCredentials;
import org.karma.core.oauth.LoopbackReceiver;
import org.karma.core.oauth.OAuthException;
import org.karma.core.oauth.OAuthLoginOperation;
import org.karma.core.oauth.OAuthProvider;

/**
 * {@code karma credentials login gdrive}'s operation against the fake Drive, inside OSGi: the
 * browser is sent from the fake's consent page back to the loopback listener, the code is
 * exchanged with the client secret and PKCE verifier, the refresh token, client id and secret land
 * in real Equinox secure storage, and a connection whose endpoint has no {@code client_id} option
 * and only those stored secrets works (the Drive client refreshes the access token at the fake).
 */
class GdriveLoginTest {

	@TempDir
	Path dir;

	private FakeDrive drive;
	private OAuthProvider provider;
	private CredentialStore store;
	private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void setUp() throws Exception {
		drive = new FakeDrive();
		Map<String, String> overrides = Map.of(OAuthProvider.overrideVariable("gdrive", "AUTHORIZE_URL"),
				drive.rootUrl() + "o/oauth2/v2/auth", OAuthProvider.overrideVariable("gdrive", "TOKEN_URL"),
				drive.tokenUrl());
		provider = OAuthProvider.forScheme("gdrive", overrides::get).orElseThrow();
		Path master = Files.writeString(dir.resolve("master"), "correct horse\n", StandardCharsets.UTF_8);
		store = SecureStorageCredentials.open(dir.resolve("secrets/secure_storage"),
				Optional.of(MasterPassword.ofFile(master)), false);
	}

	@AfterEach
	void tearDown() {
		drive.close();
	}

	private OAuthLoginOperation login(String secret, LoopbackReceiver receiver) {
		return new OAuthLoginOperation(provider, FakeDrive.CLIENT_ID, secret.toCharArray(), receiver.redirectUri(),
				OAuthLoginOperation.httpClient(), new SecureRandom());
	}

	/** The user allows access: the consent page's redirect, which the browser then follows. */
	private URI allow(OAuthLoginOperation login) throws Exception {
		HttpResponse<String> consent = browser.send(HttpRequest.newBuilder(login.authorizationUrl()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(302, consent.statusCode(), consent.body());
		return URI.create(consent.headers().firstValue("Location").orElseThrow());
	}

	@Test
	void loginThroughTheLoopbackListenerThenConnectWithOnlyTheStoredSecrets() throws Exception {
		try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
			OAuthLoginOperation login = login(FakeDrive.CLIENT_SECRET, receiver);
			URI back = allow(login);
			assertTrue(back.toString().startsWith(receiver.redirectUri() + "?state="), back.toString());
			HttpResponse<String> page = browser.send(HttpRequest.newBuilder(back).build(), HttpResponse.BodyHandlers.ofString());
			assertEquals(200, page.statusCode());
			Map<String, String> answer = receiver.result().get(10, TimeUnit.SECONDS);
			login.run(login.codeFrom(answer), store, "gdrive:", new NullProgressMonitor());
		}
		assertEquals(1, drive.logins.get());
		assertEquals(List.of("client_id", "client_secret", "refresh_token"), store.list().get("gdrive:"));
		assertArrayEquals(FakeDrive.CLIENT_SECRET.toCharArray(), store.get("gdrive:", "client_secret").orElseThrow());
		assertTrue(new String(store.get("gdrive:", "refresh_token").orElseThrow()).startsWith("1//fake-refresh-"));

		String folder = drive.put(FakeDrive.ROOT, "Backups", FakeDrive.FOLDER, new byte[0]);
		drive.put(folder, "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
		GdriveConnectorFactory factory = new GdriveConnectorFactory();
		String location = "gdrive:/Backups";
		// no client_id option: the connector takes the client id the login stored
		ConnectionSpec spec = new ConnectionSpec(location,
				Map.of("root_url", drive.rootUrl(), "token_url", drive.tokenUrl()),
				SecretSource.of(Map.of(), () -> store).forKey(factory.credentialKey(location)));
		try (Connection connection = factory.connect(spec, new NullProgressMonitor())) {
			List<Entry> entries = new ArrayList<>();
			connection.list(RelPath.ROOT, entries::add, new NullProgressMonitor());
			assertEquals(List.of("a.txt"), entries.stream().map(e -> e.path().name()).toList());
		}
		assertEquals(1, drive.refreshes.get(), "the connection got its access token with the stored refresh token");
	}

	@Test
	void aPastedRedirectUrlWorksWhenTheBrowserCannotReachTheListener() throws Exception {
		try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
			OAuthLoginOperation login = login(FakeDrive.CLIENT_SECRET, receiver);
			String pasted = allow(login).toString(); // never opened: the browser was on another machine
			login.run(login.codeFrom(pasted), store, "gdrive:", null);
			assertFalse(receiver.result().isDone());
		}
		assertEquals(1, drive.logins.get());
	}

	@Test
	void googlesRefusalsAreReportedAndNothingIsStored() throws Exception {
		try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
			OAuthLoginOperation wrongSecret = login("not-the-secret", receiver);
			String code = wrongSecret.codeFrom(allow(wrongSecret).toString());
			OAuthException client = assertThrows(OAuthException.class,
					() -> wrongSecret.run(code, store, "gdrive:", null));
			assertEquals(OAuthException.Kind.REFUSED, client.kind());
			assertEquals("Google refused the client (invalid_client: Unauthorized); check the app key / client id and"
					+ " secret", client.getMessage());

			OAuthLoginOperation login = login(FakeDrive.CLIENT_SECRET, receiver);
			OAuthException grant = assertThrows(OAuthException.class, () -> login.exchange("4/0made-up", null));
			assertTrue(grant.getMessage().startsWith("Google refused the authorization code (invalid_grant: Bad Request)"),
					grant.getMessage());

			// a code of another login: the verifier does not match its challenge
			OAuthLoginOperation other = login(FakeDrive.CLIENT_SECRET, receiver);
			String othersCode = other.codeFrom(allow(other).toString());
			OAuthException verifier = assertThrows(OAuthException.class, () -> login.exchange(othersCode, null));
			assertTrue(verifier.getMessage().contains("invalid_grant: Invalid code verifier."), verifier.getMessage());
		}
		assertEquals(0, drive.logins.get());
		assertFalse(store.list().containsKey("gdrive:"));
	}
}
