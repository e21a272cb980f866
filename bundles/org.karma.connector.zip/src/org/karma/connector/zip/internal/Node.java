package org.karma.connector.zip.internal;

import java.nio.file.Path;
import java.time.Instant;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.karma.connector.api.EntryKind;

/**
 * One file, directory or link of an archive's tree, as it is or as it will be written.
 *
 * @param path     entry path inside the archive without a trailing slash ({@code ""}: the archive root)
 * @param kind     what it is
 * @param explicit for directories: whether the archive has (or will have) an entry {@code path/};
 *                 false for directories implied by the names below them
 * @param size     uncompressed bytes
 * @param crc      CRC-32 of the content
 * @param mtime    modification time in whole seconds (even seconds when {@code dosTime}); null for
 *                 implicit directories
 * @param dosTime  whether only the DOS time is known (2 s precision, local time)
 * @param source   where the content comes from; null for directories that are not in the archive
 * @param token    the write token of a file KARMA wrote (see {@link WriteToken}), 0 for none
 * @param order    position in the archive (existing entries keep theirs, new ones go to the end)
 */
record Node(String path, EntryKind kind, boolean explicit, long size, long crc, Instant mtime, boolean dosTime,
		Source source, long token, long order) {

	/** Where a node's content (and metadata) comes from. */
	sealed interface Source {
	}

	/**
	 * An entry of an opened archive, copied raw (compressed bytes as they are).
	 *
	 * @param name  the entry's path in that archive (no trailing slash)
	 * @param mtime the entry's time as read
	 */
	record Stored(ArchiveState archive, ZipArchiveEntry entry, String name, Instant mtime) implements Source {
	}

	/** New content spooled to a temporary file beside the archive. */
	record Spooled(Path file) implements Source {
	}

	/** New content small enough to be kept in memory. */
	record Buffered(byte[] data) implements Source {
	}

	static Node implicitDirectory(String path, long order) {
		return new Node(path, EntryKind.DIRECTORY, false, 0, 0, null, false, null, 0, order);
	}

	boolean isDirectory() {
		return kind == EntryKind.DIRECTORY;
	}

	/**
	 * The version token of {@link org.karma.connector.api.Entry#version()}: CRC-32, size,
	 * modification time and the write token, so it changes with any content or time change and
	 * with every write (even of equal content in the same second), and stays the same across
	 * archive rewrites and connections while the entry is untouched. Empty for directories.
	 */
	String version() {
		if (isDirectory()) {
			return "";
		}
		String v = String.format("%08x-%d-%d", crc, size, mtime == null ? 0 : mtime.getEpochSecond());
		return token == 0 ? v : v + "-" + Long.toHexString(token);
	}

	/** Whether this node can be written as its stored entry, unchanged (same name and time). */
	boolean isUnchangedStored() {
		return source instanceof Stored s && s.name().equals(path) && java.util.Objects.equals(s.mtime(), mtime);
	}

	Node withPath(String newPath) {
		return new Node(newPath, kind, explicit, size, crc, mtime, dosTime, source, token, order);
	}

	Node withMtime(Instant newMtime) {
		return new Node(path, kind, isDirectory() || explicit, size, crc, newMtime, false, source, token, order);
	}

	Node withOrder(long newOrder) {
		return new Node(path, kind, explicit, size, crc, mtime, dosTime, source, token, newOrder);
	}
}
