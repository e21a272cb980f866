package org.karma.connector.gdrive.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A FAKE of the Google Drive v3 REST API, in memory, on loopback over HTTPS (a self-signed
 * certificate for 127.0.0.1, see {@link #clientSsl()}; TLS ended in front of a plain JDK HttpServer), for the tests of
 * the real Drive client library. No offline Google Drive exists; this fake speaks the real wire
 * format for exactly the calls the connector makes (see docs/connectors/gdrive.md, "What the fake
 * covers"): files.get (metadata and alt=media with Range), files.list with the two query forms
 * the connector sends, orderBy=name and paging, files.create (metadata only, multipart upload,
 * resumable upload with 308 answers), files.update (PATCH, also as POST with
 * X-HTTP-Method-Override; metadata, multipart and resumable content; addParents/removeParents;
 * trashed), files.delete, changes.getStartPageToken and changes.list (a change log of every create,
 * update, trash and delete; each file once per listing with its latest state; paging; expired
 * tokens on demand), media from /download/drive/v3/files/ID?alt=media, gzip request bodies, Bearer tokens with 401 and the OAuth refresh_token
 * grant at /token, and injected 429/503 answers with Retry-After. For logins: Google's
 * authorization endpoint at /o/oauth2/v2/auth (the user has allowed access: a 302 to the loopback
 * {@code redirect_uri} with {@code code}, {@code state}, {@code scope}; PKCE S256 only) and the
 * authorization-code grant at /token (client id and secret, redirect URI and code verifier
 * checked, codes single-use, a refresh token only for {@code access_type=offline}), with Google's
 * error answers ({@code invalid_grant}, {@code invalid_client}, {@code redirect_uri_mismatch}).
 *
 * <p>Shared drives ({@link #addSharedDrive}): a drive's top folder has the drive's id; an item is
 * in the drive its parent chain ends in. As Drive does, requests without
 * {@code supportsAllDrives=true} do not see shared drives' items (404, left out of listings), a
 * listing of a shared drive needs {@code corpora=drive}, {@code driveId},
 * {@code includeItemsFromAllDrives=true}, and the change log is kept per drive: {@code changes}
 * without {@code driveId} lists My Drive's changes only, with it that drive's only.
 * {@code drives.list} lists the shared drives.
 *
 * <p>Public, with a small public API, because the end-to-end test of the headless product
 * ({@code releng/org.karma.it}, {@code GdriveCliTest}) runs it too, from this bundle's jar.
 */
public final class FakeDrive implements AutoCloseable {
	public static final String FOLDER = "application/vnd.google-apps.folder";
	public static final String ROOT = "0AROOTFOLDER";

	static final class Item {
		String id;
		String name;
		String mimeType;
		String parent;
		byte[] content = new byte[0];
		Instant modified;
		long version;
		boolean trashed;
	}

	/** A resumable upload session; {@code query}: the parameters of the request that opened it. */
	private record Upload(JsonObject meta, String targetId, ByteArrayOutputStream data, Map<String, String> query) {
	}

	private final HttpServer server;
	/** The TLS side the clients talk to (see {@link #acceptTls()}). */
	private final ServerSocket front;
	private final Set<Socket> relayed = ConcurrentHashMap.newKeySet();
	private final ExecutorService relays = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "fake-drive-tls-relay");
		t.setDaemon(true);
		return t;
	});
	private final ExecutorService pool = Executors.newFixedThreadPool(16);
	private final Gson gson = new Gson();
	private final Object lock = new Object();
	private final Map<String, Item> items = new HashMap<>();
	private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
	private final AtomicLong ids = new AtomicLong(1000);
	private final AtomicLong versions = new AtomicLong(1);
	final Set<String> validTokens = ConcurrentHashMap.newKeySet();
	volatile String refreshToken = "refresh-1";
	public static final String CLIENT_ID = "karma-test-client";
	public static final String CLIENT_SECRET = "karma-test-secret";
	/** Refresh tokens issued by code exchanges (valid beside {@link #refreshToken}). */
	final Set<String> issuedRefreshTokens = ConcurrentHashMap.newKeySet();
	private record Grant(String challenge, String redirectUri, boolean offline) {
	}
	private final Map<String, Grant> codes = new ConcurrentHashMap<>();
	private final AtomicLong codeCounter = new AtomicLong();
	/** Codes exchanged successfully. */
	final AtomicInteger logins = new AtomicInteger();
	final AtomicInteger refreshes = new AtomicInteger();
	/** Answers to give before serving normally: status codes (429, 503) with Retry-After 1. */
	final List<Integer> faults = java.util.Collections.synchronizedList(new ArrayList<>());
	final AtomicInteger requests = new AtomicInteger();
	/** The change log: the id of the item each change touched; change N (from 1) is at N - 1. */
	private final List<String> changeLog = new ArrayList<>();
	/** The drive of each change of {@link #changeLog}: a shared drive's id, or null for My Drive. */
	private final List<String> changeDrives = new ArrayList<>();
	/** Shared drives: id to name, in the order made. */
	private final Map<String, String> sharedDrives = new LinkedHashMap<>();
	/** Page tokens are {@code <epoch>.<change number>}; those of an earlier epoch are refused (expired). */
	private int tokenEpoch = 1;

	static {
		// answer without Nagle's delay (else each small request waits for a delayed ACK)
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	public FakeDrive() throws IOException {
		Item root = new Item();
		root.id = ROOT;
		root.name = "My Drive";
		root.mimeType = FOLDER;
		root.modified = Instant.now();
		items.put(ROOT, root);
		validTokens.add("access-1");
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		Tls tls = tls();
		// as if the fake's certificate were installed: clients made in this JVM without their own
		// TLS settings (the Drive client's transport, java.net.http clients) trust it
		SSLContext.setDefault(tls.client);
		HttpsURLConnection.setDefaultSSLSocketFactory(tls.client.getSocketFactory());
		front = tls.server.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(this::acceptTls, "fake-drive-tls");
		accept.setDaemon(true);
		accept.start();
		server.setExecutor(pool);
		server.createContext("/", this::handle);
		server.start();
	}

	public String rootUrl() {
		return "https://127.0.0.1:" + front.getLocalPort() + "/";
	}

	/**
	 * TLS is ended in front of the JDK's HttpServer by blocking TLS sockets, each connection
	 * relayed to the plain server: the JDK's HttpsServer stalled kept-alive connections under the
	 * 2,000-file listing of the conformance kit (with TLS 1.3 and 1.2 alike).
	 */
	private void acceptTls() {
		while (!front.isClosed()) {
			try {
				Socket client = front.accept();
				Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.getAddress().getPort());
				plain.setTcpNoDelay(true);
				client.setTcpNoDelay(true);
				relayed.add(client);
				relayed.add(plain);
				relays.execute(() -> pipe(client, plain));
				relays.execute(() -> pipe(plain, client));
			} catch (IOException e) {
				// closed, or one connection failed
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[1 << 16];
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int n;
			while ((n = in.read(buffer)) >= 0) {
				out.write(buffer, 0, n);
				out.flush();
			}
		} catch (IOException e) {
			// one side closed
		} finally {
			closeQuietly(from);
			closeQuietly(to);
			relayed.remove(from);
			relayed.remove(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// closing
		}
	}

	/** TLS that trusts the fake's certificate (and nothing else). */
	public SSLContext clientSsl() {
		return tls().client;
	}

	/**
	 * Writes a PKCS12 trust store (password {@code changeit}) holding the fake's certificate, for a
	 * process that must trust it: {@code -Djavax.net.ssl.trustStore=FILE}.
	 */
	public void writeTrustStore(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setCertificateEntry("fake-drive", tls().certificate);
			store.store(out, "changeit".toCharArray());
		} catch (GeneralSecurityException e) {
			throw new IOException("cannot write the trust store: " + e.getMessage(), e);
		}
	}

	/** The TLS material shared by every fake of this JVM: one self-signed certificate for 127.0.0.1, made by keytool. */
	private record Tls(SSLContext server, SSLContext client, Certificate certificate) {
	}

	private static Tls tls;

	private static synchronized Tls tls() {
		if (tls == null) {
			try {
				Path keystore = Files.createTempFile("fake-drive", ".p12");
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
				Files.delete(keystore);
				KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
				kmf.init(keys, password);
				SSLContext server = SSLContext.getInstance("TLS");
				server.init(kmf.getKeyManagers(), null, null);
				Certificate certificate = keys.getCertificate("fake");
				KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
				trust.load(null, null);
				trust.setCertificateEntry("fake", certificate);
				TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
				tmf.init(trust);
				SSLContext client = SSLContext.getInstance("TLS");
				client.init(null, tmf.getTrustManagers(), null);
				tls = new Tls(server, client, certificate);
			} catch (IOException | GeneralSecurityException e) {
				throw new IllegalStateException("cannot make the fake's certificate: " + e.getMessage(), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while making the fake's certificate", e);
			}
		}
		return tls;
	}

	public String tokenUrl() {
		return rootUrl() + "token";
	}

	@Override
	public void close() {
		try {
			front.close();
		} catch (IOException e) {
			// closing
		}
		for (Socket socket : List.copyOf(relayed)) {
			closeQuietly(socket);
		}
		relays.shutdownNow();
		server.stop(0);
		pool.shutdownNow();
	}

	// ------------------------------------------------------------------ direct access for tests

	/** Creates an item directly (e.g. a Google Doc, a duplicate name). */
	public String put(String parent, String name, String mimeType, byte[] content) {
		synchronized (lock) {
			Item i = new Item();
			i.id = "F" + ids.incrementAndGet();
			i.name = name;
			i.mimeType = mimeType;
			i.parent = parent;
			i.content = content;
			i.modified = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			i.version = versions.incrementAndGet();
			items.put(i.id, i);
			logged(i.id);
			return i.id;
		}
	}

	/** Renames and/or moves an item directly, as another client would (logged). */
	void move(String id, String newParent, String newName) {
		synchronized (lock) {
			Item i = items.get(id);
			if (newParent != null) {
				i.parent = newParent;
			}
			if (newName != null) {
				i.name = newName;
			}
			i.version = versions.incrementAndGet();
			logged(id);
		}
	}

	/** New content, directly (logged). */
	void setContent(String id, byte[] content) {
		synchronized (lock) {
			Item i = items.get(id);
			i.content = content;
			i.modified = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			i.version = versions.incrementAndGet();
			logged(id);
		}
	}

	/** Moves an item to the trash directly (logged). */
	void trash(String id) {
		synchronized (lock) {
			Item i = items.get(id);
			i.trashed = true;
			i.version = versions.incrementAndGet();
			logged(id);
		}
	}

	/** Deletes an item (and what is in it) for good, directly (logged as removed). */
	void remove(String id) {
		synchronized (lock) {
			deleteTree(id);
		}
	}

	/** The id of the untrashed item called {@code name} in a folder, or null. */
	public String idOf(String parent, String name) {
		synchronized (lock) {
			return items.values().stream().filter(i -> parent.equals(i.parent) && name.equals(i.name) && !i.trashed)
					.map(i -> i.id).findFirst().orElse(null);
		}
	}

	/** Every page token handed out so far expires: changes.list refuses it. */
	void expireChangeTokens() {
		synchronized (lock) {
			tokenEpoch++;
		}
	}

	/** How often changes.list was called. */
	final AtomicInteger changeLists = new AtomicInteger();

	private void logged(String id) {
		logged(id, driveOf(items.get(id)));
	}

	private void logged(String id, String driveId) {
		changeLog.add(id);
		changeDrives.add(driveId);
	}

	/** Makes a shared drive (the account is a member); its id, which is also its top folder's. */
	public String addSharedDrive(String name) {
		synchronized (lock) {
			Item top = new Item();
			top.id = "0ASHARED" + ids.incrementAndGet();
			top.name = name;
			top.mimeType = FOLDER;
			top.modified = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			top.version = versions.incrementAndGet();
			items.put(top.id, top);
			sharedDrives.put(top.id, name);
			return top.id;
		}
	}

	/** The shared drive an item is in (its parent chain ends in the drive's top folder), or null: My Drive. */
	private String driveOf(Item item) {
		Item at = item;
		for (int depth = 0; at != null && depth < 1000; depth++) {
			if (sharedDrives.containsKey(at.id)) {
				return at.id;
			}
			at = at.parent == null ? null : items.get(at.parent);
		}
		return null;
	}

	/** Whether a request sees an item: those of shared drives only with {@code supportsAllDrives=true}. */
	private boolean visible(Item item, Map<String, String> q) {
		return item != null && (driveOf(item) == null || "true".equals(q.get("supportsAllDrives")));
	}

	int count() {
		synchronized (lock) {
			return items.size();
		}
	}

	/**
	 * What is below a folder, as a file system would show it: each untrashed item's path (names
	 * joined with {@code /}) to the SHA-256 of its content (hex), folders to {@code "/"}.
	 */
	public Map<String, String> tree(String folderId) {
		Map<String, String> tree = new java.util.TreeMap<>();
		synchronized (lock) {
			tree(folderId, "", tree);
		}
		return tree;
	}

	private void tree(String folderId, String prefix, Map<String, String> tree) {
		for (Item i : items.values()) {
			if (folderId.equals(i.parent) && !i.trashed) {
				String path = prefix + i.name;
				if (FOLDER.equals(i.mimeType)) {
					tree.put(path, "/");
					tree(i.id, path + "/", tree);
				} else {
					tree.put(path, sha256(i.content));
				}
			}
		}
	}

	/** How many changes Drive's change log holds (every create, update, trash and delete so far). */
	public int changeCount() {
		synchronized (lock) {
			return changeLog.size();
		}
	}

	/** The user revoked KARMA's access: the refresh tokens of every login stop working. */
	public void revokeRefreshTokens() {
		issuedRefreshTokens.clear();
	}

	/** Every access and refresh token this fake has issued so far, also revoked ones (for "no secret anywhere" checks). */
	public Set<String> tokens() {
		return Set.copyOf(issued);
	}

	private final Set<String> issued = ConcurrentHashMap.newKeySet();

	/** Chunks of resumable uploads received (PUTs with content). */
	public final AtomicInteger resumableChunks = new AtomicInteger();
	/** Bytes of resumable uploads received and kept (in chunks). */
	public final AtomicLong resumableBytes = new AtomicLong();
	/**
	 * When 0 or more: that many chunks of resumable uploads are still taken, then the connection
	 * of the next one is cut (closed without an answer, its bytes dropped), once.
	 */
	public final AtomicInteger cutAfterChunks = new AtomicInteger(-1);

	/** Drive forgets every resumable upload session (they expire after a week): 404 from then on. */
	public void expireUploadSessions() {
		uploads.clear();
	}

	// ------------------------------------------------------------------ HTTP

	private void handle(HttpExchange x) throws IOException {
		try (x) {
			requests.incrementAndGet();
			String method = x.getRequestMethod();
			String override = x.getRequestHeaders().getFirst("X-HTTP-Method-Override");
			if (override != null) {
				method = override;
			}
			String path = x.getRequestURI().getRawPath();
			Map<String, String> query = query(x.getRequestURI().getRawQuery());
			byte[] body = body(x);
			if (path.equals("/token")) {
				token(x, new String(body, StandardCharsets.UTF_8));
				return;
			}
			if (path.equals("/o/oauth2/v2/auth")) {
				authorize(x, query);
				return;
			}
			if (!faults.isEmpty()) {
				int status = faults.remove(0);
				x.getResponseHeaders().set("Retry-After", "1");
				error(x, status, status == 429 ? "rateLimitExceeded" : "backendError", "injected fault");
				return;
			}
			String auth = x.getRequestHeaders().getFirst("Authorization");
			if (auth == null || !auth.startsWith("Bearer ") || !validTokens.contains(auth.substring(7))) {
				error(x, 401, "authError", "Invalid Credentials");
				return;
			}
			if (path.startsWith("/upload/drive/v3/files")) {
				upload(x, method, path.substring("/upload/drive/v3/files".length()), query, body);
			} else if (path.equals("/drive/v3/drives") && method.equals("GET")) {
				drives(x, query);
			} else if (path.startsWith("/drive/v3/changes")) {
				changes(x, method, path.substring("/drive/v3/changes".length()), query);
			} else if (path.startsWith("/drive/v3/files")) {
				files(x, method, path.substring("/drive/v3/files".length()), query, body);
			} else if (path.startsWith("/download/drive/v3/files/") && "media".equals(query.get("alt"))) {
				// the client fetches media from the download path
				files(x, method, path.substring("/download/drive/v3/files".length()), query, body);
			} else {
				error(x, 404, "notFound", "no such API: " + path);
			}
		} catch (RuntimeException e) {
			e.printStackTrace();
			error(x, 500, "backendError", String.valueOf(e));
		}
	}

	private static byte[] body(HttpExchange x) throws IOException {
		InputStream in = x.getRequestBody();
		if ("gzip".equalsIgnoreCase(x.getRequestHeaders().getFirst("Content-Encoding"))) {
			in = new GZIPInputStream(in);
		}
		return in.readAllBytes();
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> q = new LinkedHashMap<>();
		if (raw == null) {
			return q;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			q.put(k, v);
		}
		return q;
	}

	/** The user has signed in and allowed access: back to the app's loopback listener. */
	private void authorize(HttpExchange x, Map<String, String> q) throws IOException {
		String redirect = q.getOrDefault("redirect_uri", "");
		String problem = null;
		if (!CLIENT_ID.equals(q.get("client_id"))) {
			problem = "Error 401: invalid_client (The OAuth client was not found.)";
		} else if (!redirect.startsWith("http://127.0.0.1:") && !redirect.startsWith("http://localhost:")) {
			problem = "Error 400: redirect_uri_mismatch";
		} else if (!"code".equals(q.get("response_type")) || !"S256".equals(q.get("code_challenge_method"))
				|| q.get("code_challenge") == null || !String.valueOf(q.get("scope")).contains("https://www.googleapis.com/auth/drive")) {
			problem = "Error 400: invalid_request";
		}
		if (problem != null) {
			byte[] page = ("<html><body>" + problem + "</body></html>").getBytes(StandardCharsets.UTF_8);
			x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			x.sendResponseHeaders(400, page.length);
			try (OutputStream out = x.getResponseBody()) {
				out.write(page);
			}
			return;
		}
		String code = "4/0fake-" + codeCounter.incrementAndGet();
		codes.put(code, new Grant(q.get("code_challenge"), redirect, "offline".equals(q.get("access_type"))));
		x.getResponseHeaders().set("Location", redirect + "?state=" + java.net.URLEncoder.encode(q.getOrDefault("state", ""),
				StandardCharsets.UTF_8) + "&code=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8)
				+ "&scope=" + java.net.URLEncoder.encode(q.get("scope"), StandardCharsets.UTF_8));
		x.sendResponseHeaders(302, -1);
	}

	/** The authorization-code grant of an installed app: client secret, redirect URI and PKCE verifier checked. */
	private void exchangeCode(HttpExchange x, Map<String, String> f) throws IOException {
		if (!CLIENT_ID.equals(f.get("client_id")) || !CLIENT_SECRET.equals(f.get("client_secret"))) {
			send(x, 401, "{\"error\": \"invalid_client\", \"error_description\": \"Unauthorized\"}");
			return;
		}
		Grant grant = codes.remove(String.valueOf(f.get("code")));
		if (grant == null) {
			send(x, 400, "{\"error\": \"invalid_grant\", \"error_description\": \"Bad Request\"}");
			return;
		}
		if (!grant.redirectUri().equals(f.get("redirect_uri"))) {
			send(x, 400, "{\"error\": \"redirect_uri_mismatch\", \"error_description\": \"Bad Request\"}");
			return;
		}
		String verifier = f.get("code_verifier");
		if (verifier == null || !grant.challenge().equals(s256(verifier))) {
			send(x, 400, "{\"error\": \"invalid_grant\", \"error_description\": \"Invalid code verifier.\"}");
			return;
		}
		String access = "login-access-" + logins.incrementAndGet();
		validTokens.add(access);
		issued.add(access);
		String refresh = "";
		if (grant.offline()) {
			String newRefresh = "1//fake-refresh-" + codeCounter.incrementAndGet();
			issuedRefreshTokens.add(newRefresh);
			issued.add(newRefresh);
			refresh = "\"refresh_token\":\"" + newRefresh + "\",";
		}
		send(x, 200, "{\"access_token\":\"" + access + "\",\"expires_in\":3599," + refresh
				+ "\"scope\":\"https://www.googleapis.com/auth/drive\",\"token_type\":\"Bearer\"}");
	}

	private static String s256(String verifier) {
		try {
			return java.util.Base64.getUrlEncoder().withoutPadding()
					.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private void token(HttpExchange x, String form) throws IOException {
		Map<String, String> f = query(form);
		if ("authorization_code".equals(f.get("grant_type"))) {
			exchangeCode(x, f);
			return;
		}
		String presented = f.get("refresh_token");
		if (!"refresh_token".equals(f.get("grant_type"))
				|| !(refreshToken.equals(presented) || issuedRefreshTokens.contains(presented))) {
			send(x, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}");
			return;
		}
		String access = "ya29.fake-access-" + (refreshes.incrementAndGet() + 1);
		validTokens.add(access);
		issued.add(access);
		send(x, 200, "{\"access_token\":\"" + access + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}");
	}

	private void files(HttpExchange x, String method, String rest, Map<String, String> q, byte[] body) throws IOException {
		if (rest.isEmpty() || rest.equals("/")) {
			if (method.equals("GET")) {
				list(x, q);
			} else if (method.equals("POST")) {
				JsonObject meta = body.length == 0 ? new JsonObject() : gson.fromJson(new String(body, StandardCharsets.UTF_8), JsonObject.class);
				synchronized (lock) {
					Item created = create(x, meta, q, new byte[0]);
					if (created != null) {
						send(x, 200, json(created).toString());
					}
				}
			} else {
				error(x, 405, "badRequest", method);
			}
			return;
		}
		String id = URLDecoder.decode(rest.substring(1), StandardCharsets.UTF_8);
		synchronized (lock) {
			Item item = items.get(id.equals("root") ? ROOT : id);
			if (!visible(item, q)) {
				error(x, 404, "notFound", "File not found: " + id + ".");
				return;
			}
			switch (method) {
			case "GET" -> {
				if ("media".equals(q.get("alt"))) {
					media(x, item);
				} else {
					send(x, 200, json(item).toString());
				}
			}
			case "PATCH" -> {
				JsonObject meta = body.length == 0 ? new JsonObject() : gson.fromJson(new String(body, StandardCharsets.UTF_8), JsonObject.class);
				if (update(x, item, meta, q, null)) {
					send(x, 200, json(item).toString());
				}
			}
			case "DELETE" -> {
				deleteTree(item.id);
				x.sendResponseHeaders(204, -1);
			}
			default -> error(x, 405, "badRequest", method);
			}
		}
	}

	private void changes(HttpExchange x, String method, String rest, Map<String, String> q) throws IOException {
		if (!method.equals("GET")) {
			error(x, 405, "badRequest", method);
			return;
		}
		synchronized (lock) {
			String driveId = q.get("driveId");
			if (driveId != null && !"true".equals(q.get("supportsAllDrives"))) {
				error(x, 403, "teamDrivesParameterNotSupported", "supportsAllDrives must be true when driveId is set.");
				return;
			}
			if (driveId != null && !sharedDrives.containsKey(driveId)) {
				error(x, 404, "notFound", "Shared drive not found: " + driveId);
				return;
			}
			if (rest.equals("/startPageToken")) {
				JsonObject out = new JsonObject();
				out.addProperty("kind", "drive#startPageToken");
				out.addProperty("startPageToken", token(changeLog.size() + 1));
				send(x, 200, out.toString());
				return;
			}
			if (!rest.isEmpty() && !rest.equals("/")) {
				error(x, 404, "notFound", "no such API: changes" + rest);
				return;
			}
			changeLists.incrementAndGet();
			String[] parts = q.getOrDefault("pageToken", "").split("\\.", -1);
			long token = -1;
			if (parts.length == 2 && parts[0].equals(String.valueOf(tokenEpoch)) && parts[1].matches("\\d{1,9}")) {
				token = Long.parseLong(parts[1]);
			}
			if (token < 1 || token > changeLog.size() + 1) {
				error(x, 400, "invalid", "Invalid Value");
				return;
			}
			if (driveId != null && !"true".equals(q.get("includeItemsFromAllDrives"))) {
				error(x, 403, "teamDriveIncludeItemsRequired", "includeItemsFromAllDrives must be true when driveId is set.");
				return;
			}
			boolean includeRemoved = !"false".equals(q.get("includeRemoved"));
			int pageSize = Integer.parseInt(q.getOrDefault("pageSize", "100"));
			// each item once, with its latest state, where its last change is
			Map<String, Integer> last = new HashMap<>();
			for (int k = (int) token - 1; k < changeLog.size(); k++) {
				if (java.util.Objects.equals(driveId, changeDrives.get(k))) {
					last.put(changeLog.get(k), k);
				}
			}
			JsonArray changes = new JsonArray();
			int k = (int) token - 1;
			for (; k < changeLog.size() && changes.size() < pageSize; k++) {
				String id = changeLog.get(k);
				if (!java.util.Objects.equals(driveId, changeDrives.get(k)) || last.get(id) != k) {
					continue;
				}
				Item item = items.get(id);
				if (item == null && !includeRemoved) {
					continue;
				}
				JsonObject c = new JsonObject();
				c.addProperty("kind", "drive#change");
				c.addProperty("changeType", "file");
				c.addProperty("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
				c.addProperty("removed", item == null);
				c.addProperty("fileId", id);
				if (item != null) {
					c.add("file", json(item));
				}
				changes.add(c);
			}
			JsonObject out = new JsonObject();
			out.addProperty("kind", "drive#changeList");
			if (k < changeLog.size()) {
				out.addProperty("nextPageToken", token(k + 1));
			} else {
				out.addProperty("newStartPageToken", token(changeLog.size() + 1));
			}
			out.add("changes", changes);
			send(x, 200, out.toString());
		}
	}

	/** drives.list: the shared drives, with paging (no {@code q}: the connector does not filter). */
	private void drives(HttpExchange x, Map<String, String> q) throws IOException {
		if (q.containsKey("q")) {
			error(x, 400, "invalid", "Invalid Value (the fake does not filter drives): " + q.get("q"));
			return;
		}
		int pageSize = Integer.parseInt(q.getOrDefault("pageSize", "10"));
		int offset = q.containsKey("pageToken") ? Integer.parseInt(q.get("pageToken")) : 0;
		synchronized (lock) {
			List<Map.Entry<String, String>> all = new ArrayList<>(sharedDrives.entrySet());
			JsonArray drives = new JsonArray();
			for (int k = offset; k < Math.min(all.size(), offset + pageSize); k++) {
				JsonObject d = new JsonObject();
				d.addProperty("kind", "drive#drive");
				d.addProperty("id", all.get(k).getKey());
				d.addProperty("name", all.get(k).getValue());
				drives.add(d);
			}
			JsonObject out = new JsonObject();
			out.addProperty("kind", "drive#driveList");
			if (offset + pageSize < all.size()) {
				out.addProperty("nextPageToken", String.valueOf(offset + pageSize));
			}
			out.add("drives", drives);
			send(x, 200, out.toString());
		}
	}

	private String token(long change) {
		return tokenEpoch + "." + change;
	}

	private void deleteTree(String id) {
		for (Item child : new ArrayList<>(items.values())) {
			if (id.equals(child.parent)) {
				deleteTree(child.id);
			}
		}
		Item gone = items.get(id);
		if (gone != null) {
			String driveId = driveOf(gone);
			items.remove(id);
			logged(id, driveId);
		}
	}

	private static final Pattern QUERY = Pattern.compile(
			"'((?:[^'\\\\]|\\\\.)*)' in parents(?: and name = '((?:[^'\\\\]|\\\\.)*)')? and trashed = false");

	private static String unescape(String s) {
		return s.replaceAll("\\\\(.)", "$1");
	}

	private void list(HttpExchange x, Map<String, String> q) throws IOException {
		Matcher m = QUERY.matcher(q.getOrDefault("q", ""));
		if (!m.matches()) {
			error(x, 400, "invalid", "Invalid Value (the fake understands only the connector's queries): " + q.get("q"));
			return;
		}
		String parent = unescape(m.group(1));
		String name = m.group(2) == null ? null : unescape(m.group(2));
		if (parent.equals("root")) {
			parent = ROOT;
		}
		// the corpus: one shared drive (corpora=drive, driveId, includeItemsFromAllDrives), else My Drive
		String driveId = q.get("driveId");
		if (driveId != null && (!"drive".equals(q.get("corpora")) || !"true".equals(q.get("includeItemsFromAllDrives"))
				|| !"true".equals(q.get("supportsAllDrives")))) {
			error(x, 403, "teamDriveIncludeItemsRequired", "driveId needs corpora=drive, includeItemsFromAllDrives=true"
					+ " and supportsAllDrives=true.");
			return;
		}
		if (driveId == null && "drive".equals(q.get("corpora"))) {
			error(x, 400, "invalid", "corpora=drive needs driveId.");
			return;
		}
		int pageSize = Integer.parseInt(q.getOrDefault("pageSize", "100"));
		int offset = q.containsKey("pageToken") ? Integer.parseInt(q.get("pageToken")) : 0;
		List<Item> found = new ArrayList<>();
		synchronized (lock) {
			if (driveId != null && !sharedDrives.containsKey(driveId)) {
				error(x, 404, "notFound", "Shared drive not found: " + driveId);
				return;
			}
			for (Item i : items.values()) {
				if (parent.equals(i.parent) && !i.trashed && (name == null || name.equals(i.name))
						&& java.util.Objects.equals(driveId, driveOf(i))) {
					found.add(i);
				}
			}
			if ("name".equals(q.get("orderBy"))) {
				found.sort(Comparator.comparing((Item i) -> i.name).thenComparing(i -> i.id));
			}
			JsonObject out = new JsonObject();
			JsonArray files = new JsonArray();
			for (int k = offset; k < Math.min(found.size(), offset + pageSize); k++) {
				files.add(json(found.get(k)));
			}
			if (offset + pageSize < found.size()) {
				out.addProperty("nextPageToken", String.valueOf(offset + pageSize));
			}
			out.addProperty("kind", "drive#fileList");
			out.add("files", files);
			send(x, 200, out.toString());
		}
	}

	/** Creates an item from metadata; null (and an error sent) when the parent is missing. */
	private Item create(HttpExchange x, JsonObject meta, Map<String, String> q, byte[] content) throws IOException {
		String parent = ROOT;
		if (meta.has("parents")) {
			parent = meta.getAsJsonArray("parents").get(0).getAsString();
			if (parent.equals("root")) {
				parent = ROOT;
			}
		}
		Item p = items.get(parent);
		if (!visible(p, q) || !FOLDER.equals(p.mimeType)) {
			error(x, 404, "notFound", "File not found: " + parent + ".");
			return null;
		}
		Item i = new Item();
		i.id = "F" + ids.incrementAndGet();
		i.name = meta.has("name") ? meta.get("name").getAsString() : "Untitled";
		i.mimeType = meta.has("mimeType") ? meta.get("mimeType").getAsString() : "application/octet-stream";
		i.parent = parent;
		i.content = content;
		i.modified = meta.has("modifiedTime") ? time(meta.get("modifiedTime")) : Instant.now().truncatedTo(ChronoUnit.MILLIS);
		i.version = versions.incrementAndGet();
		items.put(i.id, i);
		logged(i.id);
		return i;
	}

	private boolean update(HttpExchange x, Item item, JsonObject meta, Map<String, String> q, byte[] content)
			throws IOException {
		String add = q.get("addParents");
		if (add != null && !add.isEmpty()) {
			Item p = items.get(add);
			if (!visible(p, q) || !FOLDER.equals(p.mimeType)) {
				error(x, 404, "notFound", "File not found: " + add + ".");
				return false;
			}
			item.parent = add;
		}
		if (meta.has("name")) {
			item.name = meta.get("name").getAsString();
		}
		if (meta.has("trashed")) {
			item.trashed = meta.get("trashed").getAsBoolean();
		}
		if (content != null) {
			item.content = content;
			item.modified = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		}
		if (meta.has("modifiedTime")) {
			item.modified = time(meta.get("modifiedTime"));
		}
		item.version = versions.incrementAndGet();
		logged(item.id);
		return true;
	}

	private static Instant time(JsonElement e) {
		return OffsetDateTime.parse(e.getAsString()).toInstant();
	}

	private void media(HttpExchange x, Item item) throws IOException {
		if (FOLDER.equals(item.mimeType) || item.mimeType.startsWith("application/vnd.google-apps.")) {
			error(x, 403, "fileNotDownloadable", "Only files with binary content can be downloaded. Use Export with Docs Editors files.");
			return;
		}
		byte[] c = item.content;
		String range = x.getRequestHeaders().getFirst("Range");
		int from = 0;
		int to = c.length - 1;
		int status = 200;
		if (range != null) {
			Matcher m = Pattern.compile("bytes=(\\d+)-(\\d*)").matcher(range);
			if (m.matches()) {
				from = Integer.parseInt(m.group(1));
				if (!m.group(2).isEmpty()) {
					to = Math.min(to, Integer.parseInt(m.group(2)));
				}
				status = 206;
				x.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + c.length);
			}
		}
		int length = Math.max(0, to - from + 1);
		x.getResponseHeaders().set("Content-Type", "application/octet-stream");
		x.sendResponseHeaders(status, length == 0 ? -1 : length);
		if (length > 0) {
			try (OutputStream out = x.getResponseBody()) {
				out.write(c, from, length);
			}
		}
	}

	// ------------------------------------------------------------------ uploads

	private void upload(HttpExchange x, String method, String rest, Map<String, String> q, byte[] body) throws IOException {
		String type = q.get("uploadType");
		String targetId = rest.isEmpty() || rest.equals("/") ? null : URLDecoder.decode(rest.substring(1), StandardCharsets.UTF_8);
		if ("multipart".equals(type)) {
			String contentType = x.getRequestHeaders().getFirst("Content-Type");
			Matcher m = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType == null ? "" : contentType);
			if (!contentType.startsWith("multipart/related") || !m.find()) {
				error(x, 400, "badContent", "expected multipart/related, got " + contentType);
				return;
			}
			List<byte[]> parts = parts(body, m.group(1));
			if (parts.size() != 2) {
				error(x, 400, "badContent", "expected 2 parts, got " + parts.size());
				return;
			}
			JsonObject meta = gson.fromJson(new String(parts.get(0), StandardCharsets.UTF_8), JsonObject.class);
			finish(x, meta, targetId, q, parts.get(1));
		} else if ("resumable".equals(type) && q.containsKey("upload_id")) {
			Upload u = uploads.get(q.get("upload_id"));
			if (u == null) {
				error(x, 404, "notFound", "no such upload session");
				return;
			}
			String cr = x.getRequestHeaders().getFirst("Content-Range");
			Matcher m = Pattern.compile("bytes (?:(\\d+)-(\\d+)|\\*)/(\\d+|\\*)").matcher(cr == null ? "" : cr);
			if (!m.matches()) {
				error(x, 400, "badContent", "bad Content-Range " + cr);
				return;
			}
			if (m.group(1) != null && body.length > 0 && cutAfterChunks.getAndUpdate(n -> n >= 0 ? n - 1 : n) == 0) {
				return; // the connection is closed without an answer: the client sees it end
			}
			synchronized (u) {
				if (m.group(1) != null) {
					long start = Long.parseLong(m.group(1));
					if (start != u.data.size()) {
						error(x, 400, "badContent", "chunk starts at " + start + ", have " + u.data.size());
						return;
					}
					u.data.write(body);
					resumableChunks.incrementAndGet();
					resumableBytes.addAndGet(body.length);
				}
				String total = m.group(3);
				if (!total.equals("*") && Long.parseLong(total) == u.data.size()) {
					uploads.remove(q.get("upload_id"));
					finish(x, u.meta, u.targetId, u.query, u.data.toByteArray());
					return;
				}
				if (u.data.size() > 0) {
					x.getResponseHeaders().set("Range", "bytes=0-" + (u.data.size() - 1));
				}
				x.sendResponseHeaders(308, -1);
			}
		} else if ("resumable".equals(type)) {
			JsonObject meta = body.length == 0 ? new JsonObject() : gson.fromJson(new String(body, StandardCharsets.UTF_8), JsonObject.class);
			String uploadId = "U" + ids.incrementAndGet();
			uploads.put(uploadId, new Upload(meta, targetId, new ByteArrayOutputStream(), q));
			x.getResponseHeaders().set("Location", rootUrl() + "upload/drive/v3/files?uploadType=resumable&upload_id=" + uploadId);
			x.sendResponseHeaders(200, -1);
		} else {
			error(x, 400, "badRequest", "uploadType " + type);
		}
	}

	private void finish(HttpExchange x, JsonObject meta, String targetId, Map<String, String> q, byte[] content)
			throws IOException {
		synchronized (lock) {
			Item item;
			if (targetId == null) {
				item = create(x, meta, q, content);
				if (item == null) {
					return;
				}
			} else {
				item = items.get(targetId);
				if (!visible(item, q)) {
					error(x, 404, "notFound", "File not found: " + targetId + ".");
					return;
				}
				if (!update(x, item, meta, q, content)) {
					return;
				}
			}
			send(x, 200, json(item).toString());
		}
	}

	private static List<byte[]> parts(byte[] body, String boundary) {
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		List<Integer> marks = new ArrayList<>();
		for (int i = 0; i + delimiter.length <= body.length; i++) {
			if (matchesAt(body, i, delimiter)) {
				marks.add(i);
				i += delimiter.length - 1;
			}
		}
		List<byte[]> parts = new ArrayList<>();
		for (int k = 0; k + 1 < marks.size(); k++) {
			int start = marks.get(k) + delimiter.length + 2; // CRLF after the delimiter
			int end = marks.get(k + 1) - 2; // CRLF before the next delimiter
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
			if (headersEnd < 0 || headersEnd > end) {
				// a part without headers starts with the blank line at once
				headersEnd = start - 2;
			}
			int contentStart = headersEnd + 4;
			byte[] part = new byte[Math.max(0, end - contentStart)];
			System.arraycopy(body, contentStart, part, 0, part.length);
			parts.add(part);
		}
		return parts;
	}

	private static boolean matchesAt(byte[] b, int at, byte[] what) {
		for (int j = 0; j < what.length; j++) {
			if (b[at + j] != what[j]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] b, byte[] what, int from) {
		for (int i = from; i + what.length <= b.length; i++) {
			if (matchesAt(b, i, what)) {
				return i;
			}
		}
		return -1;
	}

	// ------------------------------------------------------------------ JSON

	private JsonObject json(Item i) {
		JsonObject o = new JsonObject();
		o.addProperty("kind", "drive#file");
		o.addProperty("id", i.id);
		String driveId = driveOf(i);
		if (driveId != null) {
			o.addProperty("driveId", driveId);
		}
		o.addProperty("name", i.name);
		o.addProperty("mimeType", i.mimeType);
		if (i.parent != null) {
			JsonArray parents = new JsonArray();
			parents.add(i.parent);
			o.add("parents", parents);
		}
		o.addProperty("trashed", i.trashed);
		o.addProperty("modifiedTime", i.modified.truncatedTo(ChronoUnit.MILLIS).toString());
		o.addProperty("version", String.valueOf(i.version));
		if (!FOLDER.equals(i.mimeType) && !i.mimeType.startsWith("application/vnd.google-apps.")) {
			o.addProperty("size", String.valueOf(i.content.length));
			o.addProperty("md5Checksum", md5(i.content));
		}
		return o;
	}

	private static String md5(byte[] content) {
		return digest("MD5", content);
	}

	private static String sha256(byte[] content) {
		return digest("SHA-256", content);
	}

	private static String digest(String algorithm, byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void error(HttpExchange x, int status, String reason, String message) throws IOException {
		String m = message.replace("\\", "\\\\").replace("\"", "\\\"");
		send(x, status, "{\"error\":{\"code\":" + status + ",\"message\":\"" + m + "\",\"errors\":[{\"domain\":\"global\",\"reason\":\""
				+ reason + "\",\"message\":\"" + m + "\"}]}}");
	}

	private static void send(HttpExchange x, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		x.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
		x.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = x.getResponseBody()) {
			out.write(bytes);
		}
	}
}
