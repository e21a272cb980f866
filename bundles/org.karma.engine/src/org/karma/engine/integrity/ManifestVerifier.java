package org.karma.engine.integrity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;
import org.karma.engine.FileState;
import org.karma.engine.ScanProblem;
import org.karma.engine.Snapshot;

/**
 * Compares trees with a manifest made of them earlier. Files whose size and time still match are
 * read and hashed: different content under an unchanged size and time is {@link Status#CORRUPTED}
 * (bitrot, or a tool that restored the time), while a changed size or time is an ordinary edit,
 * {@link Status#MODIFIED}, and is not read.
 */
public final class ManifestVerifier {

	/** What became of a file. */
	public enum Status {
		/** Same size, time and content. */
		OK,
		/** In the manifest, gone from the tree. */
		MISSING,
		/** In the tree, not in the manifest. */
		NEW,
		/** Size or time changed: an ordinary edit. */
		MODIFIED,
		/** Content changed while size and time did not: bitrot or tampering. */
		CORRUPTED,
		/** Could not be read now. */
		UNREADABLE
	}

	/** One file that is not OK, with what was found, for people. */
	public record Finding(int root, RelPath path, Status status, String detail) {
	}

	/**
	 * The outcome: every file that is not OK, and the count of each status (OK included).
	 *
	 * @param bytesHashed what was read to compare content
	 */
	public record Report(List<Finding> findings, Map<Status, Long> counts, long bytesHashed, Duration duration) {

		public Report {
			findings = List.copyOf(findings);
			EnumMap<Status, Long> copy = new EnumMap<>(Status.class);
			for (Status s : Status.values()) {
				copy.put(s, counts.getOrDefault(s, 0L));
			}
			counts = java.util.Collections.unmodifiableMap(copy);
		}

		public long count(Status status) {
			return counts.get(status);
		}

		/** Whether everything matched: no finding at all. */
		public boolean clean() {
			return findings.isEmpty();
		}
	}

	private final int threads;

	public ManifestVerifier(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
		this.threads = threads;
	}

	/**
	 * @param connections one open connection per root of the manifest, in its order
	 * @throws ConnectorException when a tree cannot be listed at all, or CANCELLED
	 */
	public Report verify(Manifest manifest, List<Connection> connections, IProgressMonitor monitor)
			throws ConnectorException {
		try {
			return doVerify(manifest, connections, monitor);
		} catch (OperationCanceledException e) {
			throw new ConnectorException(Reason.CANCELLED, RelPath.ROOT, "cancelled");
		}
	}

	private Report doVerify(Manifest manifest, List<Connection> connections, IProgressMonitor monitor)
			throws ConnectorException {
		if (connections.size() != manifest.roots().size()) {
			throw new IllegalArgumentException(
					"the manifest has " + manifest.roots().size() + " roots, " + connections.size() + " connections given");
		}
		long startNanos = System.nanoTime();
		SubMonitor sub = SubMonitor.convert(monitor, "Verifying " + manifest.group(), 100);
		List<Finding> findings = new ArrayList<>();
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		ChecksumAlgorithm algorithm = manifest.strongest();
		List<ParallelHasher.Task> tasks = new ArrayList<>();
		List<ManifestFile> expected = new ArrayList<>();
		SubMonitor listing = sub.split(10).setWorkRemaining(connections.size());
		int fileIndex = 0;
		List<ManifestFile> files = manifest.files();
		for (int root = 0; root < connections.size(); root++) {
			Connection connection = connections.get(root);
			String uri = manifest.roots().get(root).uri();
			listing.subTask("Listing " + uri);
			Snapshot now = Trees.list(connection, uri, threads, false, listing.split(1));
			Duration precision = connection.facts().mtimePrecision();
			Set<RelPath> known = new HashSet<>();
			for (; fileIndex < files.size() && files.get(fileIndex).root() == root; fileIndex++) {
				ManifestFile was = files.get(fileIndex);
				known.add(was.path());
				FileState is = now.get(was.path());
				if (is == null || !is.isFile()) {
					ScanProblem problem = problemFor(now, was.path());
					if (problem != null) {
						findings.add(new Finding(root, was.path(), Status.UNREADABLE, problem.message()));
					} else {
						findings.add(new Finding(root, was.path(), Status.MISSING,
								is == null ? "gone" : "now a " + is.kind().name().toLowerCase(java.util.Locale.ROOT)));
					}
					continue;
				}
				String change = metadataChange(was, is, precision);
				if (change != null) {
					findings.add(new Finding(root, was.path(), Status.MODIFIED, change));
					continue;
				}
				tasks.add(new ParallelHasher.Task(root, was.path(), is.size()));
				expected.add(was);
			}
			Set<RelPath> unreadableBefore = new HashSet<>();
			for (ManifestError e : manifest.errors()) {
				if (e.root() == root) {
					unreadableBefore.add(e.path());
				}
			}
			for (Map.Entry<RelPath, FileState> e : now.entries().entrySet()) {
				if (e.getValue().isFile() && !known.contains(e.getKey())) {
					findings.add(new Finding(root, e.getKey(), Status.NEW, unreadableBefore.contains(e.getKey())
							? "could not be read when the manifest was made" : "not in the manifest"));
				}
			}
			for (ScanProblem p : now.problems()) {
				if (!hasFindingsBelow(findings, root, p.path())) {
					findings.add(new Finding(root, p.path(), Status.UNREADABLE, p.message()));
				}
			}
		}
		ParallelHasher.Result[] results = new ParallelHasher(connections, EnumSet.of(algorithm), threads).hash(tasks,
				sub.split(90));
		long hashed = 0;
		for (int i = 0; i < tasks.size(); i++) {
			ParallelHasher.Result r = results[i];
			ManifestFile was = expected.get(i);
			ParallelHasher.Task task = tasks.get(i);
			if (!r.ok()) {
				if (Reason.NOT_FOUND.name().equals(r.reason())) {
					findings.add(new Finding(task.root(), task.path(), Status.MISSING, "gone while verifying"));
				} else if (ParallelHasher.CHANGED.equals(r.reason())) {
					findings.add(new Finding(task.root(), task.path(), Status.MODIFIED, r.message()));
				} else {
					findings.add(new Finding(task.root(), task.path(), Status.UNREADABLE, r.message()));
				}
				continue;
			}
			hashed += task.size();
			String sum = r.checksums().get(algorithm);
			if (sum.equals(was.checksum(algorithm))) {
				counts.merge(Status.OK, 1L, Long::sum);
			} else {
				findings.add(new Finding(task.root(), task.path(), Status.CORRUPTED,
						"content differs while size and time are unchanged (" + algorithm.key() + " " + shortHex(was.checksum(algorithm))
								+ "… in the manifest, " + shortHex(sum) + "… now)"));
			}
		}
		findings.sort(Comparator.comparingInt(Finding::root).thenComparing(Finding::path));
		for (Finding f : findings) {
			counts.merge(f.status(), 1L, Long::sum);
		}
		return new Report(findings, counts, hashed, Duration.ofNanos(System.nanoTime() - startNanos));
	}

	private static boolean hasFindingsBelow(List<Finding> findings, int root, RelPath folder) {
		for (Finding f : findings) {
			if (f.root() == root && f.status() == Status.UNREADABLE && f.path().startsWith(folder)) {
				return true;
			}
		}
		return false;
	}

	private static ScanProblem problemFor(Snapshot snapshot, RelPath path) {
		for (ScanProblem p : snapshot.problems()) {
			if (path.equals(p.path()) || (path.depth() > p.path().depth() && path.startsWith(p.path()))) {
				return p;
			}
		}
		return null;
	}

	/** Why the file counts as edited, or null when size and time are as recorded. */
	static String metadataChange(ManifestFile was, FileState is, Duration precision) {
		List<String> changes = new ArrayList<>();
		if (was.size() != is.size()) {
			changes.add("size " + was.size() + " → " + is.size());
		}
		if (was.mtime() != null && is.mtime() != null && !sameTime(was.mtime(), is.mtime(), precision)) {
			changes.add("time " + was.mtime() + " → " + is.mtime());
		}
		return changes.isEmpty() ? null : String.join(", ", changes);
	}

	private static boolean sameTime(Instant a, Instant b, Duration precision) {
		if (precision == null || precision.isZero() || precision.isNegative()) {
			return a.equals(b);
		}
		return Duration.between(a, b).abs().compareTo(precision) < 0;
	}

	static String shortHex(String hex) {
		return hex == null ? "?" : hex.substring(0, Math.min(12, hex.length()));
	}

	@Override
	public String toString() {
		return "ManifestVerifier[threads=" + threads + "]";
	}
}
