package org.karma.core.sync;

/** A sync that could not run; the kind decides the exit code, the message is one line for users. */
public final class SyncException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Why a sync could not run. */
	public enum Kind {
		/** The profile or the command line is wrong. */
		BAD_INPUT,
		/** An endpoint cannot be reached or refuses the credentials. */
		CANNOT_CONNECT,
		/** A safety check stopped the run before anything was touched. */
		SAFETY,
		/** Something failed that should not (a bug, or the state folder is unusable). */
		INTERNAL,
		/** Cancelled (by the user) before anything was changed. */
		CANCELLED
	}

	private final Kind kind;

	public SyncException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
