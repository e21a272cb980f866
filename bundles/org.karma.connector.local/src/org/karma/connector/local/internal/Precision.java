package org.karma.connector.local.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Modification time granularity: truncation to it, and recognising it from a probe. */
final class Precision {

	/** Granularities a file system may have, finest first (ZERO: nanoseconds). */
	static final List<Duration> CANDIDATES = List.of(Duration.ZERO, Duration.ofNanos(100), Duration.ofNanos(1000),
			Duration.ofMillis(1), Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(2));

	/** The time written by the probe: an odd second with nine significant fraction digits. */
	static final Instant PROBE_TIME = Instant.ofEpochSecond(1_000_000_001L, 123_456_789);

	private Precision() {
	}

	/** {@code t} rounded down to a multiple of {@code precision} (ZERO or null: unchanged). */
	static Instant truncate(Instant t, Duration precision) {
		if (t == null || precision == null || precision.isZero()) {
			return t;
		}
		if (precision.getSeconds() == 0) {
			long step = precision.getNano();
			int nanos = t.getNano();
			return Instant.ofEpochSecond(t.getEpochSecond(), nanos - nanos % step);
		}
		long step = precision.getSeconds();
		long seconds = t.getEpochSecond();
		return Instant.ofEpochSecond(seconds - Math.floorMod(seconds, step));
	}

	/**
	 * The granularity that explains reading {@code got} back after writing {@code written}: the
	 * finest candidate that truncates to it exactly; else (a file system that rounds) the coarsest
	 * candidate that {@code got} is a multiple of and whose step covers the difference (coarser is
	 * the safe side: times are then compared more leniently); else 2 s.
	 */
	static Duration recognise(Instant written, Instant got) {
		for (Duration d : CANDIDATES) {
			if (truncate(written, d).equals(got)) {
				return d;
			}
		}
		Duration error = Duration.between(written, got).abs();
		for (int i = CANDIDATES.size() - 1; i > 0; i--) {
			Duration d = CANDIDATES.get(i);
			if (truncate(got, d).equals(got) && error.compareTo(d) < 0) {
				return d;
			}
		}
		return Duration.ofSeconds(2);
	}
}
