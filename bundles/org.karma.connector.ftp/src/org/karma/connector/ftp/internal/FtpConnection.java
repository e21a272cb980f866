package org.karma.connector.ftp.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.commons.net.ftp.FTPReply;
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
 * A connection to a folder on an FTP or FTPS server. Every call borrows a session from the pool
 * (at most {@code concurrency}); a read stream keeps its session until it is closed.
 *
 * <p>Writes go to a hidden temporary name beside the target and are renamed over it (RNFR/RNTO)
 * when complete. Preconditions are checked under a lock folder beside the target (MKD is atomic
 * on every server), so KARMA clients racing for the same file are serialized; against other
 * tools the check is check-then-act. Versions are size plus the server's modification time text.
 */
final class FtpConnection implements Connection, Capability.Rename, Capability.SetModificationTime,
		Capability.OpenResources, Capability.ChangeFeed, Capability.ResumableUpload {

	/**
	 * Names FTP can carry everywhere: no backslash (servers take it for a separator), no {@code *},
	 * {@code ?} or {@code [} (servers expand globs in MLST, LIST and DELE), no control characters
	 * (CR and LF end a command), no trailing space or dot (servers trim them).
	 */
	static final NameRules NAME_RULES = new NameRules(255, "\\*?[", Set.of(), true);

	private static final int BUFFER = 64 * 1024;

	private final SessionPool pool;
	private final String root;
	private final Charset encoding;
	private final Session.Features features;
	private final ConnectionFacts facts;
	private volatile boolean closed;
	/**
	 * Temporary files and lock folders of failed operations that could not be removed at once (the
	 * connection was lost): removed by the next call, so that a retry does not wait for its own
	 * stale lock. Values: whether the name is a (lock) folder.
	 */
	private final Map<String, Boolean> orphans = new ConcurrentHashMap<>();
	/** Interrupted uploads whose temporary file was kept for {@link #resume}. */
	private final Map<RelPath, Partial> partials = new ConcurrentHashMap<>();

	private final Duration pollInterval;
	private final String host;
	private final Set<FtpWatch> watches = ConcurrentHashMap.newKeySet();

	FtpConnection(SessionPool pool, String root, Charset encoding, Session.Features features, int concurrency,
			Duration pollInterval, String host) {
		this.pollInterval = pollInterval;
		this.host = host;
		this.pool = pool;
		this.root = root;
		this.encoding = encoding;
		this.features = features;
		// whole seconds even where MLST shows milliseconds: MFMT of most servers (MINA, vsftpd, proftpd)
		// sets whole seconds only, so a round trip keeps no more; the fractions still make versions finer
		Duration precision = features.mlst() ? Duration.ofSeconds(1) : Duration.ofMinutes(1);
		this.facts = new ConnectionFacts(precision, features.mfmt() && features.mlst(), Set.of(), CaseSensitivity.SENSITIVE,
				NAME_RULES, true, false, concurrency);
	}

	@Override
	public ConnectionFacts facts() {
		return facts;
	}

	String remote(RelPath path) {
		return RemotePaths.join(root, path);
	}

	private String remoteChild(RelPath parent, String name) {
		return RemotePaths.child(remote(parent), name);
	}

	// ------------------------------------------------------------------ sessions

	@FunctionalInterface
	private interface Op<T> {
		T run(Session s) throws IOException, ConnectorException;
	}

	private <T> T with(String what, RelPath path, Op<T> op) throws ConnectorException {
		if (closed) {
			throw new ConnectorException(Reason.FATAL, path, "the connection is closed");
		}
		Session s = pool.borrow();
		boolean healthy = false;
		try {
			if (!orphans.isEmpty()) {
				removeOrphans(s);
			}
			T result = op.run(s);
			healthy = true;
			return result;
		} catch (IOException e) {
			throw Replies.io(what + " '" + path + "'", e, path);
		} catch (ConnectorException e) {
			healthy = e.reason() != Reason.TRANSIENT;
			throw e;
		} finally {
			pool.release(s, healthy);
		}
	}

	// ------------------------------------------------------------------ stat and list

	/** The entry at a remote path, or null. */
	private RemoteFile statIn(Session s, RelPath path) throws IOException, ConnectorException {
		if (features.mlst()) {
			int code = s.client.sendCommand("MLST", remote(path));
			if (code == 550 || code == 501) {
				return null;
			}
			if (!FTPReply.isPositiveCompletion(code)) {
				throw Replies.of("MLST '" + path + "'", code, s.client.getReplyString(), path);
			}
			return ListParser.mlstEntry(s.client.getReplyStrings());
		}
		if (path.isRoot()) {
			return new RemoteFile("", EntryKind.DIRECTORY, 0, null, null);
		}
		RemoteFile parent = statIn(s, path.parent());
		if (parent == null || parent.kind() != EntryKind.DIRECTORY) {
			return null;
		}
		for (RemoteFile f : listRaw(s, path.parent(), null)) {
			if (f.name().equals(path.name())) {
				return f;
			}
		}
		return null;
	}

	private Entry entry(RelPath path, RemoteFile f) {
		Instant mtime = f.mtime() == null ? null : f.mtime().truncatedTo(features.mlst() ? ChronoUnit.SECONDS : ChronoUnit.MINUTES);
		return new Entry(path, f.kind(), f.size(), mtime, Map.of(), f.kind() == EntryKind.DIRECTORY ? "" : f.version());
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		return with("stat", path, s -> {
			RemoteFile f = statIn(s, path);
			return f == null ? Optional.<Entry>empty() : Optional.of(entry(path, f));
		});
	}

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, directory);
		with("list", directory, s -> {
			checkDirectory(s, directory);
			streamListing(s, directory, f -> {
				if (!TempNames.isOwn(f.name())) {
					sink.accept(entry(directory.child(f.name()), f));
				}
			}, monitor);
			return null;
		});
	}

	private void checkDirectory(Session s, RelPath directory) throws IOException, ConnectorException {
		RemoteFile d = statIn(s, directory);
		if (d == null) {
			throw new ConnectorException(Reason.NOT_FOUND, directory, "folder '" + directory + "' does not exist");
		}
		if (d.kind() != EntryKind.DIRECTORY) {
			throw new ConnectorException(Reason.WRONG_KIND, directory, "'" + directory + "' is not a folder");
		}
	}

	private List<RemoteFile> listRaw(Session s, RelPath directory, IProgressMonitor monitor)
			throws IOException, ConnectorException {
		List<RemoteFile> all = new ArrayList<>();
		streamListing(s, directory, all::add, monitor);
		return all;
	}

	/** MLSD (or LIST) of a folder, each entry handed on as its line arrives; hidden names included. */
	private void streamListing(Session s, RelPath directory, Consumer<RemoteFile> sink, IProgressMonitor monitor)
			throws IOException, ConnectorException {
		Socket data = s.openData(features.mlst() ? "MLSD" : "LIST", remote(directory));
		if (data == null) {
			throw Replies.of("listing '" + directory + "'", s.client.getReplyCode(), s.client.getReplyString(), directory);
		}
		ListParser parser = new ListParser();
		boolean cancelled = false;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(data.getInputStream(), encoding))) {
			for (String line; (line = lines.readLine()) != null;) {
				if (monitor != null && monitor.isCanceled()) {
					cancelled = true;
					break;
				}
				RemoteFile f = features.mlst() ? ListParser.parseMlsx(line) : parser.parseList(line);
				if (f != null) {
					sink.accept(f);
				}
			}
		} finally {
			data.close();
			boolean done = s.client.completePendingCommand();
			if (!done && !cancelled) {
				throw Replies.of("listing '" + directory + "'", s.client.getReplyCode(), s.client.getReplyString(), directory);
			}
		}
		if (cancelled) {
			throw new ConnectorException(Reason.CANCELLED, directory, "cancelled");
		}
	}

	// ------------------------------------------------------------------ read

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (closed) {
			throw new ConnectorException(Reason.FATAL, path, "the connection is closed");
		}
		Session s = pool.borrow();
		try {
			InputStream in = s.client.retrieveFileStream(remote(path));
			if (in == null) {
				int code = s.client.getReplyCode();
				String reply = s.client.getReplyString();
				RemoteFile f = statIn(s, path);
				pool.release(s, true);
				if (f == null) {
					throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
				}
				if (f.kind() == EntryKind.DIRECTORY) {
					throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder, not a file");
				}
				throw Replies.of("reading '" + path + "'", code, reply, path);
			}
			return new SessionStream(in, s, path);
		} catch (IOException e) {
			pool.release(s, false);
			throw Replies.io("reading '" + path + "'", e, path);
		} catch (RuntimeException e) {
			pool.release(s, false);
			throw e;
		}
	}

	/**
	 * A download in progress; closing it ends the transfer and gives the session back. A lost data
	 * connection, or an end of data the server does not confirm with 226, fails the read with an
	 * IOException whose cause is a TRANSIENT {@link ConnectorException} (what the writers of
	 * other connectors pass on as the reason); the content is then never complete.
	 */
	private final class SessionStream extends FilterInputStream {
		private final Session session;
		private final RelPath path;
		private boolean completed;
		private boolean controlLost;
		private boolean released;

		SessionStream(InputStream in, Session session, RelPath path) {
			super(in);
			this.session = session;
			this.path = path;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n;
			while ((n = read(one, 0, 1)) == 0) {
				// a zero read: ask again
			}
			return n < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n;
			try {
				n = super.read(b, off, len);
			} catch (IOException e) {
				throw lost(Replies.io("reading '" + path + "' (the data connection was lost)", e, path));
			}
			if (n < 0 && !completed) {
				completed = true;
				boolean ok;
				try {
					ok = session.client.completePendingCommand();
				} catch (IOException e) {
					controlLost = true;
					throw lost(Replies.io("reading '" + path + "' (the connection was lost)", e, path));
				}
				if (!ok) {
					throw lost(Replies.of("reading '" + path + "' ended early", session.client.getReplyCode(),
							session.client.getReplyString(), path));
				}
			}
			return n;
		}

		private IOException lost(ConnectorException e) {
			return new IOException(e.getMessage(), e);
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
				if (!completed) {
					completed = true;
					session.client.completePendingCommand(); // 226, or 426 after a partial read: either way in step
				}
				healthy = !controlLost;
			} finally {
				pool.release(session, healthy);
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
					"'" + path.name() + "' cannot be stored on an FTP server: " + problem.get());
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
				RemoteFile p = statIn(s, parent);
				if (p == null) {
					throw new ConnectorException(Reason.NOT_FOUND, path, "folder '" + parent + "' does not exist");
				}
				if (p.kind() != EntryKind.DIRECTORY) {
					throw new ConnectorException(Reason.WRONG_KIND, path, "'" + parent + "' is not a folder");
				}
			}
			boolean resumable = resumable(options);
			String temp = remoteChild(parent, TempNames.forWrite(path.name()));
			Partial earlier = partials.remove(path);
			if (earlier != null) {
				s.client.deleteFile(earlier.temp()); // written anew: the interrupted upload is not resumed
			}
			long sent = upload(s, path, temp, content, options, monitor, resumable);
			return finish(s, path, temp, sent, options, monitor);
		});
	}

	/**
	 * Renames a complete upload over its target (under the lock where there is a precondition),
	 * once the server is seen to hold all {@code sent} bytes under the temporary name: a server that
	 * answered 226 for a shorter file (a data connection mixed up, a filter, a full disk it did not
	 * report) fails the write and the old file stays.
	 */
	private Entry finish(Session s, RelPath path, String temp, long sent, WriteOptions options, IProgressMonitor monitor)
			throws IOException, ConnectorException {
		boolean lock = options.precondition() != Precondition.NONE;
		String lockPath = null;
		RemoteFile stored;
		try {
			stored = storedFile(s, temp);
			if (stored != null && stored.size() != sent) {
				throw new ConnectorException(Reason.TRANSIENT, path, "the server acknowledged the upload of '" + path
						+ "' but holds " + stored.size() + " of its " + sent + " bytes: the old file is kept");
			}
			// inside the try: when the connection is lost while locking, the complete upload's
			// temporary file must still be deleted or remembered for the next call
			lockPath = lock ? lock(s, path, monitor) : null;
			RemoteFile current = statIn(s, path);
			if (current != null && current.kind() == EntryKind.DIRECTORY) {
				throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder");
			}
			checkPrecondition(path, current, options.precondition());
			replace(s, path, temp, current != null);
			temp = null;
		} finally {
			try {
				if (temp != null) {
					deleteTemp(s, temp);
				}
			} finally {
				if (lockPath != null) {
					unlock(s, lockPath);
				}
			}
		}
		if (stored != null && stored.kind() == EntryKind.FILE && stored.timeText() != null) {
			return entry(path, stored); // the same file under its new name: its facts are those just read
		}
		RemoteFile written = statIn(s, path);
		if (written == null) {
			throw new ConnectorException(Reason.FATAL, path, "'" + path + "' is missing right after it was written");
		}
		return entry(path, written);
	}

	// ------------------------------------------------------------------ resume (REST)

	/** Uploads of at least this size can be resumed (where the server has REST STREAM). */
	static final long RESUME_MIN = 1 << 20;

	/**
	 * An interrupted upload whose temporary file was kept: for that size and time only. The name is
	 * a fresh random one as for every write (a name derived from the content would let two clients
	 * uploading the same file at once write into one file), so only this connection can resume it.
	 */
	private record Partial(String temp, long size, Instant mtime) {
	}

	private boolean resumable(WriteOptions options) {
		return features.rest() && options.size() >= RESUME_MIN;
	}

	@Override
	public long resumableBytes(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		Partial partial = partials.get(path);
		if (partial == null) {
			return 0;
		}
		return with("looking for the interrupted upload of", path, s -> {
			long held = heldBytes(s, partial);
			if (held <= 0) {
				partials.remove(path);
				return 0L;
			}
			return held;
		});
	}

	/** Bytes of a kept temporary file on the server (0: gone). */
	private long heldBytes(Session s, Partial partial) throws IOException, ConnectorException {
		RemoteFile f = storedFile(s, partial.temp());
		return f == null || f.kind() != EntryKind.FILE ? 0 : f.size();
	}

	/**
	 * A file on the server by its full name, from MLST where the server has it (all facts) or else
	 * SIZE (only the size, no time); null when the server does not say (gone, or no SIZE command).
	 */
	private RemoteFile storedFile(Session s, String remote) throws IOException {
		if (features.mlst()) {
			int code = s.client.sendCommand("MLST", remote);
			return FTPReply.isPositiveCompletion(code) ? ListParser.mlstEntry(s.client.getReplyStrings()) : null;
		}
		int code = s.client.sendCommand("SIZE", remote);
		if (code != 213) {
			return null;
		}
		try {
			return new RemoteFile("", EntryKind.FILE, Long.parseLong(s.client.getReplyString().substring(4).trim()), null, null);
		} catch (RuntimeException e) {
			return null;
		}
	}

	/**
	 * Continues an interrupted upload: {@code REST offset} then {@code STOR} of the temporary file
	 * with the rest of the content, then the same rename as a write. The options must announce the
	 * size and time of the interrupted upload (the rest alone is not the content: the engine gives
	 * what follows {@link #resumableBytes}).
	 */
	@Override
	public Entry resume(RelPath path, InputStream rest, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		checkName(path);
		Partial partial = partials.get(path);
		if (partial == null || partial.size() != options.size() || !java.util.Objects.equals(partial.mtime(), options.mtime())) {
			throw new ConnectorException(Reason.FATAL, path, "no interrupted upload of '" + path + "' with this size and time to "
					+ "resume: write it again");
		}
		return with("resuming", path, s -> {
			long offset = heldBytes(s, partial);
			if (offset <= 0 || offset > options.size()) {
				partials.remove(path);
				s.client.deleteFile(partial.temp());
				throw new ConnectorException(Reason.FATAL, path, "the interrupted upload of '" + path + "' is gone from the server: "
						+ "write it again");
			}
			s.client.setRestartOffset(offset);
			OutputStream out = s.client.storeFileStream(partial.temp());
			if (out == null) {
				throw Replies.of("resuming '" + path + "' at byte " + offset, s.client.getReplyCode(), s.client.getReplyString(), path);
			}
			long sent = send(s, path, partial.temp(), rest, out, options, monitor, offset, true);
			partials.remove(path);
			return finish(s, path, partial.temp(), sent, options, monitor);
		});
	}

	/**
	 * Uploads into {@code temp} (and sets its time); on any failure the temporary file is removed.
	 * A data connection lost mid-transfer is TRANSIENT unless the server's answer says more (552:
	 * QUOTA); when the control connection is lost too, the temporary file cannot be removed now and
	 * is removed by the next call that gets a session (it stays hidden meanwhile).
	 */
	private long upload(Session s, RelPath path, String temp, InputStream content, WriteOptions options,
			IProgressMonitor monitor, boolean resumable) throws IOException, ConnectorException {
		OutputStream out = s.client.storeFileStream(temp);
		if (out == null) {
			throw Replies.of("writing '" + path + "'", s.client.getReplyCode(), s.client.getReplyString(), path);
		}
		return send(s, path, temp, content, out, options, monitor, 0, resumable);
	}

	/**
	 * Sends the content on an open STOR/APPE data stream, ends the transfer and checks it;
	 * {@code offset} bytes are on the server already. Returns the size of the whole file sent.
	 */
	private long send(Session s, RelPath path, String temp, InputStream content, OutputStream out, WriteOptions options,
			IProgressMonitor monitor, long offset, boolean resumable) throws IOException, ConnectorException {
		ConnectorException failure = null;
		IOException lost = null;
		long count = offset;
		byte[] buffer = new byte[BUFFER];
		try {
			while (true) {
				if (monitor != null && monitor.isCanceled()) {
					failure = new ConnectorException(Reason.CANCELLED, path, "cancelled");
					break;
				}
				int n;
				try {
					n = content.read(buffer);
				} catch (IOException e) {
					Reason reason = e.getCause() instanceof ConnectorException ce ? ce.reason() : Reason.FATAL;
					failure = new ConnectorException(reason, path, "reading the content for '" + path + "' failed: "
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
		} catch (IOException e) {
			lost = e; // the data connection broke: the server's answer tells why
		}
		try {
			out.close();
		} catch (IOException e) {
			if (lost == null) {
				lost = e;
			}
		}
		boolean stored;
		try {
			stored = s.client.completePendingCommand();
		} catch (IOException e) {
			if (resumable) {
				partials.put(path, new Partial(temp, options.size(), options.mtime()));
			} else {
				orphans.put(temp, false); // the control connection is gone too
			}
			throw Replies.io("writing '" + path + "' (the connection was lost)", lost != null ? lost : e, path);
		}
		if (failure == null && !stored) {
			failure = Replies.of("writing '" + path + "'", s.client.getReplyCode(), s.client.getReplyString(), path);
		}
		if (failure == null && lost != null) {
			failure = Replies.io("writing '" + path + "' (the data connection was lost)", lost, path);
		}
		if (failure == null && options.size() >= 0 && count != options.size()) {
			failure = new ConnectorException(Reason.FATAL, path, "'" + path + "': " + (count > options.size()
					? "more than the " : "only " + count + " of the ") + options.size() + " bytes announced were delivered");
		}
		if (failure == null && options.mtime() != null && facts.mtimeWritable()) {
			if (!s.client.setModificationTime(temp, ListParser.formatTime(options.mtime(), false))) {
				failure = Replies.of("setting the time of '" + path + "'", s.client.getReplyCode(),
						s.client.getReplyString(), path);
			}
		}
		if (failure != null) {
			if (resumable && failure.reason() == Reason.TRANSIENT) { // the server holds a true prefix of the content
				partials.put(path, new Partial(temp, options.size(), options.mtime())); // kept for resume
			} else {
				deleteTemp(s, temp);
			}
			throw failure;
		}
		return count;
	}

	/** Deletes a temporary file; when the control connection fails meanwhile, the next call deletes it. */
	private void deleteTemp(Session s, String temp) throws IOException {
		try {
			s.client.deleteFile(temp);
		} catch (IOException e) {
			orphans.put(temp, false);
			throw e;
		}
	}

	/** Removes temporary files left by uploads whose control connection was lost. */
	private void removeOrphans(Session s) {
		for (Map.Entry<String, Boolean> orphan : orphans.entrySet()) {
			String name = orphan.getKey();
			try {
				boolean removed = orphan.getValue() ? s.client.removeDirectory(name) : s.client.deleteFile(name);
				if (removed || s.client.getReplyCode() == 550) { // 550: gone already, or not ours to remove any more
					orphans.remove(name);
				}
			} catch (IOException e) {
				return; // this session is broken too: the call itself will fail and tell
			}
		}
	}

	/**
	 * Renames the uploaded temporary file to its name. Servers that refuse RNTO over an existing
	 * file (MINA FtpServer: 553) get the old file moved aside to a hidden name first, and deleted
	 * after: the old content is never lost, but for a moment the name is absent.
	 */
	private void replace(Session s, RelPath path, String temp, boolean exists) throws IOException, ConnectorException {
		String target = remote(path);
		if (s.client.rename(temp, target)) {
			return;
		}
		int code = s.client.getReplyCode();
		String reply = s.client.getReplyString();
		if (!exists) {
			throw Replies.of("renaming to '" + path + "'", code, reply, path);
		}
		String aside = remoteChild(path.parent(), TempNames.forWrite(path.name()));
		if (!s.client.rename(target, aside)) {
			throw Replies.of("replacing '" + path + "'", s.client.getReplyCode(), s.client.getReplyString(), path);
		}
		if (!s.client.rename(temp, target)) {
			code = s.client.getReplyCode();
			reply = s.client.getReplyString();
			s.client.rename(aside, target); // put the old one back
			throw Replies.of("replacing '" + path + "'", code, reply, path);
		}
		s.client.deleteFile(aside);
	}

	private static void checkPrecondition(RelPath path, RemoteFile current, Precondition precondition)
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
	 * Takes the lock folder of a path (MKD succeeds for one client only); waits while another
	 * client holds it; breaks a stale one ({@link LockFolders}).
	 */
	private String lock(Session s, RelPath path, IProgressMonitor monitor) throws IOException, ConnectorException {
		RelPath lockRel = path.parent().child(TempNames.forLock(path.name()));
		String lockPath = remote(lockRel);
		LockFolders.acquire(path, lockPath, monitor, () -> {
			try {
				return s.client.makeDirectory(lockPath);
			} catch (IOException e) {
				orphans.put(lockPath, true); // the server may have made it before the connection was lost
				throw e;
			}
		}, () -> {
			int code = s.client.getReplyCode();
			String reply = s.client.getReplyString();
			RemoteFile held = statIn(s, lockRel);
			if (held == null && !canMakeFolderBeside(s, path)) {
				// no lock there, and no folder can be made here at all: MKD was refused for another
				// reason (a read-only user, a full disk), not because another client holds the lock
				// (it may just have released it: servers such as MINA answer a lost MKD race with
				// "550 No permission", hence the probe with a name nobody else uses)
				throw Replies.of("locking '" + path + "' (folder " + lockRel.name() + ")", code, reply, path);
			}
			return Optional.ofNullable(held == null ? null : held.mtime());
		}, () -> {
			s.client.removeDirectory(lockPath);
			return null;
		});
		return lockPath;
	}

	/** Removes a lock folder; when the control connection fails meanwhile, the next call removes it. */
	private void unlock(Session s, String lockPath) throws IOException {
		try {
			s.client.removeDirectory(lockPath);
		} catch (IOException e) {
			orphans.put(lockPath, true);
			throw e;
		}
	}

	/** Whether a folder with a fresh hidden name can be made (and is removed again) beside {@code path}. */
	private boolean canMakeFolderBeside(Session s, RelPath path) throws IOException {
		String probe = remoteChild(path.parent(), TempNames.forWrite(path.name()));
		if (!s.client.makeDirectory(probe)) {
			return false;
		}
		s.client.removeDirectory(probe);
		return true;
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

	private void mkdirsIn(Session s, RelPath path, IProgressMonitor monitor) throws IOException, ConnectorException {
		if (path.isRoot()) {
			return;
		}
		RemoteFile f = statIn(s, path);
		if (f != null) {
			if (f.kind() != EntryKind.DIRECTORY) {
				throw new ConnectorException(Reason.ALREADY_EXISTS, path, "'" + path + "' exists and is not a folder");
			}
			return;
		}
		mkdirsIn(s, path.parent(), monitor);
		ConnectorException.checkCancelled(monitor, path);
		Optional<String> problem = NAME_RULES.problem(path.name());
		if (problem.isPresent()) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path, "'" + path.name() + "': " + problem.get());
		}
		if (!s.client.makeDirectory(remote(path))) {
			int code = s.client.getReplyCode();
			String reply = s.client.getReplyString();
			RemoteFile now = statIn(s, path);
			if (now == null || now.kind() != EntryKind.DIRECTORY) { // not made by someone else meanwhile
				throw Replies.of("creating folder '" + path + "'", code, reply, path);
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
			RemoteFile f = statIn(s, path);
			if (f == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			if (f.kind() == EntryKind.DIRECTORY) {
				if (!recursive) {
					for (RemoteFile child : listRaw(s, path, monitor)) {
						if (!TempNames.isOwn(child.name())) {
							throw new ConnectorException(Reason.NOT_EMPTY, path, "folder '" + path + "' is not empty");
						}
					}
				}
				deleteTree(s, path, monitor);
				return null;
			}
			String lockPath = precondition != Precondition.NONE ? lock(s, path, monitor) : null;
			try {
				checkPrecondition(path, statIn(s, path), precondition);
				if (!s.client.deleteFile(remote(path))) {
					throw Replies.of("deleting '" + path + "'", s.client.getReplyCode(), s.client.getReplyString(), path);
				}
			} finally {
				if (lockPath != null) {
					unlock(s, lockPath);
				}
			}
			return null;
		});
	}

	private void deleteTree(Session s, RelPath dir, IProgressMonitor monitor) throws IOException, ConnectorException {
		for (RemoteFile child : listRaw(s, dir, monitor)) {
			ConnectorException.checkCancelled(monitor, dir);
			RelPath p = dir.child(child.name());
			if (child.kind() == EntryKind.DIRECTORY) {
				deleteTree(s, p, monitor);
			} else if (!s.client.deleteFile(remote(p))) {
				throw Replies.of("deleting '" + p + "'", s.client.getReplyCode(), s.client.getReplyString(), p);
			}
		}
		if (!s.client.removeDirectory(remote(dir))) {
			throw Replies.of("deleting folder '" + dir + "'", s.client.getReplyCode(), s.client.getReplyString(), dir);
		}
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
			RemoteFile source = statIn(s, from);
			if (source == null) {
				throw new ConnectorException(Reason.NOT_FOUND, from, "'" + from + "' does not exist");
			}
			RemoteFile parent = to.parent().isRoot() ? null : statIn(s, to.parent());
			if (!to.parent().isRoot() && (parent == null || parent.kind() != EntryKind.DIRECTORY)) {
				throw new ConnectorException(Reason.NOT_FOUND, to, "folder '" + to.parent() + "' does not exist");
			}
			RemoteFile target = statIn(s, to);
			if (target != null) {
				if (target.kind() == EntryKind.DIRECTORY || source.kind() == EntryKind.DIRECTORY) {
					if (target.kind() != source.kind()) {
						throw new ConnectorException(Reason.WRONG_KIND, to, "'" + to + "' is of another kind than '" + from + "'");
					}
					for (RemoteFile child : listRaw(s, to, monitor)) {
						if (!TempNames.isOwn(child.name())) {
							throw new ConnectorException(Reason.NOT_EMPTY, to, "folder '" + to + "' is not empty");
						}
					}
					if (!replace) {
						throw new ConnectorException(Reason.ALREADY_EXISTS, to, "'" + to + "' exists");
					}
					deleteTree(s, to, monitor);
				} else if (!replace) {
					throw new ConnectorException(Reason.ALREADY_EXISTS, to, "'" + to + "' exists");
				}
			}
			if (!s.client.rename(remote(from), remote(to))) {
				throw Replies.of("renaming '" + from + "'", s.client.getReplyCode(), s.client.getReplyString(), from);
			}
			return entry(to, statIn(s, to));
		});
	}

	@Override
	public Entry setModificationTime(RelPath path, Instant mtime, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (!facts.mtimeWritable()) {
			throw new ConnectorException(Reason.UNSUPPORTED, path, "this FTP server cannot set modification times (no MFMT)");
		}
		return with("setting the time of", path, s -> {
			if (!s.client.setModificationTime(remote(path), ListParser.formatTime(mtime, false))) {
				RemoteFile f = statIn(s, path);
				if (f == null) {
					throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
				}
				throw Replies.of("setting the time of '" + path + "'", s.client.getReplyCode(), s.client.getReplyString(), path);
			}
			RemoteFile f = statIn(s, path);
			if (f == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "'" + path + "' does not exist");
			}
			return entry(path, f);
		});
	}

	/** Polls the tree below {@code directory} every {@code poll_interval}: see {@link FtpWatch}. */
	@Override
	public Subscription watch(RelPath directory, ChangeListener listener, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, directory);
		if (closed) {
			throw new ConnectorException(Reason.FATAL, directory, "the connection is closed");
		}
		FtpWatch watch = new FtpWatch(this, directory, listener, pollInterval, host, watches::remove);
		watch.start(monitor);
		watches.add(watch);
		return watch;
	}

	@Override
	public int openResources() {
		return pool.inUse();
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		if (type == Capability.SetModificationTime.class && !facts.mtimeWritable()) {
			return Optional.empty();
		}
		if (type == Capability.ResumableUpload.class && !features.rest()) {
			return Optional.empty();
		}
		return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
	}

	@Override
	public void close() {
		if (!partials.isEmpty() && !closed) {
			try {
				with("removing interrupted uploads", RelPath.ROOT, s -> {
					for (Partial partial : List.copyOf(partials.values())) {
						s.client.deleteFile(partial.temp());
					}
					return null;
				});
			} catch (ConnectorException e) {
				// the server is away: the hidden temporary files stay
			}
			partials.clear();
		}
		closed = true;
		for (FtpWatch watch : List.copyOf(watches)) {
			watch.close();
		}
		watches.clear();
		pool.close();
	}
}
