package org.karma.model;

/** A profile file that cannot be read: not XML, not a profile, unknown content. One-line message. */
public final class ProfileFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	public ProfileFormatException(String message) {
		super(message);
	}

	public ProfileFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
