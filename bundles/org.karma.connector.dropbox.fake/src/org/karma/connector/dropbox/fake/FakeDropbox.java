package org.karma.connector.dropbox.fake;

import static org.karma.connector.dropbox.fake.Json.obj;
import static org.karma.connector.dropbox.fake.Json.tag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A FAKE of the Dropbox HTTP API v2 for tests: a JDK {@link HttpsServer} on loopback with a
 * self-signed certificate, files kept in memory, speaking the real JSON wire format (RPC calls with
 * JSON bodies, content calls with {@code Dropbox-API-Arg} / {@code Dropbox-API-Result} headers,
 * errors as HTTP 409 with {@code error_summary} and the error union) for exactly the endpoints the
 * connector uses: {@code files/list_folder} (+ {@code /continue}, paged), {@code files/get_metadata},
 * {@code files/download}, {@code files/upload}, {@code files/upload_session/start},
 * {@code /append_v2}, {@code /finish}, {@code files/create_folder_v2}, {@code files/delete_v2},
 * {@code files/move_v2}, {@code files/list_revisions} (+ {@code files/download} of a rev),
 * {@code oauth2/authorize} (the page that shows the code to copy, or redirects to a
 * {@code redirect_uri}; PKCE S256 only) and {@code oauth2/token} (refresh-token grant, and the
 * authorization-code grant that checks the code verifier against the challenge; codes are
 * single-use; errors as Dropbox's {@code {"error": "invalid_grant", ...}}). Paths compare
 * case-insensitively and keep the case first written, like Dropbox. Faults on demand: 429/503
 * with Retry-After, expired access tokens, revoked refresh tokens.
 *
 * <p>A plain library (JDK only), so that both the connector's OSGi tests and the end-to-end tests
 * of the product ({@code releng/org.karma.it}) can start it.
 *
 * <p>It is not Dropbox: behaviours not listed above, and details of the real service that its
 * documentation does not pin down, are guesses (see docs/connectors/dropbox.md).
 */
public final class FakeDropbox implements AutoCloseable {

	public static final String APP_KEY = "fakeappkey";
	public static final String REFRESH_TOKEN = "fake-refresh-token";

	private final HttpsServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "fake-dropbox");
		t.setDaemon(true);
		return t;
	});
	private final SSLContext clientSsl;
	private final Path keystore;
	private final Certificate certificate;

	// the tree: lower-case path -> node ("" is the root)
	private final Map<String, Node> nodes = new HashMap<>();
	private final Map<String, ByteArrayOutputStream> sessions = new HashMap<>();
	private final Map<String, Cursor> cursors = new HashMap<>();
	/** Every change, oldest first: {@code list_folder/continue} reads it from a cursor's place on. */
	private final List<Change> log = new ArrayList<>();
	private volatile long longpollBackoff;
	private volatile int longpollMillis = -1;
	/** When each longpoll was asked and answered (System.nanoTime), and whether the answer carried a backoff. */
	private final List<long[]> longpolls = new java.util.concurrent.CopyOnWriteArrayList<>();
	private long counter = 0x100000000L;
	private volatile int pageSize = 500;

	private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
	/** Refresh tokens issued by the authorization-code grant (besides {@link #REFRESH_TOKEN}). */
	private final Set<String> issuedRefreshTokens = ConcurrentHashMap.newKeySet();
	/** Every access token handed out by the token endpoint, in order. */
	private final List<String> accessTokensIssued = new java.util.concurrent.CopyOnWriteArrayList<>();
	/** Refresh tokens the user revoked (refreshes with them are refused). */
	private final Set<String> revokedRefreshTokens = ConcurrentHashMap.newKeySet();
	/** Authorization codes not yet exchanged: code -> its code challenge. */
	private final Map<String, String> codes = new ConcurrentHashMap<>();
	private final AtomicInteger logins = new AtomicInteger();
	private final AtomicInteger refreshes = new AtomicInteger();
	private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
	private final AtomicInteger faultsLeft = new AtomicInteger();
	private volatile int faultStatus;
	private volatile int faultRetryAfter;

	/** A change: the entry (file or folder metadata, or {@code deleted}) a continue returns for it. */
	private record Change(String lower, Map<String, Object> entry) {
	}

	/** What a cursor stands for: a folder (recursive or not), its place in the log, pages still to give. */
	private record Cursor(String scope, boolean recursive, int seen, List<Map<String, Object>> rest) {
		boolean covers(String lower) {
			if (!lower.startsWith(scope + "/")) {
				return false;
			}
			return recursive || lower.indexOf('/', scope.length() + 1) < 0;
		}
	}

	private static final class Node {
		String display;
		boolean folder;
		byte[] data;
		String rev;
		String id;
		Instant clientModified;
		Instant serverModified;
		/** Earlier revisions of a file, newest first (same fields, no history of their own). */
		final List<Node> older = new ArrayList<>();

		Node snapshot() {
			Node n = new Node();
			n.display = display;
			n.data = data;
			n.rev = rev;
			n.id = id;
			n.clientModified = clientModified;
			n.serverModified = serverModified;
			return n;
		}
	}

	public FakeDropbox() throws Exception {
		keystore = Files.createTempFile("fake-dropbox", ".p12");
		Files.delete(keystore);
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "fake", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
				"-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
				"-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
		String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
			throw new IOException("keytool failed: " + out);
		}
		char[] password = "changeit".toCharArray();
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			keys.load(in, password);
		}
		KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		kmf.init(keys, password);
		SSLContext serverSsl = SSLContext.getInstance("TLS");
		serverSsl.init(kmf.getKeyManagers(), null, null);
		Certificate cert = keys.getCertificate("fake");
		certificate = cert;
		KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
		trust.load(null, null);
		trust.setCertificateEntry("fake", cert);
		TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		tmf.init(trust);
		clientSsl = SSLContext.getInstance("TLS");
		clientSsl.init(null, tmf.getTrustManagers(), null);

		Node root = new Node();
		root.display = "";
		root.folder = true;
		root.id = "id:root";
		nodes.put("", root);
		validTokens.add("fake-access-token");

		server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		server.setHttpsConfigurator(new HttpsConfigurator(serverSsl));
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	/**
	 * Runs the fake on its own until the process is killed, for trying the product against it by
	 * hand (docs/connectors/dropbox.md): {@code FakeDropbox CERT.pem [FOLDER...]} writes its
	 * certificate to CERT.pem, makes the folders and prints its base URL.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err.println("usage: FakeDropbox CERT.pem [FOLDER...]");
			System.exit(2);
		}
		try (FakeDropbox fake = new FakeDropbox()) {
			Files.writeString(Path.of(args[0]), fake.certificatePem(), StandardCharsets.US_ASCII);
			for (String folder : Arrays.asList(args).subList(1, args.length)) {
				fake.makeFolder(folder);
			}
			System.out.println(fake.base());
			Thread.currentThread().join();
		}
	}

	/** {@code https://127.0.0.1:port}: where the test's HTTP requestor sends every Dropbox call. */
	public String base() {
		return "https://127.0.0.1:" + server.getAddress().getPort();
	}

	/** An SSL socket factory that trusts exactly the fake's self-signed certificate. */
	public SSLSocketFactory trustingSocketFactory() {
		return clientSsl.getSocketFactory();
	}

	/** A client TLS context that trusts exactly the fake's self-signed certificate. */
	public SSLContext clientSsl() {
		return clientSsl;
	}

	/** The refresh tokens handed out by code exchanges (logins) so far, revoked ones included. */
	public Set<String> refreshTokensIssued() {
		Set<String> all = new java.util.TreeSet<>(issuedRefreshTokens);
		all.addAll(revokedRefreshTokens);
		all.remove(REFRESH_TOKEN);
		return all;
	}

	/** The access tokens the token endpoint handed out so far (by code exchanges and refreshes). */
	public List<String> accessTokensIssued() {
		return List.copyOf(accessTokensIssued);
	}

	/** The fake's self-signed certificate (subject and IP address 127.0.0.1) in PEM form. */
	public String certificatePem() {
		try {
			return "-----BEGIN CERTIFICATE-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		} catch (java.security.cert.CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The user revokes the app's access (Dropbox: Settings, Connected apps): every refresh token
	 * handed out so far, and {@link #REFRESH_TOKEN}, is refused from now on with Dropbox's
	 * {@code invalid_grant} "refresh token is invalid or revoked"; access tokens expire.
	 */
	public void revokeRefreshTokens() {
		revokedRefreshTokens.add(REFRESH_TOKEN);
		revokedRefreshTokens.addAll(issuedRefreshTokens);
		issuedRefreshTokens.clear();
		validTokens.clear();
	}

	/** Refresh tokens handed out by code exchanges (logins) so far. */
	public int logins() {
		return logins.get();
	}

	/** Entries per list_folder page (small values exercise list_folder/continue). */
	public void pageSize(int n) {
		pageSize = n;
	}

	/** The next {@code n} API calls are answered with {@code status} (429 or 503) and Retry-After. */
	public void failNext(int n, int status, int retryAfterSeconds) {
		faultStatus = status;
		faultRetryAfter = retryAfterSeconds;
		faultsLeft.set(n);
	}

	/** Every access token handed out so far expires (calls then get 401 expired_access_token). */
	public void expireAccessTokens() {
		validTokens.clear();
	}

	public int refreshes() {
		return refreshes.get();
	}

	/** How often an endpoint (e.g. {@code files/upload_session/append_v2}) was called. */
	public int calls(String endpoint) {
		AtomicInteger n = calls.get(endpoint);
		return n == null ? 0 : n.get();
	}

	/** Creates a folder directly (test setup). */
	public synchronized void makeFolder(String path) {
		mkdirs(path);
	}

	/** Removes a tree directly (test clean-up, or a delete by another client): logged as deleted. */
	public synchronized void removeTree(String path) {
		String lower = lower(path);
		Node node = nodes.get(lower);
		if (node != null) {
			logDeleted(node.display);
		}
		nodes.keySet().removeIf(k -> k.equals(lower) || k.startsWith(lower + "/"));
	}

	/** Writes a file directly, as another client would (new rev, logged); fails as the upload would. */
	public synchronized void putFile(String path, byte[] data) throws ApiError {
		commit(Map.of("path", path, "mode", "overwrite"), data, "path", true);
	}

	/** Invalidates every cursor handed out: their next continue or longpoll is answered {@code reset}. */
	public synchronized void resetCursors() {
		cursors.clear();
		notifyAll();
	}

	/** The {@code backoff} (seconds) every longpoll answer carries from now on (0: none). */
	public void longpollBackoff(long seconds) {
		longpollBackoff = seconds;
	}

	/** For tests of slow cycles: a longpoll waits at most this long (ms) instead of its timeout (-1: the timeout). */
	public void longpollMillis(int millis) {
		longpollMillis = millis;
	}

	/** The longpolls answered so far: {asked, answered (System.nanoTime), backoff seconds}. */
	public List<long[]> longpolls() {
		return List.copyOf(longpolls);
	}

	/** Changes logged so far. */
	public synchronized int changes() {
		return log.size();
	}

	/** Paths (display case) of everything below a folder, for leftover checks. */
	public synchronized List<String> below(String path) {
		String lower = lower(path);
		List<String> out = new ArrayList<>();
		for (Map.Entry<String, Node> e : new TreeMap<>(nodes).entrySet()) {
			if (e.getKey().startsWith(lower + "/")) {
				out.add(e.getValue().display);
			}
		}
		return out;
	}

	public synchronized int openSessions() {
		return sessions.size();
	}

	@Override
	public void close() throws IOException {
		server.stop(0);
		executor.shutdownNow();
		Files.deleteIfExists(keystore);
	}

	// ---- HTTP ----

	private record Reply(int status, String json, byte[] body, String result) {
		static Reply ok(Object value) {
			return new Reply(200, Json.write(value), null, null);
		}
	}

	public static final class ApiError extends Exception {
		private static final long serialVersionUID = 1L;
		final Map<String, Object> error;
		final String summary;

		ApiError(String summary, Map<String, Object> error) {
			super(summary, null, false, false);
			this.summary = summary;
			this.error = error;
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			byte[] body = exchange.getRequestBody().readAllBytes();
			String endpoint = path.startsWith("/2/") ? path.substring(3) : path.substring(1);
			calls.computeIfAbsent(endpoint, k -> new AtomicInteger()).incrementAndGet();
			if (endpoint.equals("oauth2/authorize")) {
				authorize(exchange);
				return;
			}
			Reply reply;
			if (faultsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				exchange.getResponseHeaders().add("Retry-After", Integer.toString(faultRetryAfter));
				reply = faultStatus == 429
						? new Reply(429, Json.write(obj("error_summary", "too_many_requests/", "error",
								obj("reason", tag("too_many_requests"), "retry_after", faultRetryAfter))), null, null)
						: new Reply(faultStatus, null, "service unavailable".getBytes(StandardCharsets.UTF_8), null);
			} else if (endpoint.equals("oauth2/token")) {
				reply = token(new String(body, StandardCharsets.UTF_8));
			} else if (!endpoint.equals("files/list_folder/longpoll") && !authorized(exchange)) {
				reply = new Reply(401, Json.write(obj("error_summary", "expired_access_token/", "error",
						tag("expired_access_token"))), null, null);
			} else {
				String arg = exchange.getRequestHeaders().getFirst("Dropbox-API-Arg");
				try {
					reply = call(endpoint, arg != null ? Json.object(arg) : body.length == 0 ? Map.of()
							: Json.object(new String(body, StandardCharsets.UTF_8)), body);
				} catch (ApiError e) {
					reply = new Reply(409, Json.write(obj("error_summary", e.summary, "error", e.error)), null, null);
				}
			}
			exchange.getResponseHeaders().add("Connection", "close");
			if (reply.result != null) {
				exchange.getResponseHeaders().add("Dropbox-API-Result", reply.result);
			}
			byte[] out;
			if (reply.body != null) {
				exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
				out = reply.body;
			} else {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				out = reply.json.getBytes(StandardCharsets.UTF_8);
			}
			exchange.sendResponseHeaders(reply.status, out.length == 0 ? -1 : out.length);
			try (OutputStream o = exchange.getResponseBody()) {
				o.write(out);
			}
		} catch (RuntimeException e) {
			e.printStackTrace();
			throw e;
		}
	}

	private boolean authorized(HttpExchange exchange) {
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		return auth != null && auth.startsWith("Bearer ") && validTokens.contains(auth.substring(7));
	}

	private static Map<String, String> form(String form) {
		Map<String, String> p = new HashMap<>();
		if (form == null) {
			return p;
		}
		for (String pair : form.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				p.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return p;
	}

	/**
	 * The user, signed in, clicks "Allow" on the authorization page: without {@code redirect_uri}
	 * Dropbox shows the code to copy (here in {@code <code id="auth-code">}), with one it redirects
	 * there with {@code code} and {@code state}. A bad request gets a 400 page, as on Dropbox.
	 */
	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
		String problem = null;
		if (!APP_KEY.equals(q.get("client_id"))) {
			problem = "Invalid client_id: \"" + q.get("client_id") + "\"";
		} else if (!"code".equals(q.get("response_type"))) {
			problem = "Unknown response_type";
		} else if (q.get("code_challenge") == null || q.get("code_challenge").length() < 43
				|| !"S256".equals(q.get("code_challenge_method"))) {
			problem = "code_challenge and code_challenge_method=S256 are needed (PKCE)";
		}
		String page;
		int status = 200;
		exchange.getResponseHeaders().add("Connection", "close");
		if (problem != null) {
			status = 400;
			page = "<html><body><h1>Error (400)</h1><p>" + problem + "</p></body></html>";
		} else {
			String code = "fake-code-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
			codes.put(code, q.get("code_challenge"));
			String redirect = q.get("redirect_uri");
			if (redirect != null) {
				String state = q.get("state") == null ? "" : "&state=" + java.net.URLEncoder.encode(q.get("state"),
						StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Location", redirect + "?code=" + code + state);
				exchange.sendResponseHeaders(302, -1);
				return;
			}
			page = "<html><body><p>Enter this code into KARMA to finish the process.</p><code id=\"auth-code\">" + code
					+ "</code></body></html>";
		}
		byte[] out = page.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(status, out.length);
		try (OutputStream o = exchange.getResponseBody()) {
			o.write(out);
		}
	}

	/** The authorization-code grant with PKCE: the verifier must hash to the code's challenge. */
	private Reply exchangeCode(Map<String, String> p) {
		String challenge = codes.remove(String.valueOf(p.get("code")));
		if (challenge == null) {
			return new Reply(400, Json.write(obj("error", "invalid_grant", "error_description",
					"code doesn't exist or has expired")), null, null);
		}
		if (!APP_KEY.equals(p.get("client_id"))) {
			return new Reply(400, Json.write(obj("error", "invalid_client", "error_description",
					"Invalid client_id or client_secret")), null, null);
		}
		String verifier = p.get("code_verifier");
		if (verifier == null || !challenge.equals(s256(verifier))) {
			return new Reply(400, Json.write(obj("error", "invalid_grant", "error_description", "invalid code verifier")),
					null, null);
		}
		String refresh = "fake-refresh-login-" + logins.incrementAndGet();
		issuedRefreshTokens.add(refresh);
		String access = newAccessToken();
		return Reply.ok(obj("access_token", access, "token_type", "bearer", "expires_in", 14400L, "refresh_token", refresh,
				"scope", "files.content.read files.content.write", "uid", "12345", "account_id", "dbid:fake"));
	}

	private String newAccessToken() {
		String access = "fake-access-" + refreshes.incrementAndGet();
		validTokens.add(access);
		accessTokensIssued.add(access);
		return access;
	}

	private static String s256(String verifier) {
		try {
			return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
					MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private Reply token(String body) {
		Map<String, String> p = form(body);
		if ("authorization_code".equals(p.get("grant_type"))) {
			return exchangeCode(p);
		}
		String refreshToken = p.get("refresh_token");
		if ("refresh_token".equals(p.get("grant_type")) && revokedRefreshTokens.contains(refreshToken)) {
			return new Reply(400, Json.write(obj("error", "invalid_grant", "error_description",
					"refresh token is invalid or revoked")), null, null);
		}
		if (!"refresh_token".equals(p.get("grant_type"))
				|| !(REFRESH_TOKEN.equals(refreshToken) || issuedRefreshTokens.contains(refreshToken))
				|| !APP_KEY.equals(p.get("client_id"))) {
			return new Reply(400, Json.write(obj("error", "invalid_grant", "error_description", "refresh token is malformed")),
					null, null);
		}
		String access = newAccessToken();
		return Reply.ok(obj("access_token", access, "token_type", "bearer", "expires_in", 14400L));
	}

	private synchronized Reply call(String endpoint, Map<String, Object> arg, byte[] body) throws ApiError {
		switch (endpoint) {
		case "files/list_folder": {
			String path = (String) arg.get("path");
			folder(path);
			List<Map<String, Object>> all = new ArrayList<>();
			String prefix = lower(path) + "/";
			for (Map.Entry<String, Node> e : new TreeMap<>(nodes).entrySet()) {
				if (e.getKey().startsWith(prefix) && e.getKey().indexOf('/', prefix.length()) < 0) {
					all.add(metadata(e.getValue(), true));
				}
			}
			return page(new Cursor(lower(path), false, log.size(), all));
		}
		case "files/list_folder/get_latest_cursor": {
			String path = (String) arg.get("path");
			folder(path);
			String cursor = "cursor-" + Long.toHexString(++counter);
			cursors.put(cursor, new Cursor(lower(path), Boolean.TRUE.equals(arg.get("recursive")), log.size(), List.of()));
			return Reply.ok(obj("cursor", cursor));
		}
		case "files/list_folder/continue": {
			Cursor c = cursors.get((String) arg.get("cursor"));
			if (c == null) {
				throw new ApiError("reset/", tag("reset"));
			}
			if (!c.rest().isEmpty()) {
				return page(c);
			}
			return page(new Cursor(c.scope(), c.recursive(), log.size(), since(c)));
		}
		case "files/list_folder/longpoll": {
			String cursor = (String) arg.get("cursor");
			long timeout = arg.get("timeout") instanceof Number n ? n.longValue() : 30;
			if (timeout < 30 || timeout > 480) {
				throw new ApiError("bad timeout", tag("other"));
			}
			long wait = longpollMillis >= 0 ? longpollMillis : timeout * 1000;
			long asked = System.nanoTime();
			long end = asked + wait * 1_000_000L;
			while (true) {
				Cursor c = cursors.get(cursor);
				if (c == null) {
					throw new ApiError("reset/", tag("reset"));
				}
				boolean changes = !c.rest().isEmpty() || !since(c).isEmpty();
				long left = (end - System.nanoTime()) / 1_000_000L;
				if (changes || left <= 0) {
					long backoff = longpollBackoff;
					longpolls.add(new long[] { asked, System.nanoTime(), backoff });
					return Reply.ok(backoff > 0 ? obj("changes", changes, "backoff", backoff) : obj("changes", changes));
				}
				try {
					wait(Math.min(left, 1000));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return Reply.ok(obj("changes", false));
				}
			}
		}
		case "files/get_metadata": {
			Node node = nodes.get(lower((String) arg.get("path")));
			if (node == null) {
				throw lookup("path", "not_found");
			}
			return Reply.ok(metadata(node, true));
		}
		case "files/download": {
			Node node = nodes.get(lower((String) arg.get("path")));
			if (node == null) {
				throw lookup("path", "not_found");
			}
			if (node.folder) {
				throw lookup("path", "not_file");
			}
			Object rev = arg.get("rev");
			if (rev != null) {
				node = revisions(node).stream().filter(n -> n.rev.equals(rev)).findFirst()
						.orElseThrow(() -> lookup("path", "not_found"));
			}
			return new Reply(200, null, node.data, Json.write(metadata(node, true)));
		}
		case "files/list_revisions": {
			Node node = nodes.get(lower((String) arg.get("path")));
			if (node == null) {
				throw lookup("path", "not_found");
			}
			if (node.folder) {
				throw lookup("path", "not_file");
			}
			long limit = arg.get("limit") instanceof Number n ? n.longValue() : 10;
			List<Map<String, Object>> entries = new ArrayList<>();
			for (Node n : revisions(node).subList(0, (int) Math.min(limit, revisions(node).size()))) {
				Map<String, Object> m = metadata(n, false);
				entries.add(m);
			}
			return Reply.ok(obj("is_deleted", false, "entries", entries, "has_more", false));
		}
		case "files/upload":
			return Reply.ok(commit(arg, body, "path", true));
		case "files/upload_session/start": {
			String id = "session-" + Long.toHexString(++counter);
			ByteArrayOutputStream data = new ByteArrayOutputStream();
			data.writeBytes(body);
			sessions.put(id, data);
			return Reply.ok(obj("session_id", id));
		}
		case "files/upload_session/append_v2": {
			appendTo(cursor(arg), body);
			return Reply.ok(null);
		}
		case "files/upload_session/finish": {
			Map<String, Object> cursor = cursor(arg);
			ByteArrayOutputStream data = appendTo(cursor, body);
			@SuppressWarnings("unchecked")
			Map<String, Object> commit = (Map<String, Object>) arg.get("commit");
			Map<String, Object> written = commit(commit, data.toByteArray(), "path", false);
			sessions.remove(cursor.get("session_id"));
			return Reply.ok(written);
		}
		case "files/create_folder_v2": {
			String path = (String) arg.get("path");
			Node existing = nodes.get(lower(path));
			if (existing != null) {
				throw write("path", null, existing.folder ? "folder" : "file");
			}
			checkAncestors(path, "path", null);
			return Reply.ok(obj("metadata", metadata(mkdirs(path), false)));
		}
		case "files/delete_v2": {
			String path = (String) arg.get("path");
			Node node = nodes.get(lower(path));
			if (node == null) {
				throw new ApiError("path_lookup/not_found/", tag("path_lookup", "path_lookup", tag("not_found")));
			}
			Object parentRev = arg.get("parent_rev");
			if (parentRev != null && (node.folder || !parentRev.equals(node.rev))) {
				throw new ApiError("path_write/conflict/file/", tag("path_write", "path_write",
						tag("conflict", "conflict", tag("file"))));
			}
			Map<String, Object> meta = metadata(node, true);
			removeTree(path);
			return Reply.ok(obj("metadata", meta));
		}
		case "files/move_v2":
			return Reply.ok(obj("metadata", move((String) arg.get("from_path"), (String) arg.get("to_path"))));
		default:
			throw new ApiError("unknown_endpoint/", tag("other"));
		}
	}

	/** The folder at a path, else the lookup error list_folder answers. */
	private Node folder(String path) throws ApiError {
		Node dir = nodes.get(lower(path));
		if (dir == null) {
			throw lookup("path", "not_found");
		}
		if (!dir.folder) {
			throw lookup("path", "not_folder");
		}
		return dir;
	}

	private static List<Node> revisions(Node node) {
		List<Node> all = new ArrayList<>();
		all.add(node);
		all.addAll(node.older);
		return all;
	}

	/** One page of a cursor's entries; the new cursor keeps the rest and the cursor's place in the log. */
	private Reply page(Cursor c) {
		List<Map<String, Object>> all = c.rest();
		int n = Math.min(pageSize, all.size());
		String cursor = "cursor-" + Long.toHexString(++counter);
		boolean more = n < all.size();
		cursors.put(cursor, new Cursor(c.scope(), c.recursive(), c.seen(), new ArrayList<>(all.subList(n, all.size()))));
		return Reply.ok(obj("entries", new ArrayList<>(all.subList(0, n)), "cursor", cursor, "has_more", more));
	}

	/** The changes below a cursor's folder after its place: the last entry of each path, in log order. */
	private List<Map<String, Object>> since(Cursor c) {
		Map<String, Integer> last = new HashMap<>();
		for (int i = c.seen(); i < log.size(); i++) {
			if (c.covers(log.get(i).lower())) {
				last.put(log.get(i).lower(), i);
			}
		}
		List<Map<String, Object>> out = new ArrayList<>();
		for (int i = c.seen(); i < log.size(); i++) {
			Change change = log.get(i);
			if (Integer.valueOf(i).equals(last.get(change.lower()))) {
				out.add(change.entry());
			}
		}
		return out;
	}

	private void logged(Node n) {
		log.add(new Change(lower(n.display), metadata(n, true)));
		notifyAll();
	}

	private void logDeleted(String display) {
		log.add(new Change(lower(display), obj(".tag", "deleted", "name", nameOf(display), "path_lower", lower(display),
				"path_display", display)));
		notifyAll();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cursor(Map<String, Object> arg) {
		return (Map<String, Object>) arg.get("cursor");
	}

	private ByteArrayOutputStream appendTo(Map<String, Object> cursor, byte[] body) throws ApiError {
		ByteArrayOutputStream data = sessions.get(cursor.get("session_id"));
		if (data == null) {
			throw new ApiError("lookup_failed/not_found/", tag("lookup_failed", "lookup_failed", tag("not_found")));
		}
		long offset = ((Number) cursor.get("offset")).longValue();
		if (offset != data.size()) {
			throw new ApiError("lookup_failed/incorrect_offset/", tag("lookup_failed", "lookup_failed",
					tag("incorrect_offset", "correct_offset", (long) data.size())));
		}
		data.writeBytes(body);
		return data;
	}

	/** upload / upload_session/finish: mode add, overwrite or update (strict_conflict), autorename off. */
	private Map<String, Object> commit(Map<String, Object> commit, byte[] data, String errorTag, boolean upload)
			throws ApiError {
		String path = (String) commit.get("path");
		Object mode = commit.getOrDefault("mode", "add");
		String modeTag = mode instanceof Map<?, ?> m ? (String) m.get(".tag") : (String) mode;
		String rev = mode instanceof Map<?, ?> m ? (String) m.get("update") : null;
		checkAncestors(path, errorTag, upload);
		Node existing = nodes.get(lower(path));
		if (existing != null && existing.folder) {
			throw write(errorTag, upload, "folder");
		}
		switch (modeTag) {
		case "add":
			if (existing != null) {
				if (Arrays.equals(existing.data, data)) {
					return metadata(existing, true); // Dropbox: no conflict when the content is the same
				}
				throw write(errorTag, upload, "file");
			}
			break;
		case "update":
			if (existing == null || !existing.rev.equals(rev)) {
				throw write(errorTag, upload, "file");
			}
			break;
		case "overwrite":
			break;
		default:
			throw new ApiError("bad_mode/", tag("other"));
		}
		Object cm = commit.get("client_modified");
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Node parent = mkdirs(parentOf(path));
		Node node = existing != null ? existing : new Node();
		if (existing == null) {
			node.display = (parent.display.isEmpty() ? "" : parent.display) + "/" + nameOf(path);
			node.id = "id:" + Long.toHexString(++counter);
			nodes.put(lower(path), node);
		}
		if (existing != null) {
			existing.older.add(0, existing.snapshot());
		}
		node.data = data;
		node.rev = String.format("%015x", ++counter);
		node.serverModified = now;
		node.clientModified = cm == null ? now : Instant.parse((String) cm);
		logged(node);
		return metadata(node, true);
	}

	private Map<String, Object> move(String from, String to) throws ApiError {
		Node node = nodes.get(lower(from));
		if (node == null) {
			throw new ApiError("from_lookup/not_found/", tag("from_lookup", "from_lookup", tag("not_found")));
		}
		Node target = nodes.get(lower(to));
		if (target != null && target != node) {
			throw new ApiError("to/conflict/", tag("to", "to", tag("conflict", "conflict", tag(target.folder ? "folder" : "file"))));
		}
		checkAncestors(to, "to", null);
		Node parent = mkdirs(parentOf(to));
		String oldLower = lower(from);
		String newDisplay = (parent.display.isEmpty() ? "" : parent.display) + "/" + nameOf(to);
		String newLower = lower(to);
		String oldDisplay = node.display;
		Map<String, Node> moved = new HashMap<>();
		for (Map.Entry<String, Node> e : nodes.entrySet()) {
			if (e.getKey().equals(oldLower) || e.getKey().startsWith(oldLower + "/")) {
				Node n = e.getValue();
				n.display = newDisplay + n.display.substring(oldDisplay.length());
				moved.put(newLower + e.getKey().substring(oldLower.length()), n);
			}
		}
		nodes.keySet().removeIf(k -> k.equals(oldLower) || k.startsWith(oldLower + "/"));
		nodes.putAll(moved);
		logDeleted(oldDisplay);
		for (Node n : new TreeMap<>(moved).values()) {
			logged(n);
		}
		return metadata(node, true);
	}

	private void checkAncestors(String path, String errorTag, Boolean upload) throws ApiError {
		String p = parentOf(path);
		while (!p.isEmpty()) {
			Node n = nodes.get(lower(p));
			if (n != null && !n.folder) {
				throw write(errorTag, upload, "file_ancestor");
			}
			p = parentOf(p);
		}
	}

	private Node mkdirs(String path) {
		Node n = nodes.get(lower(path));
		if (n != null) {
			return n;
		}
		Node parent = mkdirs(parentOf(path));
		n = new Node();
		n.folder = true;
		n.display = (parent.display.isEmpty() ? "" : parent.display) + "/" + nameOf(path);
		n.id = "id:" + Long.toHexString(++counter);
		nodes.put(lower(path), n);
		logged(n);
		return n;
	}

	private static ApiError lookup(String tagName, String lookup) {
		return new ApiError(tagName + "/" + lookup + "/", tag(tagName, tagName, tag(lookup)));
	}

	/**
	 * A write conflict in the shape of the endpoint: upload ({@code upload} true): UploadError.path
	 * = UploadWriteFailed{reason, upload_session_id}; finish and create_folder: {path: WriteError};
	 * move: {to: WriteError}.
	 */
	private static ApiError write(String tagName, Boolean upload, String conflict) {
		Map<String, Object> writeError = tag("conflict", "conflict", tag(conflict));
		String summary = tagName + "/conflict/" + conflict + "/";
		if (Boolean.TRUE.equals(upload)) {
			return new ApiError(summary, tag(tagName, "reason", writeError, "upload_session_id", "none"));
		}
		return new ApiError(summary, tag(tagName, tagName, writeError));
	}

	private Map<String, Object> metadata(Node n, boolean tagged) {
		Map<String, Object> m = new java.util.LinkedHashMap<>();
		if (tagged) {
			m.put(".tag", n.folder ? "folder" : "file");
		}
		m.put("name", nameOf(n.display));
		m.put("id", n.id);
		if (!n.folder) {
			m.put("client_modified", n.clientModified.toString());
			m.put("server_modified", n.serverModified.toString());
			m.put("rev", n.rev);
			m.put("size", (long) n.data.length);
		}
		m.put("path_lower", lower(n.display));
		m.put("path_display", n.display);
		if (!n.folder) {
			m.put("is_downloadable", true);
			m.put("content_hash", contentHash(n.data));
		}
		return m;
	}

	/** Dropbox content_hash, written here independently of the connector's own. */
	public static String contentHash(byte[] data) {
		try {
			MessageDigest all = MessageDigest.getInstance("SHA-256");
			for (int off = 0; off < data.length; off += 4 << 20) {
				MessageDigest block = MessageDigest.getInstance("SHA-256");
				block.update(data, off, Math.min(4 << 20, data.length - off));
				all.update(block.digest());
			}
			return HexFormat.of().formatHex(all.digest());
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String lower(String path) {
		return path.toLowerCase(Locale.ROOT);
	}

	private static String parentOf(String path) {
		int slash = path.lastIndexOf('/');
		return slash <= 0 ? "" : path.substring(0, slash);
	}

	private static String nameOf(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
