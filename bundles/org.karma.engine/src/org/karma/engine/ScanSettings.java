package org.karma.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

import org.karma.connector.api.HashKind;
import org.karma.connector.api.RelPath;

/**
 * What a {@link Scanner} takes in and how hard it works.
 *
 * @param takesPart   which paths take part (normally {@code PlanSettings::takesPart}); an excluded
 *                    folder is not entered
 * @param minSize     files smaller than this many bytes are left out; null: no limit
 * @param maxSize     files larger than this many bytes are left out; null: no limit
 * @param maxAge      files last modified longer ago than this (by {@code clock}) are left out;
 *                    null: no limit; files without a time are kept
 * @param clock       the time for {@code maxAge}
 * @param hashKind    null unless the comparison is by checksum: then every file gets a hash of this kind
 * @param parallelism threads listing and hashing at once (capped by the connection's maxConcurrency)
 * @param retries     how often a TRANSIENT (retryable) failure is tried again
 * @param backoff     the wait before the first retry; doubled for each further one
 * @param sleeper     how the scanner waits between retries (tests pass one that does not sleep)
 */
public record ScanSettings(Predicate<RelPath> takesPart, Long minSize, Long maxSize, Duration maxAge, Clock clock,
		HashKind hashKind, int parallelism, int retries, Duration backoff, Sleeper sleeper) {

	/** Waits between retries. */
	@FunctionalInterface
	public interface Sleeper {
		void sleep(Duration duration) throws InterruptedException;
	}

	public ScanSettings {
		Objects.requireNonNull(takesPart, "takesPart");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(backoff, "backoff");
		Objects.requireNonNull(sleeper, "sleeper");
		if (parallelism < 1) {
			throw new IllegalArgumentException("parallelism must be at least 1");
		}
		if (retries < 0) {
			throw new IllegalArgumentException("retries must not be negative");
		}
	}

	/** No limits, no hashes, 4 threads, 3 retries from 500 ms, the system clock, real sleeping. */
	public static ScanSettings of(Predicate<RelPath> takesPart) {
		return new ScanSettings(takesPart, null, null, null, Clock.systemUTC(), null, 4, 3, Duration.ofMillis(500),
				d -> Thread.sleep(d.toMillis()));
	}

	public ScanSettings withSizeLimits(Long min, Long max) {
		return new ScanSettings(takesPart, min, max, maxAge, clock, hashKind, parallelism, retries, backoff, sleeper);
	}

	public ScanSettings withMaxAge(Duration age, Clock c) {
		return new ScanSettings(takesPart, minSize, maxSize, age, c, hashKind, parallelism, retries, backoff, sleeper);
	}

	public ScanSettings withHashKind(HashKind kind) {
		return new ScanSettings(takesPart, minSize, maxSize, maxAge, clock, kind, parallelism, retries, backoff, sleeper);
	}

	public ScanSettings withParallelism(int threads) {
		return new ScanSettings(takesPart, minSize, maxSize, maxAge, clock, hashKind, threads, retries, backoff, sleeper);
	}

	public ScanSettings withRetries(int count, Duration firstBackoff, Sleeper s) {
		return new ScanSettings(takesPart, minSize, maxSize, maxAge, clock, hashKind, parallelism, count, firstBackoff, s);
	}
}
