package org.karma.connector.api;

import java.util.Objects;

/**
 * The one exception of the connector SPI: a {@link Reason} that callers act on, a retryable flag,
 * the path concerned (if any) and a message for users (one line, no secrets).
 */
public final class ConnectorException extends Exception {
	private static final long serialVersionUID = 1L;

	/** What went wrong, in terms a caller can act on. */
	public enum Reason {
		/** The path (or its parent) does not exist. */
		NOT_FOUND(false),
		/** Something exists where it must not ("only if absent" write, mkdir over a file). */
		ALREADY_EXISTS(false),
		/** A file was found where a directory is needed, or the other way round. */
		WRONG_KIND(false),
		/** A directory to delete is not empty (and the delete was not recursive). */
		NOT_EMPTY(false),
		/** The server or file system refused access to this path. */
		PERMISSION_DENIED(false),
		/** Credentials are missing, wrong or expired. */
		AUTHENTICATION(false),
		/** An "only if unchanged" / "only if absent" precondition did not hold: someone else changed it. */
		PRECONDITION_FAILED(false),
		/** Out of space or over quota. */
		QUOTA(false),
		/** The name cannot be stored on this endpoint as it is (reserved, too long, forbidden characters). */
		NAME_NOT_REPRESENTABLE(false),
		/** The operation or option is not supported by this endpoint. */
		UNSUPPORTED(false),
		/** A temporary failure (network, busy server, timeout): trying again may work. */
		TRANSIENT(true),
		/** The caller cancelled through the progress monitor. */
		CANCELLED(false),
		/** Anything else; not worth retrying. */
		FATAL(false);

		private final boolean retryable;

		Reason(boolean retryable) {
			this.retryable = retryable;
		}

		/** The default of {@link ConnectorException#isRetryable()} for this reason. */
		public boolean retryable() {
			return retryable;
		}
	}

	private final Reason reason;
	private final boolean retryable;
	private final RelPath path;

	public ConnectorException(Reason reason, RelPath path, String message) {
		this(reason, path, message, null, reason.retryable());
	}

	public ConnectorException(Reason reason, RelPath path, String message, Throwable cause) {
		this(reason, path, message, cause, reason.retryable());
	}

	public ConnectorException(Reason reason, RelPath path, String message, Throwable cause, boolean retryable) {
		super(message, cause);
		this.reason = Objects.requireNonNull(reason);
		this.path = path;
		this.retryable = retryable;
	}

	public Reason reason() {
		return reason;
	}

	/** Whether the same call may succeed if tried again later. */
	public boolean isRetryable() {
		return retryable;
	}

	/** The path concerned, or null. */
	public RelPath path() {
		return path;
	}

	/** Throws {@link Reason#CANCELLED} when the monitor is cancelled; call it between steps of long work. */
	public static void checkCancelled(org.eclipse.core.runtime.IProgressMonitor monitor, RelPath path)
			throws ConnectorException {
		if (monitor != null && monitor.isCanceled()) {
			throw new ConnectorException(Reason.CANCELLED, path, "cancelled");
		}
	}
}
