package org.karma.connector.gdrive.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutual exclusion per Drive name ({@code parentId/name}) for every connection of one factory.
 * Drive has no conditional write and allows duplicate names, so "only if absent", "only if
 * unchanged" and mkdir are check-then-act; inside one KARMA process this lock makes them atomic.
 * Other Drive clients are not excluded (documented in docs/connectors/gdrive.md).
 */
final class KeyLocks {
	private final Map<String, Held> held = new HashMap<>();

	private static final class Held {
		final ReentrantLock lock = new ReentrantLock();
		int users;
	}

	/** A taken lock; close releases it. */
	interface Lease extends AutoCloseable {
		@Override
		void close();
	}

	Lease lock(String key) {
		Held h;
		synchronized (held) {
			h = held.computeIfAbsent(key, k -> new Held());
			h.users++;
		}
		h.lock.lock();
		return () -> {
			h.lock.unlock();
			synchronized (held) {
				if (--h.users == 0) {
					held.remove(key);
				}
			}
		};
	}

	/** Two locks in a fixed order (no deadlock between two renames in opposite directions). */
	Lease lock(String a, String b) {
		if (a.equals(b)) {
			return lock(a);
		}
		String first = a.compareTo(b) < 0 ? a : b;
		String second = first == a ? b : a;
		Lease one = lock(first);
		Lease two = lock(second);
		return () -> {
			two.close();
			one.close();
		};
	}
}
