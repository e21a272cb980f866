package org.karma.core.settings;

/** A bad settings value or a settings file that cannot be read or written; the message is one line. */
public final class SettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	public SettingsException(String message) {
		super(message);
	}

	public SettingsException(String message, Throwable cause) {
		super(message, cause);
	}
}
