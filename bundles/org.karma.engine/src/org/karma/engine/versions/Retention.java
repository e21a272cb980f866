package org.karma.engine.versions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.karma.connector.api.RelPath;

/**
 * Which versions retention drops: a pure function of the settings, the versions and the current
 * instant (no I/O, no clock of its own).
 *
 * <ol>
 * <li>By kind, per file: KEEP_LAST keeps the newest {@code count}; BY_AGE drops versions older than
 * {@code maxAgeDays} (exactly that old is kept); STAGGERED works like Syncthing's staggered
 * versioning (below); NONE drops nothing here.</li>
 * <li>Then the size limit over the whole archive: while the versions left take more than
 * {@code maxTotalSizeBytes}, the oldest goes.</li>
 * </ol>
 *
 * <p>STAGGERED, per file: versions older than the maximum age (if set) go. The others are walked
 * oldest first; the oldest is kept, and each newer one is kept only if it is at least one step
 * younger than the last kept one, the step depending on the newer version's age: 30 s within the
 * last hour, 1 h within the last day, 1 day within the last 30 days, 1 week beyond. So a file
 * keeps about one version per 30 s for the last hour, one per hour for the last day, one per day
 * for the last month and one per week before that.
 */
public final class Retention {

	/** One staggered interval: versions younger than {@code end} are kept at most one per {@code step}. */
	record Interval(Duration step, Duration end) {
	}

	/** Syncthing's intervals (the last one ends at the maximum age, or never). */
	static final List<Interval> STAGGERED_INTERVALS = List.of(new Interval(Duration.ofSeconds(30), Duration.ofHours(1)),
			new Interval(Duration.ofHours(1), Duration.ofDays(1)), new Interval(Duration.ofDays(1), Duration.ofDays(30)),
			new Interval(Duration.ofDays(7), null));

	private Retention() {
	}

	/** The versions to drop, oldest first. */
	public static List<FileVersion> toRemove(RetentionSettings settings, Collection<FileVersion> versions, Instant now) {
		Map<RelPath, List<FileVersion>> byFile = new TreeMap<>();
		for (FileVersion v : versions) {
			byFile.computeIfAbsent(v.original(), k -> new ArrayList<>()).add(v);
		}
		Set<FileVersion> remove = new LinkedHashSet<>();
		for (List<FileVersion> file : byFile.values()) {
			file.sort(FileVersion.OLDEST_FIRST);
			switch (settings.kind()) {
			case NONE -> {
			}
			case KEEP_LAST -> remove.addAll(file.subList(0, Math.max(0, file.size() - settings.count())));
			case BY_AGE -> {
				Instant limit = now.minus(Duration.ofDays(settings.maxAgeDays()));
				file.stream().filter(v -> v.timestamp().isBefore(limit)).forEach(remove::add);
			}
			case STAGGERED -> remove.addAll(staggered(file, now, settings.maxAgeDays()));
			}
		}
		if (settings.maxTotalSizeBytes() != RetentionSettings.UNLIMITED) {
			List<FileVersion> left = new ArrayList<>(versions);
			left.removeAll(remove);
			left.sort(FileVersion.OLDEST_FIRST);
			long total = left.stream().mapToLong(FileVersion::size).sum();
			for (int i = 0; i < left.size() && total > settings.maxTotalSizeBytes(); i++) {
				remove.add(left.get(i));
				total -= left.get(i).size();
			}
		}
		List<FileVersion> result = new ArrayList<>(remove);
		result.sort(FileVersion.OLDEST_FIRST);
		return result;
	}

	/** The versions of one file (sorted oldest first) that staggered retention drops. */
	private static List<FileVersion> staggered(List<FileVersion> oldestFirst, Instant now, int maxAgeDays) {
		Duration maxAge = maxAgeDays == 0 ? null : Duration.ofDays(maxAgeDays);
		List<FileVersion> remove = new ArrayList<>();
		Duration lastKeptAge = null;
		for (FileVersion v : oldestFirst) {
			Duration age = Duration.between(v.timestamp(), now);
			if (maxAge != null && age.compareTo(maxAge) > 0) {
				remove.add(v);
				continue;
			}
			if (lastKeptAge == null) {
				lastKeptAge = age;
				continue;
			}
			Interval interval = STAGGERED_INTERVALS.get(STAGGERED_INTERVALS.size() - 1);
			for (Interval i : STAGGERED_INTERVALS) {
				if (i.end() != null && age.compareTo(i.end()) < 0) {
					interval = i;
					break;
				}
			}
			if (lastKeptAge.minus(age).compareTo(interval.step()) < 0) {
				remove.add(v);
			} else {
				lastKeptAge = age;
			}
		}
		return remove;
	}
}
