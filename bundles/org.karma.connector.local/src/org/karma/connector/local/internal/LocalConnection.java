package org.karma.connector.local.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
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
import org.karma.connector.local.internal.SafePaths.Mode;
import org.karma.connector.local.internal.SafePaths.Resolved;

/**
 * A connection to a local folder (see {@code docs/connectors/local.md} for the user's view).
 *
 * <h2>Writes</h2> Content goes to a temporary file {@code .NAME.karma-tmp-<random>} in the
 * target's folder (hidden from listings and change feeds), is counted against
 * {@link WriteOptions#size()}, forced to disk when {@link WriteOptions#sync()} asks (the folder
 * too, after the rename), gets its modification time, and is then renamed over the target in one
 * step ({@code rename(2)}): readers see the old or the new file, never a mix. A failed or cancelled
 * write removes its temporary file.
 * <ul>
 * <li>{@link Precondition#ABSENT} is atomic: the temporary file is hard-linked to the target name,
 * which fails when anything is there (a rename would replace it silently); where the file system has
 * no hard links it falls back to a check followed by a rename.</li>
 * <li>{@link Precondition#unchanged(String)} is checked right before the rename, under a lock shared
 * by every local connection in this JVM ({@link CommitLocks}): two KARMA writers never both win.
 * Another program changing the file between that check and the rename (microseconds) is not
 * noticed.</li>
 * </ul>
 *
 * <h2>Links</h2> Every folder on the way to a path is checked without following links
 * ({@link SafePaths}); final components are opened, replaced and deleted without following them.
 * With {@code follow_symlinks}, reads, listings and stats follow links (also to targets outside the
 * root: that is what the option is for); writes, deletes, mkdir, rename and set-mtime never do.
 *
 * <p>Thread-safe; every method may run concurrently. {@link #close()} closes the streams handed
 * out and stops the change feeds; every call after it fails with FATAL "connection closed".
 */
public final class LocalConnection implements Connection, Capability.Rename, Capability.SetModificationTime,
		Capability.RangeRead, Capability.ChangeFeed, Capability.OpenResources, Capability.FolderReads {

	private static final int BUFFER = 1 << 16;
	private static final int LIST_CANCEL_CHECK = 256;
	private static final Set<Class<?>> CAPABILITIES = Set.of(Capability.Rename.class,
			Capability.SetModificationTime.class, Capability.RangeRead.class, Capability.ChangeFeed.class,
			Capability.OpenResources.class, Capability.FolderReads.class);

	private final SafePaths paths;
	private final ConnectionFacts facts;
	private final boolean follow;
	private final boolean unixView;
	private final AtomicBoolean closed = new AtomicBoolean();
	private final Set<TrackedStream> streams = ConcurrentHashMap.newKeySet();
	private final Set<LocalWatch> watches = ConcurrentHashMap.newKeySet();
	private final Set<LocalFolder> folders = ConcurrentHashMap.newKeySet();
	/** Whether the file system gives handles on folders to work relative to; null until asked. */
	private volatile Boolean folderHandles;

	/**
	 * @param root   the real path of an existing folder
	 * @param follow the {@code follow_symlinks} option
	 */
	LocalConnection(Path root, boolean follow, ConnectionFacts facts) {
		this.paths = new SafePaths(root, follow);
		this.follow = follow;
		this.facts = facts;
		this.unixView = root.getFileSystem().supportedFileAttributeViews().contains("unix");
	}

	/** The root folder (its real path). */
	public Path root() {
		return paths.root();
	}

	@Override
	public ConnectionFacts facts() {
		return facts;
	}

	// ------------------------------------------------------------------ list, stat, read

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		start(directory, monitor);
		Path dir = resolveClear(directory, Mode.READ, "cannot list");
		FileInfo info = infoOrNull(directory, dir, follow, "cannot list");
		if (info == null) {
			throw new ConnectorException(Reason.NOT_FOUND, directory, "folder '" + directory + "' does not exist");
		}
		requireKind(directory, info, EntryKind.DIRECTORY, "list");
		int n = 0;
		try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
			for (Path child : children) {
				if (++n % LIST_CANCEL_CHECK == 0) {
					ConnectorException.checkCancelled(monitor, directory);
					ensureOpen(directory);
				}
				String name = child.getFileName().toString();
				if (TempNames.isHidden(name)) {
					continue;
				}
				RelPath rel = directory.child(name);
				FileInfo childInfo;
				try {
					childInfo = notLooping(rel, child, FileInfo.read(child, follow, unixView));
				} catch (NoSuchFileException gone) {
					continue; // deleted while we listed
				} catch (IOException e) {
					throw IoErrors.map(e, rel, "cannot examine");
				}
				sink.accept(childInfo.toEntry(rel, facts.mtimePrecision()));
			}
		} catch (DirectoryIteratorException e) {
			throw IoErrors.map(e.getCause(), directory, "cannot list");
		} catch (IOException e) {
			throw IoErrors.map(e, directory, "cannot list");
		}
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		start(path, monitor);
		Resolved r = paths.resolve(path, Mode.READ);
		if (!r.clear()) {
			return Optional.empty();
		}
		FileInfo info = infoOrNull(path, r.path(), follow, "cannot examine");
		return info == null ? Optional.empty()
				: Optional.of(notLooping(path, r.path(), info).toEntry(path, facts.mtimePrecision()));
	}

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		return open(path, 0, -1, monitor);
	}

	@Override
	public InputStream read(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException {
		if (offset < 0 || length < -1) {
			throw new ConnectorException(Reason.FATAL, path, "bad range: offset " + offset + ", length " + length);
		}
		return open(path, offset, length, monitor);
	}

	private InputStream open(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException {
		start(path, monitor);
		Resolved r = paths.resolve(path, Mode.READ);
		if (!r.clear()) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist ('" + r.at() + "' "
					+ (r.obstacle() == SafePaths.Obstacle.MISSING ? "does not exist)" : "is not a folder)"));
		}
		// only the kind is needed (a pipe must not be opened): the basic attributes, cheaper than the version's
		FileInfo info = infoOrNull(path, r.path(), follow, "cannot read", false);
		if (info == null) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
		}
		requireKind(path, info, EntryKind.FILE, "read");
		OpenOption[] options = follow ? new OpenOption[] { StandardOpenOption.READ }
				: new OpenOption[] { StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS };
		FileChannel channel = null;
		try {
			channel = FileChannel.open(r.path(), options);
			if (offset > 0) {
				channel.position(offset);
			}
		} catch (IOException e) {
			closeQuietly(channel);
			throw IoErrors.map(e, path, "cannot read");
		}
		return track(path, channel, length);
	}

	/** Hands out a stream on an open channel; closed with the connection. */
	InputStream track(RelPath path, SeekableByteChannel channel, long length) throws ConnectorException {
		TrackedStream stream = new TrackedStream(channel, length, streams::remove);
		streams.add(stream);
		if (closed.get()) { // closed while we opened: do not leak past close()
			stream.closeByConnection();
			throw closedException(path);
		}
		return stream;
	}

	// ------------------------------------------------------------------ folder reads

	@Override
	public Capability.FolderReads.Folder openFolder(RelPath directory, IProgressMonitor monitor) throws ConnectorException {
		start(directory, monitor);
		LocalFolder folder = LocalFolder.open(this, directory);
		folders.add(folder);
		if (closed.get()) {
			folder.close();
			throw closedException(directory);
		}
		return folder;
	}

	/**
	 * Throws what {@link #list} would for a folder that {@link LocalFolder} could not open by
	 * handle: the path-based checks give the same messages as every other operation.
	 */
	ConnectorException folderError(RelPath directory, IOException cause) throws ConnectorException {
		Path dir = resolveClear(directory, Mode.READ, "cannot open");
		FileInfo info = infoOrNull(directory, dir, follow, "cannot open", false);
		if (info == null) {
			throw new ConnectorException(Reason.NOT_FOUND, directory, "folder '" + directory + "' does not exist");
		}
		requireKind(directory, info, EntryKind.DIRECTORY, "open");
		return IoErrors.map(cause, directory, "cannot open");
	}

	void opened(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		start(path, monitor);
	}

	void forget(LocalFolder folder) {
		folders.remove(folder);
	}

	boolean follows() {
		return follow;
	}

	// ------------------------------------------------------------------ write

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		start(path, monitor);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder; it cannot be written as a file");
		}
		checkName(path, path.name());
		Path target = prepareParent(path, options.createParents(), monitor);
		FileInfo existing = infoOrNull(path, target, false, "cannot write");
		if (existing != null && existing.kind() == EntryKind.DIRECTORY) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "cannot write '" + path + "': a folder is there");
		}
		checkPrecondition(path, target, options.precondition(), "written"); // fail fast, checked again below
		Path dir = target.getParent();
		Path temp = null;
		boolean committed = false;
		try {
			temp = createTemp(dir, path);
			try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
				copy(path, content, out, options.size(), monitor);
				if (options.sync()) {
					out.force(true);
				}
			}
			if (options.mtime() != null) {
				Files.getFileAttributeView(temp, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
						.setTimes(FileTime.from(options.mtime()), null, null);
			}
			ConnectorException.checkCancelled(monitor, path);
			ensureOpen(path);
			commit(path, temp, target, options.precondition());
			committed = true;
			if (options.sync()) {
				syncDirectory(dir);
			}
		} catch (IOException e) {
			throw writeFailure(e, path, dir);
		} finally {
			if (!committed && temp != null) {
				deleteQuietly(temp);
			}
		}
		return entryAfterChange(path, target, "write");
	}

	/** Resolves the target of a write, creating missing parents when asked. */
	private Path prepareParent(RelPath path, boolean createParents, IProgressMonitor monitor) throws ConnectorException {
		Resolved r = paths.resolve(path, Mode.WRITE);
		switch (r.obstacle()) {
		case NONE:
			return r.path();
		case NOT_A_DIRECTORY:
			throw new ConnectorException(Reason.WRONG_KIND, path,
					"cannot write '" + path + "': '" + r.at() + "' is a file, not a folder");
		case MISSING:
		default:
			if (!createParents) {
				throw new ConnectorException(Reason.NOT_FOUND, path,
						"cannot write '" + path + "': folder '" + r.at() + "' does not exist");
			}
			mkdirs(path.parent(), monitor);
			return paths.resolve(path, Mode.WRITE).path();
		}
	}

	private Path createTemp(Path dir, RelPath path) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path temp = dir.resolve(TempNames.forWrite(path.name()));
			try {
				Files.createFile(temp);
				return temp;
			} catch (FileAlreadyExistsException e) {
				if (attempt > 5) {
					throw e;
				}
			}
		}
	}

	private void copy(RelPath path, InputStream content, FileChannel out, long expected, IProgressMonitor monitor)
			throws ConnectorException, IOException {
		byte[] buffer = new byte[BUFFER];
		ByteBuffer wrapped = ByteBuffer.wrap(buffer);
		long total = 0;
		while (true) {
			ConnectorException.checkCancelled(monitor, path);
			ensureOpen(path);
			int n;
			try {
				n = content.read(buffer);
			} catch (IOException e) {
				throw sourceFailure(e, path);
			}
			if (n < 0) {
				break;
			}
			total += n;
			if (expected >= 0 && total > expected) {
				throw sizeMismatch(path, expected, "more than");
			}
			wrapped.clear().limit(n);
			while (wrapped.hasRemaining()) {
				out.write(wrapped);
			}
		}
		if (expected >= 0 && total != expected) {
			throw sizeMismatch(path, expected, total + " bytes instead of");
		}
	}

	private static ConnectorException sizeMismatch(RelPath path, long expected, String got) {
		return new ConnectorException(Reason.FATAL, path,
				"cannot write '" + path + "': the content had " + got + " the " + expected + " bytes announced");
	}

	private static ConnectorException sourceFailure(IOException e, RelPath path) {
		if (e.getCause() instanceof ConnectorException ce) {
			return new ConnectorException(ce.reason(), path, "cannot write '" + path + "': " + ce.getMessage(), e,
					ce.isRetryable());
		}
		return new ConnectorException(Reason.TRANSIENT, path,
				"cannot write '" + path + "': reading the content failed: " + IoErrors.reasonText(e), e);
	}

	/** Maps a failure of the write itself; an I/O error on a full disk is QUOTA whatever its text. */
	private ConnectorException writeFailure(IOException e, RelPath path, Path dir) {
		ConnectorException mapped = IoErrors.map(e, path, "cannot write");
		if (mapped.reason() == Reason.FATAL) {
			try {
				if (Files.getFileStore(dir).getUsableSpace() < BUFFER) {
					return new ConnectorException(Reason.QUOTA, path, "cannot write '" + path + "': no space left", e);
				}
			} catch (IOException ignored) {
				// keep the first mapping
			}
		}
		return mapped;
	}

	/** Makes the temporary file the target, under the precondition. */
	private void commit(RelPath path, Path temp, Path target, Precondition precondition)
			throws ConnectorException, IOException {
		ReentrantLock lock = CommitLocks.of(target);
		lock.lock();
		try {
			if (precondition instanceof Precondition.Absent) {
				try {
					Files.createLink(target, temp); // fails when anything is there: atomic "only if absent"
				} catch (FileAlreadyExistsException e) {
					throw new ConnectorException(Reason.PRECONDITION_FAILED, path,
							"'" + path + "' was not written: it exists already", e);
				} catch (UnsupportedOperationException | IOException e) {
					if (e instanceof IOException io && !noHardLinks(io, path)) {
						throw io;
					}
					// no hard links on this file system: check, then rename without replacing
					checkPrecondition(path, target, precondition, "written");
					Files.move(temp, target);
					return;
				}
				deleteQuietly(temp); // the target is in place: the write is done
				return;
			}
			checkPrecondition(path, target, precondition, "written");
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			lock.unlock();
		}
	}

	/** Whether a failed hard link means the file system has none (EPERM on FAT, EMLINK, unknown errors). */
	private static boolean noHardLinks(IOException e, RelPath path) {
		Reason reason = IoErrors.map(e, path, "cannot link").reason();
		return reason == Reason.PERMISSION_DENIED || reason == Reason.FATAL || reason == Reason.UNSUPPORTED;
	}

	private void checkPrecondition(RelPath path, Path target, Precondition precondition, String done)
			throws ConnectorException {
		if (precondition instanceof Precondition.None) {
			return;
		}
		FileInfo now = infoOrNull(path, target, follow, "cannot examine");
		if (precondition instanceof Precondition.Absent) {
			if (now != null) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path,
						"'" + path + "' was not " + done + ": it exists already");
			}
		} else if (precondition instanceof Precondition.Unchanged u) {
			if (now == null) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path,
						"'" + path + "' was not " + done + ": it no longer exists");
			}
			if (!now.version().equals(u.version())) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path,
						"'" + path + "' was not " + done + ": it was changed by someone else");
			}
		}
	}

	private static void syncDirectory(Path dir) {
		try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
			ch.force(true);
		} catch (IOException e) {
			// not every platform can open or sync a folder; the data itself was forced
		}
	}

	// ------------------------------------------------------------------ mkdir

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		start(path, monitor);
		mkdirs(path, monitor);
		return entryAfterChange(path, paths.toPath(path), "create");
	}

	/** Creates a folder and its missing parents, one component at a time, never through a link. */
	private void mkdirs(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		Path p = paths.root();
		RelPath sofar = RelPath.ROOT;
		for (String segment : path.segments()) {
			ConnectorException.checkCancelled(monitor, path);
			sofar = sofar.child(segment);
			p = paths.toPath(sofar);
			boolean last = sofar.depth() == path.depth();
			for (int attempt = 0;; attempt++) {
				BasicFileAttributes a;
				try {
					a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
				} catch (NoSuchFileException e) {
					checkName(sofar, segment);
					try {
						Files.createDirectory(p);
						break;
					} catch (FileAlreadyExistsException raced) {
						if (attempt < 3) {
							continue; // someone else made it: look again
						}
						throw IoErrors.map(raced, sofar, "cannot create folder");
					} catch (IOException ce) {
						throw IoErrors.map(ce, sofar, "cannot create folder");
					}
				} catch (IOException e) {
					throw IoErrors.map(e, sofar, "cannot create folder");
				}
				if (a.isDirectory()) {
					break;
				}
				if (a.isSymbolicLink()) {
					if (last) {
						throw new ConnectorException(Reason.ALREADY_EXISTS, path,
								"cannot create folder '" + path + "': a symbolic link is there");
					}
					throw new ConnectorException(Reason.PERMISSION_DENIED, path, "'" + sofar
							+ "' is a symbolic link; KARMA never creates folders through links, so '" + path + "' is refused");
				}
				if (last) {
					throw new ConnectorException(Reason.ALREADY_EXISTS, path,
							"cannot create folder '" + path + "': a file is there");
				}
				throw new ConnectorException(Reason.WRONG_KIND, path,
						"cannot create folder '" + path + "': '" + sofar + "' is a file");
			}
		}
	}

	// ------------------------------------------------------------------ delete

	@Override
	public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException {
		start(path, monitor);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.PERMISSION_DENIED, path, "the root folder itself is never deleted");
		}
		Resolved r = paths.resolve(path, Mode.WRITE);
		if (!r.clear()) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "cannot delete '" + path + "': it does not exist");
		}
		Path target = r.path();
		FileInfo self = infoOrNull(path, target, false, "cannot delete");
		if (self == null) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "cannot delete '" + path + "': it does not exist");
		}
		try {
			if (self.kind() == EntryKind.DIRECTORY) {
				if (precondition instanceof Precondition.Absent) {
					checkPrecondition(path, target, precondition, "deleted");
				}
				if (recursive) {
					deleteTree(path, target, monitor);
				} else {
					deleteListedEmpty(target);
				}
				return;
			}
			ReentrantLock lock = CommitLocks.of(target);
			lock.lock();
			try {
				checkPrecondition(path, target, precondition, "deleted");
				Files.delete(target); // a link: the link itself
			} finally {
				lock.unlock();
			}
		} catch (DirectoryNotEmptyException e) {
			throw new ConnectorException(Reason.NOT_EMPTY, path, "cannot delete folder '" + path + "': it is not empty", e);
		} catch (IOException e) {
			throw IoErrors.map(e, path, "cannot delete");
		}
	}

	/**
	 * Deletes a folder that is empty as listed. Temporary files left by a write that never ended
	 * (the process was killed) are hidden from listings, so the folder looks empty to the engine;
	 * they go with the folder instead of keeping it forever. Anything else in it, a hidden folder
	 * included, still makes the delete fail with NOT_EMPTY. A write in progress in the folder (of
	 * another process) then fails when it commits, as it would if the folder went a moment earlier.
	 */
	private static void deleteListedEmpty(Path dir) throws IOException {
		try {
			Files.delete(dir);
		} catch (DirectoryNotEmptyException notEmpty) {
			List<Path> leftovers = new ArrayList<>();
			try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
				for (Path child : children) {
					if (!TempNames.isHidden(child.getFileName().toString())
							|| Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
						throw notEmpty;
					}
					leftovers.add(child);
				}
			}
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
			Files.delete(dir);
		}
	}

	/**
	 * Deletes a folder and everything in it without ever following a link. Where the platform
	 * offers {@link SecureDirectoryStream} (Linux), every step works relative to an open folder
	 * handle opened with {@code O_NOFOLLOW}, so even a folder swapped for a link during the walk is
	 * not followed; elsewhere a walk that does not follow links is used.
	 */
	private void deleteTree(RelPath path, Path dir, IProgressMonitor monitor) throws ConnectorException, IOException {
		try (DirectoryStream<Path> parent = Files.newDirectoryStream(dir.getParent())) {
			if (parent instanceof SecureDirectoryStream<Path> secureParent) {
				deleteSecure(path, secureParent, dir.getFileName(), monitor);
				return;
			}
		}
		Files.walkFileTree(dir, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				if (monitor != null && monitor.isCanceled()) {
					throw new java.io.InterruptedIOException("cancelled");
				}
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
				if (e != null) {
					throw e;
				}
				Files.delete(d);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/**
	 * Deletes the folder {@code name} of {@code parent} and its content. A folder whose listing
	 * changed while it was emptied is gone through again (a few times, then NOT_EMPTY).
	 */
	private void deleteSecure(RelPath path, SecureDirectoryStream<Path> parent, Path name, IProgressMonitor monitor)
			throws ConnectorException, IOException {
		for (int pass = 0;; pass++) {
			try (SecureDirectoryStream<Path> dir = parent.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
				for (Path entry : dir) {
					ConnectorException.checkCancelled(monitor, path);
					ensureOpen(path);
					Path child = entry.getFileName();
					BasicFileAttributes a = dir
							.getFileAttributeView(child, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
							.readAttributes();
					if (a.isDirectory()) {
						deleteSecure(path, dir, child, monitor);
					} else {
						dir.deleteFile(child);
					}
				}
			} catch (DirectoryIteratorException e) {
				throw e.getCause();
			}
			try {
				parent.deleteDirectory(name);
				return;
			} catch (DirectoryNotEmptyException e) {
				if (pass >= 2) {
					throw e;
				}
			}
		}
	}

	// ------------------------------------------------------------------ capabilities

	@Override
	public Entry rename(RelPath from, RelPath to, boolean replace, IProgressMonitor monitor) throws ConnectorException {
		start(from, monitor);
		if (from.isRoot() || to.isRoot()) {
			throw new ConnectorException(Reason.PERMISSION_DENIED, from, "the root folder cannot be renamed or replaced");
		}
		checkName(to, to.name());
		Resolved rf = paths.resolve(from, Mode.WRITE);
		FileInfo source = rf.clear() ? infoOrNull(from, rf.path(), false, "cannot rename") : null;
		if (source == null) {
			throw new ConnectorException(Reason.NOT_FOUND, from, "cannot rename '" + from + "': it does not exist");
		}
		Resolved rt = paths.resolve(to, Mode.WRITE);
		if (!rt.clear()) {
			throw new ConnectorException(rt.obstacle() == SafePaths.Obstacle.MISSING ? Reason.NOT_FOUND : Reason.WRONG_KIND,
					to, "cannot rename '" + from + "' to '" + to + "': '" + rt.at() + "' "
							+ (rt.obstacle() == SafePaths.Obstacle.MISSING ? "does not exist" : "is not a folder"));
		}
		if (!to.parent().isRoot()) {
			FileInfo parent = infoOrNull(to.parent(), rt.path().getParent(), false, "cannot rename");
			if (parent == null) {
				throw new ConnectorException(Reason.NOT_FOUND, to,
						"cannot rename '" + from + "' to '" + to + "': folder '" + to.parent() + "' does not exist");
			}
			if (parent.kind() != EntryKind.DIRECTORY) {
				throw new ConnectorException(Reason.WRONG_KIND, to,
						"cannot rename '" + from + "' to '" + to + "': '" + to.parent() + "' is not a folder");
			}
		}
		if (from.equals(to)) {
			return source.toEntry(to, facts.mtimePrecision());
		}
		if (to.startsWith(from)) {
			throw new ConnectorException(Reason.FATAL, to, "cannot move '" + from + "' into itself");
		}
		Path src = rf.path();
		Path dst = rt.path();
		ReentrantLock lock = CommitLocks.of(dst);
		lock.lock();
		try {
			if (replace) {
				Files.move(src, dst, StandardCopyOption.ATOMIC_MOVE);
			} else if (infoOrNull(to, dst, false, "cannot rename") != null) {
				throw new ConnectorException(Reason.ALREADY_EXISTS, to,
						"cannot rename '" + from + "' to '" + to + "': '" + to + "' exists already");
			} else if (source.kind() != EntryKind.DIRECTORY && linkNoReplace(src, dst)) {
				deleteLinkedSource(src, dst);
			} else {
				Files.move(src, dst); // folders: the JDK checks, then renames
			}
		} catch (FileAlreadyExistsException e) {
			throw new ConnectorException(Reason.ALREADY_EXISTS, to,
					"cannot rename '" + from + "' to '" + to + "': '" + to + "' exists already", e);
		} catch (DirectoryNotEmptyException e) {
			throw new ConnectorException(Reason.NOT_EMPTY, to,
					"cannot rename '" + from + "' to '" + to + "': folder '" + to + "' is not empty", e);
		} catch (IOException e) {
			throw IoErrors.map(e, to, "cannot rename '" + from + "' to");
		} finally {
			lock.unlock();
		}
		return entryAfterChange(to, dst, "rename");
	}

	/** Hard-links {@code dst} to {@code src} (fails when {@code dst} exists); false when links are not available here. */
	private static boolean linkNoReplace(Path src, Path dst) throws IOException {
		try {
			Files.createLink(dst, src);
			return true;
		} catch (FileAlreadyExistsException e) {
			throw e;
		} catch (UnsupportedOperationException | IOException e) {
			return false;
		}
	}

	private static void deleteLinkedSource(Path src, Path dst) throws IOException {
		try {
			Files.delete(src);
		} catch (IOException e) {
			deleteQuietly(dst); // undo: the file must not end up under two names
			throw e;
		}
	}

	@Override
	public Entry setModificationTime(RelPath path, Instant mtime, IProgressMonitor monitor) throws ConnectorException {
		start(path, monitor);
		Resolved r = paths.resolve(path, Mode.WRITE);
		FileInfo info = r.clear() ? infoOrNull(path, r.path(), false, "cannot set the time of") : null;
		if (info == null) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "cannot set the time of '" + path + "': it does not exist");
		}
		if (info.kind() != EntryKind.FILE && info.kind() != EntryKind.DIRECTORY) {
			throw new ConnectorException(Reason.WRONG_KIND, path,
					"cannot set the time of '" + path + "': it is " + describe(info.kind()));
		}
		try {
			Files.getFileAttributeView(r.path(), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
					.setTimes(FileTime.from(mtime), null, null);
		} catch (IOException e) {
			throw IoErrors.map(e, path, "cannot set the time of");
		}
		return entryAfterChange(path, r.path(), "set the time of");
	}

	@Override
	public Subscription watch(RelPath directory, ChangeListener listener, IProgressMonitor monitor)
			throws ConnectorException {
		start(directory, monitor);
		Path dir = resolveClear(directory, Mode.WRITE, "cannot watch");
		FileInfo info = infoOrNull(directory, dir, false, "cannot watch");
		if (info == null) {
			throw new ConnectorException(Reason.NOT_FOUND, directory, "folder '" + directory + "' does not exist");
		}
		requireKind(directory, info, EntryKind.DIRECTORY, "watch");
		LocalWatch watch = new LocalWatch(paths, dir, listener, watches::remove);
		watches.add(watch);
		try {
			watch.start(monitor);
		} catch (ConnectorException e) {
			watch.close();
			throw e;
		}
		if (closed.get()) {
			watch.close();
			throw closedException(directory);
		}
		return watch;
	}

	@Override
	public int openResources() {
		return streams.size() + watches.size() + folders.size();
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		if (type == Capability.FolderReads.class && !folderHandles()) {
			return Optional.empty();
		}
		return CAPABILITIES.contains(type) ? Optional.of(type.cast(this)) : Optional.empty();
	}

	// ------------------------------------------------------------------ close

	@Override
	public void close() {
		if (!closed.compareAndSet(false, true)) {
			return;
		}
		for (TrackedStream s : streams.toArray(TrackedStream[]::new)) {
			s.closeByConnection();
		}
		for (LocalWatch w : watches.toArray(LocalWatch[]::new)) {
			w.close();
		}
		for (LocalFolder f : folders.toArray(LocalFolder[]::new)) {
			f.close();
		}
	}

	// ------------------------------------------------------------------ helpers

	private boolean folderHandles() {
		Boolean known = folderHandles;
		if (known == null) {
			try (DirectoryStream<Path> probe = Files.newDirectoryStream(paths.root())) {
				known = probe instanceof SecureDirectoryStream;
			} catch (IOException e) {
				return false; // asked again next time
			}
			folderHandles = known;
		}
		return known;
	}

	private void start(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ensureOpen(path);
		ConnectorException.checkCancelled(monitor, path);
	}

	private void ensureOpen(RelPath path) throws ConnectorException {
		if (closed.get()) {
			throw closedException(path);
		}
	}

	private static ConnectorException closedException(RelPath path) {
		return new ConnectorException(Reason.FATAL, path, "connection closed");
	}

	/**
	 * A followed link to a folder that contains the link (directly or through other followed
	 * links) would make the tree endless: such a link is reported as the link it is.
	 */
	private FileInfo notLooping(RelPath rel, Path p, FileInfo info) {
		if (info.link() == null || info.kind() != EntryKind.DIRECTORY) {
			return info;
		}
		try {
			Path target = p.toRealPath();
			RelPath ancestor = rel;
			do {
				ancestor = ancestor.parent();
				if (paths.toPath(ancestor).toRealPath().startsWith(target)) {
					return info.link();
				}
			} while (!ancestor.isRoot());
		} catch (IOException | ConnectorException e) {
			return info.link(); // cannot tell: do not follow
		}
		return info;
	}

	/** Resolves a path whose parents must all exist. */
	private Path resolveClear(RelPath path, Mode mode, String action) throws ConnectorException {
		Resolved r = paths.resolve(path, mode);
		if (!r.clear()) {
			throw new ConnectorException(Reason.NOT_FOUND, path, action + " '" + path + "': '" + r.at() + "' "
					+ (r.obstacle() == SafePaths.Obstacle.MISSING ? "does not exist" : "is not a folder"));
		}
		return r.path();
	}

	/** Stats a path; null when nothing is there (or a file is in the way). */
	private FileInfo infoOrNull(RelPath rel, Path p, boolean followLink, String action) throws ConnectorException {
		return infoOrNull(rel, p, followLink, action, unixView);
	}

	/** @param withVersion whether the version token's ctime and inode are read too (the unix attribute view) */
	private FileInfo infoOrNull(RelPath rel, Path p, boolean followLink, String action, boolean withVersion)
			throws ConnectorException {
		try {
			return FileInfo.read(p, followLink, withVersion);
		} catch (NoSuchFileException e) {
			return null;
		} catch (AccessDeniedException e) {
			throw IoErrors.map(e, rel, action);
		} catch (IOException e) {
			ConnectorException mapped = IoErrors.map(e, rel, action);
			if (mapped.reason() == Reason.WRONG_KIND) {
				return null; // "not a directory": a file is in the way, so nothing is there
			}
			throw mapped;
		}
	}

	private void requireKind(RelPath path, FileInfo info, EntryKind wanted, String verb) throws ConnectorException {
		if (info.kind() == wanted) {
			return;
		}
		String extra = info.kind() != EntryKind.SYMLINK ? ""
				: follow ? " (its target is missing or a loop)" : " (links are not followed: option follow_symlinks is off)";
		throw new ConnectorException(Reason.WRONG_KIND, path, "cannot " + verb + " '" + path + "': it is "
				+ describe(info.kind()) + ", not " + describe(wanted) + extra);
	}

	private static String describe(EntryKind kind) {
		return switch (kind) {
		case FILE -> "a file";
		case DIRECTORY -> "a folder";
		case SYMLINK -> "a symbolic link";
		case OTHER -> "a device, socket or pipe";
		};
	}

	private void checkName(RelPath path, String name) throws ConnectorException {
		Optional<String> problem = facts.nameRules().problem(name);
		if (problem.isPresent()) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path,
					"'" + name + "' cannot be stored here: " + problem.get());
		}
		if (TempNames.isHidden(name)) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path,
					"'" + name + "' has the form of KARMA's temporary files, which are hidden");
		}
		try {
			paths.root().resolve(name);
		} catch (InvalidPathException e) {
			throw IoErrors.map(e, path);
		}
	}

	private Entry entryAfterChange(RelPath path, Path p, String verb) throws ConnectorException {
		FileInfo info = infoOrNull(path, p, false, "cannot " + verb);
		if (info == null) {
			throw new ConnectorException(Reason.TRANSIENT, path, "'" + path + "' vanished right after the " + verb);
		}
		return info.toEntry(path, facts.mtimePrecision());
	}

	private static void deleteQuietly(Path p) {
		try {
			Files.deleteIfExists(p);
		} catch (IOException e) {
			// a leftover temporary file is hidden from listings
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// nothing to lose
			}
		}
	}
}
