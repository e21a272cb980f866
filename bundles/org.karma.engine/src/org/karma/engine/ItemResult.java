package org.karma.engine;

/** What happened to one plan item. */
public record ItemResult(PlanItem item, Outcome outcome, long bytes, String message) {

	/** The outcome of an item. */
	public enum Outcome {
		/** Applied and verified; the base records it. */
		DONE,
		/** Nothing to do on the endpoints (base updated, or nothing at all). */
		UNCHANGED,
		/** A conflict left in place (policy skip, or a change seen just before acting). */
		CONFLICT,
		/** Not a conflict, but left as it is because the user chose Skip; the base is unchanged. */
		SKIPPED,
		/** Failed; nothing of it is visible and the base is unchanged. */
		FAILED,
		/** Not run: the run was cancelled, or deletes were held back after errors. */
		NOT_RUN
	}
}
