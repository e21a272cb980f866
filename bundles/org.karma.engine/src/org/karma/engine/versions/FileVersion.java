package org.karma.engine.versions;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import org.karma.connector.api.RelPath;

/**
 * One kept version of a file.
 *
 * @param original  the path of the file it was, relative to the endpoint's root
 * @param timestamp when it was archived (UTC, milliseconds)
 * @param counter   0, or n &gt; 0 when n other versions of the file were archived in the same
 *                  millisecond before it
 * @param path      where the version is stored, relative to the endpoint's root (inside the
 *                  versions folder)
 * @param size      bytes of content
 */
public record FileVersion(RelPath original, Instant timestamp, int counter, RelPath path, long size) {

	/** Newest first: by timestamp, then counter, descending; then by original path and version path. */
	public static final Comparator<FileVersion> NEWEST_FIRST = Comparator.comparing(FileVersion::timestamp)
			.thenComparingInt(FileVersion::counter).reversed().thenComparing(FileVersion::original)
			.thenComparing(FileVersion::path);

	/** Oldest first: the reverse of {@link #NEWEST_FIRST} in time, same tie-breaks on paths. */
	public static final Comparator<FileVersion> OLDEST_FIRST = Comparator.comparing(FileVersion::timestamp)
			.thenComparingInt(FileVersion::counter).thenComparing(FileVersion::original).thenComparing(FileVersion::path);

	public FileVersion {
		Objects.requireNonNull(original, "original");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(path, "path");
		if (counter < 0 || size < 0) {
			throw new IllegalArgumentException("negative counter or size");
		}
	}
}
