package org.karma.connector.dropbox.internal;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

import com.dropbox.core.AccessErrorException;
import com.dropbox.core.BadRequestException;
import com.dropbox.core.DbxApiException;
import com.dropbox.core.DbxException;
import com.dropbox.core.InvalidAccessTokenException;
import com.dropbox.core.NetworkIOException;
import com.dropbox.core.RateLimitException;
import com.dropbox.core.RetryException;
import com.dropbox.core.ServerException;
import com.dropbox.core.oauth.DbxOAuthException;
import com.dropbox.core.v2.files.LookupError;
import com.dropbox.core.v2.files.WriteConflictError;
import com.dropbox.core.v2.files.WriteError;

/** Maps the SDK's exceptions and the API's error unions to {@link ConnectorException}s (one line, no tokens). */
final class Errors {

	private Errors() {
	}

	/** A failed lookup (not_found, not_file, not_folder …). */
	static ConnectorException lookup(String doing, LookupError error, RelPath path) {
		Reason reason = switch (error.tag()) {
		case NOT_FOUND -> Reason.NOT_FOUND;
		case NOT_FILE, NOT_FOLDER -> Reason.WRONG_KIND;
		case MALFORMED_PATH -> Reason.NAME_NOT_REPRESENTABLE;
		case RESTRICTED_CONTENT, LOCKED -> Reason.PERMISSION_DENIED;
		case UNSUPPORTED_CONTENT_TYPE -> Reason.UNSUPPORTED;
		default -> Reason.FATAL;
		};
		return new ConnectorException(reason, path, doing + " " + path + ": " + tag(error.tag()));
	}

	/**
	 * A failed write. A conflict with a file is a failed precondition when the write had one
	 * ({@code conditional}), else (a file in the way of a folder, a file as an ancestor) the wrong kind.
	 */
	static ConnectorException write(String doing, WriteError error, RelPath path, boolean conditional) {
		Reason reason = switch (error.tag()) {
		case CONFLICT -> {
			WriteConflictError conflict = error.getConflictValue();
			if (conflict == WriteConflictError.FILE && conditional) {
				yield Reason.PRECONDITION_FAILED;
			}
			yield conflict == WriteConflictError.FILE ? Reason.ALREADY_EXISTS : Reason.WRONG_KIND;
		}
		case NO_WRITE_PERMISSION, TEAM_FOLDER, ACCESS_RESTRICTED -> Reason.PERMISSION_DENIED;
		case INSUFFICIENT_SPACE -> Reason.QUOTA;
		case DISALLOWED_NAME, MALFORMED_PATH -> Reason.NAME_NOT_REPRESENTABLE;
		case TOO_MANY_WRITE_OPERATIONS -> Reason.TRANSIENT;
		default -> Reason.FATAL;
		};
		String what = error.tag() == WriteError.Tag.CONFLICT ? "conflict with a " + tag(error.getConflictValue()) : tag(error.tag());
		return new ConnectorException(reason, path, doing + " " + path + ": " + what);
	}

	/** Everything else the SDK throws. */
	static ConnectorException of(String doing, DbxException e, RelPath path) {
		String where = doing + (path == null || path.isRoot() ? "" : " " + path);
		if (e instanceof InvalidAccessTokenException) {
			return new ConnectorException(Reason.AUTHENTICATION, path, where + ": Dropbox refused the access token"
					+ " (expired or revoked): store a new one with 'karma credentials set dropbox:/ --secret access_token'"
					+ " (or a refresh_token and app_key)", e);
		}
		if (e instanceof DbxOAuthException o) {
			String error = o.getDbxOAuthError() == null ? "unknown" : o.getDbxOAuthError().getError();
			String description = o.getDbxOAuthError() == null ? null : o.getDbxOAuthError().getErrorDescription();
			if (description != null && !description.isBlank()) {
				error += ": " + description.lines().findFirst().orElse("").strip();
			}
			return new ConnectorException(Reason.AUTHENTICATION, path, where + ": Dropbox refused the refresh token ("
					+ error + "): log in again with 'karma credentials login dropbox' (or store a new token with"
					+ " 'karma credentials set dropbox:/ --secret refresh_token')", e);
		}
		if (e instanceof RateLimitException r) {
			return new ConnectorException(Reason.TRANSIENT, path, where + ": Dropbox rate limit (retry after "
					+ r.getBackoffMillis() / 1000 + " s)", e);
		}
		if (e instanceof NetworkIOException n) {
			Throwable cause = n.getCause() == null ? n : n.getCause();
			return new ConnectorException(Reason.TRANSIENT, path, where + ": cannot reach Dropbox ("
					+ cause.getClass().getSimpleName() + ": " + firstLine(cause) + ")", e);
		}
		if (e instanceof RetryException || e instanceof ServerException) {
			return new ConnectorException(Reason.TRANSIENT, path, where + ": " + firstLine(e), e);
		}
		if (e instanceof AccessErrorException) {
			return new ConnectorException(Reason.PERMISSION_DENIED, path, where + ": access denied by Dropbox", e);
		}
		if (e instanceof BadRequestException) {
			return new ConnectorException(Reason.FATAL, path, where + ": Dropbox rejected the request: " + firstLine(e), e);
		}
		if (e instanceof DbxApiException) {
			return new ConnectorException(Reason.FATAL, path, where + ": " + firstLine(e), e);
		}
		return new ConnectorException(Reason.FATAL, path, where + ": " + firstLine(e), e);
	}

	private static String tag(Object tag) {
		return String.valueOf(tag).toLowerCase(java.util.Locale.ROOT);
	}

	private static String firstLine(Throwable e) {
		String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int nl = m.indexOf('\n');
		return nl < 0 ? m : m.substring(0, nl);
	}
}
