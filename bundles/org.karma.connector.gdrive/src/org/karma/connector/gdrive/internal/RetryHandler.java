package org.karma.connector.gdrive.internal;

import java.io.IOException;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import com.google.api.client.util.Sleeper;

/**
 * One request's handler of unsuccessful answers: 401 goes to the credential (which refreshes the
 * access token once), 429 and 5xx are tried again after the server's {@code Retry-After} (seconds,
 * at most 60) or else after 1, 2, 4 … s, at most {@code maxRetries} times.
 */
final class RetryHandler implements HttpUnsuccessfulResponseHandler {
	static final long MAX_WAIT_MILLIS = 60_000;

	private final Credential credential;
	private final Sleeper sleeper;
	private final int maxRetries;
	private int retries;

	RetryHandler(Credential credential, Sleeper sleeper, int maxRetries) {
		this.credential = credential;
		this.sleeper = sleeper;
		this.maxRetries = maxRetries;
	}

	@Override
	public boolean handleResponse(HttpRequest request, HttpResponse response, boolean supportsRetry) throws IOException {
		int status = response.getStatusCode();
		if (status == 401) {
			return credential.handleResponse(request, response, supportsRetry);
		}
		if (!supportsRetry || retries >= maxRetries || !(status == 429 || status >= 500 && status <= 504)) {
			return false;
		}
		long wait = waitMillis(response.getHeaders().getFirstHeaderStringValue("Retry-After"), retries);
		retries++;
		try {
			sleeper.sleep(wait);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		return true;
	}

	/** The pause before retry number {@code attempt} (0-based): Retry-After seconds if given, else 2^attempt s. */
	static long waitMillis(String retryAfter, int attempt) {
		if (retryAfter != null) {
			try {
				long seconds = Long.parseLong(retryAfter.trim());
				return Math.min(MAX_WAIT_MILLIS, Math.max(0, seconds) * 1000);
			} catch (NumberFormatException e) {
				// an HTTP date: fall back to the growing pause
			}
		}
		return Math.min(MAX_WAIT_MILLIS, 1000L << Math.min(attempt, 6));
	}
}
