package org.karma.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One integrity manifest made, verified or compared with another, as recorded in the history.
 *
 * @param id            the record id (0 before it is recorded)
 * @param kind          what was done
 * @param profile       the profile whose sync or scrub did it; empty for {@code karma check} runs
 * @param group         the manifest's group name
 * @param manifest      the manifest file (the newer one for a diff)
 * @param otherManifest the older manifest of a diff
 * @param roots         the trees (endpoints as given)
 * @param start         when it started
 * @param end           when it ended
 * @param status        how it ended
 * @param signature     what is known of the signature: {@code signed by KEY}, {@code verified (KEY)}, {@code unsigned}, or why it failed
 * @param files         files in the manifest
 * @param bytes         their bytes (made) or bytes read to compare (verified)
 * @param tally         how many files were OK, missing, new, modified, corrupted, unreadable (verify and diff)
 * @param errors        files that could not be read while making the manifest
 * @param note          a remark, e.g. why it failed
 */
public record IntegrityCheck(long id, Kind kind, Optional<String> profile, String group, String manifest,
		Optional<String> otherManifest, List<String> roots, Instant start, Instant end, Status status, String signature,
		long files, long bytes, Tally tally, long errors, Optional<String> note) {

	public enum Kind {
		CREATE, VERIFY, DIFF
	}

	public enum Status {
		/** Made, or everything matched. */
		OK,
		/** Verified or compared: some files are not as in the manifest. */
		FINDINGS,
		/** Made, but some files could not be read. */
		ERRORS,
		/** The signature did not verify: nothing else was trusted. */
		SIGNATURE_FAILED,
		/** Could not be done (a tree could not be listed, a file could not be written). */
		FAILED,
		CANCELLED
	}

	/** Counts per verification status (for a diff: ADDED as added, REMOVED as missing, TOUCHED as ok). */
	public record Tally(long ok, long missing, long added, long modified, long corrupted, long unreadable) {
		public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);
	}

	public IntegrityCheck {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(profile);
		Objects.requireNonNull(group);
		Objects.requireNonNull(manifest);
		Objects.requireNonNull(otherManifest);
		roots = List.copyOf(roots);
		Objects.requireNonNull(start);
		Objects.requireNonNull(end);
		Objects.requireNonNull(status);
		Objects.requireNonNull(signature);
		Objects.requireNonNull(tally);
		Objects.requireNonNull(note);
	}

	public IntegrityCheck withId(long newId) {
		return new IntegrityCheck(newId, kind, profile, group, manifest, otherManifest, roots, start, end, status, signature,
				files, bytes, tally, errors, note);
	}

	/**
	 * A file that is not as the manifest says (verify) or differs between two manifests (diff).
	 *
	 * @param root   the tree's endpoint
	 * @param status MISSING, NEW, MODIFIED, CORRUPTED, UNREADABLE; for a diff ADDED, REMOVED, MODIFIED, CORRUPTED, TOUCHED
	 */
	public record Finding(String root, String path, String status, String detail) {
	}
}
