package org.karma.engine;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;

import org.karma.connector.api.RelPath;

/**
 * The last synced state of every path of a pair of endpoints. Empty on the first run (or after
 * the store was lost: the planner then compares both sides and never lets one side win).
 */
public final class BaseState {

	/** No base: a first run. */
	public static final BaseState EMPTY = new BaseState(Map.of());

	private final NavigableMap<RelPath, BaseEntry> entries;

	public BaseState(Map<RelPath, BaseEntry> entries) {
		this.entries = Collections.unmodifiableNavigableMap(SortedTrees.of(entries));
	}

	public NavigableMap<RelPath, BaseEntry> entries() {
		return entries;
	}

	public BaseEntry get(RelPath path) {
		return entries.get(path);
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** Files the base says a side had. */
	public long fileCount(Side side) {
		return entries.values().stream().filter(e -> e.side(side).isFile()).count();
	}
}
