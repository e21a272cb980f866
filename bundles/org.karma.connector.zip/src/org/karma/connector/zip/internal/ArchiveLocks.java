package org.karma.connector.zip.internal;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per archive file for this process: connections to the same archive commit one after
 * the other. This is process-wide state on purpose (a file is a process-wide resource); another
 * process is detected by the identity check before the rename instead.
 */
final class ArchiveLocks {

	private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

	private ArchiveLocks() {
	}

	/** The lock of an archive, by its real (absolute, normalized, links resolved) path. */
	static ReentrantLock of(Path archive) {
		return LOCKS.computeIfAbsent(archive, p -> new ReentrantLock());
	}
}
