package org.karma.engine;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.karma.connector.api.RelPath;

/**
 * One side as scanned: every included path (files and directories, the root excluded) and its
 * state, sorted by path. {@code rootExists} is false when the endpoint's root folder was missing —
 * which the planner treats as "unmounted", never as "everything deleted".
 */
public final class Snapshot {

	private final NavigableMap<RelPath, FileState> entries;
	private final boolean rootExists;

	public Snapshot(Map<RelPath, FileState> entries, boolean rootExists) {
		this.entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
		this.rootExists = rootExists;
	}

	/** A snapshot of an endpoint whose root does not exist. */
	public static Snapshot missingRoot() {
		return new Snapshot(Map.of(), false);
	}

	public NavigableMap<RelPath, FileState> entries() {
		return entries;
	}

	public FileState get(RelPath path) {
		return entries.get(path);
	}

	public boolean rootExists() {
		return rootExists;
	}

	/** Number of files (directories not counted). */
	public long fileCount() {
		return entries.values().stream().filter(FileState::isFile).count();
	}
}
