package org.karma.connector.s3.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.karma.connector.api.StateFiles;

/**
 * The journals of unfinished multipart uploads, one small properties file per object
 * ({@code <folder>/<SHA-256 of endpoint, bucket and key>.upload}): the upload id, what the content
 * is (size, SHA-256, part size, metadata) and every part the service confirmed (number, ETag,
 * size). Each change is written to a temporary file beside it and renamed over it, so that a
 * process killed at any moment leaves the previous or the next journal, never half of one.
 *
 * <p>A journal that cannot be written does not fail the upload: the upload then just cannot be
 * resumed by a later write.
 */
final class UploadJournal {

	/** What is being uploaded: a resume continues only an upload of exactly this. */
	record Identity(long size, String sha256, long partSize, String metadata) {
	}

	/** One confirmed part. */
	record Part(int number, String eTag, long size) {
	}

	/** The state of one unfinished upload. */
	record State(String bucket, String key, String uploadId, Identity identity, String writeToken,
			SortedMap<Integer, Part> parts) {

		State with(Part part) {
			SortedMap<Integer, Part> more = new TreeMap<>(parts);
			more.put(part.number(), part);
			return new State(bucket, key, uploadId, identity, writeToken, more);
		}
	}

	private static final String SUFFIX = ".upload";
	private final Path folder;
	private final String endpoint;

	/**
	 * @param folder   where the journals are kept (made when first needed)
	 * @param endpoint names the service (its endpoint URL or AWS region), so that equal bucket
	 *                 names on two services do not share a journal
	 */
	UploadJournal(Path folder, String endpoint) {
		this.folder = folder;
		this.endpoint = endpoint;
	}

	/** Journals a write of this process is using: a second write of the same object does not share one. */
	private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

	/**
	 * The journal of one object for the time of one write. While another write of this process
	 * (another connection, another thread) holds it, the handle is inert: nothing to resume, and
	 * nothing is saved, so the two uploads never mix their parts.
	 */
	final class Handle implements AutoCloseable {
		private final String bucket;
		private final String key;
		private final boolean owned;

		private Handle(String bucket, String key) {
			this.bucket = bucket;
			this.key = key;
			this.owned = IN_USE.add(file(bucket, key));
		}

		Optional<State> load() {
			return owned ? UploadJournal.this.load(bucket, key) : Optional.empty();
		}

		void save(State state) {
			if (owned) {
				UploadJournal.this.save(state);
			}
		}

		void delete() {
			if (owned) {
				UploadJournal.this.delete(bucket, key);
			}
		}

		@Override
		public void close() {
			if (owned) {
				IN_USE.remove(file(bucket, key));
			}
		}
	}

	Handle open(String bucket, String key) {
		return new Handle(bucket, key);
	}

	Path file(String bucket, String key) {
		return folder.resolve(sha256(endpoint + "\n" + bucket + "\n" + key) + SUFFIX);
	}

	/** The journal of an upload to this object, if there is a readable one. */
	Optional<State> load(String bucket, String key) {
		return read(file(bucket, key)).filter(s -> s.bucket().equals(bucket) && s.key().equals(key));
	}

	/**
	 * Journals of this endpoint and bucket not written for {@code age}: their write did not come
	 * back (the file was deleted or renamed at the source meanwhile), so their uploads only cost
	 * storage. Journals a write of this process is using are not among them.
	 */
	List<State> stale(String bucket, Duration age) {
		List<State> stale = new ArrayList<>();
		Instant before = Instant.now().minus(age);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
			for (Path file : files) {
				if (!IN_USE.contains(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					read(file).filter(s -> s.bucket().equals(bucket)).ifPresent(stale::add);
				}
			}
		} catch (IOException e) {
			// no folder yet, or unreadable: nothing to clean up
		}
		return stale;
	}

	private Optional<State> read(Path file) {
		Optional<Properties> read = StateFiles.read(file);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		Properties p = read.get();
		try {
			String bucket = p.getProperty("bucket");
			String key = p.getProperty("key");
			String uploadId = p.getProperty("uploadId");
			if (!endpoint.equals(p.getProperty("endpoint")) || bucket == null || key == null || uploadId == null
					|| p.getProperty("sha256") == null) {
				return Optional.empty(); // another service's (a hash collision), or an edited file
			}
			Identity identity = new Identity(Long.parseLong(p.getProperty("size")), p.getProperty("sha256"),
					Long.parseLong(p.getProperty("partSize")), p.getProperty("metadata", ""));
			SortedMap<Integer, Part> parts = new TreeMap<>();
			for (String name : p.stringPropertyNames()) {
				if (name.startsWith("part.")) {
					int number = Integer.parseInt(name.substring(5));
					String[] value = p.getProperty(name).split(" ", 2);
					parts.put(number, new Part(number, value[1], Long.parseLong(value[0])));
				}
			}
			return Optional.of(new State(bucket, key, uploadId, identity, p.getProperty("writeToken", ""), parts));
		} catch (RuntimeException e) {
			return Optional.empty(); // unreadable: the upload is started over
		}
	}

	/** Writes the journal atomically (see {@link StateFiles}); false when it could not be written. */
	boolean save(State state) {
		Properties p = new Properties();
		p.setProperty("endpoint", endpoint);
		p.setProperty("bucket", state.bucket());
		p.setProperty("key", state.key());
		p.setProperty("uploadId", state.uploadId());
		p.setProperty("size", Long.toString(state.identity().size()));
		p.setProperty("sha256", state.identity().sha256());
		p.setProperty("partSize", Long.toString(state.identity().partSize()));
		p.setProperty("metadata", state.identity().metadata());
		p.setProperty("writeToken", state.writeToken());
		for (Part part : state.parts().values()) {
			p.setProperty("part." + part.number(), part.size() + " " + part.eTag());
		}
		return StateFiles.write(file(state.bucket(), state.key()), p, "KARMA S3 multipart upload");
	}

	void delete(String bucket, String key) {
		try {
			Files.deleteIfExists(file(bucket, key));
		} catch (IOException e) {
			// a stale journal is checked against the service before it is used
		}
	}

	/** A stable text of the metadata (sorted), without the entries in {@code ignored}. */
	static String metadataText(Map<String, String> metadata, String... ignored) {
		TreeMap<String, String> sorted = new TreeMap<>(metadata);
		for (String name : ignored) {
			sorted.remove(name);
		}
		StringBuilder text = new StringBuilder();
		sorted.forEach((k, v) -> text.append(k).append('=').append(v).append(';'));
		return text.toString();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
