package org.karma.engine;

/** Why an item is a conflict (NONE when it is not). */
public enum ConflictKind {
	NONE,
	/** Both sides changed the content differently. */
	BOTH_MODIFIED,
	/** One side changed the file, the other deleted it. */
	MODIFIED_DELETED,
	/** Both sides have the path without a base (first run) and they differ. */
	BOTH_ADDED,
	/** A file on one side, a folder on the other. */
	KIND_MISMATCH,
	/** Two names that the other side cannot keep apart (case, Unicode normalization). */
	NAME_COLLISION,
	/** MIRROR/UPDATE: the destination changed since the last sync. */
	TARGET_CHANGED,
	/** Both sides changed to the same content: not a real conflict (only the base is updated). */
	PSEUDO
}
