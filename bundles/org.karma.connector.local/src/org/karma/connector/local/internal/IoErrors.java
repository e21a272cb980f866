package org.karma.connector.local.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.List;
import java.util.Locale;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * Maps NIO exceptions to {@link ConnectorException}s with a one-line message for users that names
 * the relative path (never the absolute one).
 *
 * <p>Java reports most errno values only as the text of {@code strerror}, so some reasons are
 * recognised by that text (English, as the C library gives it in most locales); under a locale
 * whose C library translates these texts they fall back to {@link Reason#FATAL}, except running
 * out of space, which {@link LocalConnection} also detects by asking the file store.
 */
final class IoErrors {

	private record Rule(Reason reason, String userText, List<String> texts) {
	}

	/** Matched against the lower-cased reason text, first match wins. */
	private static final List<Rule> RULES = List.of(
			new Rule(Reason.QUOTA, "no space left on the device", List.of("no space left on device")),
			new Rule(Reason.QUOTA, "disk quota exceeded", List.of("disk quota exceeded")),
			new Rule(Reason.QUOTA, "file too large for this file system", List.of("file too large")),
			new Rule(Reason.NAME_NOT_REPRESENTABLE, "name too long for this file system", List.of("file name too long")),
			new Rule(Reason.NAME_NOT_REPRESENTABLE, "name not valid on this file system",
					List.of("invalid or incomplete multibyte", "illegal byte sequence")),
			new Rule(Reason.PERMISSION_DENIED, "symbolic link not followed",
					List.of("too many levels of symbolic links", "nofollow_links specified")),
			new Rule(Reason.PERMISSION_DENIED, "permission denied", List.of("permission denied")),
			new Rule(Reason.PERMISSION_DENIED, "operation not permitted", List.of("operation not permitted")),
			new Rule(Reason.PERMISSION_DENIED, "read-only file system", List.of("read-only file system")),
			new Rule(Reason.WRONG_KIND, "is a folder", List.of("is a directory")),
			new Rule(Reason.WRONG_KIND, "not a folder", List.of("not a directory")),
			new Rule(Reason.NOT_EMPTY, "folder not empty", List.of("directory not empty")),
			new Rule(Reason.UNSUPPORTED, "crosses file systems", List.of("invalid cross-device link")),
			new Rule(Reason.TRANSIENT, "temporarily unavailable",
					List.of("stale file handle", "resource temporarily unavailable", "device or resource busy",
							"connection timed out", "host is down", "transport endpoint is not connected",
							"no route to host", "network is unreachable")));

	private IoErrors() {
	}

	/**
	 * The exception for an I/O failure.
	 *
	 * @param action what was being done, for the message: "cannot write", "cannot list" …
	 */
	static ConnectorException map(IOException e, RelPath path, String action) {
		String where = action + " '" + path + "'";
		if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
			return new ConnectorException(Reason.CANCELLED, path, where + ": interrupted", e);
		}
		if (e instanceof NoSuchFileException) {
			return new ConnectorException(Reason.NOT_FOUND, path, where + ": not found", e);
		}
		if (e instanceof FileAlreadyExistsException) {
			return new ConnectorException(Reason.ALREADY_EXISTS, path, where + ": already exists", e);
		}
		if (e instanceof DirectoryNotEmptyException) {
			return new ConnectorException(Reason.NOT_EMPTY, path, where + ": folder not empty", e);
		}
		if (e instanceof AccessDeniedException) {
			return new ConnectorException(Reason.PERMISSION_DENIED, path, where + ": permission denied", e);
		}
		if (e instanceof NotDirectoryException) {
			return new ConnectorException(Reason.WRONG_KIND, path, where + ": not a folder", e);
		}
		if (e instanceof NotLinkException) {
			return new ConnectorException(Reason.WRONG_KIND, path, where + ": not a symbolic link", e);
		}
		if (e instanceof AtomicMoveNotSupportedException) {
			return new ConnectorException(Reason.UNSUPPORTED, path, where + ": cannot be moved atomically there", e);
		}
		if (e instanceof FileSystemLoopException) {
			return new ConnectorException(Reason.PERMISSION_DENIED, path, where + ": symbolic link loop", e);
		}
		String text = reasonText(e);
		if (text != null) {
			String lower = text.toLowerCase(Locale.ROOT);
			for (Rule rule : RULES) {
				for (String t : rule.texts) {
					if (lower.contains(t)) {
						return new ConnectorException(rule.reason, path, where + ": " + rule.userText, e);
					}
				}
			}
		}
		return new ConnectorException(Reason.FATAL, path, where + ": " + (text == null ? e.getClass().getSimpleName() : text),
				e);
	}

	/** A path the platform cannot express (e.g. a character the file name encoding lacks). */
	static ConnectorException map(InvalidPathException e, RelPath path) {
		return new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path,
				"'" + path + "' cannot be expressed on this file system: " + e.getReason(), e);
	}

	/** The error text without the absolute paths a {@link FileSystemException} message carries. */
	static String reasonText(IOException e) {
		if (e instanceof FileSystemException fse) {
			return fse.getReason();
		}
		return e.getMessage();
	}
}
