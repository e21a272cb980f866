package org.karma.connector.ftp.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/** Maps FTP replies and I/O failures to {@link ConnectorException} reasons. */
final class Replies {

	private Replies() {
	}

	/** The reason of a negative reply, from its code and (for the catch-all 550) its text. */
	static Reason reasonOf(int code, String text) {
		String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
		if (code == 530 || code == 532) {
			return Reason.AUTHENTICATION;
		}
		if (code == 552 || code == 452) {
			return Reason.QUOTA;
		}
		if (code == 450 && (t.contains("permission") || t.contains("denied"))) {
			return Reason.PERMISSION_DENIED; // MINA FtpServer: "450 No permission to delete"
		}
		if (code == 421 || code == 425 || code == 426 || code == 450 || code == 451) {
			return Reason.TRANSIENT;
		}
		if (code == 502 || code == 504 || code == 500 || code == 501 && t.contains("not implemented")) {
			return Reason.UNSUPPORTED;
		}
		if (code == 550 || code == 553) {
			if (t.contains("permission") || t.contains("denied") || t.contains("not allowed") || t.contains("access")
					|| t.contains("forbidden") || t.contains("not writable") || t.contains("read-only")) {
				return Reason.PERMISSION_DENIED;
			}
			if (t.contains("no such") || t.contains("not found") || t.contains("not exist") || t.contains("doesn't exist")
					|| t.contains("does not exist") || t.contains("cannot find") || t.contains("can't find")) {
				return Reason.NOT_FOUND;
			}
			if (t.contains("exists")) {
				return Reason.ALREADY_EXISTS;
			}
			if (t.contains("space") || t.contains("quota") || t.contains("full")) {
				return Reason.QUOTA;
			}
			return code == 553 ? Reason.NAME_NOT_REPRESENTABLE : Reason.FATAL;
		}
		if (code >= 400 && code < 500) {
			return Reason.TRANSIENT;
		}
		return Reason.FATAL;
	}

	/** The exception for the client's last (negative) reply. */
	static ConnectorException of(String what, int code, String replyText, RelPath path) {
		String reply = oneLine(replyText);
		return new ConnectorException(reasonOf(code, reply), path, what + ": the server said " + reply);
	}

	/** An I/O failure talking to the server. */
	static ConnectorException io(String what, IOException e, RelPath path) {
		Reason reason = Reason.TRANSIENT;
		String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		if (e instanceof UnknownHostException) {
			detail = "unknown host " + e.getMessage();
		} else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
			detail = "cannot reach the server (" + detail + ")";
		} else if (e instanceof SocketTimeoutException) {
			detail = "the server did not answer in time";
		} else if (e instanceof FTPConnectionClosedException) {
			detail = "the server closed the connection";
		}
		return new ConnectorException(reason, path, what + ": " + oneLine(detail), e);
	}

	static String oneLine(String text) {
		if (text == null) {
			return "(no reply)";
		}
		return text.replace("\r", "").replace('\n', ' ').trim();
	}
}
