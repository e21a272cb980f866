package org.karma.app.internal;

/** A bad command line: the message is shown to the user as one line, exit code 2. */
final class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
