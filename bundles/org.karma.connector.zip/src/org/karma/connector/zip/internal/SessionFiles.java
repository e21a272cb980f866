package org.karma.connector.zip.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The temporary files of one connection, all beside the archive and hidden:
 * {@code .<archive>.karma-zip-<session>.lock} (held locked while the connection has temporary
 * files), {@code .<archive>.karma-zip-<session>-<n>.spool} (new content staged for a commit) and
 * {@code .<archive>.karma-zip-<session>-<n>.tmp} (a new archive being written).
 *
 * <p>Files of a session that no longer runs (the process was killed) are stale: they are removed
 * when the next connection to the archive is opened ({@link #removeStale}). A session is alive
 * when this process knows it, or another process holds the lock on its lock file (the operating
 * system releases that lock when a process dies, however it dies).
 */
final class SessionFiles implements AutoCloseable {

	private static final String MARK = ".karma-zip-";
	private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path folder;
	private final String prefix;
	private final String id;
	private final AtomicLong counter = new AtomicLong();
	private final Set<Path> files = ConcurrentHashMap.newKeySet();
	private FileChannel lockChannel;
	private FileLock lock;
	private boolean closed;

	SessionFiles(Path folder, String archiveName) {
		this.folder = folder;
		this.prefix = prefix(archiveName);
		String candidate;
		do {
			candidate = Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
		} while (!LIVE.add(candidate));
		this.id = candidate;
	}

	/** {@code .<archive>.karma-zip-}: the start of every temporary file of that archive. */
	static String prefix(String archiveName) {
		return "." + archiveName + MARK;
	}

	/** Creates a new empty temporary file with this suffix ({@code .spool}, {@code .tmp}). */
	synchronized Path create(String suffix) throws IOException {
		if (closed) {
			throw new IOException("connection closed");
		}
		ensureLocked();
		Path file = folder.resolve(prefix + id + "-" + counter.incrementAndGet() + suffix);
		Files.createFile(file);
		files.add(file);
		return file;
	}

	/** Deletes one of this session's files (quietly); the lock file goes with the last of them. */
	void delete(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// left for the next connection's clean-up
		}
		synchronized (this) {
			files.remove(file);
			if (files.isEmpty() && lock != null) {
				unlock();
			}
		}
	}

	/** Deletes several of this session's files (quietly). */
	void deleteAll(List<Path> toDelete) {
		for (Path p : toDelete) {
			delete(p);
		}
	}

	private void ensureLocked() throws IOException {
		Path lockFile = folder.resolve(prefix + id + ".lock");
		while (lock == null || !Files.exists(lockFile)) {
			releaseLock();
			FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			try {
				lock = ch.lock();
				lockChannel = ch;
			} catch (IOException | RuntimeException e) {
				ch.close();
				throw e;
			}
		}
	}

	private void releaseLock() {
		try {
			if (lock != null) {
				lock.release();
			}
			if (lockChannel != null) {
				lockChannel.close();
			}
		} catch (IOException e) {
			// closing the channel releases the lock anyway
		}
		lock = null;
		lockChannel = null;
	}

	/** Deletes every file of this session, the lock file last. Idempotent. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		for (Path p : List.copyOf(files)) {
			delete(p);
		}
		if (lock != null) {
			unlock();
		}
		LIVE.remove(id);
	}

	/** Deletes the lock file, then lets go of the lock (in that order: nobody can take it over meanwhile). */
	private void unlock() {
		try {
			Files.deleteIfExists(folder.resolve(prefix + id + ".lock"));
		} catch (IOException e) {
			// removed by the next connection's clean-up
		}
		releaseLock();
	}

	/**
	 * Removes the temporary files that sessions of dead processes left beside an archive.
	 *
	 * @return the files removed
	 */
	static List<Path> removeStale(Path folder, String archiveName) throws IOException {
		String prefix = prefix(archiveName);
		Map<String, Set<Path>> bySession = new HashMap<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, p -> p.getFileName().toString().startsWith(prefix))) {
			for (Path p : ds) {
				String rest = p.getFileName().toString().substring(prefix.length());
				int end = 0;
				while (end < rest.length() && Character.digit(rest.charAt(end), 16) >= 0) {
					end++;
				}
				if (end == 0) {
					continue;
				}
				bySession.computeIfAbsent(rest.substring(0, end), k -> new HashSet<>()).add(p);
			}
		}
		List<Path> removed = new java.util.ArrayList<>();
		for (Map.Entry<String, Set<Path>> session : bySession.entrySet()) {
			if (LIVE.contains(session.getKey())) {
				continue;
			}
			Path lockFile = folder.resolve(prefix + session.getKey() + ".lock");
			FileChannel ch = null;
			FileLock held = null;
			try {
				if (Files.exists(lockFile)) {
					try {
						ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
						held = ch.tryLock();
					} catch (OverlappingFileLockException e) {
						held = null;
					}
					if (held == null) {
						continue; // another process is using it
					}
				}
				for (Path p : session.getValue()) {
					if (!p.equals(lockFile) && Files.deleteIfExists(p)) {
						removed.add(p);
					}
				}
				if (Files.deleteIfExists(lockFile)) {
					removed.add(lockFile);
				}
			} catch (IOException e) {
				// another try at the next connection
			} finally {
				if (ch != null) {
					ch.close();
				}
			}
		}
		return removed;
	}
}
