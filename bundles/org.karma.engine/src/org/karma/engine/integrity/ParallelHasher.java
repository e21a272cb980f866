package org.karma.engine.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * Hashes many files on several threads. The largest files start first so the threads finish
 * together; each thread streams its file through one buffer into every digest asked for (one read
 * for SHA-256 and MD5 together). Results come back in the order of the tasks, so the number of
 * threads never changes the outcome. A file that cannot be read is a failed result, never an abort.
 */
final class ParallelHasher {

	/** A file to hash: which tree, which path, and the size the listing gave. */
	record Task(int root, RelPath path, long size) {
	}

	/** The outcome for one task: the checksums, or why there are none. */
	record Result(Map<ChecksumAlgorithm, String> checksums, String reason, String message) {
		boolean ok() {
			return checksums != null;
		}
	}

	/** Reason given when the bytes read differ from the size listed: the file changed while it was read. */
	static final String CHANGED = "CHANGED";

	/** Reason given when the stream broke with an I/O error. */
	static final String IO = "IO";

	static final int BUFFER = 1 << 20;

	private final List<Connection> connections;
	private final Set<ChecksumAlgorithm> algorithms;
	private final int threads;

	ParallelHasher(List<Connection> connections, Set<ChecksumAlgorithm> algorithms, int threads) {
		this.connections = List.copyOf(connections);
		this.algorithms = Set.copyOf(algorithms);
		this.threads = threadsFor(connections, threads);
	}

	/** The threads asked for, at most what every connection allows at a time, at least one. */
	static int threadsFor(List<Connection> connections, int threads) {
		int limit = threads;
		for (Connection c : connections) {
			limit = Math.min(limit, c.facts().maxConcurrency());
		}
		return Math.max(1, limit);
	}

	/** The calling thread was interrupted while its workers ran: they are stopped, the run is cancelled. */
	static ConnectorException interrupted(List<Thread> workers, AtomicBoolean cancelled) {
		cancelled.set(true);
		Thread.currentThread().interrupt();
		for (Thread worker : workers) {
			worker.interrupt();
		}
		return new ConnectorException(Reason.CANCELLED, RelPath.ROOT, "interrupted");
	}

	/** A fresh digest for each algorithm, for one thread. */
	static Map<ChecksumAlgorithm, MessageDigest> digests(Set<ChecksumAlgorithm> algorithms) {
		Map<ChecksumAlgorithm, MessageDigest> digests = new EnumMap<>(ChecksumAlgorithm.class);
		for (ChecksumAlgorithm a : algorithms) {
			digests.put(a, a.newDigest());
		}
		return digests;
	}

	/**
	 * Hashes every task. Progress is reported in bytes on the calling thread.
	 *
	 * @throws ConnectorException with reason CANCELLED when the monitor is cancelled
	 */
	Result[] hash(List<Task> tasks, IProgressMonitor monitor) throws ConnectorException {
		Result[] results = new Result[tasks.size()];
		Integer[] order = new Integer[tasks.size()];
		long total = 0;
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
			total += tasks.get(i).size();
		}
		java.util.Arrays.sort(order, Comparator.comparingLong((Integer i) -> tasks.get(i).size()).reversed());
		int shift = 0;
		while ((total >> shift) > 1_000_000_000L) {
			shift++;
		}
		SubMonitor progress = SubMonitor.convert(monitor, (int) Math.max(1, total >> shift));
		AtomicInteger next = new AtomicInteger();
		AtomicLong done = new AtomicLong();
		AtomicBoolean cancelled = new AtomicBoolean();
		IProgressMonitor workerMonitor = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return cancelled.get();
			}
		};
		java.util.concurrent.atomic.AtomicReference<Task> current = new java.util.concurrent.atomic.AtomicReference<>();
		List<Thread> workers = new ArrayList<>();
		int count = Math.min(threads, Math.max(1, tasks.size()));
		AtomicInteger running = new AtomicInteger(count);
		Object lock = new Object();
		for (int t = 0; t < count; t++) {
			Thread worker = new Thread(() -> {
				byte[] buffer = new byte[BUFFER];
				Map<ChecksumAlgorithm, MessageDigest> digests = digests(algorithms);
				try {
					int k;
					while (!cancelled.get() && (k = next.getAndIncrement()) < order.length) {
						int index = order[k];
						Task task = tasks.get(index);
						current.set(task); // made a string only when shown, ten times a second
						results[index] = hashOne(connections.get(task.root()), task.path(), task.size(), digests, buffer, done,
								workerMonitor);
					}
				} finally {
					running.decrementAndGet();
					synchronized (lock) {
						lock.notifyAll();
					}
				}
			}, "karma-hash-" + t);
			worker.setDaemon(true);
			workers.add(worker);
			worker.start();
		}
		long reported = 0;
		try {
			while (running.get() > 0) {
				synchronized (lock) {
					if (running.get() > 0) {
						lock.wait(100);
					}
				}
				if (monitor != null && monitor.isCanceled()) {
					cancelled.set(true);
				}
				long now = done.get() >> shift;
				if (now > reported) {
					progress.worked((int) (now - reported));
					reported = now;
				}
				Task shown = current.get();
				if (shown != null) {
					progress.subTask(shown.path().toString());
				}
			}
			for (Thread worker : workers) {
				worker.join();
			}
		} catch (InterruptedException e) {
			throw interrupted(workers, cancelled);
		}
		if (cancelled.get()) {
			throw new ConnectorException(Reason.CANCELLED, RelPath.ROOT, "cancelled");
		}
		return results;
	}

	/** Reads one file through every digest (reset first); a failure is a result, never an exception. */
	static Result hashOne(Connection connection, RelPath path, long size, Map<ChecksumAlgorithm, MessageDigest> digests,
			byte[] buffer, AtomicLong done, IProgressMonitor monitor) {
		return hashOne(connection, null, path, size, digests, buffer, done, monitor);
	}

	/** @param folder an open handle on the file's folder to read it through, or null to read it by path */
	static Result hashOne(Connection connection, Capability.FolderReads.Folder folder, RelPath path, long size,
			Map<ChecksumAlgorithm, MessageDigest> digests, byte[] buffer, AtomicLong done, IProgressMonitor monitor) {
		for (MessageDigest d : digests.values()) {
			d.reset();
		}
		long read = 0;
		try (InputStream in = folder != null ? folder.read(path.name(), monitor) : connection.read(path, monitor)) {
			if (size >= ReadAhead.MIN_SIZE) {
				read = ReadAhead.pump(in, buffer, (bytes, n) -> {
					for (MessageDigest d : digests.values()) {
						d.update(bytes, 0, n);
					}
					done.addAndGet(n);
				}, monitor::isCanceled);
				if (read < 0) {
					return new Result(null, Reason.CANCELLED.name(), "cancelled");
				}
			} else {
				int n;
				while ((n = in.read(buffer)) > 0) {
					for (MessageDigest d : digests.values()) {
						d.update(buffer, 0, n);
					}
					read += n;
					done.addAndGet(n);
					if (monitor.isCanceled()) {
						return new Result(null, Reason.CANCELLED.name(), "cancelled");
					}
				}
			}
		} catch (ConnectorException e) {
			return new Result(null, e.reason().name(), e.getMessage());
		} catch (IOException e) {
			return new Result(null, IO, "read error: " + (e.getMessage() == null ? e : e.getMessage()));
		} catch (RuntimeException e) {
			return new Result(null, IO, "reading failed: " + e);
		}
		if (read != size) {
			return new Result(null, CHANGED, "changed while it was read (" + size + " bytes listed, " + read + " read)");
		}
		String[] sums = Checksums.slots();
		for (Map.Entry<ChecksumAlgorithm, MessageDigest> e : digests.entrySet()) {
			sums[e.getKey().ordinal()] = HexFormat.of().formatHex(e.getValue().digest());
		}
		return new Result(Checksums.wrap(sums), null, null);
	}

}
