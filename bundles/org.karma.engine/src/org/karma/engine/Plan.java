package org.karma.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable result of planning: one item per path that takes part (in path order), or an
 * abort that forbids executing anything.
 */
public record Plan(List<PlanItem> items, Optional<Abort> abort) {

	/** Why a plan must not be executed. */
	public record Abort(Kind kind, Side side, String message) {
		public enum Kind {
			/** More deletions than the profile's delete guard allows. */
			DELETE_GUARD,
			/** A root is missing, or empty while the base says it held files (an unmounted disk?). */
			ROOT_VANISHED
		}
	}

	public Plan {
		items = List.copyOf(items);
	}

	public boolean isAborted() {
		return abort.isPresent();
	}

	/** Number of items per action. */
	public Map<Action, Integer> counts() {
		Map<Action, Integer> counts = new EnumMap<>(Action.class);
		for (PlanItem item : items) {
			counts.merge(item.action(), 1, Integer::sum);
		}
		return counts;
	}

	public long conflicts() {
		return items.stream().filter(PlanItem::isConflict).count();
	}
}
