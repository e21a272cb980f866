package org.karma.app.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;
import org.karma.model.profile.HashAlgorithm;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;

/**
 * The profile flags shared by {@code profile add} and ad-hoc {@code sync}: --mode, --conflict,
 * --checksum, --versions, --exclude, --include.
 */
final class ProfileOptions {

	private static final Map<String, Direction> MODES = Map.of("mirror", Direction.MIRROR, "update", Direction.UPDATE,
			"two-way", Direction.TWO_WAY);
	private static final Map<String, ConflictPolicy> CONFLICTS = Map.of("keep-both", ConflictPolicy.KEEP_BOTH, "newer",
			ConflictPolicy.NEWER_WINS, "left", ConflictPolicy.LEFT_WINS, "right", ConflictPolicy.RIGHT_WINS, "skip",
			ConflictPolicy.SKIP);
	private static final Map<String, HashAlgorithm> CHECKSUMS = Map.of("sha256", HashAlgorithm.SHA256, "md5",
			HashAlgorithm.MD5);

	/** The integrity options of {@code profile add} and {@code profile set} that take a value. */
	static final Set<String> INTEGRITY_VALUES = Set.of("scrub-days", "keep-manifests");
	/** The integrity flags of {@code profile add} and {@code profile set}. */
	static final Set<String> INTEGRITY_FLAGS = Set.of("manifest-after-sync", "no-manifest-after-sync");

	private ProfileOptions() {
	}

	/**
	 * Applies --manifest-after-sync / --no-manifest-after-sync, --scrub-days and --keep-manifests;
	 * the ranges are checked by the profile validator when the profile is saved.
	 *
	 * @return whether any of them was given
	 */
	static boolean applyIntegrity(Args args, SyncProfile profile) throws UsageException {
		boolean on = args.flag("manifest-after-sync");
		boolean off = args.flag("no-manifest-after-sync");
		if (on && off) {
			throw new UsageException("--manifest-after-sync and --no-manifest-after-sync contradict each other; give one");
		}
		if (on || off) {
			profile.getIntegrity().setManifestAfterSync(on);
		}
		String scrub = args.one("scrub-days");
		if (scrub != null) {
			profile.getIntegrity().setScrubIntervalDays(number("--scrub-days", scrub, "of days between scrubs (0 = never)"));
		}
		String keep = args.one("keep-manifests");
		if (keep != null) {
			profile.getIntegrity().setManifestsToKeep(number("--keep-manifests", keep, "of manifests to keep (1 to 1000)"));
		}
		return on || off || scrub != null || keep != null;
	}

	/** Applies the shared flags present in {@code args} to the profile. */
	static void apply(Args args, SyncProfile profile) throws UsageException {
		String mode = args.one("mode");
		if (mode != null) {
			profile.setDirection(choose("--mode", mode, MODES));
		}
		String conflict = args.one("conflict");
		if (conflict != null) {
			profile.setConflictPolicy(choose("--conflict", conflict, CONFLICTS));
		}
		String checksum = args.one("checksum");
		if (checksum != null) {
			profile.getComparison().setMethod(ComparisonMethod.CHECKSUM);
			profile.getComparison().setChecksumAlgorithm(choose("--checksum", checksum, CHECKSUMS));
		}
		profile.getFilter().getIncludes().addAll(args.all("include"));
		profile.getFilter().getExcludes().addAll(args.all("exclude"));
		String versions = args.one("versions");
		if (versions != null) {
			int count = number("--versions", versions, "(0 keeps no versions)");
			if (count == 0) {
				profile.getVersioning().setKind(VersioningKind.NONE);
			} else {
				profile.getVersioning().setKind(VersioningKind.KEEP_LAST);
				profile.getVersioning().setCount(count);
			}
		}
	}

	static int number(String option, String value, String hint) throws UsageException {
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(option + " must be a whole number " + hint + ", got '" + value + "'");
		}
	}

	private static <T> T choose(String option, String value, Map<String, T> choices) throws UsageException {
		T chosen = choices.get(value.strip().toLowerCase(Locale.ROOT));
		if (chosen == null) {
			throw new UsageException("unknown " + option + " '" + value + "'; use "
					+ String.join(", ", choices.keySet().stream().sorted().toList()));
		}
		return chosen;
	}
}
