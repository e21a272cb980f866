package org.karma.connector.local.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;

import org.karma.connector.api.EntryKind;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;

/**
 * What one stat call tells about a path, and the {@link Entry} made of it.
 *
 * <p>The version token is {@code size:mtime:device.inode:ctime} (full nanoseconds), so a rewrite
 * (new inode), a change in place (size, mtime, ctime) and a metadata change (ctime) all change
 * it. Times come from the kernel's coarse clock (a few milliseconds), so two changes in place of
 * the same size by another program within one clock tick can keep the token; KARMA's own writes
 * always make a new inode.
 *
 * @param kind  from the stat (the link itself unless followed)
 * @param size  bytes (for a link not followed: the length of its target text)
 * @param mtime modification time, full precision
 * @param ctime status change time, or null where the file system view has none
 * @param key   device and inode (or the platform's file key), or null
 * @param link  when a final link was followed to get this: the link itself; else null
 */
record FileInfo(EntryKind kind, long size, FileTime mtime, FileTime ctime, Object key, FileInfo link) {

	private static final LinkOption[] NOFOLLOW = { LinkOption.NOFOLLOW_LINKS };
	private static final LinkOption[] FOLLOW = {};
	private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino,isDirectory,isRegularFile,isSymbolicLink";

	/**
	 * Stats a path.
	 *
	 * @param follow   follow a final symbolic link (a dangling or looping link is then reported as a
	 *                 link); costs a second system call for links only
	 * @param unixView whether the file system has the {@code unix} attribute view (ctime, inode)
	 * @throws NoSuchFileException when nothing is there
	 */
	static FileInfo read(Path path, boolean follow, boolean unixView) throws IOException {
		FileInfo self = readOnce(path, NOFOLLOW, unixView);
		if (!follow || self.kind != EntryKind.SYMLINK) {
			return self;
		}
		try {
			FileInfo target = readOnce(path, FOLLOW, unixView);
			return new FileInfo(target.kind, target.size, target.mtime, target.ctime, target.key, self);
		} catch (IOException e) {
			return self; // dangling or looping: shown as the link it is
		}
	}

	private static FileInfo readOnce(Path path, LinkOption[] options, boolean unixView) throws IOException {
		if (unixView) {
			Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, options);
			EntryKind kind = Boolean.TRUE.equals(a.get("isRegularFile")) ? EntryKind.FILE
					: Boolean.TRUE.equals(a.get("isDirectory")) ? EntryKind.DIRECTORY
							: Boolean.TRUE.equals(a.get("isSymbolicLink")) ? EntryKind.SYMLINK : EntryKind.OTHER;
			return new FileInfo(kind, (Long) a.get("size"), (FileTime) a.get("lastModifiedTime"), (FileTime) a.get("ctime"),
					a.get("dev") + "." + a.get("ino"), null);
		}
		BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, options);
		EntryKind kind = a.isRegularFile() ? EntryKind.FILE
				: a.isDirectory() ? EntryKind.DIRECTORY : a.isSymbolicLink() ? EntryKind.SYMLINK : EntryKind.OTHER;
		return new FileInfo(kind, a.size(), a.lastModifiedTime(), null, a.fileKey(), null);
	}

	/** The opaque version token (see the class comment). */
	String version() {
		StringBuilder b = new StringBuilder();
		b.append(size).append(':').append(stamp(mtime)).append(':').append(key == null ? "-" : key).append(':')
				.append(ctime == null ? "-" : stamp(ctime));
		return b.toString();
	}

	private static String stamp(FileTime t) {
		java.time.Instant i = t.toInstant();
		return i.getEpochSecond() + "." + i.getNano();
	}

	/** The entry for users: size 0 for folders, mtime truncated to the connection's precision. */
	Entry toEntry(RelPath path, Duration precision) {
		long shownSize = kind == EntryKind.DIRECTORY ? 0 : size;
		return new Entry(path, kind, shownSize, Precision.truncate(mtime.toInstant(), precision), Map.of(), version());
	}
}
