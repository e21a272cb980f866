package org.karma.engine;

import java.util.Objects;

import org.karma.connector.api.RelPath;

/**
 * One path of a plan: how each side changed, what will be done and why.
 *
 * @param left   the left state seen by the scan, or null
 * @param right  the right state seen by the scan, or null
 * @param base   the base entry, or null
 * @param reason one sentence for users
 */
public record PlanItem(RelPath path, Change leftChange, Change rightChange, Action action, ConflictKind conflict,
		String reason, FileState left, FileState right, BaseEntry base) {

	public PlanItem {
		Objects.requireNonNull(path);
		Objects.requireNonNull(leftChange);
		Objects.requireNonNull(rightChange);
		Objects.requireNonNull(action);
		Objects.requireNonNull(conflict);
		Objects.requireNonNull(reason);
	}

	public boolean isConflict() {
		return conflict != ConflictKind.NONE && conflict != ConflictKind.PSEUDO;
	}

	/** Whether executing the item changes an endpoint (not just the base). */
	public boolean changesEndpoints() {
		return switch (action) {
		case COPY_LEFT_TO_RIGHT, COPY_RIGHT_TO_LEFT, DELETE_LEFT, DELETE_RIGHT, KEEP_BOTH -> true;
		default -> false;
		};
	}
}
