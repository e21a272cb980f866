package org.karma.connector.zip.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What identifies one state of the archive file on disk: file key (device and inode), size and
 * modification time. Every commit renames a new file over the archive, so the file key changes
 * with every rewrite, whoever made it.
 */
record Identity(Object fileKey, long size, long mtimeNanos) {

	/** The archive file does not exist. */
	static final Identity ABSENT = new Identity("absent", -1, -1);

	static Identity of(Path archive) throws IOException {
		try {
			BasicFileAttributes a = Files.readAttributes(archive, BasicFileAttributes.class);
			return new Identity(a.fileKey(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
		} catch (NoSuchFileException e) {
			return ABSENT;
		}
	}
}
