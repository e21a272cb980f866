package org.karma.connector.api;

import java.util.Objects;

/**
 * A condition checked atomically with a write or delete (as far as the protocol allows; a
 * connection that can only check-then-act states so in its documentation).
 */
public sealed interface Precondition {

	/** No condition. */
	Precondition NONE = new None();

	/** Only if nothing exists at the path. */
	Precondition ABSENT = new Absent();

	/** Only if the entry still has this {@link Entry#version()}. */
	static Precondition unchanged(String version) {
		return new Unchanged(Objects.requireNonNull(version));
	}

	record None() implements Precondition {
	}

	record Absent() implements Precondition {
	}

	record Unchanged(String version) implements Precondition {
	}
}
