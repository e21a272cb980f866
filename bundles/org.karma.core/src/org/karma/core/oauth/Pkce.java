package org.karma.core.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636): a random code verifier, its S256 code challenge, and a
 * random {@code state} value. Only S256 is offered ({@code plain} protects nothing).
 */
public final class Pkce {

	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private Pkce() {
	}

	/**
	 * A fresh code verifier: 64 random bytes, base64url without padding, so 86 characters of the
	 * unreserved set {@code [A-Za-z0-9-_]} (RFC 7636 asks for 43 to 128).
	 */
	public static String newVerifier(SecureRandom random) {
		byte[] bytes = new byte[64];
		random.nextBytes(bytes);
		return URL.encodeToString(bytes);
	}

	/** A fresh {@code state} value (128 random bits, base64url) that ties the answer to this login. */
	public static String newState(SecureRandom random) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return URL.encodeToString(bytes);
	}

	/**
	 * The S256 code challenge of a verifier: {@code BASE64URL(SHA-256(ASCII(verifier)))}.
	 *
	 * @throws IllegalArgumentException when the verifier is not 43 to 128 unreserved characters
	 */
	public static String challenge(String verifier) {
		if (!isValidVerifier(verifier)) {
			throw new IllegalArgumentException("a PKCE code verifier has 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return URL.encodeToString(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
		}
	}

	/** Whether a text is a well-formed code verifier (RFC 7636 section 4.1). */
	public static boolean isValidVerifier(String verifier) {
		if (verifier == null || verifier.length() < 43 || verifier.length() > 128) {
			return false;
		}
		for (int i = 0; i < verifier.length(); i++) {
			char c = verifier.charAt(i);
			boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '.' || c == '_' || c == '~';
			if (!ok) {
				return false;
			}
		}
		return true;
	}
}
