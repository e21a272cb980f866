package org.karma.connector.zip.internal;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/** Maps I/O failures to {@link ConnectorException}s. */
final class IoErrors {

	private IoErrors() {
	}

	static ConnectorException map(IOException e, RelPath path, String doing) {
		if (e instanceof CancelledIOException) {
			return new ConnectorException(Reason.CANCELLED, path, "cancelled", e);
		}
		if (e instanceof ClosedByInterruptException) {
			return new ConnectorException(Reason.CANCELLED, path, "interrupted while " + doing, e);
		}
		String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		if (e instanceof FileSystemException fse && fse.getReason() != null) {
			text = fse.getFile() + ": " + fse.getReason();
		}
		Reason reason = Reason.FATAL;
		String lower = text.toLowerCase(Locale.ROOT);
		if (e instanceof NoSuchFileException) {
			reason = Reason.NOT_FOUND;
		} else if (e instanceof AccessDeniedException || lower.contains("permission denied")
				|| lower.contains("read-only file system")) {
			reason = Reason.PERMISSION_DENIED;
		} else if (lower.contains("no space left") || lower.contains("quota")) {
			reason = Reason.QUOTA;
		}
		return new ConnectorException(reason, path, "Failed " + doing + ": " + text, e);
	}

	/** Thrown from inside streams when the progress monitor is cancelled. */
	static final class CancelledIOException extends IOException {
		private static final long serialVersionUID = 1L;

		CancelledIOException() {
			super("cancelled");
		}
	}
}
