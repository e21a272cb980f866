package org.karma.connector.s3.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/** The retry strategy: a Retry-After is waited, at most 30 s; at most 8 attempts. */
class RetryAfterStrategyTest {

	private static final AwsServiceException TOO_MANY = (AwsServiceException) AwsServiceException.builder()
			.statusCode(429).message("Too Many Requests").build();

	private static RefreshRetryTokenResponse retry(RetryAfterStrategy strategy, RetryToken token, Duration retryAfter) {
		RefreshRetryTokenRequest.Builder request = RefreshRetryTokenRequest.builder().token(token).failure(TOO_MANY);
		if (retryAfter != null) {
			request.suggestedDelay(retryAfter);
		}
		return strategy.refreshRetryToken(request.build());
	}

	@Test
	void retryAfterIsWaitedUpToThirtySeconds() {
		// a backoff of 1 ms (5 ms when throttled): only the Retry-After explains longer waits
		RetryAfterStrategy strategy = new RetryAfterStrategy(Duration.ofMillis(1));
		RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("test")).token();
		RefreshRetryTokenResponse first = retry(strategy, token, Duration.ofSeconds(2));
		assertEquals(Duration.ofSeconds(2), first.delay());
		RefreshRetryTokenResponse second = retry(strategy, first.token(), Duration.ofSeconds(120));
		assertEquals(RetryAfterStrategy.MAX_WAIT, second.delay());
	}

	@Test
	void attemptsAreBounded() {
		RetryAfterStrategy strategy = new RetryAfterStrategy(Duration.ofMillis(1));
		RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("test")).token();
		for (int attempt = 2; attempt <= RetryAfterStrategy.ATTEMPTS; attempt++) {
			token = retry(strategy, token, null).token();
		}
		RetryToken last = token;
		assertThrows(TokenAcquisitionFailedException.class, () -> retry(strategy, last, null));
		assertEquals(8, strategy.maxAttempts());
	}
}
