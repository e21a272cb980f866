package org.karma.connector.dropbox.tests;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.dropbox.fake.FakeDropbox;
import org.karma.connector.dropbox.internal.DropboxConnectorFactory;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.MasterPassword;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecureStorageCredentials;
import org.karma.core.oauth.OAuthException;
import org.karma.core.oauth.OAuthLoginOperation;
import org.karma.core.oauth.OAuthProvider;

/**
 * {@code karma credentials login dropbox}'s operation against the fake Dropbox, inside OSGi: the
 * user "allows" access on the fake's authorization page, the code is exchanged with the PKCE
 * verifier, the refresh token and app key land in real Equinox secure storage, and a connection
 * made with only those stored secrets works (the SDK refreshes the access token at the fake).
 */
class DropboxLoginTest {

	private static final Pattern CODE = Pattern.compile("<code id=\"auth-code\">([^<]+)</code>");

	@TempDir
	Path dir;

	private FakeDropbox fake;
	private HttpClient http;
	private OAuthProvider provider;
	private CredentialStore store;

	@BeforeEach
	void setUp() throws Exception {
		fake = DropboxFixture.fake();
		http = HttpClient.newBuilder().sslContext(fake.clientSsl()).build();
		Map<String, String> overrides = Map.of(OAuthProvider.overrideVariable("dropbox", "AUTHORIZE_URL"),
				fake.base() + "/oauth2/authorize", OAuthProvider.overrideVariable("dropbox", "TOKEN_URL"),
				fake.base() + "/oauth2/token");
		provider = OAuthProvider.forScheme("dropbox", overrides::get).orElseThrow();
		Path master = Files.writeString(dir.resolve("master"), "correct horse\n", StandardCharsets.UTF_8);
		store = SecureStorageCredentials.open(dir.resolve("secrets/secure_storage"),
				Optional.of(MasterPassword.ofFile(master)), false);
	}

	private OAuthLoginOperation login(String appKey) {
		return new OAuthLoginOperation(provider, appKey, null, null, http, new SecureRandom());
	}

	/** The user opens the URL and allows access: the code the page shows. */
	private String allow(OAuthLoginOperation login) throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(login.authorizationUrl()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, page.statusCode(), page.body());
		Matcher m = CODE.matcher(page.body());
		assertTrue(m.find(), page.body());
		return m.group(1);
	}

	@Test
	void loginStoresTheRefreshTokenAndAConnectionRefreshesWithIt() throws Exception {
		store.set("dropbox:/", "access_token", "an-old-token".toCharArray());
		OAuthLoginOperation login = login(FakeDropbox.APP_KEY);
		int loginsBefore = fake.logins();
		login.run(login.codeFrom(allow(login)), store, "dropbox:/", new NullProgressMonitor());
		assertEquals(loginsBefore + 1, fake.logins());

		assertEquals(List.of("app_key", "refresh_token"), store.list().get("dropbox:/"), "the old access token is gone");
		assertArrayEquals(FakeDropbox.APP_KEY.toCharArray(), store.get("dropbox:/", "app_key").orElseThrow());
		String refresh = new String(store.get("dropbox:/", "refresh_token").orElseThrow());
		assertTrue(refresh.startsWith("fake-refresh-login-"), "the token the exchange issued");

		fake.makeFolder("/login-" + loginsBefore);
		fake.expireAccessTokens(); // the access token of the exchange is not used: the connection refreshes
		DropboxConnectorFactory factory = new DropboxConnectorFactory(DropboxFixture.requestor(fake));
		String location = "dropbox:/login-" + loginsBefore;
		ConnectionSpec spec = new ConnectionSpec(location, Map.of(),
				SecretSource.of(Map.of(), () -> store).forKey(factory.credentialKey(location)));
		int refreshes = fake.refreshes();
		try (Connection connection = factory.connect(spec, new NullProgressMonitor())) {
			List<Entry> entries = new ArrayList<>();
			connection.list(RelPath.ROOT, entries::add, new NullProgressMonitor());
			assertEquals(List.of(), entries);
		}
		assertEquals(refreshes + 1, fake.refreshes(), "the SDK got an access token with the stored refresh token");
	}

	@Test
	void wrongCodesAndVerifiersAreRefusedWithDropboxsError() throws Exception {
		OAuthLoginOperation login = login(FakeDropbox.APP_KEY);
		OAuthException unknown = assertThrows(OAuthException.class,
				() -> login.run("not-a-code", store, "dropbox:/", new NullProgressMonitor()));
		assertEquals(OAuthException.Kind.REFUSED, unknown.kind());
		assertTrue(unknown.getMessage().contains("invalid_grant: code doesn't exist or has expired"), unknown.getMessage());

		// a code issued to another login (another challenge) does not go with this verifier
		String othersCode = allow(login(FakeDropbox.APP_KEY));
		OAuthException verifier = assertThrows(OAuthException.class, () -> login.exchange(othersCode, null));
		assertTrue(verifier.getMessage().contains("invalid_grant: invalid code verifier"), verifier.getMessage());

		// codes are single-use
		String code = allow(login);
		login.exchange(code, null);
		OAuthException again = assertThrows(OAuthException.class, () -> login.exchange(code, null));
		assertEquals(OAuthException.Kind.REFUSED, again.kind());
		assertFalse(store.list().containsKey("dropbox:/"), "nothing stored by failed logins");
	}

	@Test
	void anUnknownAppKeyIsRefusedOnTheAuthorizationPage() throws Exception {
		OAuthLoginOperation login = login("no-such-app");
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(login.authorizationUrl()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(400, page.statusCode());
		assertTrue(page.body().contains("Invalid client_id"), page.body());
		assertTrue(URI.create(login.authorizationUrl().toString()).getRawQuery().contains("token_access_type=offline"));
	}
}
