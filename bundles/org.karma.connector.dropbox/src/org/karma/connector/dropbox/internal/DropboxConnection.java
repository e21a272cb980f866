package org.karma.connector.dropbox.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.HashKind;
import org.karma.connector.api.NameRules;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;

import com.dropbox.core.DbxDownloader;
import com.dropbox.core.DbxException;
import com.dropbox.core.InvalidAccessTokenException;
import com.dropbox.core.RetryException;
import com.dropbox.core.v2.DbxClientV2;
import com.dropbox.core.v2.files.CommitInfo;
import com.dropbox.core.v2.files.CreateFolderErrorException;
import com.dropbox.core.v2.files.DeleteError;
import com.dropbox.core.v2.files.DeleteErrorException;
import com.dropbox.core.v2.files.DownloadErrorException;
import com.dropbox.core.v2.files.FileMetadata;
import com.dropbox.core.v2.files.FolderMetadata;
import com.dropbox.core.v2.files.GetMetadataErrorException;
import com.dropbox.core.v2.files.ListFolderContinueErrorException;
import com.dropbox.core.v2.files.ListFolderErrorException;
import com.dropbox.core.v2.files.ListFolderResult;
import com.dropbox.core.v2.files.ListRevisionsErrorException;
import com.dropbox.core.v2.files.LookupError;
import com.dropbox.core.v2.files.Metadata;
import com.dropbox.core.v2.files.RelocationError;
import com.dropbox.core.v2.files.RelocationErrorException;
import com.dropbox.core.v2.files.UploadError;
import com.dropbox.core.v2.files.UploadErrorException;
import com.dropbox.core.v2.files.UploadSessionCursor;
import com.dropbox.core.v2.files.UploadSessionFinishError;
import com.dropbox.core.v2.files.UploadSessionFinishErrorException;
import com.dropbox.core.v2.files.WriteConflictError;
import com.dropbox.core.v2.files.WriteError;
import com.dropbox.core.v2.files.WriteMode;

/**
 * A connection to one Dropbox folder through the Dropbox Core SDK ({@link DbxClientV2}).
 *
 * <p>Writes are single {@code files/upload} calls up to the upload threshold and upload sessions
 * above it (or when the size is not known); either way the file appears only when the last call
 * commits it, so a failed or cancelled write leaves nothing. Preconditions ride on the write mode
 * ({@code add}, {@code update} with the rev, {@code strict_conflict}) and are checked by Dropbox
 * atomically; the {@link Entry#version()} is the file's {@code rev}. Modification times are
 * {@code client_modified} (whole seconds). The Dropbox {@code content_hash} is every file's cheap hash.
 * The change feed is a cursor with long polls ({@link DropboxWatch}).
 */
final class DropboxConnection
		implements Connection, Capability.Rename, Capability.ServerHash, Capability.RemoteVersions, Capability.OpenResources,
		Capability.ChangeFeed {

	/** Dropbox names: no backslash or DEL or control characters, no trailing dot or space, 255 bytes. */
	static final NameRules NAME_RULES = new NameRules(255, "\\\u007f", Set.of(), true);

	private static final int READ_STEP = 1 << 20;

	private final DbxClientV2 client;
	private final DropboxLocation location;
	private final long threshold;
	private final int chunk;
	private final int retries;
	private final boolean refreshable;
	private final ConnectionFacts facts;
	private final AtomicInteger open = new AtomicInteger();
	private final AtomicBoolean closed = new AtomicBoolean();
	private final Supplier<DropboxWatch.Notify> notify;
	private final Set<DropboxWatch> watches = ConcurrentHashMap.newKeySet();

	DropboxConnection(DbxClientV2 client, DropboxLocation location, long threshold, int chunk, int concurrency,
			int retries, boolean refreshable, Supplier<DropboxWatch.Notify> notify) {
		this.client = client;
		this.notify = notify;
		this.location = location;
		this.threshold = threshold;
		this.chunk = chunk;
		this.retries = retries;
		this.refreshable = refreshable;
		this.facts = new ConnectionFacts(Duration.ofSeconds(1), true, Set.of(HashKind.DROPBOX),
				CaseSensitivity.INSENSITIVE_PRESERVING, NAME_RULES, true, true, concurrency);
	}

	/** Fails unless the root is an existing folder. */
	void checkRoot() throws ConnectorException {
		if (location.root().isEmpty()) {
			try {
				client.files().listFolder("");
				return;
			} catch (ListFolderErrorException e) {
				throw Errors.lookup("opening", e.errorValue.getPathValue(), RelPath.ROOT);
			} catch (DbxException e) {
				throw Errors.of("opening the Dropbox", e, RelPath.ROOT);
			}
		}
		Optional<Metadata> root;
		try {
			root = metadata(location.root(), RelPath.ROOT);
		} catch (ConnectorException e) {
			throw new ConnectorException(e.reason(), RelPath.ROOT, "opening the Dropbox folder " + location.root() + ": "
					+ e.getMessage().replaceFirst("^looking up: ", ""), e.getCause(), e.isRetryable());
		}
		if (root.isEmpty()) {
			throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, "the Dropbox folder " + location.root()
					+ " does not exist");
		}
		if (!(root.get() instanceof FolderMetadata)) {
			throw new ConnectorException(Reason.WRONG_KIND, RelPath.ROOT, location.root() + " is a file, not a folder");
		}
	}

	@Override
	public ConnectionFacts facts() {
		return facts;
	}

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, directory);
		ListFolderResult page;
		try {
			page = client.files().listFolder(location.remote(directory));
		} catch (ListFolderErrorException e) {
			if (e.errorValue.isPath()) {
				throw Errors.lookup("listing", e.errorValue.getPathValue(), directory);
			}
			throw Errors.of("listing", e, directory);
		} catch (DbxException e) {
			throw Errors.of("listing", e, directory);
		}
		while (true) {
			for (Metadata m : page.getEntries()) {
				if (m instanceof FileMetadata || m instanceof FolderMetadata) {
					sink.accept(entry(directory.child(m.getName()), m));
				}
			}
			if (!page.getHasMore()) {
				return;
			}
			ConnectorException.checkCancelled(monitor, directory);
			try {
				page = client.files().listFolderContinue(page.getCursor());
			} catch (ListFolderContinueErrorException e) {
				throw new ConnectorException(Reason.TRANSIENT, directory, "listing " + directory
						+ ": the listing changed under way (" + e.errorValue + "), list again");
			} catch (DbxException e) {
				throw Errors.of("listing", e, directory);
			}
		}
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			return Optional.of(new Entry(path, EntryKind.DIRECTORY, 0, null, Map.of(), ""));
		}
		return metadata(location.remote(path), path).map(m -> entry(path, m));
	}

	private Optional<Metadata> metadata(String remote, RelPath path) throws ConnectorException {
		try {
			Metadata m = client.files().getMetadata(remote);
			return m instanceof FileMetadata || m instanceof FolderMetadata ? Optional.of(m) : Optional.empty();
		} catch (GetMetadataErrorException e) {
			LookupError error = e.errorValue.getPathValue();
			if (error.isNotFound() || error.isNotFolder()) {
				return Optional.empty();
			}
			throw Errors.lookup("looking up", error, path);
		} catch (DbxException e) {
			throw Errors.of("looking up", e, path);
		}
	}

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		return download(path, null);
	}

	private InputStream download(RelPath path, String rev) throws ConnectorException {
		DbxDownloader<FileMetadata> download;
		try {
			download = rev == null ? client.files().download(location.remote(path))
					: client.files().download(location.remote(path), rev);
		} catch (DownloadErrorException e) {
			if (e.errorValue.isPath()) {
				throw Errors.lookup("reading", e.errorValue.getPathValue(), path);
			}
			throw Errors.of("reading", e, path);
		} catch (DbxException e) {
			throw Errors.of("reading", e, path);
		}
		open.incrementAndGet();
		return new FilterInputStream(download.getInputStream()) {
			private boolean done;

			@Override
			public void close() throws IOException {
				if (!done) {
					done = true;
					open.decrementAndGet();
					download.close();
				}
			}
		};
	}

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		checkNames(path);
		WriteMode mode;
		boolean conditional = true;
		if (options.precondition() instanceof Precondition.Absent) {
			mode = WriteMode.ADD;
		} else if (options.precondition() instanceof Precondition.Unchanged u) {
			try {
				mode = WriteMode.update(u.version());
			} catch (IllegalArgumentException e) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "writing " + path + ": '" + u.version()
						+ "' is not a Dropbox rev, so the file cannot be unchanged since");
			}
		} else {
			mode = WriteMode.OVERWRITE;
			conditional = false;
		}
		if (!options.createParents() && !path.parent().isRoot()) {
			Optional<Entry> parent = stat(path.parent(), monitor);
			if (parent.isEmpty()) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "writing " + path + ": folder " + path.parent()
						+ " does not exist");
			}
			if (!parent.get().isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, path, "writing " + path + ": " + path.parent()
						+ " is a file");
			}
		}
		Instant mtime = options.mtime() == null ? Instant.now() : options.mtime();
		Date clientModified = new Date(Math.floorDiv(mtime.toEpochMilli(), 1000L) * 1000L);
		String remote = location.remote(path);
		Source source = new Source(content, options.size(), path, monitor);
		try {
			FileMetadata written;
			if (options.size() >= 0 && options.size() <= threshold) {
				byte[] all = source.next((int) options.size() + 1);
				source.end();
				written = single(remote, all, mode, clientModified, path, conditional);
			} else {
				byte[] first = source.next((int) Math.min(threshold + 1, chunk));
				if (source.atEnd() && first.length <= threshold) {
					source.end();
					written = single(remote, first, mode, clientModified, path, conditional);
				} else {
					written = session(remote, first, source, mode, clientModified, path, conditional);
				}
			}
			String expected = source.hash();
			if (written.getContentHash() != null && !written.getContentHash().equals(expected)) {
				throw new ConnectorException(Reason.FATAL, path, "writing " + path
						+ ": Dropbox stored other content than was sent (content_hash differs)");
			}
			return entry(path, written);
		} catch (IOException e) {
			throw new ConnectorException(Reason.TRANSIENT, path, "writing " + path + ": " + e.getMessage(), e);
		}
	}

	private FileMetadata single(String remote, byte[] content, WriteMode mode, Date clientModified, RelPath path,
			boolean conditional) throws ConnectorException, IOException {
		try {
			return retrying(path, () -> client.files().uploadBuilder(remote).withMode(mode).withAutorename(false)
					.withStrictConflict(true).withMute(true).withClientModified(clientModified)
					.uploadAndFinish(new ByteArrayInputStream(content)));
		} catch (UploadErrorException e) {
			UploadError error = e.errorValue;
			if (error.isPath()) {
				throw Errors.write("writing", error.getPathValue().getReason(), path, conditional);
			}
			throw Errors.of("writing", e, path);
		} catch (DbxException e) {
			throw Errors.of("writing", e, path);
		}
	}

	private FileMetadata session(String remote, byte[] first, Source source, WriteMode mode, Date clientModified,
			RelPath path, boolean conditional) throws ConnectorException, IOException {
		try {
			String id = retrying(path, () -> client.files().uploadSessionStart()
					.uploadAndFinish(new ByteArrayInputStream(first), first.length)).getSessionId();
			long offset = first.length;
			byte[] next = source.next(chunk);
			while (!source.atEnd() || next.length == chunk) {
				byte[] part = next;
				long at = offset;
				retrying(path, () -> {
					client.files().uploadSessionAppendV2(new UploadSessionCursor(id, at))
							.uploadAndFinish(new ByteArrayInputStream(part), part.length);
					return null;
				});
				offset += next.length;
				next = source.next(chunk);
				if (next.length == 0) {
					break;
				}
			}
			source.end();
			CommitInfo commit = CommitInfo.newBuilder(remote).withMode(mode).withAutorename(false).withStrictConflict(true)
					.withMute(true).withClientModified(clientModified).build();
			byte[] last = next;
			long at = offset;
			return retrying(path, () -> client.files().uploadSessionFinish(new UploadSessionCursor(id, at), commit)
					.uploadAndFinish(new ByteArrayInputStream(last), last.length));
		} catch (UploadSessionFinishErrorException e) {
			UploadSessionFinishError error = e.errorValue;
			if (error.isPath()) {
				throw Errors.write("writing", error.getPathValue(), path, conditional);
			}
			throw Errors.of("writing", e, path);
		} catch (DbxException e) {
			throw Errors.of("writing", e, path);
		}
	}

	/** One upload call (its body is in memory, so it can be sent again). */
	private interface UploadCall<T> {
		T run() throws DbxException, IOException;
	}

	/**
	 * The SDK retries RPC and download calls itself ({@code withAutoRetryEnabled}) but not uploads:
	 * an upload answered 429 or 503 is sent again after the time Dropbox asks for (Retry-After),
	 * up to {@code retries} times, and one answered "expired access token" again after a refresh.
	 */
	private <T> T retrying(RelPath path, UploadCall<T> call) throws DbxException, IOException, ConnectorException {
		int attempt = 0;
		boolean refreshed = false;
		while (true) {
			try {
				return call.run();
			} catch (RetryException e) {
				if (attempt++ >= retries) {
					throw e;
				}
				long wait = e.getBackoffMillis() > 0 ? e.getBackoffMillis() : Math.min(1000L << attempt, 30_000L);
				pause(wait, path);
			} catch (InvalidAccessTokenException e) {
				if (refreshed || !refreshable) {
					throw e;
				}
				refreshed = true;
				client.refreshAccessToken();
			}
		}
	}

	private void pause(long millis, RelPath path) throws ConnectorException {
		long end = System.nanoTime() + millis * 1_000_000L;
		try {
			for (long left = millis; left > 0; left = (end - System.nanoTime()) / 1_000_000L) {
				Thread.sleep(Math.min(left, 100));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Reason.CANCELLED, path, "interrupted while waiting to retry");
		}
	}

	/** The content of a write, read chunk by chunk: counts, hashes and checks the declared size and cancellation. */
	private static final class Source {
		private final InputStream in;
		private final long declared;
		private final RelPath path;
		private final IProgressMonitor monitor;
		private final ContentHash hash = new ContentHash();
		private long count;
		private boolean eof;

		Source(InputStream in, long declared, RelPath path, IProgressMonitor monitor) {
			this.in = in;
			this.declared = declared;
			this.path = path;
			this.monitor = monitor;
		}

		/** Up to {@code max} bytes (fewer only at the end). */
		byte[] next(int max) throws ConnectorException, IOException {
			byte[] buffer = new byte[Math.max(0, max)];
			int filled = 0;
			while (filled < max && !eof) {
				ConnectorException.checkCancelled(monitor, path);
				int n = in.read(buffer, filled, Math.min(READ_STEP, max - filled));
				if (n < 0) {
					eof = true;
				} else {
					filled += n;
				}
			}
			count += filled;
			if (declared >= 0 && count > declared) {
				throw mismatch();
			}
			hash.update(buffer, 0, filled);
			return filled == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, filled);
		}

		boolean atEnd() {
			return eof;
		}

		/** Checks the stream really ended with the declared size. */
		void end() throws ConnectorException, IOException {
			if (!eof) {
				int b = in.read();
				if (b >= 0) {
					count++;
					throw mismatch();
				}
				eof = true;
			}
			if (declared >= 0 && count != declared) {
				throw mismatch();
			}
			ConnectorException.checkCancelled(monitor, path);
		}

		String hash() {
			return hash.hex();
		}

		private ConnectorException mismatch() {
			return new ConnectorException(Reason.FATAL, path, "writing " + path + ": the content has "
					+ (count > declared ? "more" : "fewer") + " bytes than the declared " + declared + "; nothing was written");
		}
	}

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			return stat(path, monitor).orElseThrow();
		}
		checkNames(path);
		try {
			FolderMetadata made = client.files().createFolderV2(location.remote(path), false).getMetadata();
			return entry(path, made);
		} catch (CreateFolderErrorException e) {
			WriteError error = e.errorValue.getPathValue();
			if (error.isConflict() && error.getConflictValue() == WriteConflictError.FOLDER) {
				return stat(path, monitor).orElseThrow(() -> new ConnectorException(Reason.TRANSIENT, path,
						"creating folder " + path + ": it vanished while being created"));
			}
			if (error.isConflict()) {
				throw new ConnectorException(Reason.ALREADY_EXISTS, path, "creating folder " + path
						+ ": a file is in the way");
			}
			throw Errors.write("creating folder", error, path, false);
		} catch (DbxException e) {
			throw Errors.of("creating folder", e, path);
		}
	}

	@Override
	public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.PERMISSION_DENIED, path, "the root folder of a connection is never deleted");
		}
		String rev = null;
		if (precondition instanceof Precondition.Unchanged u) {
			rev = u.version();
			if (!rev.matches("[0-9a-f]{9,}")) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "deleting " + path + ": '" + rev
						+ "' is not a Dropbox rev");
			}
		}
		if (!recursive) {
			Entry entry = stat(path, monitor).orElseThrow(
					() -> new ConnectorException(Reason.NOT_FOUND, path, "deleting " + path + ": it does not exist"));
			if (entry.isDirectory()) {
				rev = null;
				AtomicBoolean any = new AtomicBoolean();
				try {
					ListFolderResult first = client.files().listFolder(location.remote(path));
					any.set(first.getEntries().stream().anyMatch(m -> m instanceof FileMetadata || m instanceof FolderMetadata));
				} catch (DbxException e) {
					throw Errors.of("deleting", e, path);
				}
				if (any.get()) {
					throw new ConnectorException(Reason.NOT_EMPTY, path, "deleting " + path + ": the folder is not empty");
				}
			}
		}
		try {
			if (rev == null) {
				client.files().deleteV2(location.remote(path));
			} else {
				client.files().deleteV2(location.remote(path), rev);
			}
		} catch (DeleteErrorException e) {
			DeleteError error = e.errorValue;
			if (error.isPathLookup()) {
				if (rev != null && error.getPathLookupValue().isNotFound() && stat(path, monitor).isPresent()) {
					throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "deleting " + path
							+ ": it changed since it was seen");
				}
				throw Errors.lookup("deleting", error.getPathLookupValue(), path);
			}
			if (error.isPathWrite()) {
				throw Errors.write("deleting", error.getPathWriteValue(), path, rev != null);
			}
			throw Errors.of("deleting", e, path);
		} catch (DbxException e) {
			throw Errors.of("deleting", e, path);
		}
	}

	@Override
	public Entry rename(RelPath from, RelPath to, boolean replace, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, from);
		if (from.isRoot() || to.isRoot()) {
			throw new ConnectorException(Reason.FATAL, from, "the root folder cannot be moved");
		}
		if (to.startsWith(from) && !to.equals(from)) {
			throw new ConnectorException(Reason.FATAL, from, "moving " + from + " into itself (" + to + ")");
		}
		checkNames(to);
		if (replace) {
			Optional<Entry> target = stat(to, monitor);
			Optional<Entry> source = stat(from, monitor);
			if (target.isPresent() && source.isPresent() && target.get().isFile() && source.get().isFile()
					&& !location.remote(from).equalsIgnoreCase(location.remote(to))) {
				delete(to, false, Precondition.unchanged(target.get().version()), monitor);
			}
		}
		try {
			Metadata moved = client.files().moveV2Builder(location.remote(from), location.remote(to)).withAutorename(false)
					.start().getMetadata();
			return entry(to, moved);
		} catch (RelocationErrorException e) {
			RelocationError error = e.errorValue;
			if (error.isFromLookup()) {
				throw Errors.lookup("moving", error.getFromLookupValue(), from);
			}
			if (error.isTo()) {
				WriteError w = error.getToValue();
				if (w.isConflict()) {
					throw new ConnectorException(Reason.ALREADY_EXISTS, to, "moving " + from + " to " + to
							+ ": the target exists");
				}
				throw Errors.write("moving to", w, to, false);
			}
			if (error.isFromWrite()) {
				throw Errors.write("moving", error.getFromWriteValue(), from, false);
			}
			throw Errors.of("moving " + from + " to", e, to);
		} catch (DbxException e) {
			throw Errors.of("moving " + from + " to", e, to);
		}
	}

	@Override
	public Optional<String> hash(RelPath path, HashKind kind, IProgressMonitor monitor) throws ConnectorException {
		if (kind != HashKind.DROPBOX) {
			return Optional.empty();
		}
		Entry entry = stat(path, monitor).orElseThrow(
				() -> new ConnectorException(Reason.NOT_FOUND, path, "hashing " + path + ": it does not exist"));
		if (!entry.isFile()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "hashing " + path + ": it is a folder");
		}
		return Optional.ofNullable(entry.hashes().get(HashKind.DROPBOX));
	}

	/** The file's revisions ({@code files/list_revisions}, up to 100, newest first): rev, size, client_modified. */
	@Override
	public List<RemoteVersion> versions(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		try {
			List<RemoteVersion> versions = new ArrayList<>();
			for (FileMetadata f : client.files().listRevisionsBuilder(location.remote(path)).withLimit(100L).start()
					.getEntries()) {
				versions.add(new RemoteVersion(f.getRev(), f.getSize(), f.getClientModified().toInstant()));
			}
			return versions;
		} catch (ListRevisionsErrorException e) {
			if (e.errorValue.isPath()) {
				throw Errors.lookup("listing the revisions of", e.errorValue.getPathValue(), path);
			}
			throw Errors.of("listing the revisions of", e, path);
		} catch (DbxException e) {
			throw Errors.of("listing the revisions of", e, path);
		}
	}

	/** One revision's content ({@code files/download} with the rev). */
	@Override
	public InputStream readVersion(RelPath path, String versionId, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (!versionId.matches("[0-9a-f]{9,}")) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "reading " + path + ": '" + versionId
					+ "' is not a Dropbox rev");
		}
		return download(path, versionId);
	}

	/** A cursor with long polls below {@code directory}: see {@link DropboxWatch}. */
	@Override
	public Subscription watch(RelPath directory, ChangeListener listener, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, directory);
		if (closed.get()) {
			throw new ConnectorException(Reason.FATAL, directory, "the Dropbox connection is closed");
		}
		if (!directory.isRoot()) {
			Optional<Entry> dir = stat(directory, monitor);
			if (dir.isEmpty()) {
				throw new ConnectorException(Reason.NOT_FOUND, directory, "watching " + directory + ": it does not exist");
			}
			if (!dir.get().isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, directory, "watching " + directory + ": it is a file");
			}
		}
		DropboxWatch watch = new DropboxWatch(client, notify.get(), location, directory, listener, watches::remove);
		watch.start();
		watches.add(watch);
		return watch;
	}

	@Override
	public int openResources() {
		return open.get();
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		if (type == Capability.Rename.class || type == Capability.ServerHash.class
				|| type == Capability.RemoteVersions.class || type == Capability.OpenResources.class
				|| type == Capability.ChangeFeed.class) {
			return Optional.of(type.cast(this));
		}
		return Optional.empty();
	}

	@Override
	public void close() {
		closed.set(true);
		for (DropboxWatch watch : List.copyOf(watches)) {
			watch.close();
		}
	}

	private static void checkNames(RelPath path) throws ConnectorException {
		for (String name : path.segments()) {
			Optional<String> problem = NAME_RULES.problem(name);
			if (problem.isPresent()) {
				throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path, "'" + name
						+ "' cannot be stored on Dropbox: " + problem.get());
			}
		}
	}

	static Entry entry(RelPath path, Metadata m) {
		if (m instanceof FileMetadata f) {
			Map<HashKind, String> hashes = f.getContentHash() == null ? Map.of() : Map.of(HashKind.DROPBOX, f.getContentHash());
			return new Entry(path, EntryKind.FILE, f.getSize(), f.getClientModified().toInstant(), hashes, f.getRev());
		}
		return new Entry(path, EntryKind.DIRECTORY, 0, null, Map.of(), "");
	}
}
