package org.karma.connector.gdrive.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.CaseSensitivity;
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

import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.googleapis.media.MediaHttpUploader;
import com.google.api.client.googleapis.services.AbstractGoogleClientRequest;
import com.google.api.client.http.AbstractInputStreamContent;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.FileContent;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;

/**
 * A connection rooted at a folder of My Drive. Paths are mapped to Drive file ids by name, one
 * folder at a time; folder ids are cached (a stale id is dropped when Drive says 404). The last
 * name of a path is always looked up afresh, so other clients' changes are seen at once.
 *
 * <p>Drive allows several items of the same name in one folder; a file system cannot. Such names
 * are listed once as {@link EntryKind#OTHER} (callers report and skip them) and every read, write
 * or delete of them fails with a message naming the duplicates. Google Docs, Sheets, Slides and
 * other {@code application/vnd.google-apps.*} items have no bytes to download: listed as OTHER too.
 * The change feed polls Drive's change log ({@link GdriveWatch}).
 */
final class GdriveConnection implements Connection, Capability.Rename, Capability.SetModificationTime,
		Capability.ServerHash, Capability.RangeRead, Capability.OpenResources, Capability.ChangeFeed {

	static final String FOLDER = "application/vnd.google-apps.folder";
	static final String GOOGLE_APPS = "application/vnd.google-apps.";
	static final String FIELDS = "id,name,mimeType,size,modifiedTime,md5Checksum,version";
	private static final int IN_MEMORY = 1 << 20;

	private final DriveScope scope;
	private final DriveSettings settings;
	private final KeyLocks locks;
	private final String rootId;
	private final Map<RelPath, String> folderIds = new ConcurrentHashMap<>();
	private final AtomicInteger open = new AtomicInteger();
	private final AtomicBoolean closed = new AtomicBoolean();
	private final Set<GdriveWatch> watches = ConcurrentHashMap.newKeySet();
	private final ResumableUploads uploads;

	private GdriveConnection(DriveScope scope, DriveSettings settings, KeyLocks locks, String rootId) {
		this.scope = scope;
		this.settings = settings;
		this.locks = locks;
		this.rootId = rootId;
		folderIds.put(RelPath.ROOT, rootId);
		this.uploads = new ResumableUploads(scope.drive(), settings.rootUrl(), settings.chunkSize(),
				new UploadJournal(settings.journals(), settings.rootUrl() + " " + (scope.isShared() ? scope.driveId() : "My Drive")));
	}

	static GdriveConnection open(DriveSettings settings, List<String> folders, KeyLocks locks, IProgressMonitor monitor)
			throws ConnectorException {
		NetHttpTransport transport = new NetHttpTransport.Builder().build();
		GsonFactory json = GsonFactory.getDefaultInstance();
		Credential.Builder builder = new Credential.Builder(BearerToken.authorizationHeaderAccessMethod())
				.setTransport(transport).setJsonFactory(json).setTokenServerEncodedUrl(settings.tokenUrl());
		if (settings.clientId() != null) {
			builder.setClientAuthentication(new ClientParametersAuthentication(settings.clientId(), settings.clientSecret()));
		}
		Credential credential = builder.build();
		credential.setAccessToken(settings.accessToken());
		credential.setRefreshToken(settings.refreshToken());
		Drive drive = new Drive.Builder(transport, json, request -> {
			credential.initialize(request);
			request.setUnsuccessfulResponseHandler(new RetryHandler(credential, settings.sleeper(), settings.maxRetries()));
			request.setNumberOfRetries(settings.maxRetries() + 1);
			request.setConnectTimeout(30_000);
			request.setReadTimeout(120_000);
		}).setRootUrl(settings.rootUrl()).setApplicationName("KARMA").build();
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		// the root: My Drive or the shared drive of the option drive, then each folder of the location by name
		DriveScope scope;
		String id;
		try {
			if (settings.sharedDrive() == null) {
				scope = DriveScope.myDrive(drive);
				id = scope.get("root").setFields("id,mimeType").execute().getId();
			} else {
				scope = DriveScope.shared(drive, settings.sharedDrive());
				id = scope.driveId(); // the top folder of a shared drive has the drive's id
			}
		} catch (IOException e) {
			throw map(e, RelPath.ROOT, settings.sharedDrive() == null ? "opening My Drive" : "looking up the shared drive");
		}
		GdriveConnection walker = new GdriveConnection(scope, settings, locks, id);
		RelPath so = RelPath.ROOT;
		for (String name : folders) {
			so = so.child(name);
			File f = walker.child(id, name, so);
			if (f == null) {
				throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, "folder '/" + String.join("/", folders)
						+ "' does not exist in " + scope + " ('" + name + "' is missing)");
			}
			if (!FOLDER.equals(f.getMimeType())) {
				throw new ConnectorException(Reason.WRONG_KIND, RelPath.ROOT, "'/" + String.join("/", folders)
						+ "' in " + scope + " is not a folder");
			}
			id = f.getId();
		}
		return new GdriveConnection(scope, settings, locks, id);
	}

	// ------------------------------------------------------------------ facts

	@Override
	public ConnectionFacts facts() {
		return new ConnectionFacts(Duration.ofMillis(1), true, Set.of(HashKind.MD5), CaseSensitivity.SENSITIVE,
				new NameRules(32_000, "", Set.of(), false), true, true, settings.concurrency());
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
	}

	@Override
	public int openResources() {
		return open.get();
	}

	@Override
	public void close() {
		closed.set(true);
		for (GdriveWatch watch : List.copyOf(watches)) {
			watch.close();
		}
	}

	/** Polls Drive's change log every {@code poll_interval}: see {@link GdriveWatch}. */
	@Override
	public Subscription watch(RelPath directory, ChangeListener listener, IProgressMonitor monitor)
			throws ConnectorException {
		begin(directory, monitor);
		String id = existingFolder(directory);
		GdriveWatch watch = new GdriveWatch(scope, id, directory, listener, settings.pollInterval(),
				id + (directory.isRoot() ? "" : " " + directory), watches::remove);
		watch.start();
		watches.add(watch);
		return watch;
	}

	// ------------------------------------------------------------------ lookups

	private void begin(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		if (closed.get()) {
			throw new ConnectorException(Reason.FATAL, path, "the Google Drive connection is closed");
		}
		ConnectorException.checkCancelled(monitor, path);
	}

	/** Drive query literal: backslash and single quote escaped. */
	static String literal(String s) {
		return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

	/** The item called {@code name} in a folder, or null; FATAL when Drive holds several. */
	private File child(String parentId, String name, RelPath path) throws ConnectorException {
		List<File> found;
		try {
			FileList list = scope.list()
					.setQ(literal(parentId) + " in parents and name = " + literal(name) + " and trashed = false")
					.setFields("files(" + FIELDS + ")").setPageSize(10).execute();
			found = list.getFiles() == null ? List.of() : list.getFiles();
		} catch (IOException e) {
			throw map(e, path, "looking up");
		}
		if (found.size() > 1) {
			throw duplicate(path, found.size());
		}
		return found.isEmpty() ? null : found.get(0);
	}

	static ConnectorException duplicate(RelPath path, int count) {
		return new ConnectorException(Reason.FATAL, path, count + " items are named '" + path.name()
				+ "' in the same Drive folder (Drive allows that, a file system cannot): rename or remove all but one in Drive");
	}

	/** The id of a folder, or null when it (or a parent) is missing or not a folder. */
	private String folderId(RelPath dir) throws ConnectorException {
		String cached = folderIds.get(dir);
		if (cached != null) {
			return cached;
		}
		String parent = folderId(dir.parent());
		if (parent == null) {
			return null;
		}
		File f = child(parent, dir.name(), dir);
		if (f == null || !FOLDER.equals(f.getMimeType())) {
			return null;
		}
		folderIds.put(dir, f.getId());
		return f.getId();
	}

	/** Forgets cached folder ids at and below a path (after a delete or move, or a 404). */
	private void forget(RelPath path) {
		folderIds.keySet().removeIf(p -> !p.isRoot() && p.startsWith(path));
	}

	/** The item at a path, or null. */
	private File find(RelPath path) throws ConnectorException {
		if (path.isRoot()) {
			try {
				return scope.get(rootId).setFields(FIELDS).execute();
			} catch (IOException e) {
				throw map(e, path, "reading the root folder");
			}
		}
		String parent = folderId(path.parent());
		if (parent == null) {
			return null;
		}
		try {
			return child(parent, path.name(), path);
		} catch (ConnectorException e) {
			if (e.reason() == Reason.NOT_FOUND) {
				forget(path.parent());
			}
			throw e;
		}
	}

	private Entry entry(RelPath path, File f) {
		Instant mtime = f.getModifiedTime() == null ? null : Instant.ofEpochMilli(f.getModifiedTime().getValue());
		String version = f.getId() + ":" + (f.getVersion() == null ? "" : f.getVersion());
		String mime = f.getMimeType() == null ? "" : f.getMimeType();
		if (mime.equals(FOLDER)) {
			return new Entry(path, EntryKind.DIRECTORY, 0, mtime, Map.of(), f.getId());
		}
		if (mime.startsWith(GOOGLE_APPS)) {
			return new Entry(path, EntryKind.OTHER, 0, mtime, Map.of(), version);
		}
		long size = f.getSize() == null ? 0 : f.getSize();
		Map<HashKind, String> hashes = f.getMd5Checksum() == null ? Map.of()
				: Map.of(HashKind.MD5, f.getMd5Checksum().toLowerCase(java.util.Locale.ROOT));
		return new Entry(path, EntryKind.FILE, size, mtime, hashes, version);
	}

	private File requireFile(RelPath path) throws ConnectorException {
		File f = find(path);
		if (f == null) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "no such file in Google Drive: " + path);
		}
		if (FOLDER.equals(f.getMimeType())) {
			throw new ConnectorException(Reason.WRONG_KIND, path, path + " is a folder, not a file");
		}
		if (f.getMimeType() != null && f.getMimeType().startsWith(GOOGLE_APPS)) {
			throw native_(path, f);
		}
		return f;
	}

	private static ConnectorException native_(RelPath path, File f) {
		return new ConnectorException(Reason.WRONG_KIND, path, path + " is a Google document (" + f.getMimeType()
				+ "), not a file: it has no bytes to download and is skipped");
	}

	// ------------------------------------------------------------------ listing and stat

	/** The id of a folder that must exist (the root's without a call): NOT_FOUND or WRONG_KIND otherwise. */
	private String existingFolder(RelPath directory) throws ConnectorException {
		if (directory.isRoot()) {
			return rootId;
		}
		File dir = find(directory);
		if (dir == null) {
			throw new ConnectorException(Reason.NOT_FOUND, directory, "no such folder in Google Drive: " + directory);
		}
		if (!FOLDER.equals(dir.getMimeType())) {
			throw new ConnectorException(Reason.WRONG_KIND, directory, directory + " is not a folder");
		}
		return dir.getId();
	}

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		begin(directory, monitor);
		String id = existingFolder(directory);
		folderIds.put(directory, id);
		// ordered by name: duplicates arrive side by side and are reported once, as OTHER
		Set<String> names = new HashSet<>();
		File held = null;
		int heldCount = 0;
		String token = null;
		do {
			ConnectorException.checkCancelled(monitor, directory);
			FileList page;
			try {
				page = scope.list().setQ(literal(id) + " in parents and trashed = false").setOrderBy("name")
						.setPageSize(1000).setPageToken(token)
						.setFields("nextPageToken,files(" + FIELDS + ")").execute();
			} catch (IOException e) {
				throw map(e, directory, "listing");
			}
			for (File f : page.getFiles() == null ? List.<File>of() : page.getFiles()) {
				if (held != null && held.getName().equals(f.getName())) {
					heldCount++;
					continue;
				}
				emit(directory, held, heldCount, sink, names);
				held = f;
				heldCount = 1;
			}
			token = page.getNextPageToken();
		} while (token != null && !token.isEmpty());
		emit(directory, held, heldCount, sink, names);
	}

	private void emit(RelPath directory, File f, int count, Consumer<Entry> sink, Set<String> names)
			throws ConnectorException {
		if (f == null) {
			return;
		}
		RelPath path;
		try {
			path = directory.child(f.getName());
		} catch (IllegalArgumentException e) {
			return; // a name no path can hold (contains '/'): invisible to KARMA, documented
		}
		if (!names.add(f.getName())) {
			throw duplicate(path, 2);
		}
		if (count > 1) {
			sink.accept(Entry.duplicateName(path));
			return;
		}
		sink.accept(entry(path, f));
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		begin(path, monitor);
		try {
			File f = find(path);
			return f == null ? Optional.empty() : Optional.of(path.isRoot()
					? new Entry(path, EntryKind.DIRECTORY, 0, null, Map.of(), rootId) : entry(path, f));
		} catch (ConnectorException e) {
			if (e.reason() == Reason.FATAL && e.getMessage().contains("items are named")) {
				return Optional.of(Entry.duplicateName(path));
			}
			throw e;
		}
	}

	// ------------------------------------------------------------------ reading

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		return read(path, 0, -1, monitor);
	}

	@Override
	public InputStream read(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException {
		begin(path, monitor);
		if (offset < 0 || length < -1) {
			throw new ConnectorException(Reason.FATAL, path, "bad range " + offset + "+" + length);
		}
		File f = requireFile(path);
		long size = f.getSize() == null ? 0 : f.getSize();
		if (length == 0 || size == 0 || offset >= size) {
			return counted(InputStream.nullInputStream(), null);
		}
		try {
			Drive.Files.Get get = scope.get(f.getId());
			if (offset > 0 || length > 0) {
				long last = length < 0 ? size - 1 : Math.min(size, offset + length) - 1;
				get.getRequestHeaders().setRange("bytes=" + offset + "-" + last);
			}
			HttpResponse response = get.executeMedia();
			return counted(response.getContent(), response);
		} catch (IOException e) {
			throw map(e, path, "reading");
		}
	}

	private InputStream counted(InputStream in, HttpResponse response) {
		open.incrementAndGet();
		return new FilterInputStream(in) {
			private boolean done;

			@Override
			public void close() throws IOException {
				if (done) {
					return;
				}
				done = true;
				open.decrementAndGet();
				try {
					super.close();
				} finally {
					if (response != null) {
						response.disconnect();
					}
				}
			}
		};
	}

	// ------------------------------------------------------------------ writing

	/** The content of a write, read to its end first: size and cancellation checked before Drive sees a byte. */
	private static final class Spool implements AutoCloseable, ResumableUploads.Source {
		byte[] bytes;
		Path file;
		long size;
		String sha256;

		static Spool of(InputStream in, long declared, RelPath path, IProgressMonitor monitor) throws ConnectorException {
			Spool s = new Spool();
			java.security.MessageDigest digest;
			try {
				digest = java.security.MessageDigest.getInstance("SHA-256");
			} catch (java.security.NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
			byte[] buffer = new byte[1 << 16];
			java.io.ByteArrayOutputStream memory = new java.io.ByteArrayOutputStream();
			OutputStream out = memory;
			boolean ok = false;
			try {
				for (int n; (n = in.read(buffer)) > 0;) {
					ConnectorException.checkCancelled(monitor, path);
					s.size += n;
					if (s.file == null && s.size > IN_MEMORY) {
						s.file = Files.createTempFile("karma-gdrive-", ".upload");
						out = Files.newOutputStream(s.file);
						memory.writeTo(out);
					}
					out.write(buffer, 0, n);
					digest.update(buffer, 0, n);
				}
				ConnectorException.checkCancelled(monitor, path);
				if (declared >= 0 && declared != s.size) {
					throw new ConnectorException(Reason.FATAL, path, "the content was " + s.size + " bytes, not the "
							+ declared + " announced: nothing written");
				}
				if (s.file == null) {
					s.bytes = memory.toByteArray();
				}
				s.sha256 = java.util.HexFormat.of().formatHex(digest.digest());
				ok = true;
				return s;
			} catch (IOException e) {
				throw new ConnectorException(Reason.TRANSIENT, path, "reading the content to upload: " + e.getMessage(), e);
			} finally {
				if (out != memory) {
					try {
						out.close();
					} catch (IOException e) {
						ok = false;
					}
				}
				if (!ok) {
					s.close();
				}
			}
		}

		@Override
		public long size() {
			return size;
		}

		@Override
		public String sha256() {
			return sha256;
		}

		@Override
		public byte[] range(long from, long to) throws IOException {
			if (file == null) {
				return java.util.Arrays.copyOfRange(bytes, (int) from, (int) to);
			}
			byte[] chunk = new byte[(int) (to - from)];
			try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
				java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(chunk);
				while (buffer.hasRemaining()) {
					if (channel.read(buffer, from + buffer.position()) < 0) {
						throw new IOException("the spooled upload of " + size + " bytes ended early");
					}
				}
			}
			return chunk;
		}

		AbstractInputStreamContent content() {
			String type = "application/octet-stream";
			return file != null ? new FileContent(type, file.toFile()) : new ByteArrayContent(type, bytes);
		}

		@Override
		public void close() {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException e) {
					// a temporary file; the OS cleans its temp folder
				}
			}
		}
	}

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		begin(path, monitor);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		try (Spool spool = Spool.of(content, options.size(), path, monitor)) {
			String parent = options.createParents() ? mkdirs(path.parent(), monitor) : folderId(path.parent());
			if (parent == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "the folder " + path.parent() + " does not exist");
			}
			try (KeyLocks.Lease lease = locks.lock(parent + "/" + path.name())) {
				File existing = child(parent, path.name(), path);
				check(path, existing, options.precondition());
				if (existing != null && FOLDER.equals(existing.getMimeType())) {
					throw new ConnectorException(Reason.WRONG_KIND, path, path + " is a folder");
				}
				if (existing != null && existing.getMimeType() != null && existing.getMimeType().startsWith(GOOGLE_APPS)) {
					throw native_(path, existing);
				}
				ConnectorException.checkCancelled(monitor, path);
				File meta = new File();
				if (options.mtime() != null) {
					meta.setModifiedTime(new DateTime(options.mtime().truncatedTo(ChronoUnit.MILLIS).toEpochMilli()));
				}
				if (existing == null) {
					meta.setName(path.name()).setParents(List.of(parent));
				}
				if (spool.size > settings.uploadCutoff()) {
					// resumable, in chunks, resumed across runs (see ResumableUploads)
					return entry(path, uploads.upload(path, parent, existing, meta, spool, monitor));
				}
				try {
					AbstractGoogleClientRequest<File> request;
					if (existing == null) {
						request = scope.create(meta, spool.content()).setFields(FIELDS);
					} else {
						request = scope.update(existing.getId(), meta, spool.content()).setFields(FIELDS);
					}
					MediaHttpUploader uploader = request.getMediaHttpUploader();
					uploader.setDirectUploadEnabled(true);
					uploader.setProgressListener(u -> {
						if (monitor != null && monitor.isCanceled()) {
							throw new java.io.InterruptedIOException("cancelled");
						}
					});
					return entry(path, request.execute());
				} catch (java.io.InterruptedIOException e) {
					throw new ConnectorException(Reason.CANCELLED, path, "cancelled");
				} catch (IOException e) {
					if (e instanceof HttpResponseException r && r.getStatusCode() == 404) {
						forget(path.parent());
					}
					throw map(e, path, "uploading");
				}
			}
		}
	}

	private static void check(RelPath path, File existing, Precondition precondition) throws ConnectorException {
		if (precondition instanceof Precondition.Absent && existing != null) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, path, path + " exists already");
		}
		if (precondition instanceof Precondition.Unchanged u) {
			String now = existing == null ? null : existing.getId() + ":" + existing.getVersion();
			if (!u.version().equals(now)) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path,
						path + (existing == null ? " is gone" : " was changed by someone else"));
			}
		}
	}

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		begin(path, monitor);
		mkdirs(path, monitor);
		return stat(path, monitor).orElseThrow(
				() -> new ConnectorException(Reason.TRANSIENT, path, "the new folder " + path + " is not visible yet"));
	}

	/** Creates a folder and its missing parents; returns its id. */
	private String mkdirs(RelPath dir, IProgressMonitor monitor) throws ConnectorException {
		String cached = folderIds.get(dir);
		if (cached != null) {
			return cached;
		}
		String parent = mkdirs(dir.parent(), monitor);
		ConnectorException.checkCancelled(monitor, dir);
		try (KeyLocks.Lease lease = locks.lock(parent + "/" + dir.name())) {
			File f = child(parent, dir.name(), dir);
			if (f != null && !FOLDER.equals(f.getMimeType())) {
				throw new ConnectorException(Reason.ALREADY_EXISTS, dir, dir + " is a file, not a folder");
			}
			if (f == null) {
				File meta = new File().setName(dir.name()).setMimeType(FOLDER).setParents(List.of(parent));
				try {
					f = scope.create(meta).setFields(FIELDS).execute();
				} catch (IOException e) {
					throw map(e, dir, "creating the folder");
				}
			}
			folderIds.put(dir, f.getId());
			return f.getId();
		}
	}

	// ------------------------------------------------------------------ delete, rename, mtime

	@Override
	public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException {
		begin(path, monitor);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.FATAL, path, "the root folder is never deleted");
		}
		String parent = folderId(path.parent());
		if (parent == null) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "no such file or folder in Google Drive: " + path);
		}
		try (KeyLocks.Lease lease = locks.lock(parent + "/" + path.name())) {
			File f = child(parent, path.name(), path);
			if (f == null) {
				throw new ConnectorException(Reason.NOT_FOUND, path, "no such file or folder in Google Drive: " + path);
			}
			boolean folder = FOLDER.equals(f.getMimeType());
			if (!folder && !(precondition instanceof Precondition.None)) {
				check(path, f, precondition);
			}
			try {
				if (folder && !recursive) {
					FileList children = scope.list().setQ(literal(f.getId()) + " in parents and trashed = false")
							.setPageSize(1).setFields("files(id)").execute();
					if (children.getFiles() != null && !children.getFiles().isEmpty()) {
						throw new ConnectorException(Reason.NOT_EMPTY, path, "the folder " + path + " is not empty");
					}
				}
				if (settings.useTrash()) {
					scope.update(f.getId(), new File().setTrashed(true)).setFields("id").execute();
				} else {
					scope.delete(f.getId()).execute();
				}
			} catch (IOException e) {
				throw map(e, path, "deleting");
			} finally {
				forget(path);
			}
		}
	}

	@Override
	public Entry rename(RelPath from, RelPath to, boolean replace, IProgressMonitor monitor) throws ConnectorException {
		begin(from, monitor);
		if (from.isRoot() || to.isRoot()) {
			throw new ConnectorException(Reason.FATAL, from, "the root folder cannot be moved");
		}
		if (to.startsWith(from)) {
			throw new ConnectorException(Reason.FATAL, to, "cannot move a folder into itself");
		}
		String fromParent = folderId(from.parent());
		String toParent = folderId(to.parent());
		if (fromParent == null) {
			throw new ConnectorException(Reason.NOT_FOUND, from, "no such file or folder in Google Drive: " + from);
		}
		if (toParent == null) {
			throw new ConnectorException(Reason.NOT_FOUND, to, "the folder " + to.parent() + " does not exist");
		}
		try (KeyLocks.Lease lease = locks.lock(fromParent + "/" + from.name(), toParent + "/" + to.name())) {
			File src = child(fromParent, from.name(), from);
			if (src == null) {
				throw new ConnectorException(Reason.NOT_FOUND, from, "no such file or folder in Google Drive: " + from);
			}
			File target = child(toParent, to.name(), to);
			try {
				if (target != null && !target.getId().equals(src.getId())) {
					boolean srcFolder = FOLDER.equals(src.getMimeType());
					boolean targetFolder = FOLDER.equals(target.getMimeType());
					if (srcFolder != targetFolder) {
						throw new ConnectorException(Reason.WRONG_KIND, to, to + " exists and is of another kind");
					}
					if (targetFolder || !replace) {
						throw new ConnectorException(Reason.ALREADY_EXISTS, to, to + " exists already");
					}
					// Drive has no atomic replace: the old target goes first (to the trash by default)
					if (settings.useTrash()) {
						scope.update(target.getId(), new File().setTrashed(true)).setFields("id").execute();
					} else {
						scope.delete(target.getId()).execute();
					}
				}
				Drive.Files.Update update = scope.update(src.getId(), new File().setName(to.name())).setFields(FIELDS);
				if (!fromParent.equals(toParent)) {
					update.setAddParents(toParent).setRemoveParents(fromParent);
				}
				File moved = update.execute();
				return entry(to, moved);
			} catch (IOException e) {
				throw map(e, from, "moving to " + to);
			} finally {
				forget(from);
				forget(to);
			}
		}
	}

	@Override
	public Entry setModificationTime(RelPath path, Instant mtime, IProgressMonitor monitor) throws ConnectorException {
		begin(path, monitor);
		File f = find(path);
		if (f == null) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "no such file or folder in Google Drive: " + path);
		}
		try {
			File changed = scope.update(f.getId(),
					new File().setModifiedTime(new DateTime(mtime.truncatedTo(ChronoUnit.MILLIS).toEpochMilli())))
					.setFields(FIELDS).execute();
			return entry(path, changed);
		} catch (IOException e) {
			throw map(e, path, "setting the modification time");
		}
	}

	@Override
	public Optional<String> hash(RelPath path, HashKind kind, IProgressMonitor monitor) throws ConnectorException {
		begin(path, monitor);
		File f = requireFile(path);
		if (kind != HashKind.MD5 || f.getMd5Checksum() == null) {
			return Optional.empty();
		}
		return Optional.of(f.getMd5Checksum().toLowerCase(java.util.Locale.ROOT));
	}

	// ------------------------------------------------------------------ errors

	/** Maps a Drive failure to a reason; the message is one line and never carries a token. */
	static ConnectorException map(IOException e, RelPath path, String doing) {
		if (e instanceof TokenResponseException t) {
			String what = t.getDetails() != null ? t.getDetails().getError() : String.valueOf(t.getStatusCode());
			return new ConnectorException(Reason.AUTHENTICATION, path,
					"Google refused to refresh the access token (" + what + "): log in again", e);
		}
		if (e instanceof HttpResponseException r) {
			int status = r.getStatusCode();
			String message = r.getStatusMessage();
			String detail = null;
			if (e instanceof GoogleJsonResponseException g && g.getDetails() != null) {
				GoogleJsonError details = g.getDetails();
				message = details.getMessage();
				if (details.getErrors() != null && !details.getErrors().isEmpty()) {
					detail = details.getErrors().get(0).getReason();
				}
			}
			String text = "Google Drive answered " + status + " " + oneLine(message) + " while " + doing + " " + path;
			Reason reason = switch (status) {
			case 400 -> Reason.FATAL;
			case 401 -> Reason.AUTHENTICATION;
			case 403 -> detail != null && (detail.contains("RateLimit") || detail.contains("rateLimit"))
					? Reason.TRANSIENT
					: detail != null && detail.contains("Quota") ? Reason.QUOTA : Reason.PERMISSION_DENIED;
			case 404 -> Reason.NOT_FOUND;
			case 412 -> Reason.PRECONDITION_FAILED;
			case 429, 500, 502, 503, 504 -> Reason.TRANSIENT;
			default -> Reason.FATAL;
			};
			return new ConnectorException(reason, path, text, e);
		}
		return new ConnectorException(Reason.TRANSIENT, path, "Google Drive unreachable while " + doing + " " + path + ": "
				+ oneLine(e.getMessage()), e);
	}

	private static String oneLine(String s) {
		if (s == null) {
			return "";
		}
		String line = s.strip().replaceAll("\\s+", " ");
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}
}
