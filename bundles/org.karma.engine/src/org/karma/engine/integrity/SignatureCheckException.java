package org.karma.engine.integrity;

/** A manifest whose signature does not hold; {@link #kind()} says how, the message says it for people. */
public final class SignatureCheckException extends Exception {
	private static final long serialVersionUID = 1L;

	/** How the check failed. */
	public enum Kind {
		/** The manifest's bytes are not the ones that were signed (its digest or signature does not match). */
		TAMPERED,
		/** Signed, but by another key than the one trusted. */
		WRONG_KEY,
		/** The signature file cannot be read. */
		MALFORMED
	}

	private final Kind kind;

	public SignatureCheckException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
