package org.karma.engine.integrity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.karma.connector.api.RelPath;

/**
 * What changed between two manifests of the same trees (two backups, or one tree at two times).
 * Roots are matched by URI; two single-root manifests are compared root to root whatever their
 * URIs (a backup that moved).
 */
public final class ManifestDiff {

	/** How a file differs between the old and the new manifest. */
	public enum Change {
		/** Only in the new manifest. */
		ADDED,
		/** Only in the old manifest. */
		REMOVED,
		/** Content changed, with size or time: an ordinary edit. */
		MODIFIED,
		/** Content changed while size and time stayed: bitrot in one of the two copies. */
		CORRUPTED,
		/** Same content, other time. */
		TOUCHED
	}

	/** One difference; {@code root} is the new manifest's root URI (the old one's for a removed root). */
	public record Difference(String root, RelPath path, Change change, String detail) {
		public Difference {
			Objects.requireNonNull(root);
			Objects.requireNonNull(path);
			Objects.requireNonNull(change);
		}
	}

	/** The differences in root and path order, and how many files were the same. */
	public record Result(List<Difference> differences, long unchanged, ChecksumAlgorithm comparedBy) {
		public Result {
			differences = List.copyOf(differences);
		}

		public Map<Change, Long> counts() {
			Map<Change, Long> counts = new EnumMap<>(Change.class);
			for (Change c : Change.values()) {
				counts.put(c, 0L);
			}
			for (Difference d : differences) {
				counts.merge(d.change(), 1L, Long::sum);
			}
			return counts;
		}
	}

	private ManifestDiff() {
	}

	/** @return the differences; {@code comparedBy} is null when the manifests share no checksum (sizes and times only) */
	public static Result diff(Manifest older, Manifest newer) {
		ChecksumAlgorithm by = null;
		for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
			if (older.algorithms().contains(a) && newer.algorithms().contains(a)) {
				by = a;
				break;
			}
		}
		int[] oldRootOf = matchRoots(older, newer);
		Map<Integer, Map<RelPath, ManifestFile>> oldFiles = new HashMap<>();
		for (ManifestFile f : older.files()) {
			oldFiles.computeIfAbsent(f.root(), r -> new HashMap<>()).put(f.path(), f);
		}
		List<Difference> differences = new ArrayList<>();
		long unchanged = 0;
		boolean[] oldRootUsed = new boolean[older.roots().size()];
		for (int root = 0; root < newer.roots().size(); root++) {
			if (oldRootOf[root] >= 0) {
				oldRootUsed[oldRootOf[root]] = true;
			}
		}
		for (ManifestFile now : newer.files()) {
			String rootUri = newer.roots().get(now.root()).uri();
			int oldRoot = oldRootOf[now.root()];
			ManifestFile was = oldRoot < 0 ? null : oldFiles.getOrDefault(oldRoot, Map.of()).remove(now.path());
			if (was == null) {
				differences.add(new Difference(rootUri, now.path(), Change.ADDED, now.size() + " bytes"));
				continue;
			}
			Difference d = compare(rootUri, was, now, by);
			if (d == null) {
				unchanged++;
			} else {
				differences.add(d);
			}
		}
		for (int root = 0; root < older.roots().size(); root++) {
			for (ManifestFile gone : oldFiles.getOrDefault(root, Map.of()).values()) {
				String rootUri = oldRootUsed[root] ? newRootUri(newer, oldRootOf, root) : older.roots().get(root).uri();
				differences.add(new Difference(rootUri, gone.path(), Change.REMOVED, gone.size() + " bytes"));
			}
		}
		differences.sort((a, b) -> {
			int c = a.root().compareTo(b.root());
			return c != 0 ? c : a.path().compareTo(b.path());
		});
		return new Result(differences, unchanged, by);
	}

	private static String newRootUri(Manifest newer, int[] oldRootOf, int oldRoot) {
		for (int r = 0; r < oldRootOf.length; r++) {
			if (oldRootOf[r] == oldRoot) {
				return newer.roots().get(r).uri();
			}
		}
		throw new IllegalStateException();
	}

	private static Difference compare(String root, ManifestFile was, ManifestFile now, ChecksumAlgorithm by) {
		boolean sameSize = was.size() == now.size();
		boolean sameTime = Objects.equals(was.mtime(), now.mtime());
		if (by == null) {
			if (sameSize && sameTime) {
				return null;
			}
			return new Difference(root, now.path(), Change.MODIFIED, describe(was, now) + " (no common checksum)");
		}
		boolean sameContent = Objects.equals(was.checksum(by), now.checksum(by));
		if (sameContent) {
			return sameTime ? null : new Difference(root, now.path(), Change.TOUCHED, "time " + was.mtime() + " → " + now.mtime());
		}
		if (sameSize && sameTime) {
			return new Difference(root, now.path(), Change.CORRUPTED, "content differs while size and time are the same ("
					+ by.key() + " " + ManifestVerifier.shortHex(was.checksum(by)) + "… → " + ManifestVerifier.shortHex(now.checksum(by)) + "…)");
		}
		return new Difference(root, now.path(), Change.MODIFIED, describe(was, now));
	}

	private static String describe(ManifestFile was, ManifestFile now) {
		List<String> parts = new ArrayList<>();
		if (was.size() != now.size()) {
			parts.add("size " + was.size() + " → " + now.size());
		}
		if (!Objects.equals(was.mtime(), now.mtime())) {
			parts.add("time " + was.mtime() + " → " + now.mtime());
		}
		return parts.isEmpty() ? "content changed" : "content changed: " + String.join(", ", parts);
	}

	/** For each root of the newer manifest, the index of the older manifest's root it is compared with, or -1. */
	private static int[] matchRoots(Manifest older, Manifest newer) {
		int[] match = new int[newer.roots().size()];
		if (older.roots().size() == 1 && newer.roots().size() == 1) {
			match[0] = 0;
			return match;
		}
		for (int r = 0; r < match.length; r++) {
			match[r] = -1;
			for (int o = 0; o < older.roots().size(); o++) {
				if (older.roots().get(o).uri().equals(newer.roots().get(r).uri())) {
					match[r] = o;
					break;
				}
			}
		}
		return match;
	}
}
