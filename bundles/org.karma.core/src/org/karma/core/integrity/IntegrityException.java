package org.karma.core.integrity;

/** An integrity operation that could not be done or whose signature did not hold; {@link #kind()} says which. */
public final class IntegrityException extends Exception {
	private static final long serialVersionUID = 1L;

	public enum Kind {
		/** A bad argument, file or manifest: nothing was done. */
		BAD_INPUT,
		/** An endpoint could not be reached or refused the credentials. */
		CANNOT_CONNECT,
		/** The manifest's signature did not verify, or there was none to verify: nothing else was trusted. */
		SIGNATURE,
		/** Writing or reading failed on the way. */
		FAILED,
		CANCELLED
	}

	private final Kind kind;

	public IntegrityException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public IntegrityException(Kind kind, String message) {
		this(kind, message, null);
	}

	public Kind kind() {
		return kind;
	}
}
