package org.karma.connector.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One file, directory or link as a connection sees it.
 *
 * @param path    relative to the connection's root
 * @param kind    what it is
 * @param size    bytes of a file's content; 0 for directories; for links the length of the link
 *                text (the target path) where known, else 0
 * @param mtime   modification time, truncated to the connection's {@link ConnectionFacts#mtimePrecision()};
 *                null where the endpoint keeps none
 * @param hashes  content hashes known without reading (hex, lower case); often empty
 * @param version an opaque token that changes whenever the content or metadata changes, and on
 *                every write even of equal content (for "only if unchanged" writes); never null
 *                for files, may be empty for directories. Entries of some endpoints carry coarser
 *                times than {@link ConnectionFacts#mtimePrecision()} says (a ZIP entry written by
 *                another tool with DOS time only: 2 s); comparisons allow for the coarser of the two.
 */
public record Entry(RelPath path, EntryKind kind, long size, Instant mtime, Map<HashKind, String> hashes, String version) {

	/**
	 * The version of an entry that stands for several items of one name in one folder, which some
	 * endpoints allow (Google Drive) and a file system cannot hold: such a name is listed once, as
	 * {@link EntryKind#OTHER} with this version, and callers report it as a name collision.
	 */
	public static final String DUPLICATE_NAME = "duplicate-name";

	public Entry {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(kind, "kind");
		hashes = Map.copyOf(hashes);
		Objects.requireNonNull(version, "version");
		if (size < 0) {
			throw new IllegalArgumentException("negative size " + size + " for " + path);
		}
	}

	public boolean isFile() {
		return kind == EntryKind.FILE;
	}

	public boolean isDirectory() {
		return kind == EntryKind.DIRECTORY;
	}

	/** The entry for a name the endpoint holds more than once in one folder (see {@link #DUPLICATE_NAME}). */
	public static Entry duplicateName(RelPath path) {
		return new Entry(path, EntryKind.OTHER, 0, null, Map.of(), DUPLICATE_NAME);
	}
}
