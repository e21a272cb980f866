package org.karma.engine.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;

/**
 * Makes a {@link Manifest}: lists each tree and hashes its files on several threads, hashing
 * while the listing goes on ({@link TreeHasher}). What cannot be read is recorded as an error and
 * the run goes on; only a root that cannot be listed at all, or a cancel, stops it.
 */
public final class ManifestMaker {

	/** A tree to include: the endpoint as the user named it (for the manifest) and its open connection. */
	public record Tree(String uri, Connection connection) {
		public Tree {
			Objects.requireNonNull(uri, "uri");
			Objects.requireNonNull(connection, "connection");
		}
	}

	private final Set<ChecksumAlgorithm> algorithms;
	private final int threads;
	private final Clock clock;
	private final String host;

	/**
	 * @param algorithms the checksums to compute (at least one)
	 * @param threads    how many files are hashed at the same time (also bounded by each connection)
	 * @param clock      for the start time and the duration
	 * @param host       the machine name written into the manifest
	 */
	public ManifestMaker(Set<ChecksumAlgorithm> algorithms, int threads, Clock clock, String host) {
		if (algorithms.isEmpty()) {
			throw new IllegalArgumentException("no checksum algorithm");
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
		this.algorithms = EnumSet.copyOf(algorithms);
		this.threads = threads;
		this.clock = Objects.requireNonNull(clock);
		this.host = Objects.requireNonNull(host);
	}

	/**
	 * @param signingKey the fingerprint of the key that will sign the manifest, or null
	 * @throws ConnectorException when a root does not exist or cannot be listed (reason says which), or CANCELLED
	 */
	public Manifest make(String group, List<Tree> trees, String signingKey, IProgressMonitor monitor)
			throws ConnectorException {
		try {
			return doMake(group, trees, signingKey, monitor);
		} catch (OperationCanceledException e) {
			throw new ConnectorException(ConnectorException.Reason.CANCELLED, RelPath.ROOT, "cancelled");
		}
	}

	private Manifest doMake(String group, List<Tree> trees, String signingKey, IProgressMonitor monitor)
			throws ConnectorException {
		if (trees.isEmpty()) {
			throw new IllegalArgumentException("no tree");
		}
		Instant started = clock.instant();
		long startNanos = System.nanoTime();
		SubMonitor sub = SubMonitor.convert(monitor, "Making manifest " + group, 100);
		List<Connection> connections = trees.stream().map(Tree::connection).toList();
		List<String> uris = trees.stream().map(Tree::uri).toList();
		TreeHasher.Outcome outcome = new TreeHasher(connections, algorithms, threads).run(uris, sub.split(100));
		List<ManifestError> errors = new ArrayList<>(outcome.errors());
		long[] rootFiles = new long[trees.size()];
		long[] rootBytes = new long[trees.size()];
		long[] rootErrors = new long[trees.size()];
		for (ManifestError e : errors) {
			rootErrors[e.root()]++;
		}
		for (ManifestFile f : outcome.files()) {
			rootFiles[f.root()]++;
			rootBytes[f.root()] += f.size();
		}
		ManifestFile[] sorted = outcome.files().toArray(new ManifestFile[0]);
		ParallelSort.sort(sorted, ManifestOrder::compare, threads); // stable, like List.sort, on the run's threads
		errors.sort(Comparator.comparingInt(ManifestError::root).thenComparing(ManifestError::path));
		List<ManifestRoot> roots = new ArrayList<>();
		for (int root = 0; root < trees.size(); root++) {
			roots.add(new ManifestRoot(trees.get(root).uri(), rootFiles[root], rootBytes[root], rootErrors[root]));
		}
		Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
		List<ChecksumAlgorithm> algos = new ArrayList<>(algorithms);
		return new Manifest(group, started, took, host, algos, signingKey, roots, Arrays.asList(sorted), errors);
	}
}
