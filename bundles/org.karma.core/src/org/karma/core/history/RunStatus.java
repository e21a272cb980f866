package org.karma.core.history;

/** How a run ended, or that it is still going. */
public enum RunStatus {
	/** Every item was done. */
	OK,
	/** Some items failed; the others were done. */
	PARTIAL,
	/** Done, but conflicts were left for the user. */
	CONFLICTS,
	/** Stopped by an error, or the process died ({@link Run#note()} says "interrupted"). */
	ABORTED,
	/** Stopped by the user. */
	CANCELLED,
	/** Still going (its process is alive). */
	RUNNING
}
