package org.karma.engine.integrity;

/** A file that is not a manifest KARMA can read; the message says what is wrong and where. */
public final class ManifestFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	public ManifestFormatException(String message) {
		super(message);
	}

	public ManifestFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
