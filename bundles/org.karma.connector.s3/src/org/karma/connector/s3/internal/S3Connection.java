package org.karma.connector.s3.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

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
import org.karma.connector.api.LockFolders;
import org.karma.connector.api.NameRules;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.TempNames;
import org.karma.connector.api.WriteOptions;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A connection rooted at a key prefix of one bucket. Folders are key prefixes; a folder made by
 * {@link #mkdir} is a zero-byte marker object {@code prefix/dir/} (as the S3 console makes them),
 * so that empty folders exist. The modification time and the SHA-256 of a file live in its object
 * metadata ({@code x-amz-meta-mtime}, seconds with a fraction as rclone writes it, and {@code
 * x-amz-meta-sha256}); the MD5 is the ETag of objects written in one part without SSE-KMS.
 *
 * <p>A write is one PutObject (or one multipart upload completed at the end): S3 makes an object
 * visible whole or not at all. {@link Precondition#ABSENT} rides on {@code If-None-Match: *} and
 * {@link Precondition#unchanged} on {@code If-Match: <etag>}, which S3 checks atomically; the part
 * of a version that an ETag cannot tell (a rewrite with equal content) is checked before the write.
 */
final class S3Connection implements Connection, Capability.ServerCopy, Capability.ServerHash, Capability.RangeRead,
		Capability.OpenResources {

	/** Settings of a connection. */
	record Settings(long partSize, int concurrency, String sse, String storageClass) {
	}

	static final String META_MTIME = "mtime";
	static final String META_SHA256 = "sha256";
	static final String META_WRITE = "karma-write";
	private static final int MAX_KEY_BYTES = 1024;
	/** Age after which the journal of an unfinished upload is given up (see {@link #abortStaleUploads}). */
	static final Duration STALE = Duration.ofDays(7);
	/** Keys per DeleteObjects request (S3's limit). */
	private static final int DELETE_BATCH = 1000;
	/**
	 * Longest name: S3 itself takes 1,024-byte keys, but services on file systems (MinIO, S3Proxy's
	 * filesystem store, Ceph RGW on some back ends) fail on path segments over 255 bytes.
	 */
	private static final int MAX_NAME_BYTES = 255;
	/**
	 * DEL; with a non-empty set {@link NameRules} also refuses control characters, which S3's XML
	 * listings cannot carry (XML 1.0 has no U+0001).
	 */
	private static final String FORBIDDEN = "\u007f";
	private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
	private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

	private final S3Client s3;
	private final String bucket;
	private final String prefix;
	private final Settings settings;
	private final UploadJournal journal;
	private final ConnectionFacts facts;
	private final AtomicInteger openStreams = new AtomicInteger();
	private final AtomicBoolean closed = new AtomicBoolean();
	/** Guarded by {@link #closed}. */
	private ExecutorService heads;
	/**
	 * Folders this connection saw or made, so that writes into them do not look again. A folder
	 * another client removes meanwhile costs nothing: a key below it makes it exist again.
	 */
	private final Set<RelPath> knownFolders = ConcurrentHashMap.newKeySet();

	S3Connection(S3Client s3, S3Location location, Settings settings, UploadJournal journal) {
		this.s3 = s3;
		this.journal = journal;
		this.bucket = location.bucket();
		this.prefix = location.prefix();
		this.settings = settings;
		int prefixBytes = prefix.getBytes(StandardCharsets.UTF_8).length;
		this.facts = new ConnectionFacts(Duration.ZERO, true, Set.of(HashKind.MD5, HashKind.SHA256),
				CaseSensitivity.SENSITIVE, new NameRules(Math.min(MAX_KEY_BYTES - prefixBytes - 1, MAX_NAME_BYTES),
						FORBIDDEN, Set.of(), false),
				true, true, settings.concurrency());
	}

	@Override
	public ConnectionFacts facts() {
		return facts;
	}

	// ------------------------------------------------------------------ keys

	private String key(RelPath path) {
		return prefix + path;
	}

	/** The prefix of a folder's children ("" or ending in '/'). */
	private String folder(RelPath path) {
		return path.isRoot() ? prefix : prefix + path + "/";
	}

	// ------------------------------------------------------------------ reading

	@Override
	public void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, directory);
		if (!directory.isRoot()) {
			Optional<Entry> self = stat(directory, monitor);
			if (self.isEmpty()) {
				throw new ConnectorException(Reason.NOT_FOUND, directory, "no folder '" + directory + "'");
			}
			if (!self.get().isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, directory, "'" + directory + "' is a file, not a folder");
			}
		}
		String dir = folder(directory);
		String token = null;
		do {
			ConnectorException.checkCancelled(monitor, directory);
			ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(bucket).prefix(dir).delimiter("/");
			if (token != null) {
				request.continuationToken(token);
			}
			ListObjectsV2Response page;
			try {
				page = s3.listObjectsV2(request.build());
			} catch (SdkException e) {
				throw Errors.map(e, "listing '" + directory + "'", directory);
			}
			for (CommonPrefix common : page.commonPrefixes()) {
				String name = common.prefix().substring(dir.length(), common.prefix().length() - 1);
				if (representable(name)) {
					sink.accept(directoryEntry(directory.child(name)));
				}
			}
			List<RelPath> files = new ArrayList<>();
			for (S3Object object : page.contents()) {
				String name = object.key().substring(dir.length());
				if (representable(name) && !TempNames.isOwn(name)) { // else the folder's own marker, or a key no path can name
					files.add(directory.child(name));
				}
			}
			deliverFiles(directory, files, sink, monitor);
			token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
		} while (token != null);
	}

	/**
	 * User metadata (mtime, SHA-256) is not in listings: one HEAD per file, up to the connection's
	 * concurrency at once (a listing of 100,000 objects at 30 ms per request would take 50 minutes
	 * one after another). Entries go to the sink on the listing's thread, in the listing's order.
	 */
	private void deliverFiles(RelPath directory, List<RelPath> files, Consumer<Entry> sink, IProgressMonitor monitor)
			throws ConnectorException {
		if (files.size() < 2 || settings.concurrency() < 2) {
			for (RelPath path : files) {
				ConnectorException.checkCancelled(monitor, directory);
				Optional<HeadObjectResponse> head = head(path);
				if (head.isPresent()) {
					sink.accept(fileEntry(path, head.get()));
				}
			}
			return;
		}
		ExecutorService pool = headPool();
		List<Future<Optional<HeadObjectResponse>>> heads = new ArrayList<>(files.size());
		try {
			for (RelPath path : files) {
				heads.add(pool.submit(() -> head(path)));
			}
			for (int i = 0; i < files.size(); i++) {
				ConnectorException.checkCancelled(monitor, directory);
				Optional<HeadObjectResponse> head = awaitHead(heads.get(i), files.get(i));
				if (head.isPresent()) {
					sink.accept(fileEntry(files.get(i), head.get()));
				}
			}
		} catch (RejectedExecutionException e) {
			throw new ConnectorException(Reason.FATAL, directory, "the S3 connection is closed");
		} finally {
			for (Future<?> head : heads) {
				head.cancel(true);
			}
		}
	}

	private static Optional<HeadObjectResponse> awaitHead(Future<Optional<HeadObjectResponse>> head, RelPath path)
			throws ConnectorException {
		try {
			return head.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Reason.CANCELLED, path, "interrupted");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ConnectorException c) {
				throw c;
			}
			throw new ConnectorException(Reason.FATAL, path, "looking at '" + path + "' failed: " + e.getCause(), e.getCause());
		}
	}

	/** The threads that send a listing's HEAD requests; made when first needed, stopped by {@link #close()}. */
	private ExecutorService headPool() {
		synchronized (closed) {
			if (heads == null) {
				AtomicInteger n = new AtomicInteger();
				heads = Executors.newFixedThreadPool(settings.concurrency(), r -> {
					Thread t = new Thread(r, "KARMA s3 metadata " + bucket + " " + n.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
				if (closed.get()) {
					heads.shutdownNow();
				}
			}
			return heads;
		}
	}

	private static boolean representable(String name) {
		if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0) {
			return false;
		}
		try {
			RelPath.ROOT.child(name);
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	@Override
	public Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			return Optional.of(directoryEntry(path));
		}
		Optional<HeadObjectResponse> head = head(path);
		if (head.isPresent()) {
			return Optional.of(fileEntry(path, head.get()));
		}
		return folderExists(path) ? Optional.of(directoryEntry(path)) : Optional.empty();
	}

	private Optional<HeadObjectResponse> head(RelPath path) throws ConnectorException {
		try {
			return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key(path))));
		} catch (S3Exception e) {
			if (e.statusCode() == 404) {
				return Optional.empty();
			}
			throw Errors.map(e, "looking at '" + path + "'", path);
		} catch (SdkException e) {
			throw Errors.map(e, "looking at '" + path + "'", path);
		}
	}

	private boolean folderExists(RelPath path) throws ConnectorException {
		if (path.isRoot()) {
			return true;
		}
		try {
			ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).prefix(folder(path)).maxKeys(1));
			return !page.contents().isEmpty() || !page.commonPrefixes().isEmpty();
		} catch (SdkException e) {
			throw Errors.map(e, "looking at '" + path + "'", path);
		}
	}

	private static Entry directoryEntry(RelPath path) {
		return new Entry(path, EntryKind.DIRECTORY, 0, null, Map.of(), "");
	}

	static String version(String eTag, Instant lastModified) {
		return unquote(eTag) + "@" + (lastModified == null ? 0 : lastModified.getEpochSecond());
	}

	private static String unquote(String eTag) {
		if (eTag == null) {
			return "";
		}
		return eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"") ? eTag.substring(1, eTag.length() - 1)
				: eTag;
	}

	private Entry fileEntry(RelPath path, HeadObjectResponse head) {
		Map<HashKind, String> hashes = new EnumMap<>(HashKind.class);
		String etag = unquote(head.eTag()).toLowerCase(java.util.Locale.ROOT);
		if (HEX32.matcher(etag).matches() && !"aws:kms".equals(head.serverSideEncryptionAsString())
				&& !"aws:kms:dsse".equals(head.serverSideEncryptionAsString())) {
			hashes.put(HashKind.MD5, etag);
		}
		String sha = head.metadata().get(META_SHA256);
		if (sha != null && HEX64.matcher(sha).matches()) {
			hashes.put(HashKind.SHA256, sha);
		}
		Instant mtime = parseMtime(head.metadata().get(META_MTIME)).orElse(head.lastModified());
		long size = head.contentLength() == null ? 0 : head.contentLength();
		return new Entry(path, EntryKind.FILE, size, mtime, hashes, version(head.eTag(), head.lastModified()));
	}

	static Optional<Instant> parseMtime(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			BigDecimal seconds = new BigDecimal(value.trim());
			long whole = seconds.longValue();
			int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
			return Optional.of(Instant.ofEpochSecond(whole, nanos));
		} catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
			return Optional.empty();
		}
	}

	static String formatMtime(Instant t) {
		return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)).toPlainString();
	}

	@Override
	public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		return read(path, 0, -1, monitor);
	}

	@Override
	public InputStream read(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		if (offset < 0 || length < -1) {
			throw new ConnectorException(Reason.FATAL, path, "bad range " + offset + "+" + length);
		}
		if (length == 0) {
			return InputStream.nullInputStream();
		}
		String range = offset == 0 && length == -1 ? null
				: "bytes=" + offset + "-" + (length == -1 ? "" : String.valueOf(offset + length - 1));
		ResponseInputStream<GetObjectResponse> response;
		try {
			response = s3.getObject(b -> b.bucket(bucket).key(key(path)).range(range));
		} catch (S3Exception e) {
			if (e.statusCode() == 404) {
				if (folderExists(path)) {
					throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder, not a file");
				}
				throw new ConnectorException(Reason.NOT_FOUND, path, "no file '" + path + "'");
			}
			if (e.statusCode() == 416) {
				return InputStream.nullInputStream();
			}
			throw Errors.map(e, "reading '" + path + "'", path);
		} catch (SdkException e) {
			throw Errors.map(e, "reading '" + path + "'", path);
		}
		openStreams.incrementAndGet();
		return new FilterInputStream(response) {
			private boolean done;

			@Override
			public void close() throws IOException {
				if (!done) {
					done = true;
					openStreams.decrementAndGet();
					response.abort(); // do not drain the rest of a large object
					super.close();
				}
			}
		};
	}

	// ------------------------------------------------------------------ writing

	@Override
	public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		checkName(path);
		Optional<HeadObjectResponse> existing = prepareTarget(path, options.precondition(), options.createParents());
		Spooled spooled = spool(path, content, options.size(), monitor);
		boolean locked = false;
		try {
			if (options.precondition() instanceof Precondition.Unchanged) {
				lock(path, monitor);
				locked = true;
				existing = prepareTarget(path, options.precondition(), options.createParents());
			}
			Map<String, String> metadata = new HashMap<>();
			metadata.put(META_SHA256, spooled.sha256);
			if (options.mtime() != null) {
				metadata.put(META_MTIME, formatMtime(options.mtime()));
			}
			String ifMatch = existing.isPresent() && options.precondition() instanceof Precondition.Unchanged
					? existing.get().eTag()
					: null;
			boolean ifAbsent = options.precondition() instanceof Precondition.Absent;
			Entry written = upload(path, spooled, metadata, ifMatch, ifAbsent, monitor);
			// a rewrite of equal content within the same second would keep the version (ETag and
			// Last-Modified second): write once more in the next second so that every write has a new one
			for (int i = 0; i < 3 && existing.isPresent()
					&& written.version().equals(version(existing.get().eTag(), existing.get().lastModified())); i++) {
				pause(path);
				written = upload(path, spooled, metadata, etagOf(written), false, monitor);
			}
			return written;
		} finally {
			try {
				if (locked) {
					unlock(path);
				}
			} finally {
				spooled.delete();
			}
		}
	}

	// ------------------------------------------------------------------ lock objects

	/** The key of a path's lock object ({@link TempNames#forLock}, beside it). */
	private String lockKey(RelPath path) {
		return folder(path.parent()) + TempNames.forLock(path.name());
	}

	/**
	 * Takes the lock object of a path: "only if unchanged" writes and deletes of KARMA clients are
	 * serialized by it even on services whose {@code If-Match} is not atomic (S3Proxy, older MinIO
	 * and Ceph). Made with {@code If-None-Match: *}, which such services do check atomically.
	 */
	private void lock(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		String key = lockKey(path);
		try {
			LockFolders.acquire(path, TempNames.forLock(path.name()), monitor, () -> {
				String token = TempNames.randomHex();
				try {
					s3.putObject(b -> b.bucket(bucket).key(key).contentLength(0L).metadata(Map.of(META_WRITE, token))
							.ifNoneMatch("*"), RequestBody.empty());
					return true;
				} catch (S3Exception e) {
					if (e.statusCode() == 412 || e.statusCode() == 409) {
						// taken, unless by this very request's first attempt (an SDK retry)
						try {
							return token.equals(s3.headObject(b -> b.bucket(bucket).key(key)).metadata().get(META_WRITE));
						} catch (S3Exception gone) {
							return false;
						}
					}
					throw Errors.map(e, "locking '" + path + "'", path);
				} catch (SdkException e) {
					throw Errors.map(e, "locking '" + path + "'", path);
				}
			}, () -> {
				try {
					return Optional.ofNullable(s3.headObject(b -> b.bucket(bucket).key(key)).lastModified());
				} catch (S3Exception e) {
					if (e.statusCode() == 404) {
						return Optional.empty();
					}
					throw Errors.map(e, "locking '" + path + "'", path);
				} catch (SdkException e) {
					throw Errors.map(e, "locking '" + path + "'", path);
				}
			}, () -> {
				deleteKey(path, key);
				return null;
			});
		} catch (IOException e) {
			throw new ConnectorException(Reason.TRANSIENT, path, "locking '" + path + "': " + e.getMessage(), e);
		}
	}

	private void unlock(RelPath path) throws ConnectorException {
		deleteKey(path, lockKey(path));
	}

	private static String etagOf(Entry written) {
		String v = written.version();
		return "\"" + v.substring(0, v.lastIndexOf('@')) + "\"";
	}

	private static void pause(RelPath path) throws ConnectorException {
		try {
			TimeUnit.MILLISECONDS.sleep(1000 - Instant.now().getNano() / 1_000_000 + 5);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException(Reason.CANCELLED, path, "interrupted");
		}
	}

	private void checkName(RelPath path) throws ConnectorException {
		if (path.isRoot()) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "the root is a folder");
		}
		Optional<String> problem = facts.nameRules().problem(path.name());
		if (problem.isPresent()) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path, "'" + path.name() + "': " + problem.get());
		}
		if (key(path).getBytes(StandardCharsets.UTF_8).length + 1 > MAX_KEY_BYTES) {
			throw new ConnectorException(Reason.NAME_NOT_REPRESENTABLE, path,
					"'" + path + "': S3 keys are at most " + MAX_KEY_BYTES + " bytes");
		}
	}

	/**
	 * Checks the parent (making it with createParents), the kind of what is at the path and the
	 * precondition; answers the object there, if any.
	 */
	private Optional<HeadObjectResponse> prepareTarget(RelPath path, Precondition precondition, boolean createParents)
			throws ConnectorException {
		ensureParent(path, createParents);
		Optional<HeadObjectResponse> existing = head(path);
		if (existing.isEmpty() && folderExists(path)) {
			throw new ConnectorException(Reason.WRONG_KIND, path, "'" + path + "' is a folder");
		}
		if (precondition instanceof Precondition.Absent && existing.isPresent()) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "'" + path + "' exists already");
		}
		if (precondition instanceof Precondition.Unchanged unchanged) {
			if (existing.isEmpty()) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "'" + path + "' is gone");
			}
			if (!unchanged.version().equals(version(existing.get().eTag(), existing.get().lastModified()))) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "'" + path + "' was changed meanwhile");
			}
		}
		return existing;
	}

	private void ensureParent(RelPath path, boolean create) throws ConnectorException {
		RelPath parent = path.parent();
		if (parent.isRoot() || knownFolders.contains(parent)) {
			return;
		}
		Optional<Entry> seen = stat(parent, null);
		if (seen.isPresent()) {
			if (!seen.get().isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, path, "'" + parent + "' is a file, not a folder");
			}
			knownFolders.add(parent);
			return;
		}
		if (!create) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "no folder '" + parent + "'");
		}
		makeFolder(parent);
	}

	/** Makes the marker of a folder after checking that no ancestor is a file. */
	private void makeFolder(RelPath dir) throws ConnectorException {
		for (RelPath up = dir.parent(); !up.isRoot(); up = up.parent()) {
			if (head(up).isPresent()) {
				throw new ConnectorException(Reason.WRONG_KIND, dir, "'" + up + "' is a file, not a folder");
			}
			if (folderExists(up)) {
				break;
			}
		}
		try {
			s3.putObject(b -> b.bucket(bucket).key(folder(dir)).contentLength(0L), RequestBody.empty());
		} catch (SdkException e) {
			throw Errors.map(e, "making folder '" + dir + "'", dir);
		}
		knownFolders.add(dir);
	}

	/** Content copied to a local temporary file, with its size and hashes. */
	private record Spooled(Path file, long size, String md5Base64, String sha256) {
		void delete() {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// a temporary file in the temp folder; nothing else to do
			}
		}
	}

	private static Spooled spool(RelPath path, InputStream content, long declared, IProgressMonitor monitor)
			throws ConnectorException {
		Path file;
		try {
			file = Files.createTempFile("karma-s3-", ".part");
		} catch (IOException e) {
			throw new ConnectorException(Reason.FATAL, path, "cannot make a temporary file: " + e.getMessage(), e);
		}
		boolean ok = false;
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size = 0;
			byte[] buffer = new byte[1 << 16];
			try (OutputStream out = Files.newOutputStream(file)) {
				for (int n; (n = content.read(buffer)) > 0;) {
					ConnectorException.checkCancelled(monitor, path);
					out.write(buffer, 0, n);
					md5.update(buffer, 0, n);
					sha.update(buffer, 0, n);
					size += n;
					if (declared >= 0 && size > declared) {
						break;
					}
				}
			} catch (IOException e) {
				throw new ConnectorException(Reason.TRANSIENT, path, "reading the content for '" + path + "': " + e.getMessage(),
						e);
			}
			ConnectorException.checkCancelled(monitor, path);
			if (declared >= 0 && size != declared) {
				throw new ConnectorException(Reason.FATAL, path, "'" + path + "': the content has " + (size > declared
						? "more" : size) + " bytes, " + declared + " were announced");
			}
			ok = true;
			return new Spooled(file, size, Base64.getEncoder().encodeToString(md5.digest()),
					HexFormat.of().formatHex(sha.digest()));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		} finally {
			if (!ok) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException e) {
					// ignore
				}
			}
		}
	}

	private Entry upload(RelPath path, Spooled spooled, Map<String, String> metadata, String ifMatch, boolean ifAbsent,
			IProgressMonitor monitor) throws ConnectorException {
		String key = key(path);
		// a token of this one write: when the SDK retries a conditional request whose first attempt
		// got through (the answer was lost), the retry fails its own precondition; the token tells
		metadata = new HashMap<>(metadata);
		String token = TempNames.randomHex();
		metadata.put(META_WRITE, token);
		Map<String, String> sent = metadata;
		try {
			if (spooled.size <= settings.partSize()) {
				PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(bucket).key(key).metadata(sent)
						.contentLength(spooled.size).contentMD5(spooled.md5Base64);
				if (settings.storageClass() != null) {
					put.storageClass(settings.storageClass());
				}
				if (settings.sse() != null) {
					put.serverSideEncryption(settings.sse());
				}
				if (ifAbsent) {
					put.ifNoneMatch("*");
				} else if (ifMatch != null) {
					put.ifMatch(ifMatch);
				}
				s3.putObject(put.build(), RequestBody.fromFile(spooled.file));
			} else {
				multipart(path, key, spooled, sent, ifMatch, ifAbsent, monitor);
			}
		} catch (SdkException e) {
			ConnectorException mapped = Errors.map(e, "writing '" + path + "'", path);
			Optional<HeadObjectResponse> now = mapped.reason() == Reason.PRECONDITION_FAILED ? head(path) : Optional.empty();
			// a resumed multipart upload carries the token of the write that began it
			if (now.isEmpty() || !sent.get(META_WRITE).equals(now.get().metadata().get(META_WRITE))) {
				throw mapped;
			}
			return fileEntry(path, now.get()); // our own write, answered twice
		}
		return head(path).map(h -> fileEntry(path, h))
				.orElseThrow(() -> new ConnectorException(Reason.TRANSIENT, path, "'" + path + "' vanished after writing"));
	}

	/**
	 * A multipart upload, resumed from the journal where an earlier write of the same content to
	 * the same key was interrupted: the parts the service still holds (checked with ListParts,
	 * size and ETag) are not sent again. A transient failure or a cancellation keeps the upload and
	 * its journal for the next write; any other failure aborts the upload. A stale journal (other
	 * content, or an upload the service no longer knows) is dropped and its upload aborted.
	 */
	private void multipart(RelPath path, String key, Spooled spooled, Map<String, String> metadata, String ifMatch,
			boolean ifAbsent, IProgressMonitor monitor) throws ConnectorException {
		try (UploadJournal.Handle journal = this.journal.open(bucket, key)) {
			multipart(path, key, spooled, metadata, ifMatch, ifAbsent, journal, monitor);
		}
	}

	private void multipart(RelPath path, String key, Spooled spooled, Map<String, String> metadata, String ifMatch,
			boolean ifAbsent, UploadJournal.Handle journal, IProgressMonitor monitor) throws ConnectorException {
		long partSize = settings.partSize();
		UploadJournal.Identity identity = new UploadJournal.Identity(spooled.size, spooled.sha256, partSize,
				UploadJournal.metadataText(metadata, META_WRITE) + "storage_class=" + settings.storageClass() + ";sse="
						+ settings.sse() + ";");
		UploadJournal.State state = resumable(key, identity, journal);
		if (state != null) {
			metadata.put(META_WRITE, state.writeToken()); // the upload carries the first attempt's token
		} else {
			String uploadId = s3.createMultipartUpload(b -> {
				b.bucket(bucket).key(key).metadata(metadata);
				if (settings.storageClass() != null) {
					b.storageClass(settings.storageClass());
				}
				if (settings.sse() != null) {
					b.serverSideEncryption(settings.sse());
				}
			}).uploadId();
			state = new UploadJournal.State(bucket, key, uploadId, identity, metadata.get(META_WRITE), new TreeMap<>());
			journal.save(state);
		}
		String uploadId = state.uploadId();
		boolean completed = false;
		boolean keep = false;
		try {
			int number = 1;
			for (long offset = 0; offset < spooled.size; offset += partSize, number++) {
				ConnectorException.checkCancelled(monitor, path);
				long start = offset;
				long length = Math.min(partSize, spooled.size - offset);
				int partNumber = number;
				UploadJournal.Part held = state.parts().get(partNumber);
				if (held != null && held.size() == length) {
					continue; // sent by an earlier, interrupted write
				}
				String eTag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)
						.contentLength(length), RequestBody.fromContentProvider(() -> slice(spooled.file, start, length), length,
								"application/octet-stream"))
						.eTag();
				state = state.with(new UploadJournal.Part(partNumber, eTag, length));
				journal.save(state);
			}
			ConnectorException.checkCancelled(monitor, path);
			List<CompletedPart> parts = new ArrayList<>();
			for (UploadJournal.Part part : state.parts().values()) {
				parts.add(CompletedPart.builder().partNumber(part.number()).eTag(part.eTag()).build());
			}
			s3.completeMultipartUpload(b -> {
				b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts));
				if (ifAbsent) {
					b.ifNoneMatch("*");
				} else if (ifMatch != null) {
					b.ifMatch(ifMatch);
				}
			});
			completed = true;
		} catch (SdkException e) {
			ConnectorException mapped = Errors.map(e, "writing '" + path + "'", path);
			keep = mapped.isRetryable() || mapped.reason() == Reason.CANCELLED;
			throw e;
		} catch (ConnectorException e) {
			keep = e.reason() == Reason.CANCELLED || e.isRetryable();
			throw e;
		} finally {
			if (!completed && !keep) {
				abort(key, uploadId);
			}
			if (!keep) {
				journal.delete();
			}
		}
	}

	/**
	 * The journal of an interrupted upload of this very content to this key, with the parts the
	 * service confirms (ListParts: same number, size and ETag); null to start over, after aborting
	 * the journal's upload if it is of other content or nothing of it is left. A transient failure
	 * of ListParts is thrown (the journal is kept).
	 */
	private UploadJournal.State resumable(String key, UploadJournal.Identity identity, UploadJournal.Handle journal) {
		Optional<UploadJournal.State> saved = journal.load();
		if (saved.isEmpty()) {
			return null;
		}
		UploadJournal.State state = saved.get();
		if (!state.identity().equals(identity)) {
			abort(key, state.uploadId());
			journal.delete();
			return null;
		}
		SortedMap<Integer, UploadJournal.Part> confirmed = new TreeMap<>();
		try {
			Integer marker = null;
			while (true) {
				Integer after = marker;
				ListPartsResponse page = s3.listParts(b -> b.bucket(bucket).key(key).uploadId(state.uploadId())
						.partNumberMarker(after));
				for (Part part : page.parts()) {
					UploadJournal.Part mine = state.parts().get(part.partNumber());
					if (mine != null && part.size() != null && part.size() == mine.size()
							&& unquote(part.eTag()).equals(unquote(mine.eTag()))) {
						confirmed.put(mine.number(), mine);
					}
				}
				if (!Boolean.TRUE.equals(page.isTruncated()) || page.nextPartNumberMarker() == null) {
					break;
				}
				marker = page.nextPartNumberMarker();
			}
		} catch (SdkException e) {
			if (Errors.map(e, "", RelPath.ROOT).isRetryable()) {
				throw e; // cannot ask now: this write fails transient, the journal stays for the next one
			}
			// NoSuchUpload, or ListParts not allowed (then resuming never works): start over
			confirmed.clear();
		}
		if (confirmed.isEmpty()) {
			// gone (NoSuchUpload, or a service that lists an unknown upload as empty), or nothing kept
			abort(key, state.uploadId());
			journal.delete();
			return null;
		}
		UploadJournal.State kept = new UploadJournal.State(bucket, key, state.uploadId(), identity, state.writeToken(),
				confirmed);
		journal.save(kept);
		return kept;
	}

	/**
	 * Aborts the uploads of this bucket whose journal was not written for {@link #STALE} (called
	 * when connecting) and deletes those journals. Errors are ignored: the next connection tries
	 * again, and lifecycle rules remove abandoned uploads too.
	 */
	void abortStaleUploads() {
		for (UploadJournal.State stale : journal.stale(bucket, STALE)) {
			try (UploadJournal.Handle handle = journal.open(bucket, stale.key())) {
				if (handle.load().isPresent()) {
					abort(stale.key(), stale.uploadId());
					handle.delete();
				}
			}
		}
	}

	private void abort(String key, String uploadId) {
		try {
			s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
		} catch (SdkException e) {
			// gone already, or the bucket's lifecycle rules remove it; nothing visible was made
		}
	}

	private static InputStream slice(Path file, long start, long length) {
		try {
			InputStream in = Files.newInputStream(file);
			in.skipNBytes(start);
			return new FilterInputStream(in) {
				private long left = length;

				@Override
				public int read() throws IOException {
					if (left <= 0) {
						return -1;
					}
					int b = super.read();
					if (b >= 0) {
						left--;
					}
					return b;
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					if (left <= 0) {
						return -1;
					}
					int n = super.read(b, off, (int) Math.min(len, left));
					if (n > 0) {
						left -= n;
					}
					return n;
				}
			};
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Override
	public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			return directoryEntry(path);
		}
		checkName(path);
		if (head(path).isPresent()) {
			throw new ConnectorException(Reason.ALREADY_EXISTS, path, "'" + path + "' is a file");
		}
		if (!folderExists(path)) {
			makeFolder(path);
		}
		return directoryEntry(path);
	}

	@Override
	public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException {
		ConnectorException.checkCancelled(monitor, path);
		if (path.isRoot()) {
			throw new ConnectorException(Reason.FATAL, path, "the root itself is never deleted");
		}
		Optional<HeadObjectResponse> file = head(path);
		if (file.isPresent()) {
			if (precondition instanceof Precondition.Unchanged unchanged) {
				lock(path, monitor);
				try {
					file = head(path);
					if (file.isEmpty()
							|| !unchanged.version().equals(version(file.get().eTag(), file.get().lastModified()))) {
						throw new ConnectorException(Reason.PRECONDITION_FAILED, path, "'" + path + "' was changed meanwhile");
					}
					deleteKey(path, key(path));
				} finally {
					unlock(path);
				}
				return;
			}
			deleteKey(path, key(path));
			return;
		}
		knownFolders.clear();
		String dir = folder(path);
		List<String> keys = new ArrayList<>();
		String token = null;
		do {
			ConnectorException.checkCancelled(monitor, path);
			ListObjectsV2Request.Builder request = ListObjectsV2Request.builder().bucket(bucket).prefix(dir);
			if (token != null) {
				request.continuationToken(token);
			}
			ListObjectsV2Response page;
			try {
				page = s3.listObjectsV2(request.build());
			} catch (SdkException e) {
				throw Errors.map(e, "deleting '" + path + "'", path);
			}
			for (S3Object object : page.contents()) {
				keys.add(object.key());
			}
			if (!recursive && keys.stream().anyMatch(k -> !k.equals(dir))) {
				throw new ConnectorException(Reason.NOT_EMPTY, path, "folder '" + path + "' is not empty");
			}
			token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
		} while (token != null);
		if (keys.isEmpty()) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "nothing at '" + path + "'");
		}
		// children first, the folder's marker last (in the last batch): a cancelled delete leaves a
		// consistent folder
		keys.sort((a, b) -> a.equals(dir) ? 1 : b.equals(dir) ? -1 : 0);
		for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
			ConnectorException.checkCancelled(monitor, path);
			deleteKeys(path, keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)));
		}
	}

	/** Deletes up to {@value #DELETE_BATCH} keys with one DeleteObjects request; a key already gone is no error. */
	private void deleteKeys(RelPath path, List<String> keys) throws ConnectorException {
		if (keys.size() == 1) {
			deleteKey(path, keys.get(0));
			return;
		}
		List<ObjectIdentifier> objects = new ArrayList<>(keys.size());
		for (String k : keys) {
			objects.add(ObjectIdentifier.builder().key(k).build());
		}
		DeleteObjectsResponse response;
		try {
			response = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(objects).quiet(true)));
		} catch (SdkException e) {
			throw Errors.map(e, "deleting '" + path + "'", path);
		}
		for (S3Error error : response.errors()) {
			if (!"NoSuchKey".equals(error.code())) {
				Reason reason = "AccessDenied".equals(error.code()) ? Reason.PERMISSION_DENIED
						: "SlowDown".equals(error.code()) || "InternalError".equals(error.code()) ? Reason.TRANSIENT
								: Reason.FATAL;
				throw new ConnectorException(reason, path, "deleting '" + path + "': " + error.code() + " ("
						+ response.errors().size() + " of " + keys.size() + " keys not deleted)");
			}
		}
	}

	private void deleteKey(RelPath path, String key) throws ConnectorException {
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(key));
		} catch (SdkException e) {
			throw Errors.map(e, "deleting '" + path + "'", path);
		}
	}

	// ------------------------------------------------------------------ capabilities

	@Override
	public Entry copy(RelPath from, RelPath to, WriteOptions options, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, from);
		Optional<HeadObjectResponse> source = head(from);
		if (source.isEmpty()) {
			if (folderExists(from)) {
				throw new ConnectorException(Reason.WRONG_KIND, from, "'" + from + "' is a folder");
			}
			throw new ConnectorException(Reason.NOT_FOUND, from, "no file '" + from + "'");
		}
		if (source.get().contentLength() != null && source.get().contentLength() > (5L << 30)) {
			throw new ConnectorException(Reason.UNSUPPORTED, from, "'" + from + "' is over 5 GiB: S3 copies it only in parts");
		}
		checkName(to);
		Optional<HeadObjectResponse> existing = prepareTarget(to, options.precondition(), options.createParents());
		CopyObjectRequest.Builder copy = CopyObjectRequest.builder().sourceBucket(bucket).sourceKey(key(from))
				.destinationBucket(bucket).destinationKey(key(to)).copySourceIfMatch(source.get().eTag());
		if (options.mtime() != null) {
			Map<String, String> metadata = new HashMap<>(source.get().metadata());
			metadata.put(META_MTIME, formatMtime(options.mtime()));
			copy.metadataDirective(MetadataDirective.REPLACE).metadata(metadata);
		}
		if (settings.storageClass() != null) {
			copy.storageClass(settings.storageClass());
		}
		if (settings.sse() != null) {
			copy.serverSideEncryption(settings.sse());
		}
		if (options.precondition() instanceof Precondition.Absent) {
			copy.ifNoneMatch("*");
		} else if (existing.isPresent() && options.precondition() instanceof Precondition.Unchanged) {
			copy.ifMatch(existing.get().eTag());
		}
		try {
			s3.copyObject(copy.build());
		} catch (SdkException e) {
			throw Errors.map(e, "copying '" + from + "' to '" + to + "'", to);
		}
		return head(to).map(h -> fileEntry(to, h))
				.orElseThrow(() -> new ConnectorException(Reason.TRANSIENT, to, "'" + to + "' vanished after copying"));
	}

	@Override
	public Optional<String> hash(RelPath path, HashKind kind, IProgressMonitor monitor) throws ConnectorException {
		Optional<Entry> entry = stat(path, monitor);
		if (entry.isEmpty()) {
			throw new ConnectorException(Reason.NOT_FOUND, path, "no file '" + path + "'");
		}
		return Optional.ofNullable(entry.get().hashes().get(kind));
	}

	@Override
	public int openResources() {
		return openStreams.get();
	}

	@Override
	public <T extends Capability> Optional<T> capability(Class<T> type) {
		return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
	}

	@Override
	public void close() {
		if (closed.compareAndSet(false, true)) {
			synchronized (closed) {
				if (heads != null) {
					heads.shutdownNow();
				}
			}
			s3.close();
		}
	}
}
