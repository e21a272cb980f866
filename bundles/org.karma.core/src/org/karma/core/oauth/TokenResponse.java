package org.karma.core.oauth;

import java.util.Map;

import org.karma.core.oauth.OAuthException.Kind;
import org.karma.engine.json.JsonParser;
import org.karma.engine.json.JsonParser.JsonSyntaxException;

/**
 * What a token endpoint gave for an authorization code (RFC 6749 section 5.1). {@link #toString()}
 * shows no token.
 *
 * @param accessToken  the short-lived access token (not stored: the connectors refresh it)
 * @param refreshToken the long-lived refresh token
 * @param expiresIn    seconds the access token lives, or -1 when the answer does not say
 * @param scope        the granted scope, or null when the answer does not say
 */
public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String scope) {

	@Override
	public String toString() {
		return "TokenResponse[expiresIn=" + expiresIn + ", scope=" + scope + "]";
	}

	/**
	 * Reads the answer of a token endpoint: on 200 a JSON object with {@code access_token} and
	 * {@code refresh_token}; else the error object of RFC 6749 section 5.2
	 * ({@code {"error":"invalid_grant","error_description":"..."}}).
	 *
	 * @param provider for messages ("Dropbox")
	 * @throws OAuthException REFUSED for an OAuth error answer, UNREACHABLE for a server error
	 *                        (5xx), PROTOCOL for anything else unusable (also a 200 without a
	 *                        refresh token)
	 */
	public static TokenResponse parse(int status, String body, String provider) throws OAuthException {
		Object parsed;
		try {
			parsed = JsonParser.parse(body == null ? "" : body);
		} catch (JsonSyntaxException e) {
			parsed = null;
		}
		Map<?, ?> json = parsed instanceof Map<?, ?> map ? map : null;
		if (status != 200) {
			if (json != null && json.get("error") instanceof String error) {
				String description = json.get("error_description") instanceof String d ? printable(d) : "";
				return refused(provider, printable(error), description);
			}
			if (status >= 500) {
				throw new OAuthException(Kind.UNREACHABLE,
						provider + "'s token endpoint answered HTTP " + status + "; try again later");
			}
			throw new OAuthException(Kind.PROTOCOL,
					provider + "'s token endpoint answered HTTP " + status + " without an OAuth error");
		}
		if (json == null) {
			throw new OAuthException(Kind.PROTOCOL, provider + "'s token endpoint answered with something that is not JSON");
		}
		String access = json.get("access_token") instanceof String s && !s.isEmpty() ? s : null;
		String refresh = json.get("refresh_token") instanceof String s && !s.isEmpty() ? s : null;
		if (access == null) {
			throw new OAuthException(Kind.PROTOCOL, provider + "'s token endpoint answered without an access token");
		}
		if (refresh == null) {
			throw new OAuthException(Kind.PROTOCOL, provider + " issued no refresh token (offline access was not granted);"
					+ " nothing stored");
		}
		long expires = json.get("expires_in") instanceof Long n ? n : -1;
		String scope = json.get("scope") instanceof String s ? s : null;
		return new TokenResponse(access, refresh, expires, scope);
	}

	private static TokenResponse refused(String provider, String error, String description) throws OAuthException {
		String detail = error + (description.isEmpty() ? "" : ": " + description);
		String message = switch (error) {
		case "invalid_grant" -> provider + " refused the authorization code (" + detail
				+ "); codes are single-use and expire within minutes: log in again";
		case "invalid_client", "unauthorized_client" -> provider + " refused the client (" + detail
				+ "); check the app key / client id and secret";
		default -> provider + "'s token endpoint refused the request (" + detail + ")";
		};
		throw new OAuthException(Kind.REFUSED, message);
	}

	/** At most 200 characters, control characters replaced (a server's text in a one-line message). */
	static String printable(String text) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < text.length() && b.length() < 200; i++) {
			char c = text.charAt(i);
			b.append(Character.isISOControl(c) ? ' ' : c);
		}
		return b.toString().strip();
	}
}
