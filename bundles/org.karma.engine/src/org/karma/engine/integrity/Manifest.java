package org.karma.engine.integrity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a tree (or several) held at one time: every file's size, time and checksums, and what could
 * not be read. Written and read by {@link ManifestJson}; files are in (root, path) order, so two runs
 * over the same trees give the same list whatever the number of threads.
 *
 * @param group      the name of the group of trees (for people and file names)
 * @param started    when the walk began
 * @param duration   how long walking and hashing took
 * @param host       the machine that made the manifest
 * @param algorithms the checksums every file has, in {@link ChecksumAlgorithm} order
 * @param signingKey fingerprint of the public key whose private half signs the manifest, or null when unsigned
 * @param roots      the trees
 * @param files      the files, sorted by root and path
 * @param errors     what could not be read, sorted by root and path
 */
public record Manifest(String group, Instant started, Duration duration, String host, List<ChecksumAlgorithm> algorithms,
		String signingKey, List<ManifestRoot> roots, List<ManifestFile> files, List<ManifestError> errors) {

	/** The version of the JSON layout this code writes; readers refuse newer ones. */
	public static final int FORMAT_VERSION = 1;

	public Manifest {
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(started, "started");
		duration = Duration.ofMillis(duration.toMillis()); // what the JSON keeps
		Objects.requireNonNull(host, "host");
		algorithms = List.copyOf(algorithms);
		if (algorithms.isEmpty()) {
			throw new IllegalArgumentException("a manifest needs at least one checksum algorithm");
		}
		roots = List.copyOf(roots);
		files = List.copyOf(files);
		errors = List.copyOf(errors);
	}

	public long totalFiles() {
		return files.size();
	}

	public long totalBytes() {
		long sum = 0;
		for (ManifestFile f : files) {
			sum += f.size();
		}
		return sum;
	}

	/** The algorithm verification uses: SHA-256 when the manifest has it. */
	public ChecksumAlgorithm strongest() {
		return algorithms.contains(ChecksumAlgorithm.SHA256) ? ChecksumAlgorithm.SHA256 : algorithms.get(0);
	}
}
