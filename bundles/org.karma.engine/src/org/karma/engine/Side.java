package org.karma.engine;

/** The two ends of a sync. */
public enum Side {
	LEFT, RIGHT;

	public Side other() {
		return this == LEFT ? RIGHT : LEFT;
	}

	public String label() {
		return this == LEFT ? "left" : "right";
	}
}
