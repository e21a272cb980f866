package org.karma.engine;

import java.time.Instant;
import java.util.Objects;

import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.HashKind;

/**
 * What the engine remembers of one path on one side: kind, size, modification time, a content
 * hash when one is known, and the endpoint's version token.
 *
 * @param hash lower-case hex of the comparison's hash kind, or null when not known
 */
public record FileState(EntryKind kind, long size, Instant mtime, String hash, String version) {

	public FileState {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(version);
	}

	/** The state of a listed entry, with the hash of the given kind if the entry carries it. */
	public static FileState of(Entry entry, HashKind hashKind) {
		return new FileState(entry.kind(), entry.size(), entry.mtime(),
				hashKind == null ? null : entry.hashes().get(hashKind), entry.version());
	}

	public static FileState file(long size, Instant mtime) {
		return new FileState(EntryKind.FILE, size, mtime, null, "");
	}

	public static FileState directory() {
		return new FileState(EntryKind.DIRECTORY, 0, null, null, "");
	}

	public boolean isDirectory() {
		return kind == EntryKind.DIRECTORY;
	}

	public boolean isFile() {
		return kind == EntryKind.FILE;
	}

	public FileState withHash(String newHash) {
		return new FileState(kind, size, mtime, newHash, version);
	}
}
