package org.karma.engine;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.HashKind;
import org.karma.connector.api.RelPath;

/**
 * Scans one endpoint into a {@link Snapshot}. A bounded pool lists folders concurrently (each
 * folder once, excluded folders never, links recorded and not followed) and hashes file content
 * when the comparison needs it. Entries are streamed from {@link Connection#list} straight into
 * the snapshot's map.
 *
 * <p>A missing root gives {@link Snapshot#missingRoot()}. A folder below the root that cannot be
 * listed (or a file that cannot be hashed) becomes a {@link ScanProblem} of the snapshot, never an
 * empty folder. Retryable failures are tried again with backoff. Cancellation throws
 * {@link Reason#CANCELLED}. A root that exists but cannot be listed throws.
 *
 * <p>One scan at a time per instance.
 */
public final class Scanner {

	private static final int DROPBOX_BLOCK = 4 * 1024 * 1024;

	private final Connection connection;
	private final ScanSettings settings;

	public Scanner(Connection connection, ScanSettings settings) {
		this.connection = java.util.Objects.requireNonNull(connection);
		this.settings = java.util.Objects.requireNonNull(settings);
	}

	/** Scans the whole endpoint. */
	public Snapshot scan(IProgressMonitor monitor) throws ConnectorException {
		return scan(monitor, n -> {
		});
	}

	/**
	 * Scans the whole endpoint, telling {@code listed} the number of entries listed so far a few
	 * times per second (from the calling thread) and once at the end.
	 */
	public Snapshot scan(IProgressMonitor monitor, LongConsumer listed) throws ConnectorException {
		SubMonitor progress = SubMonitor.convert(monitor, "Scanning", 100);
		ConnectorException.checkCancelled(progress, RelPath.ROOT);
		return new Run(progress, monitor, java.util.Objects.requireNonNull(listed)).run();
	}

	/** The state of one scan. */
	private final class Run {
		final SubMonitor progress;
		final AtomicBoolean cancelled = new AtomicBoolean();
		/** The caller's monitor, only asked whether it is cancelled from pool threads. */
		final IProgressMonitor caller;
		/** The monitor handed to the connection from pool threads: cancelled when the scan is. */
		final IProgressMonitor workerMonitor = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				if (!cancelled.get() && caller != null && caller.isCanceled()) {
					cancelled.set(true);
				}
				return cancelled.get();
			}
		};
		final Map<RelPath, FileState> entries = new ConcurrentHashMap<>();
		final ConcurrentLinkedQueue<ScanProblem> problems = new ConcurrentLinkedQueue<>();
		final AtomicReference<ConnectorException> failure = new AtomicReference<>();
		final AtomicBoolean rootMissing = new AtomicBoolean();
		final AtomicInteger pending = new AtomicInteger();
		final CountDownLatch done = new CountDownLatch(1);
		final AtomicLong listed = new AtomicLong();
		final LongConsumer listener;
		final Instant oldest;
		final Optional<Capability.ServerHash> serverHash;
		ExecutorService pool;

		Run(SubMonitor progress, IProgressMonitor caller, LongConsumer listener) {
			this.progress = progress;
			this.caller = caller;
			this.listener = listener;
			this.oldest = settings.maxAge() == null ? null : settings.clock().instant().minus(settings.maxAge());
			boolean cheap = settings.hashKind() != null
					&& connection.facts().cheapHashes().contains(settings.hashKind());
			this.serverHash = settings.hashKind() == null || cheap ? Optional.empty()
					: connection.capability(Capability.ServerHash.class);
		}

		Snapshot run() throws ConnectorException {
			Optional<Entry> root = retrying(() -> connection.stat(RelPath.ROOT, progress), RelPath.ROOT);
			if (root.isEmpty()) {
				return Snapshot.missingRoot();
			}
			if (!root.get().isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, RelPath.ROOT, "the root is not a folder");
			}
			int threads = Math.max(1, Math.min(settings.parallelism(), connection.facts().maxConcurrency()));
			AtomicInteger threadNumber = new AtomicInteger();
			pool = Executors.newFixedThreadPool(threads, r -> {
				Thread t = new Thread(r, "karma-scan-" + threadNumber.incrementAndGet());
				t.setDaemon(true);
				return t;
			});
			try {
				submit(() -> listDirectory(RelPath.ROOT));
				awaitDone();
			} finally {
				pool.shutdownNow();
			}
			if (rootMissing.get()) {
				return Snapshot.missingRoot();
			}
			List<ScanProblem> sorted = new ArrayList<>(problems);
			sorted.sort(Comparator.comparing(ScanProblem::path));
			return new Snapshot(entries, true, sorted);
		}

		private void awaitDone() throws ConnectorException {
			try {
				while (!done.await(20, TimeUnit.MILLISECONDS)) {
					if (progress.isCanceled()) {
						cancelled.set(true);
						throw new ConnectorException(Reason.CANCELLED, null, "scan cancelled");
					}
					long n = listed.get();
					progress.subTask(n + " entries");
					listener.accept(n);
				}
				listener.accept(listed.get());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancelled.set(true);
				throw new ConnectorException(Reason.CANCELLED, null, "scan interrupted", e);
			}
			ConnectorException f = failure.get();
			if (f != null) {
				throw f;
			}
			if (cancelled.get() || progress.isCanceled()) {
				throw new ConnectorException(Reason.CANCELLED, null, "scan cancelled");
			}
		}

		/** Runs a step in the pool; the scan is done when no step is pending. */
		private void submit(Step step) {
			pending.incrementAndGet();
			try {
				pool.execute(() -> {
					try {
						if (failure.get() == null && !workerMonitor.isCanceled()) {
							step.run();
						}
					} catch (ConnectorException e) {
						fail(e);
					} catch (RuntimeException | Error e) {
						fail(new ConnectorException(Reason.FATAL, null, "scan failed: " + e, e));
					} finally {
						finished();
					}
				});
			} catch (RejectedExecutionException e) {
				finished(); // shut down: the scan is over
			}
		}

		private void fail(ConnectorException e) {
			failure.compareAndSet(null, e);
			done.countDown();
		}

		private void finished() {
			if (pending.decrementAndGet() == 0) {
				done.countDown();
			}
		}

		private void listDirectory(RelPath directory) throws ConnectorException {
			List<RelPath> subdirectories = new ArrayList<>();
			List<RelPath> toHash = new ArrayList<>();
			List<RelPath> added = new ArrayList<>();
			try {
				retrying(() -> {
					subdirectories.clear(); // a retried listing starts over
					toHash.clear();
					added.forEach(entries::remove);
					added.clear();
					connection.list(directory, entry -> accept(entry, subdirectories, toHash, added), workerMonitor);
					return null;
				}, directory);
			} catch (ConnectorException e) {
				if (e.reason() == Reason.CANCELLED) {
					throw e;
				}
				added.forEach(entries::remove);
				if (directory.isRoot()) {
					if (e.reason() == Reason.NOT_FOUND) {
						rootMissing.set(true);
						return;
					}
					throw e; // an unreadable root must not read as an empty one
				}
				if (e.reason() == Reason.NOT_FOUND) {
					entries.remove(directory); // gone since its parent was listed
					return;
				}
				problems.add(ScanProblem.of(directory, e));
				return;
			}
			for (RelPath sub : subdirectories) {
				submit(() -> listDirectory(sub));
			}
			for (RelPath file : toHash) {
				submit(() -> hash(file));
			}
		}

		private void accept(Entry entry, List<RelPath> subdirectories, List<RelPath> toHash, List<RelPath> added) {
			RelPath path = entry.path();
			if (!settings.takesPart().test(path)) {
				return;
			}
			if (entry.kind() == EntryKind.FILE && !withinLimits(entry)) {
				return;
			}
			FileState state = FileState.of(entry, entry.isFile() ? settings.hashKind() : null);
			entries.put(path, state);
			added.add(path);
			listed.incrementAndGet();
			if (entry.isDirectory()) {
				subdirectories.add(path);
			} else if (entry.isFile() && settings.hashKind() != null && state.hash() == null) {
				toHash.add(path);
			}
		}

		private boolean withinLimits(Entry file) {
			if (settings.minSize() != null && file.size() < settings.minSize()) {
				return false;
			}
			if (settings.maxSize() != null && file.size() > settings.maxSize()) {
				return false;
			}
			return oldest == null || file.mtime() == null || !file.mtime().isBefore(oldest);
		}

		private void hash(RelPath file) throws ConnectorException {
			HashKind kind = settings.hashKind();
			String hash;
			try {
				hash = retrying(() -> computeHash(file, kind), file);
			} catch (ConnectorException e) {
				if (e.reason() == Reason.CANCELLED) {
					throw e;
				}
				if (e.reason() == Reason.NOT_FOUND) {
					entries.remove(file); // deleted since it was listed
				} else {
					problems.add(ScanProblem.of(file, e));
				}
				return;
			}
			entries.computeIfPresent(file, (p, state) -> state.withHash(hash));
		}

		private String computeHash(RelPath file, HashKind kind) throws ConnectorException {
			if (serverHash.isPresent()) {
				Optional<String> fromServer = serverHash.get().hash(file, kind, workerMonitor);
				if (fromServer.isPresent()) {
					return fromServer.get();
				}
			}
			try (InputStream in = connection.read(file, workerMonitor)) {
				return digest(in, kind, file);
			} catch (IOException e) {
				throw new ConnectorException(Reason.TRANSIENT, file, "cannot read " + file + ": " + e.getMessage(), e);
			}
		}

		private String digest(InputStream in, HashKind kind, RelPath file) throws IOException, ConnectorException {
			byte[] buffer = new byte[64 * 1024];
			if (kind == HashKind.DROPBOX) {
				MessageDigest overall = sha256();
				MessageDigest block = sha256();
				long inBlock = 0;
				int n;
				while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, DROPBOX_BLOCK - inBlock))) > 0) {
					ConnectorException.checkCancelled(workerMonitor, file);
					block.update(buffer, 0, n);
					inBlock += n;
					if (inBlock == DROPBOX_BLOCK) {
						overall.update(block.digest());
						inBlock = 0;
					}
				}
				if (inBlock > 0) {
					overall.update(block.digest());
				}
				return HexFormat.of().formatHex(overall.digest());
			}
			MessageDigest digest;
			try {
				digest = MessageDigest.getInstance(kind.label());
			} catch (NoSuchAlgorithmException e) {
				throw new ConnectorException(Reason.UNSUPPORTED, file, "no " + kind.label() + " in this Java runtime", e);
			}
			int n;
			while ((n = in.read(buffer)) > 0) {
				ConnectorException.checkCancelled(workerMonitor, file);
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}

		private MessageDigest sha256() {
			try {
				return MessageDigest.getInstance("SHA-256");
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e); // every Java runtime has SHA-256
			}
		}

		/** Calls the connection, trying retryable failures again with doubling waits. */
		private <T> T retrying(Call<T> call, RelPath path) throws ConnectorException {
			Duration wait = settings.backoff();
			for (int attempt = 0;; attempt++) {
				try {
					return call.call();
				} catch (ConnectorException e) {
					if (!e.isRetryable() || attempt >= settings.retries() || cancelled.get()) {
						throw e;
					}
				}
				try {
					settings.sleeper().sleep(wait);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new ConnectorException(Reason.CANCELLED, path, "interrupted", e);
				}
				wait = wait.multipliedBy(2);
			}
		}
	}

	@FunctionalInterface
	private interface Step {
		void run() throws ConnectorException;
	}

	@FunctionalInterface
	private interface Call<T> {
		T call() throws ConnectorException;
	}
}
