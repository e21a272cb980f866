package org.karma.core.history;

/** The totals of a run. All counts are zero or more. */
public record Counts(int created, int updated, int deleted, int conflicts, int errors) {

	/** No items. */
	public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

	public Counts {
		if (created < 0 || updated < 0 || deleted < 0 || conflicts < 0 || errors < 0) {
			throw new IllegalArgumentException("counts must not be negative: " + created + "/" + updated + "/"
					+ deleted + "/" + conflicts + "/" + errors);
		}
	}
}
