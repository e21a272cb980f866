package org.karma.app.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.CredentialsException;
import org.karma.model.ProfileValidator;

import com.sun.net.httpserver.HttpServer;

/** {@code karma credentials}: arguments, key normalisation, and that values never reach the output. */
class CredentialsCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final ConnectorRegistry registry = new ConnectorRegistry(ProfileValidator.NO_CATALOG);
	private final Map<String, Map<String, char[]>> stored = new TreeMap<>();
	private final Map<String, String> variables = new HashMap<>();
	private final List<String> prompts = java.util.Collections.synchronizedList(new ArrayList<>());
	private String input = "s3cret\n";
	/** When set, answers the prompts instead of {@link #input} (the OAuth login tests). */
	private Cli.SecretInput answers;
	private CredentialsException storeFailure;

	CredentialsCommandTest() {
		registry.addFactory(factory("dropbox", location -> "dropbox:/", "refresh_token"));
		registry.addFactory(factory("gdrive", location -> "gdrive:", "refresh_token"));
		registry.addFactory(factory("ftp", location -> {
			int slash = location.indexOf('/', "ftp://".length());
			return slash < 0 ? location : location.substring(0, slash);
		}, "password"));
	}

	/** A connector of the scheme that only names credential keys and declares one secret. */
	private static ConnectorFactory factory(String scheme, java.util.function.UnaryOperator<String> key, String secret) {
		return new ConnectorFactory() {
			@Override
			public Set<String> schemes() {
				return Set.of(scheme);
			}

			@Override
			public String displayName() {
				return "Test " + scheme;
			}

			@Override
			public List<ConnectorOption> options() {
				return List.of(ConnectorOption.secret(secret, "The " + secret + "."));
			}

			@Override
			public String credentialKey(String location) {
				return key.apply(location);
			}

			@Override
			public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) {
				throw new UnsupportedOperationException();
			}
		};
	}

	private final CredentialStore memory = new CredentialStore() {
		@Override
		public void set(String key, String secretName, char[] value) {
			stored.computeIfAbsent(key, k -> new TreeMap<>()).put(secretName, value.clone());
		}

		@Override
		public Optional<char[]> get(String key, String secretName) {
			return Optional.ofNullable(stored.getOrDefault(key, Map.of()).get(secretName));
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

	private ExitCode run(String... args) {
		out.reset();
		err.reset();
		Cli.Environment environment = new Cli.Environment("1.2.3", "Java 17 (test)",
				() -> KarmaHome.at(Path.of("/nonexistent/karma-home")), Path.of("/work"), registry, (home, create) -> {
					if (storeFailure != null) {
						throw storeFailure;
					}
					return memory;
				}, variables::get, prompt -> {
					prompts.add(prompt);
					if (answers != null) {
						return answers.read(prompt);
					}
					return input == null ? null : input.strip().toCharArray();
				});
		return new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void setStoresUnderTheAccountKeyAndNeverPrintsTheSecret() {
		assertEquals(ExitCode.OK, run("credentials", "set", "ftp://ann@127.0.0.1:2121/some/dir"));
		assertArrayEquals("s3cret".toCharArray(), stored.get("ftp://ann@127.0.0.1:2121").get("password"));
		assertEquals(List.of("Secret 'password' for ftp://ann@127.0.0.1:2121: "), prompts);
		assertEquals("karma: stored password for ftp://ann@127.0.0.1:2121\n", err());
		assertEquals(ExitCode.OK, run("credentials", "list"));
		assertTrue(out().contains("ftp://ann@127.0.0.1:2121  password"), out());
		assertEquals(ExitCode.OK, run("credentials", "list", "--json"));
		assertEquals("[{\"key\":\"ftp://ann@127.0.0.1:2121\",\"secrets\":[\"password\"]}]\n", out());
		assertFalse(out().contains("s3cret") || err().contains("s3cret"));
		assertEquals(ExitCode.OK, run("credentials", "remove", "ftp://ann@127.0.0.1:2121/other"));
		assertTrue(stored.isEmpty());
		assertEquals(ExitCode.OK, run("credentials", "remove", "ftp://ann@127.0.0.1:2121"));
		assertTrue(err().contains("nothing to remove"), err());
	}

	@Test
	void argumentErrorsAreBadInput() {
		assertEquals(ExitCode.BAD_INPUT, run("credentials"));
		assertTrue(err().contains("set, list, remove or login"), err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "frobnicate"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/", "extra-secret-on-the-line"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/", "--password", "x"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/", "--secret", "token"));
		assertEquals("karma: 'ftp' has no secret 'token'; its secrets: password\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "remove"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "list", "extra"));
		assertTrue(stored.isEmpty());
	}

	@Test
	void unknownSchemeNamesTheKnownOnes() {
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "sftp://ann@h:22/x"));
		assertEquals("karma: no connector for 'sftp' in this build; known schemes: dropbox, ftp, gdrive\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "nonsense:thing"));
		assertTrue(err().startsWith("karma: "), err());
	}

	@Test
	void emptyInputStoresNothing() {
		input = null;
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/"));
		input = "\n";
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "set", "ftp://ann@h:21/"));
		assertTrue(err().contains("no secret"), err());
		assertTrue(stored.isEmpty());
	}

	@Test
	void storeProblemsMapToExitCodes() {
		storeFailure = new CredentialsException(CredentialsException.Kind.NO_MASTER_PASSWORD, "no master password", null);
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "list"));
		assertEquals("karma: no master password\n", err());
		storeFailure = new CredentialsException(CredentialsException.Kind.WRONG_MASTER_PASSWORD, "wrong", null);
		assertEquals(ExitCode.CANNOT_CONNECT, run("credentials", "set", "ftp://ann@h:21/"));
	}

	@Test
	void passwordEnvMustNameASetVariable() {
		assertEquals(ExitCode.BAD_INPUT, run("sync", "/a", "ftp://ann@h:21/b", "--password-env", "NOT_SET_HERE"));
		assertEquals("karma: --password-env: the environment variable 'NOT_SET_HERE' is not set or empty\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("versions", "list", "ftp://ann@h:21/b", "--password-env", "NOT_SET_HERE"));
	}

	// ---- credentials login (OAuth 2 with PKCE) against a local token endpoint ----

	/**
	 * A stand-in for the provider: {@link #authorize} plays the user granting access in the
	 * browser (it remembers the code challenge of the URL and issues a code), {@code /token}
	 * exchanges a code once, only with the verifier of that challenge, like the real servers.
	 */
	private static final class Provider implements AutoCloseable {
		final HttpServer server;
		final Map<String, String> challenges = new java.util.concurrent.ConcurrentHashMap<>();
		final List<Map<String, String>> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
		int codes;

		Provider() throws IOException {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
			server.createContext("/token", x -> {
				try (x) {
					Map<String, String> form = query(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
					requests.add(form);
					String challenge = challenges.remove(String.valueOf(form.get("code")));
					String verifier = form.get("code_verifier");
					String answer;
					int status = 400;
					if (challenge == null) {
						answer = "{\"error\": \"invalid_grant\", \"error_description\": \"code doesn't exist or has expired\"}";
					} else if (verifier == null || !challenge.equals(s256(verifier))) {
						answer = "{\"error\": \"invalid_grant\", \"error_description\": \"invalid code verifier\"}";
					} else {
						status = 200;
						answer = "{\"access_token\": \"sl.ACCESS-9\", \"expires_in\": 14400, \"token_type\": \"bearer\","
								+ " \"refresh_token\": \"REFRESH-7\", \"account_id\": \"dbid:x\"}";
					}
					byte[] body = answer.getBytes(StandardCharsets.UTF_8);
					x.getResponseHeaders().set("Content-Type", "application/json");
					x.sendResponseHeaders(status, body.length);
					try (java.io.OutputStream o = x.getResponseBody()) {
						o.write(body);
					}
				}
			});
			server.start();
		}

		String tokenUrl() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
		}

		/** The user allows access on the page of {@code url}: the code the provider then hands out. */
		synchronized String authorize(String url) {
			Map<String, String> q = query(URI.create(url).getRawQuery());
			assertEquals("S256", q.get("code_challenge_method"));
			String code = "code-" + (++codes);
			challenges.put(code, q.get("code_challenge"));
			return code;
		}

		@Override
		public void close() {
			server.stop(0);
		}

		static String s256(String verifier) {
			try {
				return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.security.MessageDigest
						.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
			} catch (java.security.NoSuchAlgorithmException e) {
				throw new AssertionError(e);
			}
		}

		static Map<String, String> query(String raw) {
			Map<String, String> map = new HashMap<>();
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				map.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
			return map;
		}
	}

	/** The authorization URL the command printed (its only line on stdout). */
	private String printedUrl() {
		String printed = out().strip();
		assertFalse(printed.contains("\n"), printed);
		return printed;
	}

	private void assertNoTokenPrinted() {
		for (String text : List.of(out(), err(), String.join("\n", prompts))) {
			assertFalse(text.contains("REFRESH-7") || text.contains("sl.ACCESS-9"), text);
		}
	}

	private static Map<String, String> strings(Map<String, char[]> secrets) {
		Map<String, String> map = new TreeMap<>();
		secrets.forEach((k, v) -> map.put(k, new String(v)));
		return map;
	}

	@Test
	void dropboxLoginExchangesThePastedCodeAndStoresTheRefreshToken() throws Exception {
		try (Provider dropbox = new Provider()) {
			variables.put("KARMA_OAUTH_DROPBOX_TOKEN_URL", dropbox.tokenUrl());
			memory.set("dropbox:/", "access_token", "stale".toCharArray());
			answers = prompt -> (" " + dropbox.authorize(printedUrl()) + " ").toCharArray();
			assertEquals(ExitCode.OK, run("credentials", "login", "dropbox:/Photos", "--app-key", "myappkey"), err());
			String url = printedUrl();
			assertTrue(url.startsWith("https://www.dropbox.com/oauth2/authorize?client_id=myappkey&response_type=code"
					+ "&code_challenge="), url);
			assertTrue(url.contains("&code_challenge_method=S256&token_access_type=offline&state="), url);
			assertEquals(Map.of("app_key", "myappkey", "refresh_token", "REFRESH-7"), strings(stored.get("dropbox:/")));
			assertEquals("authorization_code", dropbox.requests.get(0).get("grant_type"));
			assertEquals("karma: open this URL in a browser, sign in to Dropbox and allow KARMA access:\n"
					+ "karma: logged in to Dropbox; stored refresh_token, app_key for dropbox:/\n", err());
			assertNoTokenPrinted();

			// again, with the stored app key
			assertEquals(ExitCode.OK, run("credentials", "login", "dropbox"), err());
			assertTrue(printedUrl().contains("client_id=myappkey&"), printedUrl());
		}
	}

	@Test
	void aRefusedCodeIsACredentialFailureAndKeepsWhatWasStored() throws Exception {
		try (Provider dropbox = new Provider()) {
			variables.put("KARMA_OAUTH_DROPBOX_TOKEN_URL", dropbox.tokenUrl());
			memory.set("dropbox:/", "refresh_token", "earlier".toCharArray());
			answers = prompt -> "made-up-code".toCharArray();
			assertEquals(ExitCode.CANNOT_CONNECT, run("credentials", "login", "dropbox:", "--app-key", "k"));
			assertTrue(err().endsWith("karma: Dropbox refused the authorization code (invalid_grant: code doesn't exist"
					+ " or has expired); codes are single-use and expire within minutes: log in again\n"), err());
			assertEquals(Map.of("refresh_token", "earlier"), strings(stored.get("dropbox:/")));
		}
	}

	@Test
	void anUnreachableTokenEndpointIsExit5() throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		variables.put("KARMA_OAUTH_DROPBOX_TOKEN_URL", "http://127.0.0.1:" + port + "/token");
		answers = prompt -> "some-code".toCharArray();
		assertEquals(ExitCode.CANNOT_CONNECT, run("credentials", "login", "dropbox:/", "--app-key", "k"));
		assertTrue(err().contains("karma: cannot reach Dropbox's token endpoint 127.0.0.1: "), err());
		assertTrue(stored.isEmpty());
	}

	@Test
	void gdriveLoginTakesTheBrowsersRedirectToTheLoopbackListener() throws Exception {
		try (Provider google = new Provider()) {
			variables.put("KARMA_OAUTH_GDRIVE_TOKEN_URL", google.tokenUrl());
			java.net.http.HttpClient browser = java.net.http.HttpClient.newHttpClient();
			answers = prompt -> {
				if (prompt.startsWith("Client secret")) {
					return "csecret".toCharArray();
				}
				// the user allows access; the browser follows the redirect to the listener
				String url = printedUrl();
				Map<String, String> q = Provider.query(URI.create(url).getRawQuery());
				String back = q.get("redirect_uri") + "?state=" + q.get("state") + "&code=" + google.authorize(url)
						+ "&scope=https://www.googleapis.com/auth/drive";
				try {
					assertEquals(200, browser.send(java.net.http.HttpRequest.newBuilder(URI.create(back)).build(),
							java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
				} catch (InterruptedException e) {
					throw new IOException(e);
				}
				return null; // no paste: stdin ends
			};
			assertEquals(ExitCode.OK, run("credentials", "login", "gdrive:/Backups", "--client-id", "cid.apps"), err());
			String url = printedUrl();
			assertTrue(url.startsWith("https://accounts.google.com/o/oauth2/v2/auth?client_id=cid.apps&"), url);
			assertTrue(url.contains("scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive&access_type=offline"), url);
			assertTrue(url.contains("&redirect_uri=http%3A%2F%2F127.0.0.1%3A"), url);
			assertEquals(Map.of("client_id", "cid.apps", "client_secret", "csecret", "refresh_token", "REFRESH-7"),
					strings(stored.get("gdrive:")));
			Map<String, String> request = google.requests.get(0);
			assertEquals("csecret", request.get("client_secret"));
			assertTrue(request.get("redirect_uri").startsWith("http://127.0.0.1:"), request.toString());
			assertTrue(err().contains("karma: logged in to Google; stored refresh_token, client_id, client_secret for gdrive:\n"),
					err());
			assertNoTokenPrinted();
		}
	}

	@Test
	void gdriveLoginTakesAPastedRedirectUrlAndTheStoredClient() throws Exception {
		memory.set("gdrive:", "client_id", "cid.apps".toCharArray());
		memory.set("gdrive:", "client_secret", "csecret".toCharArray());
		try (Provider google = new Provider()) {
			variables.put("KARMA_OAUTH_GDRIVE_TOKEN_URL", google.tokenUrl());
			// a headless machine: the browser elsewhere fails to open 127.0.0.1, the user pastes its URL
			answers = prompt -> {
				String url = printedUrl();
				Map<String, String> q = Provider.query(URI.create(url).getRawQuery());
				return ("http://127.0.0.1:1/?state=" + q.get("state") + "&code=" + google.authorize(url)).toCharArray();
			};
			assertEquals(ExitCode.OK, run("credentials", "login", "gdrive"), err());
			assertEquals(1, prompts.size(), "the stored client secret is used: " + prompts);
			assertEquals("REFRESH-7", strings(stored.get("gdrive:")).get("refresh_token"));

			// a URL of another login is refused
			answers = prompt -> "http://127.0.0.1:1/?state=other&code=x".toCharArray();
			assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "gdrive"));
			assertTrue(err().contains("does not belong to this login"), err());
		}
	}

	@Test
	void gdriveClientSecretFromTheEnvironment() throws Exception {
		try (Provider google = new Provider()) {
			variables.put("KARMA_OAUTH_GDRIVE_TOKEN_URL", google.tokenUrl());
			variables.put("GOOGLE_SECRET", "from-env");
			answers = prompt -> {
				String url = printedUrl();
				Map<String, String> q = Provider.query(URI.create(url).getRawQuery());
				return ("http://x/?state=" + q.get("state") + "&code=" + google.authorize(url)).toCharArray();
			};
			assertEquals(ExitCode.OK,
					run("credentials", "login", "gdrive:", "--client-id", "c2", "--client-secret-env", "GOOGLE_SECRET"), err());
			assertEquals("from-env", google.requests.get(0).get("client_secret"));
			assertEquals(ExitCode.BAD_INPUT,
					run("credentials", "login", "gdrive:", "--client-id", "c2", "--client-secret-env", "NOT_SET_HERE"));
			assertEquals("karma: --client-secret-env: the environment variable 'NOT_SET_HERE' is not set or empty\n", err());
		}
	}

	@Test
	void gdriveGivesUpWhenNeitherBrowserNorPasteAnswers() throws Exception {
		answers = prompt -> prompt.startsWith("Client secret") ? "s".toCharArray() : null;
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		CredentialsAccess access = new CredentialsAccess(() -> KarmaHome.at(Path.of("/nonexistent/karma-home")),
				(home, create) -> memory, variables::get);
		ExitCode code = new CredentialsCommand(access, registry, prompt -> answers.read(prompt), variables::get,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8))
				.withLoginTimeout(java.time.Duration.ofMillis(300)).run(List.of("login", "gdrive", "--client-id", "c"));
		assertEquals(ExitCode.BAD_INPUT, code);
		assertTrue(errBytes.toString(StandardCharsets.UTF_8).endsWith(
				"karma: no answer from the browser within 300 ms; nothing stored\n"), errBytes.toString(StandardCharsets.UTF_8));
		assertTrue(stored.isEmpty());
	}

	@Test
	void loginInputErrorsAreBadInput() {
		answers = prompt -> null;
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "ftp://ann@h:21/x"));
		assertEquals("karma: 'ftp' has no OAuth login; 'karma credentials login' is for dropbox and gdrive"
				+ " (store other secrets with 'karma credentials set')\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "nonsense:thing"));
		assertTrue(err().startsWith("karma: unknown scheme 'nonsense'"), err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "dropbox"));
		assertTrue(err().contains("need --app-key the first time"), err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "dropbox", "--client-id", "x"));
		assertEquals("karma: --client-id is not an option of 'dropbox' logins; use --app-key\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "gdrive", "--client-id", "c"));
		assertEquals("karma: no client secret given on stdin (or the prompt); nothing stored\n", err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "dropbox", "--app-key", "k"));
		assertTrue(err().endsWith("karma: no authorization code given; nothing stored\n"), err());
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "dropbox", "--app-key", "two words"));
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "dropbox", "--app-key", "k", "--client-secret-env", "V"));
		variables.put("KARMA_OAUTH_DROPBOX_TOKEN_URL", "http://example.org/token");
		assertEquals(ExitCode.BAD_INPUT, run("credentials", "login", "dropbox", "--app-key", "k"));
		assertTrue(err().contains("KARMA_OAUTH_DROPBOX_TOKEN_URL must be an https URL"), err());
		assertTrue(stored.isEmpty());
	}
}
