package org.karma.connector.sftp.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import org.apache.sshd.common.SshException;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/** SFTP status codes and I/O failures as {@link ConnectorException}s. */
final class Errors {

	private Errors() {
	}

	/** The reason of an SFTP status code. */
	static Reason reason(int status) {
		return switch (status) {
		case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH -> Reason.NOT_FOUND;
		case SftpConstants.SSH_FX_PERMISSION_DENIED, SftpConstants.SSH_FX_WRITE_PROTECT,
				SftpConstants.SSH_FX_LOCK_CONFLICT, SftpConstants.SSH_FX_CANNOT_DELETE -> Reason.PERMISSION_DENIED;
		case SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM, SftpConstants.SSH_FX_QUOTA_EXCEEDED -> Reason.QUOTA;
		case SftpConstants.SSH_FX_FILE_ALREADY_EXISTS -> Reason.ALREADY_EXISTS;
		case SftpConstants.SSH_FX_DIR_NOT_EMPTY -> Reason.NOT_EMPTY;
		case SftpConstants.SSH_FX_NOT_A_DIRECTORY, SftpConstants.SSH_FX_FILE_IS_A_DIRECTORY -> Reason.WRONG_KIND;
		case SftpConstants.SSH_FX_INVALID_FILENAME -> Reason.NAME_NOT_REPRESENTABLE;
		case SftpConstants.SSH_FX_OP_UNSUPPORTED -> Reason.UNSUPPORTED;
		case SftpConstants.SSH_FX_NO_CONNECTION, SftpConstants.SSH_FX_CONNECTION_LOST -> Reason.TRANSIENT;
		default -> Reason.FATAL;
		};
	}

	/** A failure of {@code what} (e.g. "reading 'a/b'"): an SFTP status, or the connection (TRANSIENT). */
	static ConnectorException io(String what, IOException e, RelPath path) {
		if (e instanceof SftpException s) {
			Reason reason = reason(s.getStatus());
			String detail = switch (reason) {
			case QUOTA -> s.getStatus() == SftpConstants.SSH_FX_QUOTA_EXCEEDED ? "over quota on the server"
					: "no space left on the server's disk";
			case PERMISSION_DENIED -> "permission denied by the server";
			default -> "the server said: " + message(s);
			};
			return new ConnectorException(reason, path, what + " failed: " + detail
					+ (reason == Reason.QUOTA || reason == Reason.PERMISSION_DENIED ? " (" + message(s) + ")" : ""), e);
		}
		if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
			return new ConnectorException(Reason.CANCELLED, path, what + ": interrupted", e);
		}
		return new ConnectorException(Reason.TRANSIENT, path, what + " failed: connection to the server lost ("
				+ message(e) + ")", e);
	}

	/** A failure to reach the server at all. */
	static ConnectorException unreachable(String hostAndPort, IOException e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause != cause.getCause() && cause instanceof SshException) {
			cause = cause.getCause();
		}
		if (cause instanceof UnknownHostException) {
			return new ConnectorException(Reason.TRANSIENT, RelPath.ROOT, "unknown host in " + hostAndPort, e);
		}
		if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
			return new ConnectorException(Reason.TRANSIENT, RelPath.ROOT, "cannot reach " + hostAndPort + ": " + message(cause), e);
		}
		return new ConnectorException(Reason.TRANSIENT, RelPath.ROOT, "connecting to " + hostAndPort + " failed: "
				+ message(cause), e);
	}

	static String message(Throwable e) {
		String m = e.getMessage();
		if (m == null || m.isBlank()) {
			m = e.getClass().getSimpleName();
		}
		return m.replace('\n', ' ').replace('\r', ' ').trim();
	}
}
