package org.karma.core.credentials;

/** The credential store cannot be opened, read or written. The message is one line for the user. */
public final class CredentialsException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong, so callers can pick an exit code. */
	public enum Kind {
		/** No master password source is configured (headless run without a file). */
		NO_MASTER_PASSWORD,
		/** The master password file is missing, unreadable or empty. */
		BAD_MASTER_PASSWORD_FILE,
		/** The master password does not open the storage. */
		WRONG_MASTER_PASSWORD,
		/** The storage file cannot be read or written. */
		STORAGE
	}

	private final Kind kind;

	public CredentialsException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
