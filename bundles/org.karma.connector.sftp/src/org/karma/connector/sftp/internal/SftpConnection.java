package org.karma.connector.sftp.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.Attributes;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.SftpClient.CopyMode;
import org.apache.sshd.sftp.client.SftpClient.DirEntry;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.NameRules;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.LockFolders;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.RemotePaths;
import org.karma.connector.api.TempNames;
import org.karma.connector.api.WriteOptions;

/**
 * A connection to a folder on an SFTP server: one SSH session, up to {@code concurrency} SFTP
 * channels on it ({@link ChannelPool}); a read stream keeps its channel until it is closed.
 *
 * <p>Writes go to a hidden temporary name beside the target and are renamed over it when complete
 * ({@code posix-rename@openssh.com} where the server offers it: atomic; SFTP v5+ rename with
 * overwrite; else the old file is moved aside first). Preconditions are checked under a lock
 * folder beside the target (mkdir is atomic), so KARMA clients racing for the same file are
 * serialized; against other tools the check is check-then-act. Versions are size plus the
 * modification time as precise as the server gives it.
 */
public final class SftpConnection implements Connection, Capability.Rename, Capability.SetModificationTime,
		Capability.RangeRead, Capability.OpenResources {

	private static final int BUFFER = 64 * 1024;

	private final ChannelPool pool;
	private final String root;
	private final int version;
	private final boolean posixRename;
	private final ConnectionFacts facts;
	/**
	 * Temporary files and lock folders of failed operations that could not be removed then (the
	 * connection was lost): removed by the next operation, so that a retry does not wait for its own
	 * stale lock. Values: whether the name is a folder.
	 */
	private final Map<String, Boolean> leftovers = new ConcurrentHashMap<>();
	private volatile boolean closed;

	SftpConnection(ChannelPool pool, String root, int version, boolean posixRename, int concurrency) {
		this.pool = pool;
		this.root = root;
		this.version = version;
		this.posixRename = posixRename;
		// SFTP v3 (OpenSSH) carries whole seconds; v4+ may carry fractions, but servers seldom send them
		// (MINA SSHD does not): whole seconds are what a round trip keeps
		this.facts = new ConnectionFacts(Duration.ofSeconds(1), true, Set.of(), CaseSensitivity.SENSITIVE, NameRules.POSIX, true,
				posixRename || version >= 5, concurrency);
	}

	@Override
	public ConnectionFacts facts() {
		return facts;
	}

	/** The negotiated SFTP protocol version. */
	public int protocolVersion() {
		return version;
	}

	String remote(RelPath path) {
		return RemotePaths.join(root, path);
	}

	private String remoteChild(RelPath parent, String name) {
		return RemotePaths.child(remote(parent), name);
	}

	// ------------------------------------------------------------------ channels

	@FunctionalInterface
	private interface Op<T> {
		T run(SftpClient s) throws IOException, ConnectorException;
	}

	private <T> T with(String what, RelPath path, Op<T> op) throws ConnectorException {
		if (closed) {
			throw new ConnectorException(Reason.FATAL, path, "the connection is closed");
		}
		ChannelPool.Channel c = pool.borrow();
		boolean healthy = false;
		try {
			removeLeftovers(c.sftp());
			T result = op.run(c.sftp());
			healthy = true;
			return result;
		} catch (SftpException e) {
			healthy = true;
			throw Errors.io(what + " '" + path + "'", e, path);
		} catch (IOException e) {
			throw Errors.io(what + " '" + path + "'", e, path);
		} catch (ConnectorException e) {
			healthy = e.reason() != Reason.TRANSIENT;
			throw e;
		} finally {
			pool.release(c, healthy);
		}
	}

	private void removeLeftovers(SftpClient s) throws IOException {
		for (Map.Entry<String, Boolean> e : leftovers.entrySet()) {
			try {
				if (e.getValue()) {
					s.rmdir(e.getKey());
				} else {
					s.remove(e.getKey());
				}
				leftovers.remove(e.getKey());
			} catch (SftpException gone) {
				leftovers.remove(e.getKey()); // gone already, or not ours to remove any more
			}
		}
	}

	// ------------------------------------------------------------------ stat and list

	private static boolean missing(SftpException e) {
		int s = e.getStatus();
		return s == SftpConstants.SSH_FX_NO_SUCH_FILE || s == SftpConstants.SSH_FX_NO_SUCH_PATH
				|| s == SftpConstants.SSH_FX_NOT_A_DIRECTORY;
	}

	/** The attributes at a remote path (links not followed), or null. */
	private Attributes statIn(SftpClient s, RelPath path) throws IOException {
		try {
			return s.lstat(remote(path));
		} catch (SftpException e) {
			if (missing(e)) {
				return null;
			}
			throw e;
		}
	}

	static EntryKind kind(Attributes a) {
		if (a.isSymbolicLink()) {
			return EntryKind.SYMLINK;
		}
		if (a.isDirectory()) {
			return EntryKind.DIRECTORY;
		}
		if (a.isRegularFile()) {
			return EntryKind.FILE;
		}
		return EntryKind.OTHER;
	}

	private Instant mtime(Attributes a) {
		FileTime t = a.getModifyTime();
		if (t == null) {
			return null;
		}
		return t.toInstant().truncatedTo(ChronoUnit.SECONDS);
	}

	private Entry entry(RelPath path, Attributes a) {
		EntryKind kind = kind(a);
		Instant mtime = mtime(a);
		String v = "";
		if (kind != EntryKind.DIRECTORY) {
			FileTime t = a.getModifyTime();
			v = a.getSize() + ":" + (t == null ? "-" : t.toInstant().toString());
			FileTime changed = version >= 4 ? a.getCreateTime() : null;
			if (changed != null) {
				v += ":" + changed.toInstant();
			}
		}
		return new Entry(path, kind, kind == EntryKind.FILE ? a.getSize() : 0, mtime, Map.of(), v);
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		return with("stat", path, s -> {
			Attributes a = statIn(s, path);
			return a == null ? Optional.<Entry>empty() : Optional.of(entry(path, a));
		});
	}

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, directory);
		with("listing", directory, s -> {
			checkDirectory(s, directory);
			readDir(s, directory, e -> {
				if (!TempNames.isOwn(e.getFilename())) {
					sink.accept(entry(directory.child(e.getFilename()), e.getAttributes()));
				}
			}, monitor);
			return null;
		});
	}

	private void checkDirectory(SftpClient s, RelPath directory) throws IOException, ConnectorException {
		Attributes d = statIn(s, directory);
		if (d == null) {
			throw new ConnectorException(Reason.NOT_FOUND, directory, "folder '" + directory + "' does not exist");
		}
		if (!d.isDirectory() || d.isSymbolicLink()) {
			throw new ConnectorException(Reason.WRONG_KIND, directory, "'" + directory + "' is not a folder");
		}
	}

	/** Reads a folder in the server's batches, each entry handed on as it arrives; hidden names included. */
	private void readDir(SftpClient s, RelPath directory, Consumer<DirEntry> sink, IProgressMonitor monitor)
			throws IOException, ConnectorException {
		try (CloseableHandle handle = s.openDir(remote(directory))) {
			for (List<DirEntry> batch; (batch = s.readDir(handle)) != null;) {
				ConnectorException.checkCancelled(monitor, directory);
				for (DirEntry e : batch) {
					String name = e.getFilename();
					if (!name.equals(".") && !name.equals("..") && !name.isEmpty() && name.indexOf('/') < 0) {
						sink.accept(e);
					}
				}
			}
		}
	}

	private List<DirEntry> children(SftpClient s, RelPath directory, IProgressMonitor monitor)
			throws IOException, ConnectorException {
		List<DirEntry> all = new java.util.ArrayList<>();
		readDir(s, directory, all::add, monitor);
		return all;
	}

	// ------------------------------------------------------------------ read

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		return read(path, 0, -1, monitor);
	}

	@Override
	public InputStream read(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (closed) {
			throw new ConnectorException(Reason.FATAL, path, "the connection is closed");
		}
		if (offset < 0 || length < -1) {
			throw new ConnectorException(Reason.FATAL, path, "bad range " + offset + "+" + length);
		}
		ChannelPool.Channel c = pool.borrow();
		boolean handedOut = false;
		boolean healthy = true;
		try {
			SftpClient s = c.sftp();
			Attributes a = statIn(s, path);
			if (a == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			if (a.isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder, not a file");
			}
			InputStream in;
			if (offset == 0 && length < 0) {
				in = s.read(remote(path), BUFFER, OpenMode.Read);
			} else {
				in = new RangeStream(s, s.open(remote(path), OpenMode.Read), offset, length);
			}
			handedOut = true;
			return new ChannelStream(in, c);
		} catch (SftpException e) {
			throw Errors.io("reading '" + path + "'", e, path);
		} catch (IOException e) {
			healthy = false;
			throw Errors.io("reading '" + path + "'", e, path);
		} finally {
			if (!handedOut) {
				pool.release(c, healthy);
			}
		}
	}

	/** Bytes {@code [offset, offset + length)} of an open file (length -1: to the end), read request by request. */
	private static final class RangeStream extends InputStream {
		private final SftpClient sftp;
		private final CloseableHandle handle;
		private long position;
		private long remaining;

		RangeStream(SftpClient sftp, CloseableHandle handle, long offset, long length) {
			this.sftp = sftp;
			this.handle = handle;
			this.position = offset;
			this.remaining = length < 0 ? Long.MAX_VALUE : length;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (remaining <= 0) {
				return -1;
			}
			int want = (int) Math.min(Math.min(len, remaining), BUFFER);
			if (want == 0) {
				return 0;
			}
			int n = sftp.read(handle, position, b, off, want);
			if (n <= 0) {
				remaining = 0;
				return -1;
			}
			position += n;
			remaining -= n;
			return n;
		}

		@Override
		public void close() throws IOException {
			handle.close();
		}
	}

	/** A download in progress; closing it gives the channel back. */
	private final class ChannelStream extends FilterInputStream {
		private final ChannelPool.Channel channel;
		private boolean released;
		private boolean failed;

		ChannelStream(InputStream in, ChannelPool.Channel channel) {
			super(in);
			this.channel = channel;
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			} catch (IOException e) {
				failed |= !(e instanceof SftpException);
				throw e;
			}
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			try {
				return super.read(b, off, len);
			} catch (IOException e) {
				failed |= !(e instanceof SftpException);
				throw e;
			}
		}

		@Override
		public void close() throws IOException {
			if (released) {
				return;
			}
			released = true;
			boolean healthy = false;
			try {
				super.close();
				healthy = !failed;
			} finally {
				pool.release(channel, healthy);
			}
		}
	}

	// ------------------------------------------------------------------ write

	private static void checkName(RelPath path) throws ConnectorException {
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		Optional<String> problem = NameRules.POSIX.problem(path.name());
		if (problem.isPresent()) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path,
					"'" + path.name() + "' cannot be stored on an SFTP server: " + problem.get());
		}
	}

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		checkName(path);
		return with("writing", path, s -> {
			RelPath parent = path.parent();
			if (options.createParents()) {
				mkdirsIn(s, parent, monitor);
			} else if (!parent.isRoot()) {
				Attributes p = statIn(s, parent);
				if (p == null) {
					throw new ConnectorException(Reason.NOT_FOUND, path, "folder '" + parent + "' does not exist");
				}
				if (!p.isDirectory() || p.isSymbolicLink()) {
					throw new ConnectorException(Reason.WRONG_KIND, path, "'" + parent + "' is not a folder");
				}
			}
			String temp = remoteChild(parent, TempNames.forWrite(path.name()));
			upload(s, path, temp, content, options, monitor);
			boolean lock = options.precondition() != Precondition.NONE;
			String lockPath = null;
			try {
				lockPath = lock ? lock(s, path, monitor) : null;
				Attributes current = statIn(s, path);
				if (current != null && current.isDirectory()) {
					throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder");
				}
				checkPrecondition(path, current == null ? null : entry(path, current), options.precondition());
				replace(s, path, temp, current != null);
				temp = null;
				Attributes written = statIn(s, path);
				if (written == null) {
					throw new ConnectorException(Reason.FATAL, path, "'" + path + "' is missing right after it was written");
				}
				if (options.mtime() == null && current != null && !current.isDirectory()
						&& entry(path, written).version().equals(entry(path, current).version())) {
					// same size within the same second: the version would not change. Move the time on by
					// one second so that the rewrite is a new version (preconditions of other clients fail)
					FileTime old = current.getModifyTime();
					s.setStat(remote(path), times(old.toInstant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)));
					written = statIn(s, path);
				}
				return entry(path, written);
			} finally {
				if (temp != null) {
					removeQuietly(s, temp);
				}
				if (lockPath != null) {
					rmdirQuietly(s, lockPath);
				}
			}
		});
	}

	/** Uploads into {@code temp} (and sets its time); on any failure the temporary file is removed. */
	private void upload(SftpClient s, RelPath path, String temp, InputStream content, WriteOptions options,
			IProgressMonitor monitor) throws IOException, ConnectorException {
		boolean done = false;
		try {
			long count = 0;
			ConnectorException failure = null;
			try (OutputStream out = s.write(temp, BUFFER, OpenMode.Write, OpenMode.Create, OpenMode.Exclusive)) {
				byte[] buffer = new byte[BUFFER];
				while (true) {
					if (monitor != null && monitor.isCanceled()) {
						failure = new ConnectorException(Reason.CANCELLED, path, "cancelled");
						break;
					}
					int n;
					try {
						n = content.read(buffer);
					} catch (IOException e) {
						failure = new ConnectorException(Reason.FATAL, path, "reading the content for '" + path + "' failed: "
								+ e.getMessage(), e);
						break;
					}
					if (n < 0) {
						break;
					}
					out.write(buffer, 0, n);
					count += n;
					if (options.size() >= 0 && count > options.size()) {
						break;
					}
				}
			}
			if (failure == null && options.size() >= 0 && count != options.size()) {
				failure = new ConnectorException(Reason.FATAL, path, "'" + path + "': " + (count > options.size()
						? "more than the " : "only " + count + " of the ") + options.size() + " bytes announced were delivered");
			}
			if (failure != null) {
				throw failure;
			}
			if (options.mtime() != null) {
				s.setStat(temp, times(options.mtime()));
			}
			done = true;
		} finally {
			if (!done) {
				removeQuietly(s, temp);
			}
		}
	}

	private static Attributes times(Instant mtime) {
		FileTime t = FileTime.from(mtime);
		return new Attributes().modifyTime(t).accessTime(t);
	}

	/**
	 * Renames the uploaded temporary file to its name: atomically with posix-rename or an SFTP v5+
	 * overwriting rename. Otherwise (plain SFTP v3 refuses to rename over an existing file) the old
	 * file is moved aside to a hidden name first and deleted after: its content is never lost, but
	 * for a moment the name is absent.
	 */
	private void replace(SftpClient s, RelPath path, String temp, boolean exists) throws IOException, ConnectorException {
		String target = remote(path);
		if (posixRename) {
			s.getExtension(OpenSSHPosixRenameExtension.class).posixRename(temp, target);
			return;
		}
		if (version >= 5) {
			s.rename(temp, target, CopyMode.Overwrite);
			return;
		}
		if (!exists) {
			s.rename(temp, target);
			return;
		}
		String aside = remoteChild(path.parent(), TempNames.forWrite(path.name()));
		s.rename(target, aside);
		try {
			s.rename(temp, target);
		} catch (IOException e) {
			try {
				s.rename(aside, target); // put the old one back
			} catch (IOException again) {
				e.addSuppressed(again);
			}
			throw e;
		}
		removeQuietly(s, aside);
	}

	/** Removes a temporary file; when the connection is lost, the next operation does. */
	private void removeQuietly(SftpClient s, String remote) {
		try {
			s.remove(remote);
		} catch (SftpException e) {
			// gone, or refused: the name is hidden from listings
		} catch (IOException e) {
			leftovers.put(remote, false);
		}
	}

	/** Removes a lock folder; when the connection is lost, the next operation does. */
	private void rmdirQuietly(SftpClient s, String remote) {
		try {
			s.rmdir(remote);
		} catch (SftpException e) {
			// gone, or refused: a stale lock is broken later (LockFolders.STALE)
		} catch (IOException e) {
			leftovers.put(remote, true);
		}
	}

	private static void checkPrecondition(RelPath path, Entry current, Precondition precondition) throws ConnectorException {
		if (precondition instanceof Precondition.Absent && current != null) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "'" + path + "' exists already");
		}
		if (precondition instanceof Precondition.Unchanged u && (current == null || !current.version().equals(u.version()))) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, path,
					"'" + path + "' " + (current == null ? "is gone" : "was changed") + " since it was seen");
		}
	}

	/**
	 * Takes the lock folder of a path (mkdir succeeds for one client only); waits while another
	 * client holds it; breaks a stale one ({@link LockFolders}).
	 */
	private String lock(SftpClient s, RelPath path, IProgressMonitor monitor) throws IOException, ConnectorException {
		RelPath lockRel = path.parent().child(TempNames.forLock(path.name()));
		String lockPath = remote(lockRel);
		LockFolders.acquire(path, lockPath, monitor, () -> {
			try {
				s.mkdir(lockPath);
				return true;
			} catch (SftpException e) {
				if (e.getStatus() == SftpConstants.SSH_FX_PERMISSION_DENIED || missing(e)) {
					throw e;
				}
				return false;
			} catch (IOException e) {
				leftovers.put(lockPath, true); // the server may have made it before the connection was lost
				throw e;
			}
		}, () -> {
			Attributes held = statIn(s, lockRel);
			return Optional.ofNullable(held == null || held.getModifyTime() == null ? null
					: held.getModifyTime().toInstant());
		}, () -> {
			rmdirQuietly(s, lockPath);
			return null;
		});
		return lockPath;
	}

	// ------------------------------------------------------------------ mkdir, delete

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (!path.isRoot()) {
			checkName(path);
		}
		return with("creating folder", path, s -> {
			mkdirsIn(s, path, monitor);
			return entry(path, statIn(s, path));
		});
	}

	private void mkdirsIn(SftpClient s, RelPath path, IProgressMonitor monitor) throws IOException, ConnectorException {
		if (path.isRoot()) {
			return;
		}
		Attributes a = statIn(s, path);
		if (a != null) {
			if (!a.isDirectory() || a.isSymbolicLink()) {
				throw new ConnectorException(Reason.ALREADY_EXISTS, path, "'" + path + "' exists and is not a folder");
			}
			return;
		}
		mkdirsIn(s, path.parent(), monitor);
		ConnectorException.checkCancelled(monitor, path);
		try {
			s.mkdir(remote(path));
		} catch (SftpException e) {
			Attributes now = statIn(s, path);
			if (now == null || !now.isDirectory()) { // not made by someone else meanwhile
				throw e;
			}
		}
	}

	@Override
	public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.PERMISSION_DENIED, path, "the root of a connection is never deleted");
		}
		with("deleting", path, s -> {
			Attributes a = statIn(s, path);
			if (a == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			if (a.isDirectory() && !a.isSymbolicLink()) {
				if (!recursive) {
					for (DirEntry child : children(s, path, monitor)) {
						if (!TempNames.isOwn(child.getFilename())) {
							throw new ConnectorException(Reason.NOT_EMPTY, path, "folder '" + path + "' is not empty");
						}
					}
				}
				deleteTree(s, path, monitor);
				return null;
			}
			String lockPath = precondition != Precondition.NONE ? lock(s, path, monitor) : null;
			try {
				Attributes current = statIn(s, path);
				checkPrecondition(path, current == null ? null : entry(path, current), precondition);
				s.remove(remote(path));
			} finally {
				if (lockPath != null) {
					rmdirQuietly(s, lockPath);
				}
			}
			return null;
		});
	}

	private void deleteTree(SftpClient s, RelPath dir, IProgressMonitor monitor) throws IOException, ConnectorException {
		for (DirEntry child : children(s, dir, monitor)) {
			ConnectorException.checkCancelled(monitor, dir);
			RelPath p = dir.child(child.getFilename());
			Attributes a = child.getAttributes();
			if (a.isDirectory() && !a.isSymbolicLink()) {
				deleteTree(s, p, monitor);
			} else {
				s.remove(remote(p));
			}
		}
		s.rmdir(remote(dir));
	}

	// ------------------------------------------------------------------ capabilities

	@Override
	public Entry rename(RelPath from, RelPath to, boolean replace, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, from);
		checkName(to);
		if (to.startsWith(from)) {
			throw new ConnectorException(Reason.FATAL, to, "cannot move '" + from + "' into itself");
		}
		return with("renaming", from, s -> {
			Attributes source = statIn(s, from);
			if (source == null) {
				throw new ConnectorException(Reason.NOT_FOUND, from, "'" + from + "' does not exist");
			}
			if (!to.parent().isRoot()) {
				Attributes parent = statIn(s, to.parent());
				if (parent == null || !parent.isDirectory() || parent.isSymbolicLink()) {
					throw new ConnectorException(Reason.NOT_FOUND, to, "folder '" + to.parent() + "' does not exist");
				}
			}
			Attributes target = statIn(s, to);
			boolean sourceDir = source.isDirectory() && !source.isSymbolicLink();
			if (target != null) {
				boolean targetDir = target.isDirectory() && !target.isSymbolicLink();
				if (targetDir || sourceDir) {
					if (targetDir != sourceDir) {
						throw new ConnectorException(Reason.WRONG_KIND, to, "'" + to + "' is of another kind than '" + from + "'");
					}
					for (DirEntry child : children(s, to, monitor)) {
						if (!TempNames.isOwn(child.getFilename())) {
							throw new ConnectorException(Reason.NOT_EMPTY, to, "folder '" + to + "' is not empty");
						}
					}
					if (!replace) {
						throw new ConnectorException(Reason.ALREADY_EXISTS, to, "'" + to + "' exists");
					}
					deleteTree(s, to, monitor);
					target = null;
				} else if (!replace) {
					throw new ConnectorException(Reason.ALREADY_EXISTS, to, "'" + to + "' exists");
				}
			}
			if (target == null) {
				s.rename(remote(from), remote(to));
			} else {
				replace(s, to, remote(from), true);
			}
			return entry(to, statIn(s, to));
		});
	}

	@Override
	public Entry setModificationTime(RelPath path, Instant mtime, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		return with("setting the time of", path, s -> {
			if (statIn(s, path) == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			s.setStat(remote(path), times(mtime));
			Attributes a = statIn(s, path);
			if (a == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			return entry(path, a);
		});
	}

	@Override
	public int openResources() {
		return pool.inUse();
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
	}

	@Override
	public void close() {
		closed = true;
		pool.close();
	}
}
