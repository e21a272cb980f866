package org.karma.engine.versions;

import java.util.Objects;

import org.karma.model.profile.VersioningPolicy;

/**
 * How long versions are kept: the engine's own copy of a profile's versioning policy, so retention
 * is decided without EMF objects.
 *
 * @param kind              the scheme
 * @param count             {@link Kind#KEEP_LAST}: versions kept per file (1 or more; ignored otherwise)
 * @param maxAgeDays        {@link Kind#BY_AGE}: versions older than this many days go (1 or more);
 *                          {@link Kind#STAGGERED}: the age after which versions go, 0 for no limit;
 *                          ignored otherwise
 * @param maxTotalSizeBytes once all versions in the archive take more than this, the oldest go
 *                          (whatever the kind); -1 for no limit
 */
public record RetentionSettings(Kind kind, int count, int maxAgeDays, long maxTotalSizeBytes) {

	/** Versioning schemes, as in the profile model. */
	public enum Kind {
		/** No new versions are made; existing ones are only pruned by the size limit. */
		NONE,
		/** The last {@code count} versions of each file. */
		KEEP_LAST,
		/** Versions younger than {@code maxAgeDays}. */
		BY_AGE,
		/** Ever sparser with age, like Syncthing's staggered versioning (see {@link Retention}). */
		STAGGERED
	}

	/** No size limit. */
	public static final long UNLIMITED = -1;

	public RetentionSettings {
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.KEEP_LAST && count < 1) {
			throw new IllegalArgumentException("KEEP_LAST needs a count of 1 or more, not " + count);
		}
		if (kind == Kind.BY_AGE && maxAgeDays < 1) {
			throw new IllegalArgumentException("BY_AGE needs a maximum age of 1 day or more, not " + maxAgeDays);
		}
		if (maxAgeDays < 0) {
			throw new IllegalArgumentException("negative maximum age " + maxAgeDays);
		}
		if (maxTotalSizeBytes < UNLIMITED) {
			throw new IllegalArgumentException("maximum total size must be -1 (no limit) or more, not " + maxTotalSizeBytes);
		}
	}

	public static RetentionSettings keepLast(int count) {
		return new RetentionSettings(Kind.KEEP_LAST, count, 0, UNLIMITED);
	}

	public static RetentionSettings byAge(int maxAgeDays) {
		return new RetentionSettings(Kind.BY_AGE, 0, maxAgeDays, UNLIMITED);
	}

	/** Staggered, with versions older than {@code maxAgeDays} removed (0: never by age). */
	public static RetentionSettings staggered(int maxAgeDays) {
		return new RetentionSettings(Kind.STAGGERED, 0, maxAgeDays, UNLIMITED);
	}

	public static RetentionSettings none() {
		return new RetentionSettings(Kind.NONE, 0, 0, UNLIMITED);
	}

	/** These settings with a limit on the archive's total size (-1: none). */
	public RetentionSettings withMaxTotalSizeBytes(long bytes) {
		return new RetentionSettings(kind, count, maxAgeDays, bytes);
	}

	/**
	 * The settings of a profile's policy. The model documents {@code maxAgeDays} for BY_AGE only
	 * (its default of 30 would empty STAGGERED's weekly bucket), so STAGGERED gets no age limit.
	 */
	public static RetentionSettings of(VersioningPolicy policy) {
		long cap = policy.isSetMaxTotalSizeBytes() ? policy.getMaxTotalSizeBytes() : UNLIMITED;
		return switch (policy.getKind()) {
		case NONE -> none().withMaxTotalSizeBytes(cap);
		case KEEP_LAST -> keepLast(policy.getCount()).withMaxTotalSizeBytes(cap);
		case BY_AGE -> byAge(policy.getMaxAgeDays()).withMaxTotalSizeBytes(cap);
		case STAGGERED -> staggered(0).withMaxTotalSizeBytes(cap);
		};
	}

	/** Whether new versions are made at all. */
	public boolean keepsVersions() {
		return kind != Kind.NONE;
	}
}
