package org.karma.connector.smb.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

import jcifs.CIFSException;
import jcifs.smb.NtStatus;
import jcifs.smb.SmbAuthException;
import jcifs.smb.SmbException;
import jcifs.util.transport.TransportException;

/** Maps jCIFS failures (NT status codes, transport errors) to {@link ConnectorException} reasons. */
final class Errors {

	static final int STATUS_DISK_FULL = 0xC000007F;
	static final int STATUS_QUOTA_EXCEEDED = 0xC0000044;
	static final int STATUS_DIRECTORY_NOT_EMPTY = 0xC0000101;
	static final int STATUS_DELETE_PENDING = 0xC0000056;
	static final int STATUS_NOT_SAME_DEVICE = 0xC00000D4;
	static final int STATUS_FILE_CLOSED = 0xC0000128;
	static final int STATUS_NETWORK_NAME_DELETED = 0xC00000C9;
	static final int STATUS_CONNECTION_DISCONNECTED = 0xC000020C;
	static final int STATUS_CONNECTION_RESET = 0xC000020D;

	private Errors() {
	}

	/** The reason of an NT status code, or null when the code says nothing specific. */
	static Reason reasonOf(int status) {
		switch (status) {
		case NtStatus.NT_STATUS_LOGON_FAILURE:
		case NtStatus.NT_STATUS_WRONG_PASSWORD:
		case NtStatus.NT_STATUS_ACCOUNT_RESTRICTION:
		case NtStatus.NT_STATUS_INVALID_LOGON_HOURS:
		case NtStatus.NT_STATUS_PASSWORD_EXPIRED:
		case NtStatus.NT_STATUS_ACCOUNT_DISABLED:
		case NtStatus.NT_STATUS_LOGON_TYPE_NOT_GRANTED:
		case NtStatus.NT_STATUS_PASSWORD_MUST_CHANGE:
		case NtStatus.NT_STATUS_ACCOUNT_LOCKED_OUT:
			return Reason.AUTHENTICATION;
		case NtStatus.NT_STATUS_ACCESS_DENIED:
		case NtStatus.NT_STATUS_NETWORK_ACCESS_DENIED:
			return Reason.PERMISSION_DENIED;
		case NtStatus.NT_STATUS_OBJECT_NAME_NOT_FOUND:
		case NtStatus.NT_STATUS_OBJECT_PATH_NOT_FOUND:
		case NtStatus.NT_STATUS_BAD_NETWORK_NAME:
		case NtStatus.NT_STATUS_NO_SUCH_FILE:
			return Reason.NOT_FOUND;
		case NtStatus.NT_STATUS_OBJECT_NAME_COLLISION:
			return Reason.ALREADY_EXISTS;
		case NtStatus.NT_STATUS_FILE_IS_A_DIRECTORY:
		case NtStatus.NT_STATUS_NOT_A_DIRECTORY:
			return Reason.WRONG_KIND;
		case STATUS_DIRECTORY_NOT_EMPTY:
			return Reason.NOT_EMPTY;
		case STATUS_DISK_FULL:
		case STATUS_QUOTA_EXCEEDED:
			return Reason.QUOTA;
		case NtStatus.NT_STATUS_OBJECT_NAME_INVALID:
		case NtStatus.NT_STATUS_OBJECT_PATH_INVALID:
			return Reason.NAME_NOT_REPRESENTABLE;
		case NtStatus.NT_STATUS_SHARING_VIOLATION:
		case STATUS_DELETE_PENDING:
			return Reason.TRANSIENT;
		case STATUS_NOT_SAME_DEVICE:
			return Reason.UNSUPPORTED;
		default:
			return null;
		}
	}

	/** The exception for a failed call: {@code what} says what was done ("reading 'a/b'"). */
	static ConnectorException of(String what, IOException e, RelPath path, SmbLocation location) {
		if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
			return new ConnectorException(Reason.CANCELLED, path, what + ": interrupted", e);
		}
		// jCIFS throws SmbAuthException for ACCESS_DENIED on files too: that one is a permission problem
		if (e instanceof SmbException s && reasonOf(s.getNtStatus()) == Reason.AUTHENTICATION
				|| e instanceof SmbAuthException a && reasonOf(a.getNtStatus()) != Reason.PERMISSION_DENIED) {
			return new ConnectorException(Reason.AUTHENTICATION, path,
					"login as '" + (location.user() == null ? "(guest)" : location.user()) + "' on " + location.hostAndPort()
							+ " failed: wrong user name, password or domain (" + statusText(e) + ")", e);
		}
		Throwable network = networkCause(e);
		if (network != null) {
			return new ConnectorException(Reason.TRANSIENT, path, what + ": " + networkText(network, location), e);
		}
		if (e instanceof SmbException s) {
			Reason reason = reasonOf(s.getNtStatus());
			if (reason == Reason.QUOTA) {
				return new ConnectorException(reason, path, what + ": the server's disk is full or the quota is used up ("
						+ statusText(e) + ")", e);
			}
			if (reason == Reason.NOT_FOUND && s.getNtStatus() == NtStatus.NT_STATUS_BAD_NETWORK_NAME) {
				return new ConnectorException(reason, path, what + ": share '" + location.share() + "' does not exist on "
						+ location.hostAndPort(), e);
			}
			if (reason != null) {
				return new ConnectorException(reason, path, what + ": " + statusText(e), e);
			}
		}
		return new ConnectorException(Reason.FATAL, path, what + ": " + statusText(e), e);
	}

	/** The network failure under an exception (connection refused, reset, closed, timeout), or null. */
	static Throwable networkCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SocketException || t instanceof EOFException || t instanceof SocketTimeoutException
					|| t instanceof UnknownHostException || t instanceof TransportException) {
				return t;
			}
			if (t instanceof SmbException s && s.getRootCause() != null && s.getRootCause() != t
					&& networkCause(s.getRootCause()) != null) {
				return networkCause(s.getRootCause());
			}
			if (t instanceof SmbException s && (s.getNtStatus() == NtStatus.NT_STATUS_INVALID_HANDLE
					|| s.getNtStatus() == STATUS_FILE_CLOSED || s.getNtStatus() == STATUS_NETWORK_NAME_DELETED
					|| s.getNtStatus() == STATUS_CONNECTION_DISCONNECTED || s.getNtStatus() == STATUS_CONNECTION_RESET)) {
				return t; // the handle or tree belonged to a session that was lost
			}
			if (t instanceof CIFSException && t.getMessage() != null
					&& (t.getMessage().contains("Transport") && t.getMessage().contains("closed")
							|| t.getMessage().startsWith("Failed to connect")
							// jCIFS: a file handle of a session that was lost (the connection was cut and renewed)
							|| t.getMessage().contains("Descriptor is no longer valid"))) {
				return t;
			}
		}
		return null;
	}

	private static String networkText(Throwable t, SmbLocation location) {
		if (t instanceof UnknownHostException) {
			return "unknown host " + location.host();
		}
		if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
			return "cannot reach the server " + location.hostAndPort() + " (" + oneLine(t.getMessage()) + ")";
		}
		if (t instanceof SocketTimeoutException) {
			return "the server " + location.hostAndPort() + " did not answer in time";
		}
		if (t.getMessage() != null && t.getMessage().contains("Descriptor is no longer valid")) {
			return "the connection to " + location.hostAndPort() + " was lost during the transfer";
		}
		return "the connection to " + location.hostAndPort() + " failed (" + oneLine(t.getMessage() == null
				? t.getClass().getSimpleName() : t.getMessage()) + ")";
	}

	static String statusText(IOException e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		if (e instanceof SmbException s && s.getNtStatus() != 0 && s.getNtStatus() != NtStatus.NT_STATUS_UNSUCCESSFUL) {
			return oneLine(message) + String.format(" [0x%08X]", s.getNtStatus());
		}
		return oneLine(message);
	}

	static String oneLine(String text) {
		if (text == null) {
			return "(no detail)";
		}
		return text.replace("\r", "").replace('\n', ' ').trim();
	}
}
