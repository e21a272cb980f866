package org.karma.ui.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.karma.engine.Plan;
import org.karma.engine.PlanItem;

/**
 * A plan as the preview shows it: the items that act on something, grouped by folder, filtered by
 * Team's modes, with counts per kind. Built once per plan and mode; the tree reads it lazily.
 */
public final class PlanTree {

	/** Team's synchronize modes. */
	public enum Mode {
		BOTH("Both"), INCOMING("Incoming"), OUTGOING("Outgoing"), CONFLICTS("Conflicts");

		public final String label;

		Mode(String label) {
			this.label = label;
		}
	}

	/** What an item does, as the preview counts it. */
	public enum Kind {
		COPY_TO_RIGHT("copy →"), COPY_TO_LEFT("copy ←"), DELETE("delete"), CONFLICT("conflict"), SKIP("skip");

		public final String label;

		Kind(String label) {
			this.label = label;
		}
	}

	/** A folder of the plan and its items (direct children only). */
	public record Folder(String path, List<PlanItem> items) {
		@Override
		public String toString() {
			return path.isEmpty() ? "/" : path;
		}
	}

	private final List<Folder> folders;
	private final Map<PlanItem, Folder> parents = new HashMap<>();
	private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

	public PlanTree(Plan plan, Mode mode) {
		TreeMap<String, List<PlanItem>> byFolder = new TreeMap<>();
		for (Kind kind : Kind.values()) {
			counts.put(kind, 0);
		}
		for (PlanItem item : plan.items()) {
			Kind kind = kindOf(item);
			if (kind == null) {
				continue;
			}
			counts.merge(kind, 1, Integer::sum);
			if (shows(mode, item, kind)) {
				byFolder.computeIfAbsent(item.path().parent().toString(), f -> new ArrayList<>()).add(item);
			}
		}
		folders = new ArrayList<>(byFolder.size());
		byFolder.forEach((path, items) -> {
			Folder folder = new Folder(path, List.copyOf(items));
			folders.add(folder);
			for (PlanItem item : items) {
				parents.put(item, folder);
			}
		});
	}

	/** The kind of an item, or null when it changes nothing on the endpoints and is no conflict. */
	public static Kind kindOf(PlanItem item) {
		if (item.isConflict()) {
			return Kind.CONFLICT;
		}
		return switch (item.action()) {
		case COPY_LEFT_TO_RIGHT -> Kind.COPY_TO_RIGHT;
		case COPY_RIGHT_TO_LEFT -> Kind.COPY_TO_LEFT;
		case DELETE_LEFT, DELETE_RIGHT -> Kind.DELETE;
		case KEEP_BOTH -> Kind.CONFLICT;
		case SKIP -> Kind.SKIP;
		default -> null;
		};
	}

	private static boolean shows(Mode mode, PlanItem item, Kind kind) {
		return switch (mode) {
		case BOTH -> true;
		case CONFLICTS -> kind == Kind.CONFLICT;
		case OUTGOING -> item.action() == org.karma.engine.Action.COPY_LEFT_TO_RIGHT
				|| item.action() == org.karma.engine.Action.DELETE_RIGHT;
		case INCOMING -> item.action() == org.karma.engine.Action.COPY_RIGHT_TO_LEFT
				|| item.action() == org.karma.engine.Action.DELETE_LEFT;
		};
	}

	public List<Folder> folders() {
		return folders;
	}

	public Folder parentOf(PlanItem item) {
		return parents.get(item);
	}

	/** Items per kind in the whole plan (whatever the mode). */
	public Map<Kind, Integer> counts() {
		return counts;
	}

	/** The number of items the mode shows. */
	public int shown() {
		return parents.size();
	}

	/** The counts as one line, e.g. {@code copy →: 3   copy ←: 0   delete: 1   conflict: 0} (skips only when there are). */
	public String countsText() {
		StringBuilder b = new StringBuilder();
		counts.forEach((kind, n) -> {
			if (kind != Kind.SKIP || n > 0) {
				b.append(b.length() == 0 ? "" : "   ").append(kind.label).append(": ").append(n);
			}
		});
		return b.toString();
	}
}
