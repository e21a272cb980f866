package org.karma.core.history;

/**
 * A history store or run log operation that could not be done. The message is one line for
 * users and names the file; the cause keeps the driver's detail.
 */
public final class HistoryException extends Exception {
	private static final long serialVersionUID = 1L;

	public HistoryException(String message, Throwable cause) {
		super(oneLine(message), cause);
	}

	public HistoryException(String message) {
		this(message, null);
	}

	static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
	}
}
