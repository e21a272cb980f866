package org.karma.connector.zip.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;

/**
 * A ZIP archive (or a folder inside one) as a writable endpoint.
 *
 * <p><b>Reading.</b> The archive's central directory is read once per archive state into an index
 * ({@link Tree}) with explicit ({@code dir/} entries) and implied directories ({@code a/b/c.txt}
 * implies {@code a} and {@code a/b}); {@link #list} streams one folder's children from it. Before
 * each read outside a batch the archive file's identity (file key, size, time) is compared with
 * the indexed one, and a changed archive (another connection or program wrote it) is read again.
 * An archive with unsafe entry names (zip-slip: {@code ..}, absolute paths, backslashes, drive
 * letters, NUL) is refused with FATAL when connecting.
 *
 * <p><b>Writing.</b> Every commit writes a complete new archive beside the old one (a hidden
 * temporary file in the same folder), copying unchanged entries raw (no recompression) and adding
 * new or changed content deflated (stored for compressed formats or level 0), forces it to disk,
 * checks that the archive was not replaced meanwhile (else PRECONDITION_FAILED and nothing is
 * lost), renames it over the old archive atomically and forces the folder. Killed at any moment,
 * the archive is the old one or the new one, never a mix. Outside a {@link Capability.Batch} each
 * write, mkdir, delete, rename and time change commits on its own (one archive rewrite each);
 * inside a batch they are staged (new content spooled to temporary files beside the archive) and
 * committed together by one rewrite. Reads inside a batch see the staged state.
 *
 * <p><b>Preconditions and concurrency.</b> Preconditions are checked under the connection's write
 * lock against the state the change is committed on (a batch checks when staging and again at
 * commit when the archive changed meanwhile). Connections of this process to the same archive
 * commit one at a time (a lock per archive file); a write of another process is detected before
 * the rename (PRECONDITION_FAILED). Reads run concurrently and never wait for a commit except when
 * the archive on disk changed and must be read again.
 *
 * <p><b>Times and versions.</b> Entries are written with the extended timestamp (UTC, 1 s) and the
 * DOS time; entries of other tools that have only the DOS time are reported in 2 s steps.
 * {@link Entry#version()} is CRC-32, size, time and the {@link WriteToken} of the write: new with
 * every write, stable across rewrites for other entries and across connections.
 *
 * <p><b>Temporary files.</b> {@code .<archive>.karma-zip-*} beside the archive: deleted at commit,
 * rollback and close; those of a killed process are removed by the next connection.
 */
public final class ZipConnection implements Connection {

	static final int MAX_CONCURRENCY = 4;

	/** What every ZIP connection can do. */
	static final ConnectionFacts FACTS = new ConnectionFacts(Duration.ofSeconds(1), true, Set.of(),
			CaseSensitivity.SENSITIVE, EntryNames.RULES, true, true, MAX_CONCURRENCY);

	private static final AtomicLong GENERATIONS = new AtomicLong();
	private static final int COPY_BUFFER = 64 * 1024;
	/** Content up to this size is kept in memory instead of a spool file. */
	private static final int SMALL = 4096;
	/** At most this much small content of a batch is kept in memory; more goes to spool files. */
	private static final long BATCH_MEMORY = 32L << 20;

	private final Path archive;
	private final Path folder;
	private final RelPath inner;
	private final String innerPath;
	private final int level;
	private final Clock clock;
	/** Serializes changes, commits and re-reads of this connection. */
	private final ReentrantLock writeLock = new ReentrantLock();
	/** Serializes commits of all connections of this process to the archive. */
	private final ReentrantLock archiveLock;
	/** Guards {@link #batch} and its working tree (held only briefly). */
	private final Object stateLock = new Object();
	private final SessionFiles session;
	private final Set<TrackedStream> streams = ConcurrentHashMap.newKeySet();
	private final Map<Class<?>, Capability> capabilities;
	private volatile ArchiveState current;
	private Staging batch;
	private volatile boolean closed;

	/** Staged changes of an open batch. */
	private static final class Staging {
		final ArchiveState base;
		final Tree working;
		final List<Change> changes = new ArrayList<>();
		final List<Path> spools = new ArrayList<>();
		long buffered;

		Staging(ArchiveState base) {
			this.base = base;
			this.working = base.tree.copy();
		}
	}

	private ZipConnection(Path archive, RelPath inner, int level, Clock clock, ArchiveState state) {
		this.archive = archive;
		this.folder = archive.getParent();
		this.inner = inner;
		this.innerPath = inner.toString();
		this.level = level;
		this.clock = clock;
		this.current = state;
		this.archiveLock = ArchiveLocks.of(archive);
		this.session = new SessionFiles(folder, archive.getFileName().toString());
		this.capabilities = Map.of(Capability.Batch.class, new BatchCapability(), Capability.Rename.class,
				new RenameCapability(), Capability.RangeRead.class, new RangeReadCapability(),
				Capability.SetModificationTime.class, new SetModificationTimeCapability(), Capability.OpenResources.class,
				(Capability.OpenResources) streams::size);
	}

	/**
	 * Opens a connection: resolves the archive (a missing archive in an existing folder is an
	 * empty endpoint), removes stale temporary files of dead processes, reads the central
	 * directory and checks the entry names and the inner root.
	 *
	 * @throws ConnectorException NOT_FOUND (folder of the archive, or the inner root, missing),
	 *                            WRONG_KIND (the archive path is a folder, the inner root a file),
	 *                            FATAL (not a ZIP archive, unsafe names)
	 */
	static ZipConnection open(ZipLocation location, int level, Clock clock, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		Path archive = location.archive();
		try {
			if (Files.isDirectory(archive)) {
				throw new ConnectorException(Reason.WRONG_KIND, null, "'" + archive + "' is a folder, not a ZIP archive");
			}
			if (Files.exists(archive, LinkOption.NOFOLLOW_LINKS) && Files.exists(archive)) {
				archive = archive.toRealPath();
			} else {
				Path parent = archive.getParent();
				if (parent == null || !Files.isDirectory(parent)) {
					throw new ConnectorException(Reason.NOT_FOUND, null,
							"The folder of the archive '" + archive + "' does not exist");
				}
				if (Files.exists(archive, LinkOption.NOFOLLOW_LINKS)) {
					throw new ConnectorException(Reason.NOT_FOUND, null,
							"'" + archive + "' is a symbolic link to nothing");
				}
				archive = parent.toRealPath().resolve(archive.getFileName());
			}
			SessionFiles.removeStale(archive.getParent(), archive.getFileName().toString());
		} catch (IOException e) {
			throw IoErrors.map(e, null, "opening '" + archive + "'");
		}
		ArchiveState state = ArchiveState.open(archive, GENERATIONS.incrementAndGet());
		if (!location.inner().isRoot()) {
			Node root = state.tree.get(location.inner().toString());
			if (root == null || !root.isDirectory()) {
				state.release();
				throw new ConnectorException(root == null ? Reason.NOT_FOUND : Reason.WRONG_KIND, null, "'"
						+ location.inner() + "' is " + (root == null ? "not in" : "a file in") + " the archive '" + archive + "'");
			}
		}
		return new ZipConnection(archive, location.inner(), level, clock, state);
	}

	@Override
	public ConnectionFacts facts() {
		return FACTS;
	}

	// ---------------------------------------------------------------- reading

	@FunctionalInterface
	private interface TreeReader<T> {
		T read(Tree tree) throws ConnectorException;
	}

	/** Runs a read against the staged state of an open batch, else the current archive state. */
	private <T> T inspect(TreeReader<T> reader) throws ConnectorException {
		ensureOpen();
		synchronized (stateLock) {
			if (batch != null) {
				return reader.read(batch.working);
			}
		}
		return reader.read(fresh().tree);
	}

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, directory);
		String path = entryPath(directory);
		Iterable<Node> children = inspect(tree -> {
			Node dir = tree.get(path);
			if (dir == null) {
				throw new ConnectorException(Reason.NOT_FOUND, directory, "'" + directory + "' does not exist");
			}
			if (!dir.isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, directory, "'" + directory + "' is not a folder");
			}
			NavigableMap<String, Node> c = tree.children(path);
			// a batch's tree changes under us: copy; an archive state's tree never changes
			return tree == currentTree() ? c.values() : List.copyOf(c.values());
		});
		int n = 0;
		for (Node child : children) {
			if ((++n & 255) == 0) {
				ConnectorException.checkCancelled(monitor, directory);
				ensureOpen();
			}
			sink.accept(toEntry(child));
		}
	}

	private Tree currentTree() {
		return current.tree;
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		String p = entryPath(path);
		return inspect(tree -> Optional.ofNullable(tree.get(p)).map(this::toEntry));
	}

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		return open(path, 0, -1, monitor);
	}

	private InputStream open(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		String p = entryPath(path);
		for (;;) {
			Node node = inspect(tree -> tree.get(p));
			if (node == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			if (node.kind() != EntryKind.FILE) {
				throw new ConnectorException(Reason.WRONG_KIND, path,
						"'" + path + "' is " + (node.isDirectory() ? "a folder" : "a link"));
			}
			InputStream in;
			Runnable release;
			try {
				if (node.source() instanceof Node.Stored stored) {
					if (!stored.archive().acquire()) {
						continue; // replaced and closed just now: look again
					}
					release = stored.archive()::release;
					try {
						in = stored.archive().open(stored.entry(), false);
					} catch (ArchiveState.UnreadableEntryException e) {
						release.run();
						throw new ConnectorException(Reason.UNSUPPORTED, path, "'" + path + "' is " + e.getMessage(), e);
					} catch (IOException | RuntimeException e) {
						release.run();
						throw e;
					}
				} else if (node.source() instanceof Node.Buffered b) {
					in = new java.io.ByteArrayInputStream(b.data());
					release = () -> {
					};
				} else {
					in = Files.newInputStream(((Node.Spooled) node.source()).file());
					release = () -> {
					};
				}
			} catch (IOException e) {
				throw IoErrors.map(e, path, "reading '" + path + "'");
			}
			try {
				if (offset > 0) {
					skipFully(in, Math.min(offset, node.size()));
				}
			} catch (IOException e) {
				closeQuietly(in);
				release.run();
				throw IoErrors.map(e, path, "reading '" + path + "'");
			}
			TrackedStream[] holder = new TrackedStream[1];
			TrackedStream tracked = new TrackedStream(in, length, () -> {
				streams.remove(holder[0]);
				release.run();
			});
			holder[0] = tracked;
			streams.add(tracked);
			if (closed) {
				closeQuietly(tracked);
				ensureOpen();
			}
			return tracked;
		}
	}

	private static void skipFully(InputStream in, long n) throws IOException {
		long left = n;
		byte[] buffer = null;
		while (left > 0) {
			long s = in.skip(left);
			if (s > 0) {
				left -= s;
				continue;
			}
			if (buffer == null) {
				buffer = new byte[(int) Math.min(COPY_BUFFER, left)];
			}
			int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (r < 0) {
				return;
			}
			left -= r;
		}
	}

	/** The current state, read again first when the archive file changed on disk. */
	private ArchiveState fresh() throws ConnectorException {
		ArchiveState s = current;
		if (identity().equals(s.identity)) {
			return s;
		}
		writeLock.lock();
		try {
			ensureOpen();
			return freshLocked();
		} finally {
			writeLock.unlock();
		}
	}

	/** {@link #fresh()} for holders of the write lock. */
	private ArchiveState freshLocked() throws ConnectorException {
		ArchiveState s = current;
		if (!identity().equals(s.identity)) {
			ArchiveState next = ArchiveState.open(archive, GENERATIONS.incrementAndGet());
			current = next;
			s.release();
		}
		return current;
	}

	private Identity identity() throws ConnectorException {
		try {
			return Identity.of(archive);
		} catch (IOException e) {
			throw IoErrors.map(e, null, "reading the archive's attributes");
		}
	}

	// ---------------------------------------------------------------- writing

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		ensureOpen();
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		String p = entryPath(path);
		checkWritable(p, false, path);
		Instant mtime = seconds(options.mtime() != null ? options.mtime() : clock.instant());
		Path spool = null;
		long size = 0;
		CRC32 crc = new CRC32();
		byte[] small = new byte[SMALL + 1];
		try {
			int n = readUpTo(content, small, path, monitor);
			crc.update(small, 0, n);
			size = n;
			if (n > SMALL || overBatchMemory(n)) {
				spool = session.create(".spool");
				try (OutputStream out = Files.newOutputStream(spool, StandardOpenOption.WRITE)) {
					out.write(small, 0, n);
					byte[] buffer = new byte[COPY_BUFFER];
					while ((n = readUpTo(content, buffer, path, monitor)) > 0) {
						out.write(buffer, 0, n);
						crc.update(buffer, 0, n);
						size += n;
					}
				}
			}
			if (options.size() >= 0 && size != options.size()) {
				throw new ConnectorException(Reason.FATAL, path,
						"Expected " + options.size() + " bytes for '" + path + "' but the content had " + size);
			}
		} catch (IOException e) {
			session.delete(spool);
			throw IoErrors.map(e, path, "staging the content of '" + path + "'");
		} catch (ConnectorException | RuntimeException e) {
			session.delete(spool);
			throw e;
		}
		Node.Source source = spool != null ? new Node.Spooled(spool)
				: new Node.Buffered(java.util.Arrays.copyOf(small, (int) size));
		return change(new Change.Write(path, p, source, size, crc.getValue(), mtime, WriteToken.next(),
				options.precondition(), options.createParents()), path, spool, monitor);
	}

	/** Fills the buffer as far as the content goes; the number of bytes read (0 at the end). */
	private static int readUpTo(InputStream content, byte[] buffer, RelPath path, IProgressMonitor monitor)
			throws ConnectorException {
		int filled = 0;
		while (filled < buffer.length) {
			ConnectorException.checkCancelled(monitor, path);
			int n;
			try {
				n = content.read(buffer, filled, buffer.length - filled);
			} catch (IOException e) {
				throw new ConnectorException(Reason.TRANSIENT, path, "Reading the content to write failed: " + e.getMessage(), e);
			}
			if (n < 0) {
				break;
			}
			filled += n;
		}
		return filled;
	}

	/** Whether small content would take an open batch over its memory budget. */
	private boolean overBatchMemory(int bytes) {
		synchronized (stateLock) {
			return batch != null && batch.buffered + bytes > BATCH_MEMORY;
		}
	}

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ensureOpen();
		ConnectorException.checkCancelled(monitor, path);
		String p = entryPath(path);
		if (!path.isRoot()) {
			checkWritable(p, true, path);
		}
		return change(new Change.Mkdir(path, p, seconds(clock.instant())), path, null, monitor);
	}

	@Override
	public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException {
		ensureOpen();
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.PERMISSION_DENIED, path, "the root of the connection cannot be deleted");
		}
		change(new Change.Delete(path, entryPath(path), recursive, precondition), null, null, monitor);
	}

	/**
	 * Applies a change: staged into the open batch, or committed on its own.
	 *
	 * @param result the entry to report afterwards, or null
	 * @param spool  the change's spooled content (owned from here on), or null
	 */
	private Entry change(Change change, RelPath result, Path spool, IProgressMonitor monitor) throws ConnectorException {
		boolean staged = false;
		writeLock.lock();
		try {
			ensureOpen();
			synchronized (stateLock) {
				if (batch != null) {
					change.apply(batch.working);
					batch.changes.add(change);
					if (spool != null) {
						batch.spools.add(spool);
					}
					if (change instanceof Change.Write w && w.content() instanceof Node.Buffered b) {
						batch.buffered += b.data().length;
					}
					staged = true;
					return result == null ? null : toEntry(batch.working.get(entryPath(result)));
				}
			}
			archiveLock.lock();
			try {
				ArchiveState base = freshLocked();
				Tree tree = base.tree.copy();
				if (change.apply(tree)) {
					rewrite(base, tree, change.rel(), monitor);
				}
				return result == null ? null : toEntry(current.tree.get(entryPath(result)));
			} finally {
				archiveLock.unlock();
			}
		} finally {
			writeLock.unlock();
			if (!staged) {
				session.delete(spool);
			}
		}
	}

	/**
	 * Writes the tree as the new archive: beside the old one, forced to disk, checked that the
	 * archive is still the one the tree was built on, renamed over it, folder forced. Caller holds
	 * the write lock and the archive lock; {@code base} is the current state.
	 */
	private void rewrite(ArchiveState base, Tree tree, RelPath path, IProgressMonitor monitor) throws ConnectorException {
		for (Node n : tree.inArchiveOrder()) {
			if (n.source() instanceof Node.Stored s && n.kind() != EntryKind.DIRECTORY
					&& s.entry().getGeneralPurposeBit().usesEncryption()) {
				throw new ConnectorException(Reason.UNSUPPORTED, path, "The archive holds encrypted entries ('" + n.path()
						+ "'); they cannot be copied into a new archive, so it cannot be changed");
			}
		}
		if (Files.exists(archive) && !Files.isWritable(archive)) {
			throw new ConnectorException(Reason.PERMISSION_DENIED, path, "The archive '" + archive + "' is read-only");
		}
		Path tmp = null;
		try {
			tmp = session.create(".tmp");
			ArchiveWriter.write(tmp, tree, level, seconds(clock.instant()), monitor);
			copyPermissions(tmp);
			ConnectorException.checkCancelled(monitor, path);
			if (!identity().equals(base.identity)) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "The archive '" + archive
						+ "' was changed by another program while this change was being written; nothing was written");
			}
			Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			forceFolder();
		} catch (IOException e) {
			throw IoErrors.map(e, path, "writing the archive '" + archive + "'");
		} finally {
			session.delete(tmp);
		}
		ArchiveState next = ArchiveState.open(archive, GENERATIONS.incrementAndGet());
		ArchiveState old = current;
		current = next;
		old.release();
	}

	private void copyPermissions(Path tmp) {
		try {
			Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(archive));
		} catch (NoSuchFileException e) {
			// a new archive: the default permissions
		} catch (IOException | UnsupportedOperationException e) {
			// not a POSIX file system, or not ours to change: the default permissions
		}
	}

	private void forceFolder() {
		try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
			dir.force(true);
		} catch (IOException e) {
			// some file systems cannot force a folder; the rename is done either way
		}
	}

	// ---------------------------------------------------------------- capabilities

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		Capability c = capabilities.get(type);
		return c == null ? Optional.empty() : Optional.of(type.cast(c));
	}

	/** One archive rewrite for all changes between begin and commit. */
	private final class BatchCapability implements Capability.Batch {
		@Override
		public void begin(IProgressMonitor monitor) throws ConnectorException {
			writeLock.lock();
			try {
				ensureOpen();
				synchronized (stateLock) {
					if (batch != null) {
						throw new ConnectorException(Reason.FATAL, null, "A batch is open already on this connection");
					}
				}
				ArchiveState base = freshLocked();
				base.acquire();
				synchronized (stateLock) {
					batch = new Staging(base);
				}
			} finally {
				writeLock.unlock();
			}
		}

		@Override
		public void commit(IProgressMonitor monitor) throws ConnectorException {
			writeLock.lock();
			try {
				ensureOpen();
				Staging b;
				synchronized (stateLock) {
					b = batch;
				}
				if (b == null) {
					throw new ConnectorException(Reason.FATAL, null, "No batch is open on this connection");
				}
				try {
					if (!b.changes.isEmpty()) {
						archiveLock.lock();
						try {
							ArchiveState base = freshLocked();
							Tree tree = b.working;
							if (base != b.base) {
								// changed meanwhile: apply the staged changes again, checking each again
								tree = base.tree.copy();
								for (Change c : b.changes) {
									c.apply(tree);
								}
							}
							rewrite(base, tree, RelPath.ROOT, monitor);
						} finally {
							archiveLock.unlock();
						}
					}
				} finally {
					end(b);
				}
			} finally {
				writeLock.unlock();
			}
		}

		@Override
		public void rollback(IProgressMonitor monitor) throws ConnectorException {
			writeLock.lock();
			try {
				Staging b;
				synchronized (stateLock) {
					b = batch;
				}
				if (b != null) {
					end(b);
				}
			} finally {
				writeLock.unlock();
			}
		}
	}

	/** Drops a batch: its staged files are deleted, its archive state let go. */
	private void end(Staging b) {
		synchronized (stateLock) {
			if (batch == b) {
				batch = null;
			}
		}
		session.deleteAll(b.spools);
		b.base.release();
	}

	private final class RenameCapability implements Capability.Rename {
		@Override
		public Entry rename(RelPath from, RelPath to, boolean replace, IProgressMonitor monitor) throws ConnectorException {
			ensureOpen();
			ConnectorException.checkCancelled(monitor, from);
			if (from.isRoot() || to.isRoot()) {
				throw new ConnectorException(Reason.PERMISSION_DENIED, from.isRoot() ? from : to,
						"the root of the connection cannot be renamed or replaced");
			}
			String f = entryPath(from);
			String t = entryPath(to);
			Node node = inspect(tree -> tree.get(f));
			checkWritable(t, node != null && node.isDirectory(), to);
			return change(new Change.Rename(from, f, to, t, replace), to, null, monitor);
		}
	}

	private final class RangeReadCapability implements Capability.RangeRead {
		@Override
		public InputStream read(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException {
			if (offset < 0 || length < -1) {
				throw new IllegalArgumentException("bad range: offset " + offset + ", length " + length);
			}
			return open(path, offset, length, monitor);
		}
	}

	private final class SetModificationTimeCapability implements Capability.SetModificationTime {
		@Override
		public Entry setModificationTime(RelPath path, Instant mtime, IProgressMonitor monitor) throws ConnectorException {
			ensureOpen();
			ConnectorException.checkCancelled(monitor, path);
			return change(new Change.SetMtime(path, entryPath(path), seconds(mtime)), path, null, monitor);
		}
	}

	// ---------------------------------------------------------------- closing

	/** Closes open streams, drops an open batch, deletes this connection's temporary files. Idempotent. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		writeLock.lock();
		try {
			if (closed) {
				return;
			}
			closed = true;
			for (TrackedStream s : List.copyOf(streams)) {
				closeQuietly(s);
			}
			Staging b;
			synchronized (stateLock) {
				b = batch;
			}
			if (b != null) {
				end(b);
			}
			current.release();
			session.close();
		} finally {
			writeLock.unlock();
		}
	}

	// ---------------------------------------------------------------- helpers

	private void ensureOpen() throws ConnectorException {
		if (closed) {
			throw new ConnectorException(Reason.FATAL, null, "The connection to '" + archive + "' is closed");
		}
	}

	/** The entry path inside the archive of a connection path. */
	private String entryPath(RelPath path) {
		return inner.resolve(path).toString();
	}

	/** The connection path of an entry path. */
	private RelPath relPath(String entryPath) {
		if (innerPath.isEmpty()) {
			return RelPath.of(entryPath);
		}
		return entryPath.length() == innerPath.length() ? RelPath.ROOT : RelPath.of(entryPath.substring(innerPath.length() + 1));
	}

	private Entry toEntry(Node node) {
		return new Entry(relPath(node.path()), node.kind(), node.isDirectory() ? 0 : node.size(), node.mtime(), Map.of(),
				node.version());
	}

	private static void checkWritable(String entryPath, boolean directory, RelPath path) throws ConnectorException {
		Optional<String> problem = EntryNames.unwritable(entryPath, directory);
		if (problem.isPresent()) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path, "Cannot store '" + EntryNames.printable(path.toString())
					+ "' in a ZIP archive: " + problem.get());
		}
	}

	private static Instant seconds(Instant t) {
		return t.truncatedTo(ChronoUnit.SECONDS);
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		} catch (IOException e) {
			// closing only
		}
	}
}
