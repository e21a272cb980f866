package org.karma.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.karma.connector.api.RelPath;
import org.karma.engine.Action;
import org.karma.engine.FileState;
import org.karma.engine.Plan;
import org.karma.engine.PlanItem;

/**
 * What a user may change in a previewed plan before applying it: a file item may be skipped, or
 * copied from a side where the file exists (left → right or right → left) instead of what the
 * planner chose. Everything else stays as planned; {@link SyncOperation#approving} then applies
 * the changed plan exactly, if the endpoints are still as the preview saw them.
 */
public final class PlanOverrides {

	private PlanOverrides() {
	}

	/** Whether {@code action} may replace the planned action of {@code item}. */
	public static boolean allowed(PlanItem item, Action action) {
		if (action == item.action()) {
			return true;
		}
		if (!isFile(item.left()) && !isFile(item.right())) {
			return false; // folders keep their planned action (their content depends on it)
		}
		return switch (action) {
		case SKIP -> true;
		case COPY_LEFT_TO_RIGHT -> isFile(item.left()) && !isDirectory(item.right());
		case COPY_RIGHT_TO_LEFT -> isFile(item.right()) && !isDirectory(item.left());
		case KEEP_BOTH -> isFile(item.left()) && isFile(item.right());
		default -> false;
		};
	}

	private static boolean isFile(FileState state) {
		return state != null && state.isFile();
	}

	private static boolean isDirectory(FileState state) {
		return state != null && state.isDirectory();
	}

	/** The item with the user's action instead of the planned one. */
	public static PlanItem override(PlanItem item, Action action) {
		if (!allowed(item, action)) {
			throw new IllegalArgumentException(item.path() + ": " + action + " is not possible here");
		}
		if (action == item.action()) {
			return item;
		}
		String reason = switch (action) {
		case SKIP -> "skipped by the user (planned: " + item.reason() + ")";
		case COPY_LEFT_TO_RIGHT -> "left copied to the right, as the user chose (planned: " + item.reason() + ")";
		case KEEP_BOTH -> "both kept, as the user chose: the right one under a conflict name (planned: " + item.reason()
				+ ")";
		default -> "right copied to the left, as the user chose (planned: " + item.reason() + ")";
		};
		return new PlanItem(item.path(), item.leftChange(), item.rightChange(), action, item.conflict(), reason,
				item.left(), item.right(), item.base());
	}

	/** The plan with the user's actions for the given paths (other items as planned). */
	public static Plan apply(Plan plan, Map<RelPath, Action> overrides) {
		List<PlanItem> items = new ArrayList<>(plan.items().size());
		for (PlanItem item : plan.items()) {
			Action action = overrides.get(item.path());
			items.add(action == null ? item : override(item, action));
		}
		return new Plan(items, plan.abort());
	}

	/**
	 * Whether {@code approved} is {@code fresh} (a plan of the same endpoints computed now) with at
	 * most allowed overrides: the same items, each seeing the same states on both sides and in the
	 * base.
	 */
	static boolean sameStates(Plan fresh, Plan approved) {
		if (fresh.items().size() != approved.items().size() || fresh.isAborted() != approved.isAborted()) {
			return false;
		}
		for (int i = 0; i < fresh.items().size(); i++) {
			PlanItem now = fresh.items().get(i);
			PlanItem shown = approved.items().get(i);
			if (!now.path().equals(shown.path()) || now.leftChange() != shown.leftChange()
					|| now.rightChange() != shown.rightChange() || !Objects.equals(now.left(), shown.left())
					|| !Objects.equals(now.right(), shown.right()) || !Objects.equals(now.base(), shown.base())
					|| !(now.action() == shown.action() ? now.equals(shown) : allowed(now, shown.action()))) {
				return false;
			}
		}
		return true;
	}
}
