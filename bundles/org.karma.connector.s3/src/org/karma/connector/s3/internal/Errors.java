package org.karma.connector.s3.internal;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Maps SDK exceptions to {@link ConnectorException}s with one-line messages (never a key or a secret). */
final class Errors {

	private Errors() {
	}

	static ConnectorException map(SdkException e, String doing, RelPath path) {
		if (e instanceof AwsServiceException service) {
			int status = service.statusCode();
			String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
			String what = doing + ": " + (code == null ? "HTTP " + status : code + " (HTTP " + status + ")");
			Reason reason;
			if (status == 404) {
				reason = Reason.NOT_FOUND;
			} else if (status == 412 || (status == 409 && "ConditionalRequestConflict".equals(code))) {
				reason = Reason.PRECONDITION_FAILED;
			} else if ("InvalidAccessKeyId".equals(code) || "SignatureDoesNotMatch".equals(code)
					|| "ExpiredToken".equals(code) || "InvalidToken".equals(code) || status == 401) {
				reason = Reason.AUTHENTICATION;
			} else if (status == 403) {
				reason = Reason.PERMISSION_DENIED;
			} else if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504
					|| "SlowDown".equals(code) || "RequestTimeout".equals(code)) {
				reason = Reason.TRANSIENT;
			} else if ("KeyTooLongError".equals(code)) {
				reason = Reason.NAME_NOT_REPRESENTABLE;
			} else if ("QuotaExceeded".equals(code) || "EntityTooLarge".equals(code)) {
				reason = Reason.QUOTA;
			} else if (status == 501) {
				reason = Reason.UNSUPPORTED;
			} else {
				reason = Reason.FATAL;
			}
			return new ConnectorException(reason, path, what, e);
		}
		if (e instanceof AbortedException) {
			return new ConnectorException(Reason.CANCELLED, path, doing + ": interrupted", e);
		}
		if (e instanceof SdkClientException) {
			return new ConnectorException(Reason.TRANSIENT, path,
					doing + ": " + S3ConnectorFactory.oneLine(e.getMessage()), e);
		}
		return new ConnectorException(Reason.FATAL, path, doing + ": " + S3ConnectorFactory.oneLine(e.getMessage()), e);
	}
}
