package org.karma.core.history;

/** What became of one item of a run. */
public enum ItemResult {
	/** The action was carried out. */
	DONE,
	/** Dry run: the action was only planned. */
	PLANNED,
	/** Not acted on (re-check found it changed, or nothing to do). */
	SKIPPED,
	/** The action failed; {@link Item#error()} says why. */
	FAILED
}
