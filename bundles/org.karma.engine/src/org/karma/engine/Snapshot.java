package org.karma.engine;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.karma.connector.api.RelPath;

/**
 * One side as scanned: every included path (files and directories, the root excluded) and its
 * state, sorted by path. {@code rootExists} is false when the endpoint's root folder was missing —
 * which the planner treats as "unmounted", never as "everything deleted". {@code problems} are
 * paths the scan could not read: what lies below an unreadable folder is unknown, and the planner
 * leaves it alone.
 */
public final class Snapshot {

	private final NavigableMap<RelPath, FileState> entries;
	private final boolean rootExists;
	private final List<ScanProblem> problems;

	public Snapshot(Map<RelPath, FileState> entries, boolean rootExists) {
		this(entries, rootExists, List.of());
	}

	public Snapshot(Map<RelPath, FileState> entries, boolean rootExists, List<ScanProblem> problems) {
		this.entries = Collections.unmodifiableNavigableMap(SortedTrees.of(entries));
		this.rootExists = rootExists;
		this.problems = List.copyOf(problems);
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

	/** Paths the scan could not read, sorted by path. */
	public List<ScanProblem> problems() {
		return problems;
	}

	/** Whether the path lies strictly below a path the scan could not read (its state is unknown). */
	public boolean isUnknown(RelPath path) {
		for (ScanProblem problem : problems) {
			if (path.depth() > problem.path().depth() && path.startsWith(problem.path())) {
				return true;
			}
		}
		return false;
	}

	/** Number of files (directories not counted). */
	public long fileCount() {
		return entries.values().stream().filter(FileState::isFile).count();
	}
}
