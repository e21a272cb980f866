package org.karma.engine;

import java.util.Objects;

/**
 * The last synced state of one path: each side's own state right after the path was last made
 * equal on both sides (the sides may differ in mtime precision and version tokens).
 */
public record BaseEntry(FileState left, FileState right) {

	public BaseEntry {
		Objects.requireNonNull(left);
		Objects.requireNonNull(right);
	}

	public FileState side(Side side) {
		return side == Side.LEFT ? left : right;
	}
}
