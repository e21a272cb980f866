package org.karma.core.oauth;

/** An OAuth login did not end with stored tokens. The message is one line for the user, never a token. */
public final class OAuthException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong, so callers can pick an exit code. */
	public enum Kind {
		/** The user gave no code, or denied the access on the provider's page. */
		ABORTED,
		/** What the user pasted or the browser brought back does not belong to this login. */
		BAD_INPUT,
		/** The token endpoint refused the code or the client ({@code invalid_grant}, {@code invalid_client}, …). */
		REFUSED,
		/** The token endpoint could not be reached, or answered with a server error. */
		UNREACHABLE,
		/** The token endpoint answered something that is not a usable token response. */
		PROTOCOL
	}

	private final Kind kind;

	public OAuthException(Kind kind, String message) {
		this(kind, message, null);
	}

	public OAuthException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
