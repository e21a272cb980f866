package org.karma.engine.integrity;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.karma.connector.api.RelPath;

/**
 * One file of a manifest.
 *
 * @param root      index into the manifest's roots
 * @param path      path below that root
 * @param size      bytes
 * @param mtime     modification time as the connection reported it (may be null where a server has none)
 * @param checksums lower-case hex digest per algorithm
 */
public record ManifestFile(int root, RelPath path, long size, Instant mtime, Map<ChecksumAlgorithm, String> checksums) {

	public ManifestFile {
		Objects.requireNonNull(path, "path");
		if (root < 0) {
			throw new IllegalArgumentException("negative root index");
		}
		if (size < 0) {
			throw new IllegalArgumentException("negative size");
		}
		checksums = Checksums.of(checksums); // immutable, in algorithm order; not copied when it already is one
	}

	/** The checksum for the algorithm, or null when the manifest does not have it. */
	public String checksum(ChecksumAlgorithm algorithm) {
		return checksums.get(algorithm);
	}
}
