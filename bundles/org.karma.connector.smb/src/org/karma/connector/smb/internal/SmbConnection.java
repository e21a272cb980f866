package org.karma.connector.smb.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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
import org.karma.connector.api.TempNames;
import org.karma.connector.api.WriteOptions;

import jcifs.CIFSContext;
import jcifs.CIFSException;
import jcifs.CloseableIterator;
import jcifs.SmbConstants;
import jcifs.SmbResource;
import jcifs.smb.NtStatus;
import jcifs.smb.SmbException;
import jcifs.smb.SmbFile;

/**
 * A connection to a folder on an SMB share. One jCIFS context (one SMB session over one TCP
 * connection, requests multiplexed) serves the whole connection; at most {@code concurrency}
 * calls and open streams use it at a time. jCIFS reconnects by itself when the TCP connection
 * was lost, so a call after a network failure opens a new session.
 *
 * <p>Writes go to a hidden temporary name beside the target and are renamed over it with
 * replace (one SMB2 SET_INFO FileRenameInformation, atomic on the server). Preconditions are
 * checked under a lock file beside the target (created exclusively, see {@link #lock}), so KARMA clients
 * racing for the same file are serialized; against other tools the check is check-then-act.
 * Versions are size and modification time in milliseconds.
 */
final class SmbConnection implements Connection, Capability.Rename, Capability.SetModificationTime,
		Capability.OpenResources {

	/** Windows names: SMB servers refuse {@code <>:"\|?*}, control characters and trailing dots or spaces. */
	static final NameRules NAME_RULES = NameRules.WINDOWS;

	private static final Duration UNLOCK_WAIT = Duration.ofSeconds(10);

	/** How long a lock without content may be the work of a live client between creating and writing it. */
	private static final Duration LOST_LOCK_WAIT = Duration.ofSeconds(5);
	private static final int BUFFER = 64 * 1024;

	private final CIFSContext context;
	private final SmbLocation location;
	private final String rootUrl;
	private final Semaphore permits;
	private final AtomicInteger inUse = new AtomicInteger();
	private final ConnectionFacts facts;
	private volatile boolean closed;

	SmbConnection(CIFSContext context, SmbLocation location, int concurrency) {
		this.context = context;
		this.location = location;
		StringBuilder url = new StringBuilder("smb://").append(location.host().contains(":") ? "[" + location.host() + "]"
				: location.host()).append(':').append(location.portOrDefault()).append('/').append(encode(location.share()))
				.append('/');
		for (String segment : location.folder()) {
			url.append(encode(segment)).append('/');
		}
		this.rootUrl = url.toString();
		this.permits = new Semaphore(concurrency, true);
		// jCIFS gives times in milliseconds (the protocol carries 100 ns units)
		this.facts = new ConnectionFacts(Duration.ofMillis(1), true, Set.of(), CaseSensitivity.INSENSITIVE_PRESERVING,
				NAME_RULES, true, true, concurrency);
	}

	@Override
	public ConnectionFacts facts() {
		return facts;
	}

	// ------------------------------------------------------------------ paths

	/**
	 * A name as it goes into a jCIFS URL: as it is. jCIFS takes the path of its URLs literally
	 * (no percent decoding; '#', '%', ';', '@' are plain characters there).
	 */
	static String encode(String name) {
		return name;
	}

	private String url(RelPath path, boolean directory) {
		if (path.isRoot()) {
			return rootUrl;
		}
		StringBuilder b = new StringBuilder(rootUrl);
		String[] segments = path.toString().split("/");
		for (int i = 0; i < segments.length; i++) {
			b.append(encode(segments[i]));
			if (i < segments.length - 1 || directory) {
				b.append('/');
			}
		}
		return b.toString();
	}

	SmbFile file(RelPath path, boolean directory) throws ConnectorException {
		try {
			return new SmbFile(url(path, directory), context);
		} catch (java.net.MalformedURLException e) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path, "'" + path + "' cannot be written as an SMB URL: "
					+ e.getMessage());
		}
	}

	// ------------------------------------------------------------------ calls

	@FunctionalInterface
	private interface Op<T> {
		T run() throws IOException, ConnectorException;
	}

	private void acquire(RelPath path) throws ConnectorException {
		if (closed) {
			throw new ConnectorException(Reason.FATAL, path, "the connection is closed");
		}
		try {
			permits.acquire();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Reason.CANCELLED, path, "interrupted while waiting for the SMB connection");
		}
		inUse.incrementAndGet();
	}

	private void release() {
		inUse.decrementAndGet();
		permits.release();
	}

	private <T> T with(String what, RelPath path, Op<T> op) throws ConnectorException {
		acquire(path);
		try {
			return op.run();
		} catch (IOException e) {
			throw Errors.of(what + " '" + path + "'", e, path, location);
		} finally {
			release();
		}
	}

	void checkRoot() throws ConnectorException {
		acquire(RelPath.ROOT);
		try (SmbFile root = file(RelPath.ROOT, true)) {
			if (!root.exists()) {
				throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, "folder '/" + String.join("/", location.folder())
						+ "' does not exist in share '" + location.share() + "' on " + location.hostAndPort());
			}
			if (!root.isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, RelPath.ROOT, "'" + rootUrl + "' is not a folder");
			}
		} catch (IOException e) {
			throw SmbConnectorFactory.connecting(e, location);
		} finally {
			release();
		}
	}

	// ------------------------------------------------------------------ stat and list

	/**
	 * Size and modification time in milliseconds. Not the creation time: Samba without stored DOS
	 * attributes derives it from the other times and changes it when the file is merely opened.
	 */
	private static String version(long size, long mtime) {
		return size + ":" + mtime;
	}

	private static Entry entry(RelPath path, SmbResource f) throws CIFSException {
		boolean dir = f.isDirectory();
		long mtime = f.lastModified();
		if (dir) {
			return new Entry(path, EntryKind.DIRECTORY, 0, mtime == 0 ? null : Instant.ofEpochMilli(mtime), Map.of(), "");
		}
		long size = f.length();
		return new Entry(path, EntryKind.FILE, size, Instant.ofEpochMilli(mtime), Map.of(), version(size, mtime));
	}

	/** The entry at a path, or null. */
	private Entry statIn(RelPath path) throws IOException, ConnectorException {
		try (SmbFile f = file(path, path.isRoot())) {
			if (!f.exists()) {
				return null;
			}
			return entry(path, f);
		} catch (SmbException e) {
			Reason reason = Errors.reasonOf(e.getNtStatus());
			if (reason == Reason.NOT_FOUND || reason == Reason.WRONG_KIND) {
				return null; // a file on the way
			}
			throw e;
		}
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		return with("stat", path, () -> Optional.ofNullable(statIn(path)));
	}

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, directory);
		with("listing", directory, () -> {
			checkDirectory(directory);
			try (SmbFile dir = file(directory, true); CloseableIterator<SmbResource> children = dir.children()) {
				while (children.hasNext()) {
					ConnectorException.checkCancelled(monitor, directory);
					try (SmbResource child = children.next()) {
						String name = child.getName();
						if (name.endsWith("/")) {
							name = name.substring(0, name.length() - 1);
						}
						if (name.isEmpty() || name.equals(".") || name.equals("..") || TempNames.isOwn(name)) {
							continue;
						}
						sink.accept(entry(directory.child(name), child));
					}
				}
			}
			return null;
		});
	}

	private void checkDirectory(RelPath directory) throws IOException, ConnectorException {
		Entry d = statIn(directory);
		if (d == null) {
			throw new ConnectorException(Reason.NOT_FOUND, directory, "folder '" + directory + "' does not exist");
		}
		if (d.kind() != EntryKind.DIRECTORY) {
			throw new ConnectorException(Reason.WRONG_KIND, directory, "'" + directory + "' is not a folder");
		}
	}

	private List<String> childNames(RelPath directory) throws IOException, ConnectorException {
		List<String> names = new ArrayList<>();
		try (SmbFile dir = file(directory, true); CloseableIterator<SmbResource> children = dir.children()) {
			while (children.hasNext()) {
				try (SmbResource child = children.next()) {
					String name = child.getName();
					names.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
				}
			}
		}
		return names;
	}

	// ------------------------------------------------------------------ read

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		acquire(path);
		SmbFile f = null;
		try {
			f = file(path, false);
			// jCIFS opens a folder as a file without complaint: look first (the attributes are cached)
			if (!f.exists()) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			if (f.isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder, not a file");
			}
			String version = entry(path, f).version();
			InputStream in = f.openInputStream();
			return new Download(in, f, path, version);
		} catch (IOException e) {
			ConnectorException mapped = Errors.of("reading '" + path + "'", e, path, location);
			if (mapped.reason() == Reason.FATAL || mapped.reason() == Reason.PERMISSION_DENIED) {
				// a folder opened as a file is refused with ACCESS_DENIED by some servers
				try {
					Entry e2 = statIn(path);
					if (e2 != null && e2.kind() == EntryKind.DIRECTORY) {
						mapped = new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder, not a file");
					}
				} catch (IOException | ConnectorException ignored) {
					// keep the first failure
				}
			} else if (mapped.reason() == Reason.WRONG_KIND) {
				mapped = new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder, not a file");
			}
			f.close();
			release();
			throw mapped;
		} catch (ConnectorException | RuntimeException e) {
			if (f != null) {
				f.close();
			}
			release();
			throw e;
		}
	}

	/**
	 * A download in progress; closing it closes the handle and gives the permit back. At the end
	 * of the content the file is looked at again: jCIFS reopens a file whose session was lost
	 * between two reads and reads on at the same offset, so a file replaced meanwhile would give
	 * the start of one content and the rest of another. A changed version fails the read instead.
	 */
	private final class Download extends FilterInputStream {
		private final SmbFile file;
		private final RelPath path;
		private final String version;
		private boolean checked;
		private boolean released;

		Download(InputStream in, SmbFile file, RelPath path, String version) {
			super(in);
			this.file = file;
			this.path = path;
			this.version = version;
		}

		@Override
		public int read() throws IOException {
			int b;
			try {
				b = super.read();
			} catch (IOException e) {
				throw failure(e);
			}
			if (b < 0) {
				checkUnchanged();
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n;
			try {
				n = super.read(b, off, len);
			} catch (IOException e) {
				throw failure(e);
			}
			if (n < 0) {
				checkUnchanged();
			}
			return n;
		}

		private void checkUnchanged() throws IOException {
			if (checked) {
				return;
			}
			checked = true;
			Entry now;
			try {
				now = statIn(path);
			} catch (ConnectorException e) {
				throw new IOException(e.getMessage(), e);
			} catch (IOException e) {
				throw failure(e);
			}
			if (now == null || !version.equals(now.version())) {
				ConnectorException changed = new ConnectorException(Reason.TRANSIENT, path, "'" + path + "' "
						+ (now == null ? "was deleted" : "changed") + " while it was read");
				throw new IOException(changed.getMessage(), changed);
			}
		}

		private IOException failure(IOException e) {
			ConnectorException mapped = Errors.of("reading '" + path + "'", e, path, location);
			return new IOException(mapped.getMessage(), mapped);
		}

		@Override
		public void close() throws IOException {
			if (released) {
				return;
			}
			released = true;
			try {
				super.close();
			} catch (IOException e) {
				// the handle dies with a broken connection anyway
			} finally {
				file.close();
				release();
			}
		}
	}

	// ------------------------------------------------------------------ write

	private void checkName(RelPath path) throws ConnectorException {
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		Optional<String> problem = NAME_RULES.problem(path.name());
		if (problem.isPresent()) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path,
					"'" + path.name() + "' cannot be stored on an SMB share: " + problem.get());
		}
	}

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		checkName(path);
		return with("writing", path, () -> {
			RelPath parent = path.parent();
			if (options.createParents()) {
				mkdirsIn(parent, monitor);
			} else if (!parent.isRoot()) {
				Entry p = statIn(parent);
				if (p == null) {
					throw new ConnectorException(Reason.NOT_FOUND, path, "folder '" + parent + "' does not exist");
				}
				if (p.kind() != EntryKind.DIRECTORY) {
					throw new ConnectorException(Reason.WRONG_KIND, path, "'" + parent + "' is not a folder");
				}
			}
			RelPath temp = parent.child(TempNames.forWrite(path.name()));
			try (SmbFile tempFile = file(temp, false)) {
				boolean done = false;
				try {
					upload(tempFile, path, content, options, monitor);
					boolean lock = options.precondition() != Precondition.NONE;
					RelPath lockPath = lock ? lock(path, monitor) : null;
					try {
						if (lock) {
							Entry current = statIn(path);
							if (current != null && current.kind() == EntryKind.DIRECTORY) {
								throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder");
							}
							checkPrecondition(path, current, options.precondition());
						}
						try (SmbFile target = file(path, false)) {
							tempFile.renameTo(target, true);
						} catch (SmbException e) {
							// a folder is never replaced by a file: say so instead of the server's ACCESS_DENIED/COLLISION
							Entry there = statIn(path);
							if (there != null && there.kind() == EntryKind.DIRECTORY) {
								throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder");
							}
							throw e;
						}
						done = true;
					} finally {
						if (lockPath != null) {
							unlock(lockPath);
						}
					}
				} finally {
					if (!done) {
						deleteQuietly(tempFile);
					}
				}
			}
			Entry written = statIn(path);
			if (written == null) {
				throw new ConnectorException(Reason.FATAL, path, "'" + path + "' is missing right after it was written");
			}
			return written;
		});
	}

	/** Copies the content into the temporary file and sets its time. */
	private void upload(SmbFile temp, RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws IOException, ConnectorException {
		long count = 0;
		byte[] buffer = new byte[BUFFER];
		// O_EXCL, not jCIFS's default O_TRUNC: when the session is lost during the upload (a cut
		// connection, a parallel call's failure), jCIFS reopens the file with the same flags on a new
		// session and writes on at the same offset. With O_TRUNC that silently zeroes everything
		// written before; with O_EXCL the reopen fails and the upload fails as it should.
		try (OutputStream out = temp.openOutputStream(false, SmbConstants.O_CREAT | SmbConstants.O_EXCL
				| SmbConstants.O_WRONLY, 0, SmbConstants.DEFAULT_SHARING)) {
			while (true) {
				ConnectorException.checkCancelled(monitor, path);
				int n;
				try {
					n = content.read(buffer);
				} catch (IOException e) {
					throw new ConnectorException(Reason.FATAL, path, "reading the content for '" + path + "' failed: "
							+ e.getMessage(), e);
				}
				if (n < 0) {
					break;
				}
				try {
					out.write(buffer, 0, n);
				} catch (SmbException e) {
					Exception failure = reopened(e, path);
					if (failure instanceof ConnectorException ce) {
						throw ce;
					}
					throw e;
				}
				count += n;
				if (options.size() >= 0 && count > options.size()) {
					break;
				}
			}
		}
		if (options.size() >= 0 && count != options.size()) {
			throw new ConnectorException(Reason.FATAL, path, "'" + path + "': " + (count > options.size()
					? "more than the " : "only " + count + " of the ") + options.size() + " bytes announced were delivered");
		}
		if (options.mtime() != null) {
			temp.setLastModified(options.mtime().toEpochMilli());
		}
	}

	/** A write that failed because jCIFS tried to reopen the temporary file on a new session: transient. */
	private Exception reopened(SmbException e, RelPath path) {
		if (Errors.reasonOf(e.getNtStatus()) == Reason.ALREADY_EXISTS) {
			return new ConnectorException(Reason.TRANSIENT, path, "writing '" + path + "': the connection to "
					+ location.hostAndPort() + " was lost during the transfer", e);
		}
		return e;
	}

	private void deleteQuietly(SmbFile f) {
		try {
			if (f.exists()) {
				f.delete();
			}
		} catch (IOException e) {
			// best effort: a leftover has a hidden temporary name
		}
	}

	private static void checkPrecondition(RelPath path, Entry current, Precondition precondition)
			throws ConnectorException {
		if (precondition instanceof Precondition.Absent && current != null) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "'" + path + "' exists already");
		}
		if (precondition instanceof Precondition.Unchanged u
				&& (current == null || !current.version().equals(u.version()))) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, path,
					"'" + path + "' " + (current == null ? "is gone" : "was changed") + " since it was seen");
		}
	}

	/**
	 * Takes the lock of a path; waits while another client holds it; breaks a stale one
	 * ({@link LockFolders}). On SMB the lock is a file, not a folder: it is created exclusively
	 * (FILE_CREATE, which succeeds for one client only) with a token of this attempt as its content,
	 * so a client whose answer was lost (the connection broke, or the server process serving it
	 * ended) can tell afterwards whether the lock it finds is its own. Samba 4.17 can end the
	 * process serving a client while folders of the same name are made and removed by other
	 * clients, which is why the lock is not a folder here.
	 */
	private RelPath lock(RelPath path, IProgressMonitor monitor) throws IOException, ConnectorException {
		RelPath lockPath = path.parent().child(TempNames.forLock(path.name()));
		byte[] token = (TempNames.randomHex() + TempNames.randomHex()).getBytes(StandardCharsets.US_ASCII);
		LockFolders.acquire(path, lockPath.toString(), monitor, () -> tryLock(lockPath, token), () -> {
			try {
				Entry held = statIn(lockPath);
				return Optional.ofNullable(held == null ? null : held.mtime());
			} catch (SmbException e) {
				// DELETE_PENDING, or SHARING_VIOLATION while the holder has it open to delete it: going away
				if (e.getNtStatus() != Errors.STATUS_DELETE_PENDING && e.getNtStatus() != NtStatus.NT_STATUS_SHARING_VIOLATION) {
					throw e;
				}
				return Optional.empty();
			}
		}, () -> {
			unlock(lockPath);
			return null;
		});
		return lockPath;
	}

	/** Creates the lock file with this attempt's token: true when this client holds the lock now. */
	private boolean tryLock(RelPath lockPath, byte[] token) throws IOException, ConnectorException {
		try (SmbFile f = file(lockPath, false);
				OutputStream out = f.openOutputStream(false, SmbConstants.O_CREAT | SmbConstants.O_WRONLY | SmbConstants.O_EXCL,
						0, SmbConstants.FILE_SHARE_READ | SmbConstants.FILE_SHARE_WRITE | SmbConstants.FILE_SHARE_DELETE)) {
			out.write(token);
		} catch (IOException e) {
			if (Errors.networkCause(e) != null) {
				return lockAfterLostAnswer(lockPath, token);
			}
			int status = e instanceof SmbException s ? s.getNtStatus() : 0;
			// held; or DELETE_PENDING / SHARING_VIOLATION: the holder is releasing it right now
			if (Errors.reasonOf(status) == Reason.ALREADY_EXISTS || status == Errors.STATUS_DELETE_PENDING
					|| status == NtStatus.NT_STATUS_SHARING_VIOLATION) {
				return false;
			}
			throw e;
		}
		return true;
	}

	/**
	 * The answer to creating the lock was lost: whether this client made it is read from the lock's
	 * content. A lock still without content after {@link #LOST_LOCK_WAIT} was made by a client that
	 * lost its connection before writing its token (this one or another): nobody holds it, it is
	 * removed and the next try makes it again.
	 */
	private boolean lockAfterLostAnswer(RelPath lockPath, byte[] token) throws IOException, ConnectorException {
		long deadline = System.nanoTime() + LOST_LOCK_WAIT.toNanos();
		while (true) {
			byte[] content = lockContent(lockPath);
			if (content == null || content.length > 0) {
				return content != null && java.util.Arrays.equals(content, token);
			}
			if (System.nanoTime() > deadline) {
				unlock(lockPath);
				return false;
			}
			try {
				TimeUnit.MILLISECONDS.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new ConnectorException(Reason.CANCELLED, lockPath, "interrupted");
			}
		}
	}

	/** The lock's token, or null when there is no lock (or it is being removed). */
	private byte[] lockContent(RelPath lockPath) throws IOException, ConnectorException {
		try (SmbFile f = file(lockPath, false);
				InputStream in = f.openInputStream(0, SmbConstants.O_RDONLY, SmbConstants.FILE_SHARE_READ
						| SmbConstants.FILE_SHARE_WRITE | SmbConstants.FILE_SHARE_DELETE)) {
			return in.readNBytes(256);
		} catch (SmbException e) {
			int status = e.getNtStatus();
			if (Errors.reasonOf(status) == Reason.NOT_FOUND || status == Errors.STATUS_DELETE_PENDING) {
				return null;
			}
			throw e;
		}
	}

	/**
	 * Removes a lock. Other clients waiting for the lock look at it (jCIFS opens it for that
	 * without FILE_SHARE_DELETE), so a delete can meet a SHARING_VIOLATION for a moment: it is
	 * retried, otherwise the waiters would sit out {@link LockFolders#STALE}.
	 */
	private void unlock(RelPath lockPath) {
		long deadline = System.nanoTime() + UNLOCK_WAIT.toNanos();
		long pause = 1;
		while (true) {
			try (SmbFile lock = file(lockPath, false)) {
				lock.delete();
				return;
			} catch (SmbException e) {
				int status = e.getNtStatus();
				if (status == Errors.STATUS_DELETE_PENDING || Errors.reasonOf(status) == Reason.NOT_FOUND) {
					return; // gone or going
				}
				if (System.nanoTime() > deadline) {
					// left behind, it is broken when stale; say so, waiters would otherwise wait unexplained
					System.err.println("karma smb: could not remove the lock " + lockPath + " (NT status 0x"
							+ Integer.toHexString(status) + "): " + e.getMessage());
					return;
				}
				// SHARING_VIOLATION (a waiting client is looking at it) or any other refusal: again
			} catch (IOException | ConnectorException e) {
				System.err.println("karma smb: could not remove the lock " + lockPath + ": " + e.getMessage());
				return; // a lock left behind is broken when stale
			}
			try {
				TimeUnit.MILLISECONDS.sleep(pause);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			pause = Math.min(20, pause * 2);
		}
	}

	// ------------------------------------------------------------------ mkdir, delete

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (!path.isRoot()) {
			checkName(path);
		}
		return with("creating folder", path, () -> {
			mkdirsIn(path, monitor);
			return statIn(path);
		});
	}

	private void mkdirsIn(RelPath path, IProgressMonitor monitor) throws IOException, ConnectorException {
		if (path.isRoot()) {
			return;
		}
		Entry f = statIn(path);
		if (f != null) {
			if (f.kind() != EntryKind.DIRECTORY) {
				throw new ConnectorException(Reason.ALREADY_EXISTS, path, "'" + path + "' exists and is not a folder");
			}
			return;
		}
		mkdirsIn(path.parent(), monitor);
		ConnectorException.checkCancelled(monitor, path);
		Optional<String> problem = NAME_RULES.problem(path.name());
		if (problem.isPresent()) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path, "'" + path.name() + "': " + problem.get());
		}
		try (SmbFile dir = file(path, true)) {
			dir.mkdir();
		} catch (SmbException e) {
			Entry now = statIn(path);
			if (now == null || now.kind() != EntryKind.DIRECTORY) { // not made by someone else meanwhile
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
		with("deleting", path, () -> {
			Entry f = statIn(path);
			if (f == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			if (f.kind() == EntryKind.DIRECTORY) {
				if (!recursive) {
					for (String child : childNames(path)) {
						if (!TempNames.isOwn(child) && !child.equals(".") && !child.equals("..")) {
							throw new ConnectorException(Reason.NOT_EMPTY, path, "folder '" + path + "' is not empty");
						}
					}
				}
				try (SmbFile dir = file(path, true)) {
					dir.delete(); // jCIFS deletes a folder with everything in it
				}
				return null;
			}
			RelPath lockPath = precondition != Precondition.NONE ? lock(path, monitor) : null;
			try {
				checkPrecondition(path, statIn(path), precondition);
				try (SmbFile file = file(path, false)) {
					file.delete();
				}
			} finally {
				if (lockPath != null) {
					unlock(lockPath);
				}
			}
			return null;
		});
	}

	// ------------------------------------------------------------------ capabilities

	@Override
	public Entry rename(RelPath from, RelPath to, boolean replace, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, from);
		checkName(to);
		if (to.startsWith(from)) {
			throw new ConnectorException(Reason.FATAL, to, "cannot move '" + from + "' into itself");
		}
		return with("renaming", from, () -> {
			Entry source = statIn(from);
			if (source == null) {
				throw new ConnectorException(Reason.NOT_FOUND, from, "'" + from + "' does not exist");
			}
			if (!to.parent().isRoot()) {
				Entry parent = statIn(to.parent());
				if (parent == null || parent.kind() != EntryKind.DIRECTORY) {
					throw new ConnectorException(Reason.NOT_FOUND, to, "folder '" + to.parent() + "' does not exist");
				}
			}
			Entry target = statIn(to);
			boolean sameFile = target != null && from.toString().equalsIgnoreCase(to.toString());
			if (target != null && !sameFile) {
				if (target.kind() == EntryKind.DIRECTORY || source.kind() == EntryKind.DIRECTORY) {
					if (target.kind() != source.kind()) {
						throw new ConnectorException(Reason.WRONG_KIND, to, "'" + to + "' is of another kind than '" + from + "'");
					}
					for (String child : childNames(to)) {
						if (!TempNames.isOwn(child) && !child.equals(".") && !child.equals("..")) {
							throw new ConnectorException(Reason.NOT_EMPTY, to, "folder '" + to + "' is not empty");
						}
					}
					if (!replace) {
						throw new ConnectorException(Reason.ALREADY_EXISTS, to, "'" + to + "' exists");
					}
					try (SmbFile dir = file(to, true)) {
						dir.delete();
					}
				} else if (!replace) {
					throw new ConnectorException(Reason.ALREADY_EXISTS, to, "'" + to + "' exists");
				}
			}
			boolean dir = source.kind() == EntryKind.DIRECTORY;
			try (SmbFile src = file(from, dir); SmbFile dst = file(to, dir)) {
				src.renameTo(dst, replace && !dir);
			}
			return statIn(to);
		});
	}

	@Override
	public Entry setModificationTime(RelPath path, Instant mtime, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		return with("setting the time of", path, () -> {
			Entry before = statIn(path);
			if (before == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			try (SmbFile f = file(path, before.kind() == EntryKind.DIRECTORY)) {
				f.setLastModified(mtime.toEpochMilli());
			}
			return statIn(path);
		});
	}

	@Override
	public int openResources() {
		return inUse.get();
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			context.close();
		} catch (CIFSException e) {
			// closing anyway
		}
	}
}
