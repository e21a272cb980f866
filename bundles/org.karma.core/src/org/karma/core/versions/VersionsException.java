package org.karma.core.versions;

/** A versions operation that could not be done; the kind decides the exit code, the message is one line. */
public final class VersionsException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Why. */
	public enum Kind {
		/** The request is wrong: no such version, an ambiguous side, a bad path or time. */
		BAD_INPUT,
		/** An endpoint cannot be reached or refuses the credentials. */
		CANNOT_CONNECT,
		/** Connected, but listing or writing failed (permission denied, disk full, changed meanwhile). */
		FAILED,
		/** A bug or an unexpected failure. */
		INTERNAL
	}

	private final Kind kind;

	public VersionsException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
