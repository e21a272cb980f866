package org.karma.core.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An OAuth 2 authorization server KARMA can log in to with the authorization code flow and PKCE,
 * and where the resulting secrets go: the connector of {@link #scheme()} reads them from secure
 * storage under the endpoint's credential key.
 *
 * @param scheme              the connector scheme ({@code dropbox}, {@code gdrive})
 * @param displayName         for messages ("Dropbox", "Google")
 * @param authorizeUrl        the authorization endpoint the user opens in a browser
 * @param tokenUrl            the token endpoint the code is exchanged at
 * @param clientIdName        the secret name the client id is stored under ({@code app_key},
 *                            {@code client_id})
 * @param clientSecretName    the secret name of the client secret, or null when the flow is
 *                            public-client PKCE only (Dropbox)
 * @param loopbackRedirect    whether the provider sends the browser back to a loopback
 *                            {@code http://127.0.0.1:PORT/} listener (Google; its paste-a-code
 *                            "out of band" flow is gone) instead of showing the code to copy
 * @param authorizeParameters fixed extra parameters of the authorization URL
 */
public record OAuthProvider(String scheme, String displayName, URI authorizeUrl, URI tokenUrl, String clientIdName,
		String clientSecretName, boolean loopbackRedirect, Map<String, String> authorizeParameters) {

	public static final String DROPBOX_AUTHORIZE_URL = "https://www.dropbox.com/oauth2/authorize";
	public static final String DROPBOX_TOKEN_URL = "https://api.dropboxapi.com/oauth2/token";
	public static final String GOOGLE_AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth";
	public static final String GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token";
	/** Full access to the user's Drive: KARMA reads and writes any file in the synced folders. */
	public static final String GOOGLE_DRIVE_SCOPE = "https://www.googleapis.com/auth/drive";

	/** The secret name of the refresh token, the same for every provider. */
	public static final String REFRESH_TOKEN = "refresh_token";

	/** The schemes with an OAuth login, in the order shown to users. */
	public static final List<String> SCHEMES = List.of("dropbox", "gdrive");

	public OAuthProvider {
		Objects.requireNonNull(scheme);
		Objects.requireNonNull(displayName);
		Objects.requireNonNull(authorizeUrl);
		Objects.requireNonNull(tokenUrl);
		Objects.requireNonNull(clientIdName);
		authorizeParameters = Collections.unmodifiableMap(new LinkedHashMap<>(authorizeParameters)); // keeps the order
	}

	/**
	 * The provider of a scheme, its endpoints possibly replaced for tests.
	 *
	 * <p>FOR TESTS ONLY: the environment variables {@code KARMA_OAUTH_<SCHEME>_AUTHORIZE_URL} and
	 * {@code KARMA_OAUTH_<SCHEME>_TOKEN_URL} (e.g. {@code KARMA_OAUTH_DROPBOX_TOKEN_URL}) replace
	 * the real endpoints, so tests talk to a local fake. They must be https URLs, or http on
	 * loopback.
	 *
	 * @param variables the environment (injected, so core never reads it globally)
	 * @return empty when the scheme has no OAuth login
	 * @throws IllegalArgumentException when an override is not an acceptable URL
	 */
	public static Optional<OAuthProvider> forScheme(String scheme, Function<String, String> variables) {
		switch (scheme) {
		case "dropbox": {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("token_access_type", "offline");
			return Optional.of(new OAuthProvider(scheme, "Dropbox",
					url(variables, scheme, "AUTHORIZE_URL", DROPBOX_AUTHORIZE_URL),
					url(variables, scheme, "TOKEN_URL", DROPBOX_TOKEN_URL), "app_key", null, false, parameters));
		}
		case "gdrive": {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("scope", GOOGLE_DRIVE_SCOPE);
			parameters.put("access_type", "offline");
			// without it, a second login to the same client gets no new refresh token
			parameters.put("prompt", "consent");
			return Optional.of(new OAuthProvider(scheme, "Google", url(variables, scheme, "AUTHORIZE_URL",
					GOOGLE_AUTHORIZE_URL), url(variables, scheme, "TOKEN_URL", GOOGLE_TOKEN_URL), "client_id",
					"client_secret", true, parameters));
		}
		default:
			return Optional.empty();
		}
	}

	/** The name of the environment variable that replaces one endpoint in tests. */
	public static String overrideVariable(String scheme, String which) {
		return "KARMA_OAUTH_" + scheme.toUpperCase(Locale.ROOT) + "_" + which;
	}

	private static URI url(Function<String, String> variables, String scheme, String which, String fallback) {
		String variable = overrideVariable(scheme, which);
		String value = variables.apply(variable);
		if (value == null || value.isBlank()) {
			return URI.create(fallback);
		}
		try {
			URI uri = new URI(value.trim());
			String protocol = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (uri.getHost() != null && (protocol.equals("https") || (protocol.equals("http") && isLoopback(uri)))) {
				return uri;
			}
		} catch (URISyntaxException e) {
			// below
		}
		throw new IllegalArgumentException(variable + " must be an https URL (http only on loopback), not '" + value + "'");
	}

	static boolean isLoopback(URI uri) {
		String host = uri.getHost();
		return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
	}
}
