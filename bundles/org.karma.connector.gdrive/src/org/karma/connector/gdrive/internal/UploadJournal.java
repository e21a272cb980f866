package org.karma.connector.gdrive.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import org.karma.connector.api.StateFiles;

/**
 * The journals of unfinished resumable uploads, one small properties file per target
 * ({@code <folder>/<SHA-256 of API, drive, folder id and name>.upload}): the upload session's
 * URI, what is being uploaded (size, SHA-256 of the content, the target — a new file in a folder
 * or a new revision of a file id — and the modification time sent at the start) and how many bytes
 * Drive has confirmed. Each change is written to a temporary file (mode 600: the session URI lets
 * anyone holding it finish the upload) and renamed over the journal, so that a process killed at
 * any moment leaves a whole journal. The URI is never logged nor put in a message.
 *
 * <p>A journal that cannot be written does not fail the upload: it just cannot be resumed later.
 */
final class UploadJournal {

	/** What is being uploaded: a later write resumes only an upload of exactly this. */
	record Identity(long size, String sha256, String target, String mtime) {
	}

	/** One unfinished upload: {@code confirmed} bytes are in Drive's session {@code session}. */
	record State(String key, String session, Identity identity, long confirmed) {

		State confirmed(long bytes) {
			return new State(key, session, identity, bytes);
		}
	}

	private static final String SUFFIX = ".upload";
	private final Path folder;
	private final String endpoint;

	/**
	 * @param folder   where the journals are kept (made when first needed)
	 * @param endpoint names the API and the drive, so that two of them never share a journal
	 */
	UploadJournal(Path folder, String endpoint) {
		this.folder = folder;
		this.endpoint = endpoint;
	}

	/** {@code $KARMA_HOME/state/gdrive-uploads} ({@code ~/.karma} without KARMA_HOME), as other connector state. */
	static Path defaultFolder() {
		return StateFiles.folder("gdrive-uploads");
	}

	private Path file(String key) {
		return folder.resolve(sha256(endpoint + "\n" + key) + SUFFIX);
	}

	/** The journal of an upload to this target ({@code <folder id>/<name>}), if there is a readable one. */
	Optional<State> load(String key) {
		Optional<Properties> read = StateFiles.read(file(key));
		if (read.isEmpty()) {
			return Optional.empty();
		}
		Properties p = read.get();
		try {
			if (!endpoint.equals(p.getProperty("endpoint")) || !key.equals(p.getProperty("key"))
					|| p.getProperty("session") == null || p.getProperty("sha256") == null) {
				return Optional.empty(); // another drive's (a hash collision), or an edited file
			}
			Identity identity = new Identity(Long.parseLong(p.getProperty("size")), p.getProperty("sha256"),
					p.getProperty("target", ""), p.getProperty("mtime", ""));
			return Optional.of(new State(key, p.getProperty("session"), identity, Long.parseLong(p.getProperty("confirmed"))));
		} catch (RuntimeException e) {
			return Optional.empty(); // unreadable: the upload is started over
		}
	}

	/** Writes the journal atomically, readable by its owner only (see {@link StateFiles}); false when it could not be written. */
	boolean save(State state) {
		Properties p = new Properties();
		p.setProperty("endpoint", endpoint);
		p.setProperty("key", state.key());
		p.setProperty("session", state.session());
		p.setProperty("size", Long.toString(state.identity().size()));
		p.setProperty("sha256", state.identity().sha256());
		p.setProperty("target", state.identity().target());
		p.setProperty("mtime", state.identity().mtime());
		p.setProperty("confirmed", Long.toString(state.confirmed()));
		return StateFiles.write(file(state.key()), p, "KARMA Google Drive resumable upload");
	}

	void delete(String key) {
		try {
			Files.deleteIfExists(file(key));
		} catch (IOException e) {
			// a stale journal is checked against Drive before it is used
		}
	}

	/**
	 * Deletes journals not written for {@code age}: Drive forgets an upload session after a week, so
	 * their write would start over anyway.
	 */
	static void sweep(Path folder, Duration age) {
		Instant before = Instant.now().minus(age);
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
			for (Path f : files) {
				if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
					Files.deleteIfExists(f);
				}
			}
		} catch (IOException e) {
			// no folder yet, or unreadable: nothing to sweep
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
