package org.karma.connector.local.internal;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the "check the precondition, then rename into place" step of writes, deletes and
 * renames to the same path by every local connection of this JVM (two connections to one folder
 * share it, because both use the folder's real path). Without it, two writers holding the same
 * version could both pass the check and both rename: the second would silently replace the first.
 *
 * <p>Deliberately a static: the guarantee must hold across connections, and the locks are striped
 * so the table never grows. Other programs do not take these locks; against them the step remains
 * a check followed by a rename (microseconds apart).
 */
final class CommitLocks {

	private static final ReentrantLock[] STRIPES = new ReentrantLock[256];

	static {
		for (int i = 0; i < STRIPES.length; i++) {
			STRIPES[i] = new ReentrantLock();
		}
	}

	private CommitLocks() {
	}

	/** The lock guarding commits to {@code target} (an absolute path). */
	static ReentrantLock of(Path target) {
		return STRIPES[Math.floorMod(target.toString().hashCode() * 0x9E3779B9, STRIPES.length)];
	}
}
