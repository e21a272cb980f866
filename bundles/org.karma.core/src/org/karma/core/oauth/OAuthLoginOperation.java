package org.karma.core.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.oauth.OAuthException.Kind;

/**
 * Logs in to a cloud account with the OAuth 2 authorization code flow and PKCE (RFC 7636, S256)
 * and stores the refresh token where the connector reads it. The same operation serves the
 * {@code karma credentials login} command and the workbench:
 * <ol>
 * <li>create it (a fresh code verifier and {@code state}); show {@link #authorizationUrl()} to the
 * user (print it, or open the system browser);</li>
 * <li>get the code: pasted by the user ({@link #codeFrom(String)} takes the bare code or the whole
 * redirect URL), or brought to a {@link LoopbackReceiver} by the browser
 * ({@link #codeFrom(Map)});</li>
 * <li>{@link #run(String, CredentialStore, String, IProgressMonitor)} exchanges it at the token endpoint and replaces the
 * secrets stored under the credential key with the refresh token, the client id (and secret).</li>
 * </ol>
 * No token is ever printed, logged or put in an exception message. The access token the exchange
 * also returns is dropped: the connectors get a fresh one with the refresh token when they connect.
 */
public final class OAuthLoginOperation {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final OAuthProvider provider;
	private final String clientId;
	private final char[] clientSecret;
	private final String redirectUri;
	private final HttpClient http;
	private final String verifier;
	private final String state;

	/**
	 * @param provider     where to log in
	 * @param clientId     the Dropbox app key / Google OAuth client id
	 * @param clientSecret the client secret (Google), copied; null when the provider needs none
	 * @param redirectUri  the loopback redirect URI ({@link LoopbackReceiver#redirectUri()}), or
	 *                     null when the provider shows the code for the user to copy
	 * @param http         the HTTP client for the token endpoint ({@link #httpClient()}; tests pass
	 *                     one that trusts their fake's certificate)
	 * @param random       for the code verifier and state
	 */
	public OAuthLoginOperation(OAuthProvider provider, String clientId, char[] clientSecret, String redirectUri,
			HttpClient http, SecureRandom random) {
		this.provider = Objects.requireNonNull(provider);
		if (clientId == null || clientId.isBlank() || clientId.chars().anyMatch(c -> c <= ' ')) {
			throw new IllegalArgumentException("a " + provider.displayName() + " " + clientIdLabel(provider)
					+ " is one word without spaces");
		}
		if (provider.clientSecretName() != null && (clientSecret == null || clientSecret.length == 0)) {
			throw new IllegalArgumentException(provider.displayName() + " needs the client secret of the OAuth client");
		}
		if (provider.loopbackRedirect() && redirectUri == null) {
			throw new IllegalArgumentException(provider.displayName() + " needs a loopback redirect URI");
		}
		this.clientId = clientId.strip();
		this.clientSecret = clientSecret == null ? null : clientSecret.clone();
		this.redirectUri = redirectUri;
		this.http = Objects.requireNonNull(http);
		this.verifier = Pkce.newVerifier(random);
		this.state = Pkce.newState(random);
	}

	/** "app key" for Dropbox, "client id" for Google: what the user calls the client id. */
	public static String clientIdLabel(OAuthProvider provider) {
		return provider.clientIdName().equals("app_key") ? "app key" : "client id";
	}

	/** The HTTP client of real logins: the system's proxy and trust settings, no redirects followed. */
	public static HttpClient httpClient() {
		return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).followRedirects(HttpClient.Redirect.NEVER)
				.build();
	}

	public OAuthProvider provider() {
		return provider;
	}

	/** The loopback redirect URI, or null when the user copies the code from the provider's page. */
	public String redirectUri() {
		return redirectUri;
	}

	/** The {@code state} value this login expects back. */
	public String state() {
		return state;
	}

	/** The URL the user opens in a browser to grant KARMA access. */
	public URI authorizationUrl() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", clientId);
		parameters.put("response_type", "code");
		parameters.put("code_challenge", Pkce.challenge(verifier));
		parameters.put("code_challenge_method", "S256");
		parameters.putAll(provider.authorizeParameters());
		if (redirectUri != null) {
			parameters.put("redirect_uri", redirectUri);
		}
		parameters.put("state", state);
		String base = provider.authorizeUrl().toString();
		return URI.create(base + (base.contains("?") ? "&" : "?") + form(parameters));
	}

	/**
	 * The code in what the user pasted: the bare code, or the whole URL the browser was sent to
	 * ({@code http://127.0.0.1:PORT/?code=…&state=…}, also when the listener could not be reached).
	 *
	 * @throws OAuthException ABORTED for empty input or an {@code error} in the URL; BAD_INPUT for a
	 *                        URL of another login (its {@code state} differs) or without a code
	 */
	public String codeFrom(String pasted) throws OAuthException {
		String text = pasted == null ? "" : pasted.strip();
		if (text.isEmpty()) {
			throw new OAuthException(Kind.ABORTED, "no authorization code given; nothing stored");
		}
		int question = text.indexOf('?');
		if (text.contains("://") || (question >= 0 && (text.contains("code=") || text.contains("error=")))) {
			String query = question < 0 ? "" : text.substring(question + 1);
			int hash = query.indexOf('#');
			return codeFrom(LoopbackReceiver.query(hash < 0 ? query : query.substring(0, hash)));
		}
		if (text.chars().anyMatch(c -> c <= ' ')) {
			throw new OAuthException(Kind.BAD_INPUT, "that is not an authorization code (it has spaces); paste the code"
					+ " " + provider.displayName() + " showed, or the whole URL the browser was sent to");
		}
		return text;
	}

	/**
	 * The code among the parameters the browser brought back.
	 *
	 * @throws OAuthException ABORTED when the user denied access ({@code error=access_denied});
	 *                        BAD_INPUT when {@code state} is not this login's, or there is no code
	 */
	public String codeFrom(Map<String, String> parameters) throws OAuthException {
		String error = parameters.get("error");
		if (error != null) {
			if (error.equals("access_denied")) {
				throw new OAuthException(Kind.ABORTED, "access was denied on " + provider.displayName()
						+ "'s page; nothing stored");
			}
			throw new OAuthException(Kind.REFUSED, provider.displayName() + " refused the authorization ("
					+ TokenResponse.printable(error) + ")");
		}
		if (!state.equals(parameters.get("state"))) {
			throw new OAuthException(Kind.BAD_INPUT,
					"the answer does not belong to this login (its state differs); open the URL KARMA printed this time");
		}
		String code = parameters.get("code");
		if (code == null || code.isBlank()) {
			throw new OAuthException(Kind.BAD_INPUT, "the URL carries no authorization code");
		}
		return code;
	}

	/**
	 * Exchanges the code for tokens and stores them under {@code credentialKey}: every secret
	 * stored there before is replaced (an old access token would otherwise be used instead of the
	 * new refresh token). Nothing is stored when the exchange fails.
	 *
	 * @throws OAuthException              REFUSED (e.g. {@code invalid_grant}), UNREACHABLE,
	 *                                     PROTOCOL
	 * @throws CredentialsException        when the store cannot be written
	 * @throws OperationCanceledException when the monitor is cancelled while waiting
	 */
	public void run(String code, CredentialStore store, String credentialKey, IProgressMonitor monitor)
			throws OAuthException, CredentialsException {
		SubMonitor progress = SubMonitor.convert(monitor, "Logging in to " + provider.displayName(), 2);
		TokenResponse tokens = exchange(code, progress.split(1));
		char[] refresh = tokens.refreshToken().toCharArray();
		try {
			store.remove(credentialKey);
			store.set(credentialKey, OAuthProvider.REFRESH_TOKEN, refresh);
			store.set(credentialKey, provider.clientIdName(), clientId.toCharArray());
			if (provider.clientSecretName() != null) {
				store.set(credentialKey, provider.clientSecretName(), clientSecret);
			}
		} finally {
			Arrays.fill(refresh, '\0');
		}
		progress.split(1);
	}

	/** The token request: {@code grant_type=authorization_code} with the code verifier. */
	public TokenResponse exchange(String code, IProgressMonitor monitor) throws OAuthException {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("grant_type", "authorization_code");
		parameters.put("code", code);
		parameters.put("code_verifier", verifier);
		parameters.put("client_id", clientId);
		if (clientSecret != null) {
			parameters.put("client_secret", new String(clientSecret));
		}
		if (redirectUri != null) {
			parameters.put("redirect_uri", redirectUri);
		}
		HttpRequest request = HttpRequest.newBuilder(provider.tokenUrl()).timeout(TIMEOUT)
				.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(form(parameters), StandardCharsets.UTF_8)).build();
		CompletableFuture<HttpResponse<String>> future = http.sendAsync(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		HttpResponse<String> response;
		try {
			response = await(future, monitor);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			throw new OAuthException(Kind.UNREACHABLE, "cannot reach " + provider.displayName() + "'s token endpoint "
					+ provider.tokenUrl().getHost() + ": " + TokenResponse.printable(reason(cause)), cause);
		}
		return TokenResponse.parse(response.statusCode(), response.body(), provider.displayName());
	}

	/** What went wrong on the network, in words (the JDK client's exceptions often have no message). */
	static String reason(Throwable cause) {
		String message = cause.getMessage();
		if (cause instanceof java.net.http.HttpConnectTimeoutException || cause instanceof java.net.http.HttpTimeoutException) {
			return "timed out" + (message == null ? "" : " (" + message + ")");
		}
		if (cause instanceof java.net.ConnectException) {
			return "connection refused" + (message == null ? "" : " (" + message + ")");
		}
		if (cause instanceof java.net.UnknownHostException) {
			return "unknown host" + (message == null ? "" : " " + message);
		}
		if (message == null || message.isBlank()) {
			return cause.getClass().getSimpleName();
		}
		return message + (cause instanceof IOException ? "" : " (" + cause.getClass().getSimpleName() + ")");
	}

	private static <T> T await(CompletableFuture<T> future, IProgressMonitor monitor) throws ExecutionException {
		while (true) {
			if (monitor != null && monitor.isCanceled()) {
				future.cancel(true);
				throw new OperationCanceledException();
			}
			try {
				return future.get(100, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// poll the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				future.cancel(true);
				throw new OperationCanceledException();
			}
		}
	}

	static String form(Map<String, String> parameters) {
		StringBuilder b = new StringBuilder();
		parameters.forEach((name, value) -> {
			if (b.length() > 0) {
				b.append('&');
			}
			b.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return b.toString();
	}

	/** Forgets the client secret (call when done). */
	public void dispose() {
		if (clientSecret != null) {
			Arrays.fill(clientSecret, '\0');
		}
	}

	@Override
	public String toString() {
		return "OAuthLoginOperation[" + provider.scheme() + "]";
	}
}
