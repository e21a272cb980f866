package org.karma.engine.versions;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;

/**
 * The versions kept on one endpoint, in a folder of that endpoint ({@value #DEFAULT_FOLDER_NAME}
 * at its root by default) that sync never copies ({@link #isVersionsPath(RelPath)}). A version
 * of {@code dir/name.ext} archived at 2025-01-02 03:04:05.678 UTC is
 * {@code .karma-versions/dir/name~20250102-030405.678.ext} ({@link VersionNames}).
 *
 * <p>Nothing here loses data: {@link #archive} keeps the file before the caller replaces or
 * deletes it and throws when it cannot (then the caller must not go on); {@link #restore} archives
 * whatever is at the destination before writing over it; {@link #prune} only removes versions.
 *
 * <p>Thread-safe as far as the connection is; two archives of the same file in the same
 * millisecond get distinct names (the second one {@code -1}).
 */
public final class VersionArchive {

	/** The name of the default versions folder at an endpoint's root. */
	public static final String DEFAULT_FOLDER_NAME = ".karma-versions";

	/** The default versions folder. */
	public static final RelPath DEFAULT_FOLDER = RelPath.of(DEFAULT_FOLDER_NAME);

	/** Versions of one file in one millisecond before giving up (a sign of a broken endpoint). */
	private static final int MAX_COUNTER = 10_000;

	/** Attempts when the versions folder vanishes between mkdir and the move (a concurrent prune). */
	private static final int MAX_FOLDER_RETRIES = 3;

	/**
	 * What {@link #archive} did.
	 *
	 * @param version the version made
	 * @param moved   whether the file was moved into the archive (nothing is left at its path:
	 *                a delete is done, an overwrite writes a new file); otherwise it was copied
	 *                and is still in place
	 * @param next    the precondition the caller's overwrite or delete of the original must use:
	 *                {@link Precondition#ABSENT} after a move, "unchanged since seen" after a copy
	 */
	public record Archived(FileVersion version, boolean moved, Precondition next) {
	}

	/**
	 * What {@link #restore} did.
	 *
	 * @param written          the restored file as written
	 * @param archivedCurrent  the version made of the file that was at the destination, if any
	 */
	public record Restored(Entry written, Optional<FileVersion> archivedCurrent) {
	}

	private final Connection connection;
	private final RelPath folder;
	private final Clock clock;

	/** The archive in {@value #DEFAULT_FOLDER_NAME} at the connection's root. */
	public VersionArchive(Connection connection, Clock clock) {
		this(connection, DEFAULT_FOLDER, clock);
	}

	/**
	 * @param folder where versions live on this connection (not the root)
	 * @param clock  gives the archive time of new versions
	 */
	public VersionArchive(Connection connection, RelPath folder, Clock clock) {
		this.connection = Objects.requireNonNull(connection, "connection");
		this.folder = Objects.requireNonNull(folder, "folder");
		this.clock = Objects.requireNonNull(clock, "clock");
		if (folder.isRoot()) {
			throw new IllegalArgumentException("the versions folder cannot be the root");
		}
	}

	/**
	 * Whether a path lies in the default versions folder, which scans and plans skip. The name is
	 * compared ignoring case, so an archive on a case-insensitive endpoint is never synced.
	 */
	public static boolean isVersionsPath(RelPath path) {
		String text = path.toString();
		int length = DEFAULT_FOLDER_NAME.length();
		return text.regionMatches(true, 0, DEFAULT_FOLDER_NAME, 0, length)
				&& (text.length() == length || text.charAt(length) == '/');
	}

	/** Whether a path lies in this archive's folder (or the default one). */
	public boolean contains(RelPath path) {
		return path.startsWith(folder) || isVersionsPath(path);
	}

	public RelPath folder() {
		return folder;
	}

	/**
	 * Keeps the current content of a file as a version, before the caller overwrites or deletes
	 * it. With {@link Capability.Rename} the file is moved into the archive (cheap, atomic);
	 * otherwise it is copied (server-side where possible) and stays in place.
	 *
	 * <p>The file must still be the one the caller saw: its version is checked just before, and
	 * after a copy (or a move, by size and time) it is checked again; if it changed, nothing is
	 * archived, the file is left where it was and PRECONDITION_FAILED is thrown, so the caller can
	 * turn the item into a conflict.
	 *
	 * @param seen the entry as the plan saw it (a file)
	 * @throws ConnectorException PRECONDITION_FAILED (the file changed or is gone), or whatever the
	 *                            connection throws; on any exception the caller must not overwrite
	 *                            or delete the file
	 */
	public Archived archive(RelPath path, Entry seen, IProgressMonitor monitor) throws ConnectorException {
		Objects.requireNonNull(seen, "seen");
		if (path.isRoot() || contains(path)) {
			throw new IllegalArgumentException("not a file outside the versions folder: '" + path + "'");
		}
		if (!seen.isFile()) {
			throw new IllegalArgumentException("only files have versions: '" + path + "' is a " + seen.kind());
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Keeping a version of " + path, 4);
		ConnectorException.checkCancelled(sub, path);
		Entry current = checkUnchanged(path, seen, sub.newChild(1));
		Instant timestamp = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		RelPath dir = folder.resolve(path.parent());
		Optional<Capability.Rename> rename = connection.capability(Capability.Rename.class);
		if (rename.isPresent()) {
			try {
				return move(rename.get(), path, current, dir, timestamp, sub.newChild(3));
			} catch (ConnectorException e) {
				if (e.reason() != Reason.UNSUPPORTED) {
					throw e;
				}
				// declined (e.g. across devices): copy instead
			}
		}
		return copy(path, current, dir, timestamp, sub.newChild(3));
	}

	private Entry checkUnchanged(RelPath path, Entry seen, IProgressMonitor monitor) throws ConnectorException {
		Optional<Entry> current = connection.stat(path, monitor);
		if (current.isEmpty()) {
			throw changed(path, path + " is gone since it was seen", null);
		}
		if (!current.get().isFile() || !current.get().version().equals(seen.version())) {
			throw changed(path, path + " changed since it was seen", null);
		}
		return current.get();
	}

	private static ConnectorException changed(RelPath path, String message, Throwable cause) {
		return new ConnectorException(Reason.PRECONDITION_FAILED, path, message, cause);
	}

	private Archived move(Capability.Rename rename, RelPath path, Entry current, RelPath dir, Instant timestamp,
			IProgressMonitor monitor) throws ConnectorException {
		connection.mkdir(dir, monitor);
		int folderRetries = 0;
		for (int n = 0; n <= MAX_COUNTER; n++) {
			ConnectorException.checkCancelled(monitor, path);
			RelPath target = dir.child(VersionNames.name(path.name(), timestamp, n));
			Entry moved;
			try {
				moved = rename.rename(path, target, false, monitor);
			} catch (ConnectorException e) {
				if (e.reason() == Reason.ALREADY_EXISTS) {
					continue; // another version of this millisecond: take the next counter
				}
				if (e.reason() == Reason.NOT_FOUND) {
					checkUnchanged(path, current, monitor); // the file is gone: PRECONDITION_FAILED
					if (++folderRetries <= MAX_FOLDER_RETRIES) {
						connection.mkdir(dir, monitor); // the folder went (a prune removed it empty)
						n--;
						continue;
					}
				}
				throw e;
			}
			if (!sameContent(current, moved)) {
				// it changed between the check and the move: put it back, let the caller decide
				try {
					rename.rename(target, path, false, monitor);
				} catch (ConnectorException e) {
					throw changed(path, path + " changed while a version was being kept; its content is in " + target, e);
				}
				throw changed(path, path + " changed while a version was being kept", null);
			}
			return new Archived(new FileVersion(path, timestamp, n, target, moved.size()), true, Precondition.ABSENT);
		}
		throw new ConnectorException(Reason.FATAL, path, "more than " + MAX_COUNTER + " versions of " + path + " in one millisecond");
	}

	/** Whether a moved entry is still the one checked before the move (its version token may change on a move). */
	private boolean sameContent(Entry before, Entry after) {
		if (before.size() != after.size() || !after.isFile()) {
			return false;
		}
		if (before.mtime() == null || after.mtime() == null) {
			return true;
		}
		Duration tolerance = connection.facts().mtimePrecision();
		return Duration.between(before.mtime(), after.mtime()).abs().compareTo(tolerance) <= 0;
	}

	private Archived copy(RelPath path, Entry current, RelPath dir, Instant timestamp, IProgressMonitor monitor)
			throws ConnectorException {
		Optional<Capability.ServerCopy> serverCopy = connection.capability(Capability.ServerCopy.class);
		WriteOptions options = WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT).withCreateParents(true)
				.withSize(current.size()).withMtime(current.mtime());
		for (int n = 0; n <= MAX_COUNTER; n++) {
			ConnectorException.checkCancelled(monitor, path);
			RelPath target = dir.child(VersionNames.name(path.name(), timestamp, n));
			Entry written;
			try {
				written = copyTo(serverCopy, path, target, options, monitor);
			} catch (ConnectorException e) {
				try {
					checkUnchanged(path, current, monitor); // a change during the copy explains any failure
				} catch (ConnectorException c) {
					c.addSuppressed(e);
					throw c;
				}
				if (e.reason() == Reason.PRECONDITION_FAILED) {
					continue; // the name is taken: take the next counter
				}
				throw e;
			}
			try {
				checkUnchanged(path, current, monitor);
			} catch (ConnectorException e) {
				// the copy may mix old and new content: drop it (best effort), it is not a version
				try {
					connection.delete(target, false, Precondition.unchanged(written.version()), monitor);
				} catch (ConnectorException ignored) {
					e.addSuppressed(ignored);
				}
				throw e;
			}
			return new Archived(new FileVersion(path, timestamp, n, target, written.size()), false,
					Precondition.unchanged(current.version()));
		}
		throw new ConnectorException(Reason.FATAL, path, "more than " + MAX_COUNTER + " versions of " + path + " in one millisecond");
	}

	private Entry copyTo(Optional<Capability.ServerCopy> serverCopy, RelPath from, RelPath to, WriteOptions options,
			IProgressMonitor monitor) throws ConnectorException {
		if (serverCopy.isPresent()) {
			try {
				return serverCopy.get().copy(from, to, options, monitor);
			} catch (ConnectorException e) {
				if (e.reason() != Reason.UNSUPPORTED) {
					throw e;
				}
			}
		}
		return transfer(from, to, options, monitor);
	}

	/** Copies through the client: read, then an atomic write. */
	private Entry transfer(RelPath from, RelPath to, WriteOptions options, IProgressMonitor monitor) throws ConnectorException {
		try (InputStream in = connection.read(from, monitor)) {
			return connection.write(to, in, options, monitor);
		} catch (IOException e) {
			throw new ConnectorException(Reason.TRANSIENT, from, "closing " + from + " failed: " + e.getMessage(), e);
		}
	}

	/**
	 * The versions of a file, newest first (empty when there are none).
	 */
	public List<FileVersion> list(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		if (path.isRoot() || contains(path)) {
			throw new IllegalArgumentException("not a file outside the versions folder: '" + path + "'");
		}
		List<FileVersion> versions = new ArrayList<>();
		try {
			connection.list(folder.resolve(path.parent()), entry -> parse(entry).filter(v -> v.original().equals(path))
					.ifPresent(versions::add), monitor);
		} catch (ConnectorException e) {
			if (e.reason() != Reason.NOT_FOUND && e.reason() != Reason.WRONG_KIND) {
				throw e;
			}
		}
		versions.sort(FileVersion.NEWEST_FIRST);
		return versions;
	}

	/**
	 * Hands every version in the archive to {@code sink}, folder by folder, without holding the
	 * archive in memory. Files in the folder that are not named like versions are left out.
	 */
	public void listAll(Consumer<FileVersion> sink, IProgressMonitor monitor) throws ConnectorException {
		Deque<RelPath> folders = new ArrayDeque<>();
		folders.add(folder);
		while (!folders.isEmpty()) {
			RelPath dir = folders.poll();
			ConnectorException.checkCancelled(monitor, dir);
			try {
				connection.list(dir, entry -> {
					if (entry.isDirectory()) {
						folders.add(entry.path());
					} else {
						parse(entry).ifPresent(sink);
					}
				}, monitor);
			} catch (ConnectorException e) {
				if (!(dir.equals(folder) && e.reason() == Reason.NOT_FOUND)) {
					throw e;
				}
			}
		}
	}

	/** The version an entry of the archive is, if it is one. */
	private Optional<FileVersion> parse(Entry entry) {
		if (!entry.isFile() || !entry.path().startsWith(folder) || entry.path().depth() <= folder.depth()) {
			return Optional.empty();
		}
		List<String> segments = entry.path().segments();
		RelPath dir = RelPath.of(segments.subList(folder.depth(), segments.size() - 1));
		return VersionNames.parse(entry.path().name())
				.map(p -> new FileVersion(dir.child(p.originalName()), p.timestamp(), p.counter(), entry.path(), entry.size()));
	}

	/**
	 * Restores the version of {@code path} archived at {@code at} (or, when none was archived
	 * then, the newest one before it; null: the newest of all). See {@link #restore(FileVersion, RelPath, IProgressMonitor)}.
	 *
	 * @throws ConnectorException NOT_FOUND when there is no such version
	 */
	public Restored restore(RelPath path, Instant at, RelPath destination, IProgressMonitor monitor)
			throws ConnectorException {
		SubMonitor sub = SubMonitor.convert(monitor, 2);
		Optional<FileVersion> chosen = list(path, sub.newChild(1)).stream()
				.filter(v -> at == null || !v.timestamp().isAfter(at)).findFirst();
		if (chosen.isEmpty()) {
			throw new ConnectorException(Reason.NOT_FOUND, path,
					"no version of " + path + (at == null ? "" : " archived at or before " + at));
		}
		return restore(chosen.get(), destination, sub.newChild(1));
	}

	/**
	 * Writes a version back, to its original path or another ({@code destination}, null for the
	 * original). A file at the destination is archived first, so restoring loses nothing; the
	 * restored version stays in the archive. The restored file gets the version's modification
	 * time where the endpoint can set it.
	 *
	 * @throws ConnectorException NOT_FOUND (the version is gone), WRONG_KIND (a folder is at the
	 *                            destination), PRECONDITION_FAILED (the destination changed
	 *                            during the restore), or what the connection throws
	 */
	public Restored restore(FileVersion version, RelPath destination, IProgressMonitor monitor) throws ConnectorException {
		RelPath target = destination == null ? version.original() : destination;
		if (target.isRoot() || contains(target)) {
			throw new IllegalArgumentException("cannot restore into the versions folder: '" + target + "'");
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Restoring " + target, 4);
		Entry source = connection.stat(version.path(), sub.newChild(1)).filter(Entry::isFile)
				.orElseThrow(() -> new ConnectorException(Reason.NOT_FOUND, version.path(), "the version " + version.path() + " is gone"));
		Optional<Entry> existing = connection.stat(target, sub.newChild(1));
		Archived archived = null;
		if (existing.isPresent()) {
			if (!existing.get().isFile()) {
				throw new ConnectorException(Reason.WRONG_KIND, target, "a folder is in the way: " + target);
			}
			archived = archive(target, existing.get(), sub.newChild(1));
		}
		Precondition precondition = archived == null ? Precondition.ABSENT : archived.next();
		WriteOptions options = WriteOptions.DEFAULT.withPrecondition(precondition).withCreateParents(true)
				.withSize(source.size()).withMtime(source.mtime());
		Entry written;
		try {
			written = transfer(version.path(), target, options, sub.newChild(1));
		} catch (ConnectorException e) {
			if (archived != null && archived.moved()) {
				putBack(archived, e);
			}
			throw e;
		}
		return new Restored(written, Optional.ofNullable(archived).map(Archived::version));
	}

	/** After a failed restore, moves the archived current file back where it was (best effort; it stays archived otherwise). */
	private void putBack(Archived archived, ConnectorException failure) {
		try {
			connection.capability(Capability.Rename.class).orElseThrow().rename(archived.version().path(),
					archived.version().original(), false, null);
		} catch (ConnectorException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	/**
	 * Applies retention: removes the versions {@link Retention#toRemove} picks at the clock's
	 * current instant, then the folders this leaves empty (the versions folder itself stays).
	 * Versions another client removed meanwhile count as removed.
	 *
	 * @return the versions removed, oldest first
	 */
	public List<FileVersion> prune(RetentionSettings settings, Clock now, IProgressMonitor monitor) throws ConnectorException {
		SubMonitor sub = SubMonitor.convert(monitor, "Pruning versions", 10);
		List<FileVersion> all = new ArrayList<>();
		listAll(all::add, sub.newChild(2));
		List<FileVersion> drop = Retention.toRemove(settings, all, now.instant());
		SubMonitor deleting = SubMonitor.convert(sub.newChild(8), drop.size() + 1);
		List<FileVersion> removed = new ArrayList<>();
		TreeSet<RelPath> dirs = new TreeSet<>(Collections.reverseOrder());
		for (FileVersion v : drop) {
			ConnectorException.checkCancelled(monitor, v.path());
			try {
				connection.delete(v.path(), false, Precondition.NONE, deleting.newChild(1));
			} catch (ConnectorException e) {
				if (e.reason() != Reason.NOT_FOUND) {
					throw e;
				}
			}
			removed.add(v);
			dirs.add(v.path().parent());
		}
		// deepest first (reverse order puts children before parents); stop climbing at a non-empty folder
		while (!dirs.isEmpty()) {
			RelPath dir = dirs.pollFirst();
			if (dir.depth() <= folder.depth()) {
				continue;
			}
			try {
				connection.delete(dir, false, Precondition.NONE, null);
				dirs.add(dir.parent());
			} catch (ConnectorException e) {
				if (e.reason() != Reason.NOT_EMPTY && e.reason() != Reason.NOT_FOUND) {
					throw e;
				}
			}
		}
		return removed;
	}
}
