package org.karma.connector.zip.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipException;

import org.apache.commons.compress.archivers.zip.X000A_NTFS;
import org.apache.commons.compress.archivers.zip.X5455_ExtendedTimestamp;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.EntryKind;

/**
 * One state of the archive: the opened file (its central directory read once) and the
 * {@link Tree} built from it. Reference counted: the connection holds the current state, every
 * open stream and every open batch hold the state they read from, and the file is closed when the
 * last of them lets go, so a commit never pulls an archive from under a reader (on POSIX the old
 * file stays readable after the new one is renamed over it).
 */
final class ArchiveState {

	private static final int OPEN_ATTEMPTS = 10;

	final Identity identity;
	final long generation;
	final Tree tree;
	private final ZipFile zip;
	private int refs = 1;
	private boolean closed;

	private ArchiveState(Identity identity, long generation, ZipFile zip, Path archive) throws ConnectorException {
		this.identity = identity;
		this.generation = generation;
		this.zip = zip;
		this.tree = zip == null ? new Tree() : index(zip, archive, this);
	}

	/** The state of an archive that does not exist (yet): an empty tree. */
	static ArchiveState absent(long generation) {
		try {
			return new ArchiveState(Identity.ABSENT, generation, null, null);
		} catch (ConnectorException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Reads the archive as it is on disk (or the empty state when it does not exist; an empty file
	 * counts as an empty archive).
	 *
	 * @throws ConnectorException FATAL for a file that is not a ZIP archive or has unsafe entry
	 *                            names, or I/O errors
	 */
	static ArchiveState open(Path archive, long generation) throws ConnectorException {
		for (int attempt = 0;; attempt++) {
			try {
				Identity before = Identity.of(archive);
				if (before.equals(Identity.ABSENT) || before.size() == 0) {
					if (Identity.of(archive).equals(before)) {
						return before.size() == 0 ? emptyFile(before, generation) : absent(generation);
					}
					continue;
				}
				ZipFile zip;
				try {
					zip = ZipFile.builder().setPath(archive).setIgnoreLocalFileHeader(true).get();
				} catch (ZipException e) {
					throw new ConnectorException(Reason.FATAL, null,
							"'" + archive + "' is not a readable ZIP archive: " + e.getMessage(), e);
				}
				// the file may have been replaced between looking and opening: try again then
				if (!Identity.of(archive).equals(before) && attempt < OPEN_ATTEMPTS) {
					zip.close();
					continue;
				}
				try {
					return new ArchiveState(before, generation, zip, archive);
				} catch (ConnectorException | RuntimeException e) {
					zip.close();
					throw e;
				}
			} catch (IOException e) {
				throw IoErrors.map(e, null, "reading the archive '" + archive + "'");
			}
		}
	}

	private static ArchiveState emptyFile(Identity identity, long generation) {
		try {
			return new ArchiveState(identity, generation, null, null);
		} catch (ConnectorException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Tree index(ZipFile zip, Path archive, ArchiveState state) throws ConnectorException {
		Tree tree = new Tree();
		for (Enumeration<ZipArchiveEntry> en = zip.getEntriesInPhysicalOrder(); en.hasMoreElements();) {
			ZipArchiveEntry entry = en.nextElement();
			String name = entry.getName();
			// Commons Compress turns '\\' into '/' in names of DOS-made entries: check the stored bytes too
			byte[] raw = entry.getRawName();
			String stored = raw == null ? name : new String(raw, StandardCharsets.UTF_8);
			Optional<String> unsafe = EntryNames.unsafe(stored);
			if (unsafe.isPresent()) {
				name = stored;
			} else {
				unsafe = EntryNames.unsafe(name);
			}
			if (unsafe.isPresent()) {
				throw new ConnectorException(Reason.FATAL, null, "Refusing to open '" + archive
						+ "': it contains the unsafe entry name '" + EntryNames.printable(name) + "' (" + unsafe.get() + ")");
			}
			boolean directory = name.endsWith("/");
			String path = directory ? name.substring(0, name.length() - 1) : name;
			for (String a = EntryNames.parentOf(path); !a.isEmpty(); a = EntryNames.parentOf(a)) {
				Node ancestor = tree.get(a);
				if (ancestor != null && !ancestor.isDirectory()) {
					throw conflict(archive, name, "'" + a + "' is a file and a folder");
				}
				if (ancestor != null) {
					break;
				}
			}
			Node existing = tree.get(path);
			Instant mtime = mtime(entry);
			boolean dos = !hasExactTime(entry);
			if (directory) {
				if (existing != null && !existing.isDirectory()) {
					throw conflict(archive, name, "'" + path + "' is a file and a folder");
				}
				if (existing != null && existing.explicit()) {
					continue; // a repeated directory entry: harmless, written once from now on
				}
				long position = existing != null ? existing.order() : tree.nextOrder();
				tree.put(new Node(path, EntryKind.DIRECTORY, true, 0, 0, mtime, dos,
						new Node.Stored(state, entry, path, mtime), 0, position));
			} else {
				if (existing != null) {
					throw conflict(archive, name, existing.isDirectory() ? "'" + path + "' is a file and a folder"
							: "the name occurs twice");
				}
				EntryKind kind = entry.isUnixSymlink() ? EntryKind.SYMLINK : EntryKind.FILE;
				tree.put(new Node(path, kind, false, Math.max(0, entry.getSize()), entry.getCrc(), mtime, dos,
						new Node.Stored(state, entry, path, mtime), WriteToken.of(entry), tree.nextOrder()));
			}
		}
		return tree;
	}

	private static ConnectorException conflict(Path archive, String name, String why) {
		return new ConnectorException(Reason.FATAL, null, "Refusing to open '" + archive + "': entry '"
				+ EntryNames.printable(name) + "' is ambiguous (" + why + ")");
	}

	/** Whether the entry carries a UTC time (extended timestamp or NTFS field), not only the DOS time. */
	static boolean hasExactTime(ZipArchiveEntry entry) {
		return exactTime(entry) != null;
	}

	private static Instant exactTime(ZipArchiveEntry entry) {
		ZipExtraField x = entry.getExtraField(X5455_ExtendedTimestamp.HEADER_ID);
		if (x instanceof X5455_ExtendedTimestamp ts && ts.isBit0_modifyTimePresent() && ts.getModifyFileTime() != null) {
			return ts.getModifyFileTime().toInstant();
		}
		ZipExtraField n = entry.getExtraField(X000A_NTFS.HEADER_ID);
		if (n instanceof X000A_NTFS ntfs && ntfs.getModifyFileTime() != null) {
			return ntfs.getModifyFileTime().toInstant();
		}
		return null;
	}

	/**
	 * An entry's modification time: the extended timestamp (or NTFS time) truncated to whole
	 * seconds, else the DOS time (local time, 2 s steps).
	 */
	static Instant mtime(ZipArchiveEntry entry) {
		Instant exact = exactTime(entry);
		if (exact != null) {
			return exact.truncatedTo(ChronoUnit.SECONDS);
		}
		long seconds = Math.floorDiv(entry.getTime(), 1000L);
		return Instant.ofEpochSecond(Math.floorDiv(seconds, 2) * 2);
	}

	/**
	 * Opens an entry's content, decompressed or raw. Use only while holding a reference.
	 * Serialized per archive: Commons Compress finds an entry's data through the local header the
	 * first time, with the shared channel position and buffers of its ZipFile. Reading the
	 * returned streams needs no lock (positional reads).
	 *
	 * @return the stream, or null when the entry is not of this archive
	 * @throws java.util.zip.ZipException (as IOException) for entries that cannot be decompressed
	 */
	InputStream open(ZipArchiveEntry entry, boolean raw) throws IOException {
		synchronized (zip) {
			if (raw) {
				return zip.getRawInputStream(entry);
			}
			if (!zip.canReadEntryData(entry)) {
				throw new UnreadableEntryException(entry);
			}
			return zip.getInputStream(entry);
		}
	}

	/** An entry that is encrypted or compressed with a method that cannot be read. */
	static final class UnreadableEntryException extends IOException {
		private static final long serialVersionUID = 1L;

		UnreadableEntryException(ZipArchiveEntry entry) {
			super("encrypted or compressed with a method that cannot be read (method " + entry.getMethod() + ")");
		}
	}

	/** Takes a reference; false when the state is closed already (then read the current one). */
	synchronized boolean acquire() {
		if (closed) {
			return false;
		}
		refs++;
		return true;
	}

	/** Lets go of a reference; the last one closes the file. */
	void release() {
		ZipFile toClose = null;
		synchronized (this) {
			if (closed) {
				return;
			}
			if (--refs == 0) {
				closed = true;
				toClose = zip;
			}
		}
		if (toClose != null) {
			try {
				toClose.close();
			} catch (IOException e) {
				// nothing to lose: it was only read
			}
		}
	}
}
