package org.karma.core.oauth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.karma.core.credentials.CredentialStore;

import com.sun.net.httpserver.HttpServer;

/** URL building, what is pasted, the token request and the answers of a token endpoint (a local stub). */
class OAuthLoginOperationTest {

	private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
	private int status = 200;
	private String answer = "{\"access_token\":\"at-1\",\"refresh_token\":\"rt-1\",\"expires_in\":14400,\"token_type\":\"bearer\"}";
	private HttpServer server;

	@AfterEach
	void stop() {
		if (server != null) {
			server.stop(0);
		}
	}

	private String startTokenEndpoint() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
		server.createContext("/token", x -> {
			try (x) {
				requests.add(LoopbackReceiver.query(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				byte[] body = answer.getBytes(StandardCharsets.UTF_8);
				x.getResponseHeaders().set("Content-Type", "application/json");
				x.sendResponseHeaders(status, body.length);
				try (OutputStream out = x.getResponseBody()) {
					out.write(body);
				}
			}
		});
		server.start();
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
	}

	private static OAuthProvider dropbox(String tokenUrl) {
		return OAuthProvider.forScheme("dropbox",
				name -> name.equals("KARMA_OAUTH_DROPBOX_TOKEN_URL") ? tokenUrl : null).orElseThrow();
	}

	private static OAuthLoginOperation login(OAuthProvider provider) {
		return new OAuthLoginOperation(provider, "myappkey", null, null, HttpClient.newHttpClient(), new SecureRandom());
	}

	private static Map<String, String> parameters(URI url) {
		return LoopbackReceiver.query(url.getRawQuery());
	}

	@Test
	void dropboxAuthorizationUrl() {
		OAuthLoginOperation login = login(dropbox(null));
		URI url = login.authorizationUrl();
		assertEquals("https://www.dropbox.com/oauth2/authorize", url.toString().substring(0, url.toString().indexOf('?')));
		Map<String, String> p = parameters(url);
		assertEquals("myappkey", p.get("client_id"));
		assertEquals("code", p.get("response_type"));
		assertEquals("S256", p.get("code_challenge_method"));
		assertEquals("offline", p.get("token_access_type"));
		assertEquals(login.state(), p.get("state"));
		assertEquals(43, p.get("code_challenge").length());
		assertFalse(p.containsKey("redirect_uri"));
		assertEquals(List.of("client_id", "response_type", "code_challenge", "code_challenge_method", "token_access_type",
				"state"), List.copyOf(p.keySet()));
	}

	@Test
	void googleAuthorizationUrlHasScopeOfflineAccessAndTheLoopbackRedirect() {
		OAuthProvider google = OAuthProvider.forScheme("gdrive", name -> null).orElseThrow();
		OAuthLoginOperation login = new OAuthLoginOperation(google, "id.apps.googleusercontent.com", "sec".toCharArray(),
				"http://127.0.0.1:4711/", HttpClient.newHttpClient(), new SecureRandom());
		URI url = login.authorizationUrl();
		assertTrue(url.toString().startsWith("https://accounts.google.com/o/oauth2/v2/auth?client_id=id.apps."), url.toString());
		Map<String, String> p = parameters(url);
		assertEquals("https://www.googleapis.com/auth/drive", p.get("scope"));
		assertEquals("offline", p.get("access_type"));
		assertEquals("http://127.0.0.1:4711/", p.get("redirect_uri"));
		assertEquals("S256", p.get("code_challenge_method"));
		assertTrue(url.getRawQuery().contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A4711%2F"), url.getRawQuery());
		assertThrows(IllegalArgumentException.class, () -> new OAuthLoginOperation(google, "id", null,
				"http://127.0.0.1:1/", HttpClient.newHttpClient(), new SecureRandom()));
		assertThrows(IllegalArgumentException.class, () -> new OAuthLoginOperation(google, "id", "s".toCharArray(), null,
				HttpClient.newHttpClient(), new SecureRandom()));
	}

	@Test
	void overridesMustBeHttpsOrLoopback() {
		assertEquals("https://fake.example/token", dropbox("https://fake.example/token").tokenUrl().toString());
		assertThrows(IllegalArgumentException.class, () -> dropbox("http://fake.example/token"));
		assertThrows(IllegalArgumentException.class, () -> dropbox("not a url"));
		assertTrue(OAuthProvider.forScheme("ftp", name -> null).isEmpty());
	}

	@Test
	void pastedCodesAndRedirectUrls() throws Exception {
		OAuthLoginOperation login = login(dropbox(null));
		assertEquals("abc-DEF_123", login.codeFrom("  abc-DEF_123 \n"));
		assertEquals("4/0Ab", login.codeFrom("http://127.0.0.1:4711/?state=" + login.state() + "&code=4%2F0Ab&scope=x"));
		assertEquals(OAuthException.Kind.ABORTED, assertThrows(OAuthException.class, () -> login.codeFrom("")).kind());
		assertEquals(OAuthException.Kind.ABORTED, assertThrows(OAuthException.class, () -> login.codeFrom((String) null)).kind());
		assertEquals(OAuthException.Kind.ABORTED, assertThrows(OAuthException.class,
				() -> login.codeFrom("http://127.0.0.1:1/?error=access_denied&state=" + login.state())).kind());
		OAuthException other = assertThrows(OAuthException.class,
				() -> login.codeFrom("http://127.0.0.1:1/?code=x&state=not-this-one"));
		assertEquals(OAuthException.Kind.BAD_INPUT, other.kind());
		assertTrue(other.getMessage().contains("state"), other.getMessage());
		assertEquals(OAuthException.Kind.BAD_INPUT, assertThrows(OAuthException.class,
				() -> login.codeFrom("two words")).kind());
	}

	@Test
	void theCodeIsExchangedWithTheVerifierAndStoredWithoutTheAccessToken() throws Exception {
		OAuthLoginOperation login = login(dropbox(startTokenEndpoint()));
		String challenge = parameters(login.authorizationUrl()).get("code_challenge");
		Map<String, Map<String, char[]>> stored = new TreeMap<>();
		CredentialStore store = memory(stored);
		store.set("dropbox:/", "access_token", "old-access".toCharArray());
		login.run("the-code", store, "dropbox:/", new NullProgressMonitor());
		Map<String, String> request = requests.get(0);
		assertEquals("authorization_code", request.get("grant_type"));
		assertEquals("the-code", request.get("code"));
		assertEquals("myappkey", request.get("client_id"));
		assertFalse(request.containsKey("client_secret"));
		assertEquals(challenge, Pkce.challenge(request.get("code_verifier")));
		assertEquals(Map.of("app_key", "myappkey", "refresh_token", "rt-1"), strings(stored.get("dropbox:/")));
	}

	@Test
	void googleSendsItsSecretAndRedirectAndStoresClientIdAndSecret() throws Exception {
		String tokenUrl = startTokenEndpoint();
		OAuthProvider google = OAuthProvider.forScheme("gdrive",
				name -> name.equals("KARMA_OAUTH_GDRIVE_TOKEN_URL") ? tokenUrl : null).orElseThrow();
		OAuthLoginOperation login = new OAuthLoginOperation(google, "cid", "csecret".toCharArray(), "http://127.0.0.1:9/",
				HttpClient.newHttpClient(), new SecureRandom());
		Map<String, Map<String, char[]>> stored = new TreeMap<>();
		login.run("c", memory(stored), "gdrive:", null);
		assertEquals("csecret", requests.get(0).get("client_secret"));
		assertEquals("http://127.0.0.1:9/", requests.get(0).get("redirect_uri"));
		assertEquals(Map.of("client_id", "cid", "client_secret", "csecret", "refresh_token", "rt-1"),
				strings(stored.get("gdrive:")));
	}

	@Test
	void refusedCodesNameTheErrorAndStoreNothing() throws Exception {
		OAuthLoginOperation login = login(dropbox(startTokenEndpoint()));
		status = 400;
		answer = "{\"error\": \"invalid_grant\", \"error_description\": \"code doesn't exist or has expired\"}";
		Map<String, Map<String, char[]>> stored = new TreeMap<>();
		OAuthException e = assertThrows(OAuthException.class, () -> login.run("bad", memory(stored), "dropbox:/", null));
		assertEquals(OAuthException.Kind.REFUSED, e.kind());
		assertEquals("Dropbox refused the authorization code (invalid_grant: code doesn't exist or has expired);"
				+ " codes are single-use and expire within minutes: log in again", e.getMessage());
		assertTrue(stored.isEmpty());
	}

	@Test
	void tokenAnswers() throws Exception {
		TokenResponse ok = TokenResponse.parse(200,
				"{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":3599,\"scope\":\"s\"}", "Google");
		assertEquals(new TokenResponse("a", "r", 3599, "s"), ok);
		assertFalse(ok.toString().contains("\"a\"") || ok.toString().contains("r,"), ok.toString());
		assertEquals(OAuthException.Kind.PROTOCOL, kind(200, "{\"access_token\":\"a\",\"expires_in\":1}"));
		assertEquals(OAuthException.Kind.PROTOCOL, kind(200, "<html>"));
		assertEquals(OAuthException.Kind.PROTOCOL, kind(200, "{\"refresh_token\":\"r\"}"));
		assertEquals(OAuthException.Kind.REFUSED, kind(401, "{\"error\":\"invalid_client\",\"error_description\":\"Unauthorized\"}"));
		assertEquals(OAuthException.Kind.UNREACHABLE, kind(503, "<html>down</html>"));
		assertEquals(OAuthException.Kind.PROTOCOL, kind(404, "not here"));
		OAuthException client = assertThrows(OAuthException.class,
				() -> TokenResponse.parse(401, "{\"error\":\"invalid_client\",\"error_description\":\"Unauthorized\"}", "Google"));
		assertEquals("Google refused the client (invalid_client: Unauthorized); check the app key / client id and secret",
				client.getMessage());
	}

	private static OAuthException.Kind kind(int status, String body) {
		return assertThrows(OAuthException.class, () -> TokenResponse.parse(status, body, "X")).kind();
	}

	@Test
	void anUnreachableEndpointIsANetworkFailure() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		OAuthLoginOperation login = login(dropbox("http://127.0.0.1:" + port + "/token"));
		OAuthException e = assertThrows(OAuthException.class, () -> login.exchange("c", null));
		assertEquals(OAuthException.Kind.UNREACHABLE, e.kind());
		assertTrue(e.getMessage().startsWith("cannot reach Dropbox's token endpoint 127.0.0.1: connection refused"),
				e.getMessage());
	}

	@Test
	void theLoopbackReceiverTakesTheBrowsersAnswer() throws Exception {
		try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
			assertTrue(receiver.redirectUri().matches("http://127\\.0\\.0\\.1:\\d+/"), receiver.redirectUri());
			HttpClient client = HttpClient.newHttpClient();
			HttpResponse<String> favicon = client.send(
					HttpRequest.newBuilder(URI.create(receiver.redirectUri() + "favicon.ico")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(404, favicon.statusCode());
			assertFalse(receiver.result().isDone());
			HttpResponse<String> page = client.send(
					HttpRequest.newBuilder(URI.create(receiver.redirectUri() + "?code=4%2Fx&state=s1")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(200, page.statusCode());
			assertTrue(page.body().contains("You can close this tab"), page.body());
			assertEquals(Map.of("code", "4/x", "state", "s1"), receiver.result().get(5, TimeUnit.SECONDS));
		}
	}

	private static Map<String, String> strings(Map<String, char[]> secrets) {
		Map<String, String> map = new TreeMap<>();
		secrets.forEach((k, v) -> map.put(k, new String(v)));
		return map;
	}

	static CredentialStore memory(Map<String, Map<String, char[]>> stored) {
		return new CredentialStore() {
			@Override
			public void set(String key, String secretName, char[] value) {
				stored.computeIfAbsent(key, k -> new TreeMap<>()).put(secretName, value.clone());
			}

			@Override
			public Optional<char[]> get(String key, String secretName) {
				return Optional.ofNullable(stored.getOrDefault(key, Map.of()).get(secretName)).map(char[]::clone);
			}

			@Override
			public boolean remove(String key) {
				return stored.remove(key) != null;
			}

			@Override
			public SortedMap<String, List<String>> list() {
				SortedMap<String, List<String>> list = new TreeMap<>();
				stored.forEach((key, secrets) -> list.put(key, List.copyOf(secrets.keySet())));
				return list;
			}
		};
	}
}
