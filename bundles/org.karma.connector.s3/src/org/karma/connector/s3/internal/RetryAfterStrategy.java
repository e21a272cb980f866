package org.karma.connector.s3.internal;

import java.time.Duration;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's standard retry strategy (AWS retryable errors, throttling included: 429, 503
 * SlowDown …) with a bounded {@code Retry-After}. The SDK reads a {@code Retry-After: <seconds>}
 * header of an error answer and hands it to the strategy as the suggested delay; the standard
 * strategy waits the longer of it and its own exponential backoff, while the legacy
 * {@code RetryPolicy} (used before) ignored it. A server's wait is capped at {@link #MAX_WAIT} here
 * so that one answer cannot hold a sync for hours; the number of attempts is bounded too.
 */
final class RetryAfterStrategy implements RetryStrategy {

	/** The longest wait for one retry, whatever the server asks. */
	static final Duration MAX_WAIT = Duration.ofSeconds(30);
	/** Attempts per request (the SDK's default is 3). */
	static final int ATTEMPTS = 8;

	private final RetryStrategy delegate;

	/**
	 * @param baseDelay first backoff step, doubled per attempt (with jitter) up to 20 s; throttling
	 *                  answers start at five times it
	 */
	RetryAfterStrategy(Duration baseDelay) {
		Duration max = Duration.ofSeconds(20);
		this.delegate = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(ATTEMPTS)
				.backoffStrategy(BackoffStrategy.exponentialDelay(baseDelay, max))
				.throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(baseDelay.multipliedBy(5), max))
				// throttling is what this strategy waits out; no client-wide circuit breaker on top
				.circuitBreakerEnabled(false).build();
	}

	@Override
	public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
		return delegate.acquireInitialToken(request);
	}

	@Override
	public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
		if (request.suggestedDelay().isPresent() && request.suggestedDelay().get().compareTo(MAX_WAIT) > 0) {
			request = request.toBuilder().suggestedDelay(MAX_WAIT).build();
		}
		return delegate.refreshRetryToken(request);
	}

	@Override
	public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
		return delegate.recordSuccess(request);
	}

	@Override
	public int maxAttempts() {
		return delegate.maxAttempts();
	}

	@Override
	public Builder<?, ?> toBuilder() {
		return delegate.toBuilder();
	}

	@Override
	public void close() {
		delegate.close();
	}
}
