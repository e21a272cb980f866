package org.karma.connector.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What a connection can and cannot do, stated once so that the engine compares and plans
 * correctly (rclone's per-backend precision and features, as data).
 *
 * @param mtimePrecision      granularity of stored modification times ({@link Duration#ZERO}:
 *                            nanoseconds kept; null: the endpoint keeps no times)
 * @param mtimeWritable       whether a write can set the modification time ({@link WriteOptions#mtime()})
 * @param cheapHashes         hashes {@link Entry#hashes()} carries without reading content
 * @param caseSensitivity     how names are compared
 * @param nameRules           names that can be stored
 * @param emptyDirectories    whether empty directories exist on their own (object stores: no)
 * @param atomicReplace       whether a write replaces an existing file atomically (readers see
 *                            old or new, never a mix)
 * @param maxConcurrency      how many operations may run at the same time on this connection
 */
public record ConnectionFacts(Duration mtimePrecision, boolean mtimeWritable, Set<HashKind> cheapHashes,
		CaseSensitivity caseSensitivity, NameRules nameRules, boolean emptyDirectories, boolean atomicReplace,
		int maxConcurrency) {

	public ConnectionFacts {
		cheapHashes = Set.copyOf(cheapHashes);
		Objects.requireNonNull(caseSensitivity);
		Objects.requireNonNull(nameRules);
		if (maxConcurrency < 1) {
			throw new IllegalArgumentException("maxConcurrency must be at least 1");
		}
	}
}
