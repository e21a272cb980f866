package org.karma.engine.integrity;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;

/**
 * Lists trees and hashes their files at the same time, on one set of threads: a folder's files
 * can be hashed while other folders are still being listed, so the listing costs little extra time.
 * Listing goes first (it finds the work); of the files of {@link #LARGE} or more found so far, the
 * largest is hashed first, so the threads finish together; smaller files are hashed in the order
 * they were found (ordering 200,000 small files would cost more than it saves). What cannot be listed or read becomes an error and the run goes
 * on; a root that is missing, not a folder or cannot be listed at all, or a cancel, stops it.
 */
final class TreeHasher {

	/**
	 * Everything found: the files hashed (in no particular order), and the folders that could not be
	 * listed and the files that could not be read.
	 */
	record Outcome(List<ManifestFile> files, List<ManifestError> errors) {
	}

	/** How often a listing that failed transiently is tried again, and the first pause. */
	private static final int LIST_RETRIES = 3;
	private static final long FIRST_PAUSE_MILLIS = 500;

	/** Files of this size or more are hashed largest first. */
	static final long LARGE = 1 << 20;

	/**
	 * Folder handles ({@link Capability.FolderReads}) open at once at most; while none is free,
	 * folders are listed and files read by path.
	 */
	static final int MAX_OPEN_FOLDERS = 64;

	/** A step: list a folder, or hash a file (through its folder's handle when it has one). */
	private record Work(boolean list, int root, RelPath path, long size, Instant mtime, Run.Shared folder) {
	}

	private static final Comparator<Work> LARGEST_FIRST = (a, b) -> Long.compare(b.size(), a.size());

	private final List<Connection> connections;
	private final Set<ChecksumAlgorithm> algorithms;
	private final int threads;

	TreeHasher(List<Connection> connections, Set<ChecksumAlgorithm> algorithms, int threads) {
		this.connections = List.copyOf(connections);
		this.algorithms = Set.copyOf(algorithms);
		this.threads = ParallelHasher.threadsFor(connections, threads);
	}

	/**
	 * @param uris the endpoints as the user named them, for messages (one per connection)
	 * @throws ConnectorException NOT_FOUND or WRONG_KIND for a root, a root's listing failure, or CANCELLED
	 */
	Outcome run(List<String> uris, IProgressMonitor monitor) throws ConnectorException {
		SubMonitor progress = SubMonitor.convert(monitor, 1000);
		for (int root = 0; root < connections.size(); root++) {
			String uri = uris.get(root);
			Entry top = connections.get(root).stat(RelPath.ROOT, progress).orElseThrow(
					() -> new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, uri + " does not exist"));
			if (!top.isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, RelPath.ROOT, uri + " is not a folder");
			}
		}
		Run run = new Run();
		for (int root = 0; root < connections.size(); root++) {
			run.add(new Work(true, root, RelPath.ROOT, 0, null, null));
		}
		run.start();
		try {
			run.await(progress, monitor);
		} finally {
			run.closeFolders();
		}
		int count = 0;
		for (List<ManifestFile> mine : run.files) {
			count += mine.size();
		}
		List<ManifestFile> files = new ArrayList<>(count);
		for (List<ManifestFile> mine : run.files) {
			files.addAll(mine);
		}
		return new Outcome(files, new ArrayList<>(run.errors));
	}

	/** The state of one run. */
	private final class Run {
		final ConcurrentLinkedDeque<Work> folders = new ConcurrentLinkedDeque<>();
		final PriorityBlockingQueue<Work> large = new PriorityBlockingQueue<>(64, LARGEST_FIRST);
		final ConcurrentLinkedQueue<Work> small = new ConcurrentLinkedQueue<>();
		/** One permit per step queued: a worker takes a permit, then a step from the first queue that has one. */
		final Semaphore queued = new Semaphore(0);
		final AtomicInteger pending = new AtomicInteger();
		final AtomicLong known = new AtomicLong();
		final AtomicLong done = new AtomicLong();
		final AtomicLong found = new AtomicLong();
		final AtomicBoolean cancelled = new AtomicBoolean();
		final AtomicReference<ConnectorException> failure = new AtomicReference<>();
		final AtomicReference<Work> current = new AtomicReference<>();
		/** Each worker's files, handed over when it ends (the workers are joined before they are read). */
		final ConcurrentLinkedQueue<List<ManifestFile>> files = new ConcurrentLinkedQueue<>();
		final ConcurrentLinkedQueue<ManifestError> errors = new ConcurrentLinkedQueue<>();
		final Object finished = new Object();
		final List<Thread> workers = new ArrayList<>();
		/** Folders whose handle is open (closed by their last file, or at the end of the run). */
		final Set<Shared> open = ConcurrentHashMap.newKeySet();
		/** One permit per handle that may be opened: at most {@link #MAX_OPEN_FOLDERS} are. */
		final Semaphore handles = new Semaphore(MAX_OPEN_FOLDERS);
		final IProgressMonitor workerMonitor = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return cancelled.get();
			}
		};

		void add(Work w) {
			pending.incrementAndGet();
			if (w.list()) {
				folders.add(w);
			} else {
				known.addAndGet(w.size());
				found.incrementAndGet();
				(w.size() >= LARGE ? large : small).add(w);
			}
			queued.release();
		}

		/** The next step: a folder to list, else the largest large file, else a small file. */
		private Work next() throws InterruptedException {
			if (!queued.tryAcquire(20, TimeUnit.MILLISECONDS)) {
				return null;
			}
			Work w = folders.poll();
			if (w == null) {
				w = large.poll();
			}
			return w != null ? w : small.poll();
		}

		void start() {
			for (int t = 0; t < threads; t++) {
				Thread worker = new Thread(this::work, "karma-hash-" + t);
				worker.setDaemon(true);
				workers.add(worker);
				worker.start();
			}
		}

		private boolean over() {
			return pending.get() == 0 || cancelled.get() || failure.get() != null;
		}

		private void work() {
			byte[] buffer = new byte[ParallelHasher.BUFFER];
			Map<ChecksumAlgorithm, MessageDigest> digests = ParallelHasher.digests(algorithms);
			List<ManifestFile> mine = new ArrayList<>(); // one list per worker: no queue node per file
			files.add(mine);
			try {
				while (!over()) {
					Work w = next();
					if (w == null) {
						continue;
					}
					try {
						current.set(w); // made a string only when shown
						if (w.list()) {
							list(w);
						} else {
							Shared folder = w.folder();
							ParallelHasher.Result r = ParallelHasher.hashOne(connections.get(w.root()),
									folder == null ? null : folder.acquire(), w.path(), w.size(), digests, buffer, done, workerMonitor);
							if (r.ok()) {
								mine.add(new ManifestFile(w.root(), w.path(), w.size(), w.mtime(), r.checksums()));
							} else {
								errors.add(new ManifestError(w.root(), w.path(), r.reason(), r.message()));
							}
							if (folder != null) {
								folder.release();
							}
						}
					} catch (ConnectorException e) {
						failure.compareAndSet(null, e);
					} catch (RuntimeException | Error e) {
						// an Error too (a class missing from a broken installation, memory): the other workers
						// must stop, else the run waits for this step forever
						failure.compareAndSet(null, new ConnectorException(Reason.FATAL, w.path(), "making the manifest failed: " + e, e));
					} finally {
						if (pending.decrementAndGet() == 0 || failure.get() != null) {
							synchronized (finished) {
								finished.notifyAll();
							}
						}
					}
				}
			} catch (InterruptedException e) {
				cancelled.set(true);
			} finally {
				synchronized (finished) {
					finished.notifyAll();
				}
			}
		}

		/**
		 * Lists a folder: its files become hashing work, its folders listing work. Where the
		 * connection offers folder handles, the folder is listed through one (which is kept for
		 * hashing its files while handles are plentiful); any failure there is left to the listing
		 * by path to retry and report.
		 */
		private void list(Work folder) throws ConnectorException {
			Connection connection = connections.get(folder.root());
			Capability.FolderReads reads = connection.capability(Capability.FolderReads.class).orElse(null);
			List<Entry> entries = new ArrayList<>();
			Capability.FolderReads.Folder handle = reads == null ? null : listThroughHandle(reads, folder.path(), entries);
			for (int attempt = 0; handle == null; attempt++) {
				entries.clear();
				try {
					connection.list(folder.path(), entries::add, workerMonitor);
					break;
				} catch (ConnectorException e) {
					if (e.reason() == Reason.CANCELLED) {
						throw e;
					}
					if (e.isRetryable() && attempt < LIST_RETRIES) {
						pause(FIRST_PAUSE_MILLIS << attempt);
						continue;
					}
					if (folder.path().isRoot()) {
						throw e; // an unreadable root must not read as an empty one
					}
					if (e.reason() != Reason.NOT_FOUND) { // gone since its parent was listed: nothing to record
						errors.add(new ManifestError(folder.root(), folder.path(), e.reason().name(), e.getMessage()));
					}
					return;
				}
			}
			int files = 0;
			for (Entry e : entries) {
				if (e.isFile() && Trees.takesPart(e.path())) {
					files++;
				}
			}
			Shared shared = null;
			if (reads != null && files > 1) {
				// kept while enough handles stay free for the other workers' listings; else opened again for hashing
				boolean keep = handle != null && handles.availablePermits() > threads;
				shared = new Shared(reads, folder.path(), files, keep ? handle : null);
				if (keep) {
					open.add(shared);
					handle = null;
				}
			}
			if (handle != null) {
				handle.close();
				handles.release();
			}
			for (Entry e : entries) {
				if (!Trees.takesPart(e.path())) {
					continue;
				}
				if (e.isDirectory()) {
					add(new Work(true, folder.root(), e.path(), 0, null, null));
				} else if (e.isFile()) {
					add(new Work(false, folder.root(), e.path(), e.size(), e.mtime(), shared));
				}
			}
		}

		/** Lists a folder through a new handle (returned, holding a permit); null when none is free or listing that way failed. */
		private Capability.FolderReads.Folder listThroughHandle(Capability.FolderReads reads, RelPath path, List<Entry> entries)
				throws ConnectorException {
			if (!handles.tryAcquire()) {
				return null;
			}
			Capability.FolderReads.Folder handle = null;
			boolean listed = false;
			try {
				handle = reads.openFolder(path, workerMonitor);
				handle.list(entries::add, workerMonitor);
				listed = true;
				return handle;
			} catch (ConnectorException e) {
				if (e.reason() == Reason.CANCELLED) {
					throw e;
				}
				entries.clear();
				return null; // listed by path, which retries and reports
			} finally {
				if (!listed) { // failed, cancelled, or anything unexpected: the handle and its permit go back
					if (handle != null) {
						handle.close();
					}
					handles.release();
				}
			}
		}

		/** Closes the handles of files never hashed (a failure or a cancel ended the run). */
		void closeFolders() {
			for (Shared folder : open) {
				folder.close();
			}
			open.clear();
		}

		/**
		 * A folder with files to hash: its handle, opened when its first file is hashed (or kept
		 * from its listing) while fewer than {@link #MAX_OPEN_FOLDERS} are open, and closed after
		 * its last file. Files read while it has none are read by path.
		 */
		private final class Shared {
			private final Capability.FolderReads reads;
			private final RelPath path;
			private final AtomicInteger left;
			private Capability.FolderReads.Folder handle; // guarded by this
			private boolean tried; // guarded by this: a handle is opened once at most

			Shared(Capability.FolderReads reads, RelPath path, int files, Capability.FolderReads.Folder handle) {
				this.reads = reads;
				this.path = path;
				this.left = new AtomicInteger(files);
				this.handle = handle;
				this.tried = handle != null;
			}

			/** The handle to read the next file through, or null to read it by path. */
			synchronized Capability.FolderReads.Folder acquire() {
				if (handle == null && !tried && handles.tryAcquire()) {
					tried = true;
					try {
						handle = reads.openFolder(path, workerMonitor);
						open.add(this);
					} catch (ConnectorException e) {
						handles.release(); // each file then says what is wrong when read by path
					}
				}
				return handle;
			}

			/** One file done: after the last, the handle is closed. */
			void release() {
				if (left.decrementAndGet() == 0) {
					close();
				}
			}

			synchronized void close() {
				tried = true;
				if (handle != null) {
					handle.close();
					handle = null;
					open.remove(this);
					handles.release();
				}
			}
		}

		private void pause(long millis) throws ConnectorException {
			try {
				Thread.sleep(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ConnectorException(Reason.CANCELLED, RelPath.ROOT, "interrupted");
			}
		}

		/** Waits for the workers, reporting progress (bytes hashed of the bytes found so far) on the calling thread. */
		void await(SubMonitor progress, IProgressMonitor monitor) throws ConnectorException {
			int reported = 0;
			try {
				while (true) {
					synchronized (finished) {
						if (!over()) {
							finished.wait(100);
						}
					}
					if (monitor != null && monitor.isCanceled()) {
						cancelled.set(true);
					}
					if (over()) {
						break;
					}
					long all = known.get();
					int now = all == 0 ? 0 : (int) Math.min(900, done.get() * 900 / all);
					if (now > reported) {
						progress.worked(now - reported);
						reported = now;
					}
					Work shown = current.get();
					if (shown != null) {
						progress.subTask(found.get() + " files found: " + shown.path());
					}
				}
				cancelled.compareAndSet(false, failure.get() != null);
				for (Thread worker : workers) {
					worker.join();
				}
			} catch (InterruptedException e) {
				throw ParallelHasher.interrupted(workers, cancelled);
			}
			ConnectorException f = failure.get();
			if (f != null) {
				throw f;
			}
			if (cancelled.get() || pending.get() != 0) {
				throw new ConnectorException(Reason.CANCELLED, RelPath.ROOT, "cancelled");
			}
			progress.setWorkRemaining(100).worked(100);
		}
	}
}
