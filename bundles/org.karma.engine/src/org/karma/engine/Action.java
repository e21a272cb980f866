package org.karma.engine;

/** What the executor does for one path. */
public enum Action {
	/** Both sides are in sync; nothing to do. */
	NOTHING,
	/** Make the right path what the left one is (copy the file, or create the folder). */
	COPY_LEFT_TO_RIGHT,
	/** Make the left path what the right one is. */
	COPY_RIGHT_TO_LEFT,
	/** Delete the left path (after archiving it as a version). */
	DELETE_LEFT,
	/** Delete the right path (after archiving it as a version). */
	DELETE_RIGHT,
	/** Both sides already agree (e.g. both changed to the same content): only the base is updated. */
	UPDATE_BASE,
	/** Both sides deleted the path: only the base entry is removed. */
	FORGET_BASE,
	/**
	 * Keep both versions: the right version is kept under a conflict name on both sides, the left
	 * one under the original name on both sides.
	 */
	KEEP_BOTH,
	/** A conflict left as it is and reported. */
	SKIP
}
