package org.karma.engine;

/** How one side's path changed since the base. */
public enum Change {
	/** Same as at the last sync (or absent then and now). */
	UNCHANGED,
	/** Exists now, did not at the last sync. */
	ADDED,
	/** Exists now and then, but differs (content, size, time beyond the tolerance, or kind). */
	MODIFIED,
	/** Existed at the last sync, gone now. */
	DELETED
}
