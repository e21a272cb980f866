package org.karma.engine;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.ConflictPolicy;

/**
 * Plans a sync: a pure function of the base state, both snapshots and the settings. It never
 * touches an endpoint and returns an immutable {@link Plan}; the same input always gives the same
 * plan.
 *
 * <p>Semantics (Eclipse Team's vocabulary): each side's change is found by comparing it with the
 * base; TWO_WAY propagates one-sided changes and resolves two-sided ones by the conflict policy
 * (changes to the same content are pseudo-conflicts: only the base is updated); MIRROR makes the
 * right side an exact copy of the left; UPDATE copies new and changed files from left to right
 * and never deletes. Without a base (first run, or a lost state store) nothing is ever deleted:
 * one-sided paths are copied, equal paths are in sync, differing paths are conflicts (MIRROR:
 * the left wins, the right version is archived).
 *
 * <p>Safety: a missing root, or a root that is empty while the base says it held files, aborts
 * the plan (an unmounted disk is never read as "everything deleted"); deleting more than the
 * delete-guard percentage of a side's files (sides of 10 files or more) aborts unless forced.
 */
public final class Planner {

	private final PlanSettings settings;
	private final Set<RelPath> contentDiffers;

	public Planner(PlanSettings settings) {
		this(settings, Set.of());
	}

	/**
	 * @param contentDiffers paths whose two sides were read and found to differ although their size
	 *                       and time match ({@link #unconfirmedPseudoConflicts}): planned as conflicts
	 */
	public Planner(PlanSettings settings, Set<RelPath> contentDiffers) {
		this.settings = settings;
		this.contentDiffers = Set.copyOf(contentDiffers);
	}

	/** Plans with these settings, knowing that these paths' contents differ. */
	public static Plan plan(BaseState base, Snapshot left, Snapshot right, PlanSettings settings,
			Set<RelPath> contentDiffers) {
		return new Planner(settings, contentDiffers).plan(base, left, right);
	}

	/**
	 * The files the plan takes as "changed the same way on both sides" on the strength of size and
	 * time alone (no hashes of both sides that match). Two edits of the same size within the time
	 * tolerance look alike without being alike, and taking them as in sync would hide that the
	 * sides differ: the caller compares their contents and plans again with the ones that differ.
	 */
	public static List<RelPath> unconfirmedPseudoConflicts(Plan plan) {
		List<RelPath> paths = new ArrayList<>();
		for (PlanItem item : plan.items()) {
			if (item.conflict() == ConflictKind.PSEUDO && item.left() != null && item.right() != null
					&& item.left().isFile() && item.right().isFile() && item.left().size() > 0
					&& (item.left().hash() == null || !item.left().hash().equals(item.right().hash()))) {
				paths.add(item.path());
			}
		}
		return paths;
	}

	/** Plans with these settings. */
	public static Plan plan(BaseState base, Snapshot left, Snapshot right, PlanSettings settings) {
		return new Planner(settings).plan(base, left, right);
	}

	public Plan plan(BaseState base, Snapshot left, Snapshot right) {
		Optional<Plan.Abort> vanished = rootCheck(base, left, Side.LEFT).or(() -> rootCheck(base, right, Side.RIGHT));
		if (vanished.isPresent()) {
			return new Plan(List.of(), vanished);
		}
		TreeMap<RelPath, PlanItem> items = new TreeMap<>();
		boolean unknowns = !left.problems().isEmpty() || !right.problems().isEmpty();
		// one merge over the three sorted maps: every path once, in order, without lookups
		Cursor<BaseEntry> b = new Cursor<>(base.entries());
		Cursor<FileState> l = new Cursor<>(left.entries());
		Cursor<FileState> r = new Cursor<>(right.entries());
		while (true) {
			RelPath path = min(min(b.path(), l.path()), r.path());
			if (path == null) {
				break;
			}
			BaseEntry be = b.take(path);
			FileState ls = l.take(path);
			FileState rs = r.take(path);
			if (!settings.takesPart(path) || unknowns && (left.isUnknown(path) || right.isUnknown(path))) {
				continue; // below a folder one side could not read: unknown, not deleted
			}
			items.put(path, item(path, be, ls, rs));
		}
		keepFoldersThatStillHoldSomething(items);
		skipWhatWouldLandBelowAFile(items);
		markNameCollisions(items);
		List<PlanItem> list = new ArrayList<>(items.values());
		Optional<Plan.Abort> guard = deleteGuard(list, left, Side.LEFT).or(() -> deleteGuard(list, right, Side.RIGHT));
		return new Plan(list, guard);
	}

	private static RelPath min(RelPath a, RelPath b) {
		return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
	}

	/** Walks a sorted map once; {@link #take} returns the value at a path and moves on, or null. */
	private static final class Cursor<V> {
		private final java.util.Iterator<Map.Entry<RelPath, V>> iterator;
		private Map.Entry<RelPath, V> current;

		Cursor(java.util.SortedMap<RelPath, V> map) {
			iterator = map.entrySet().iterator();
			current = iterator.hasNext() ? iterator.next() : null;
		}

		RelPath path() {
			return current == null ? null : current.getKey();
		}

		V take(RelPath path) {
			if (current == null || !current.getKey().equals(path)) {
				return null;
			}
			V value = current.getValue();
			current = iterator.hasNext() ? iterator.next() : null;
			return value;
		}
	}

	// ------------------------------------------------------------------ safety

	private Optional<Plan.Abort> rootCheck(BaseState base, Snapshot snapshot, Side side) {
		if (!snapshot.rootExists()) {
			return Optional.of(new Plan.Abort(Plan.Abort.Kind.ROOT_VANISHED, side,
					"the " + side.label() + " folder does not exist (not mounted?); nothing was changed"));
		}
		long had = base.fileCount(side);
		if (had > 0 && snapshot.fileCount() == 0 && !settings.force()) {
			return Optional.of(new Plan.Abort(Plan.Abort.Kind.ROOT_VANISHED, side, "the " + side.label()
					+ " side is empty but held " + had + " files at the last sync (not mounted?); nothing was changed;"
					+ " use --force if the files were really deleted"));
		}
		return Optional.empty();
	}

	private Optional<Plan.Abort> deleteGuard(List<PlanItem> items, Snapshot snapshot, Side side) {
		long files = snapshot.fileCount();
		if (settings.force() || files < 10) {
			return Optional.empty();
		}
		Action delete = side == Side.LEFT ? Action.DELETE_LEFT : Action.DELETE_RIGHT;
		long deletes = items.stream()
				.filter(i -> i.action() == delete && state(i, side) != null && state(i, side).isFile()).count();
		if (deletes * 100 > (long) settings.deleteGuardPercent() * files) {
			return Optional.of(new Plan.Abort(Plan.Abort.Kind.DELETE_GUARD, side,
					"the run would delete " + deletes + " of " + files + " files on the " + side.label() + " side (more than "
							+ settings.deleteGuardPercent() + " %); nothing was changed; use --force if this is intended"));
		}
		return Optional.empty();
	}

	private static FileState state(PlanItem item, Side side) {
		return side == Side.LEFT ? item.left() : item.right();
	}

	// ------------------------------------------------------------------ comparing

	private Change change(FileState before, FileState now) {
		if (before == null) {
			return now == null ? Change.UNCHANGED : Change.ADDED;
		}
		if (now == null) {
			return Change.DELETED;
		}
		if (before.kind() != now.kind()) {
			return Change.MODIFIED;
		}
		if (!now.isFile()) {
			return Change.UNCHANGED;
		}
		if (before.size() != now.size()) {
			return Change.MODIFIED;
		}
		if (settings.method() == ComparisonMethod.CHECKSUM && before.hash() != null && now.hash() != null) {
			return before.hash().equals(now.hash()) ? Change.UNCHANGED : Change.MODIFIED;
		}
		if (settings.method() != ComparisonMethod.SIZE_ONLY && !sameTime(before, now)) {
			return Change.MODIFIED;
		}
		return Change.UNCHANGED;
	}

	/**
	 * Whether a path's time on one side is what it was at the last sync. The tolerance is for
	 * endpoints whose times are coarse or drift; when the endpoint's version token changed too (an
	 * inode's change time, an object's version), the times must be exactly equal, so that a
	 * same-size edit within the tolerance of the last sync is not missed.
	 */
	private boolean sameTime(FileState before, FileState now) {
		boolean tokenChanged = !before.version().isEmpty() && !now.version().isEmpty()
				&& !before.version().equals(now.version());
		if (tokenChanged) {
			return before.mtime() == null ? now.mtime() == null : before.mtime().equals(now.mtime());
		}
		return close(before.mtime(), now.mtime(), Duration.ZERO);
	}

	/**
	 * Whether a side's file changed since the last sync in a way that only its version token shows
	 * (same size, time within the tolerance): then its likeness to the other side by size and time
	 * proves nothing, and it is copied rather than taken as equal.
	 */
	private boolean subtlyChanged(BaseEntry base, Side side, FileState now) {
		FileState before = base == null ? null : base.side(side);
		return before != null && now != null && before.isFile() && now.isFile() && before.size() == now.size()
				&& settings.method() == ComparisonMethod.TIME_AND_SIZE && change(before, now) == Change.MODIFIED
				&& close(before.mtime(), now.mtime(), Duration.ZERO);
	}

	/**
	 * Whether neither side changed since the last sync. Every base entry records a pair known to be
	 * equal (a completed copy, or a pair found in sync), so such a pair is still in sync even when
	 * the two sides' times differ: an endpoint that cannot set modification times (vsftpd has no
	 * MFMT) keeps the upload time, and comparing the sides would copy everything on every run.
	 */
	private boolean unchangedSinceSync(BaseEntry base, FileState left, FileState right, Change lc, Change rc) {
		return base != null && left != null && right != null && lc == Change.UNCHANGED && rc == Change.UNCHANGED
				&& !subtlyChanged(base, Side.LEFT, left) && !subtlyChanged(base, Side.RIGHT, right);
	}

	/** Whether a left state and a right state hold the same thing. */
	private boolean same(FileState left, FileState right) {
		if (left.kind() != right.kind()) {
			return false;
		}
		if (!left.isFile()) {
			return true;
		}
		if (left.size() != right.size()) {
			return false;
		}
		return switch (settings.method()) {
		case SIZE_ONLY -> true;
		case CHECKSUM -> left.hash() != null && right.hash() != null ? left.hash().equals(right.hash())
				: close(left.mtime(), right.mtime(), settings.clockSkew());
		case TIME_AND_SIZE -> close(left.mtime(), right.mtime(), settings.clockSkew());
		};
	}

	private boolean close(Instant left, Instant right, Duration rightSkew) {
		if (left == null || right == null) {
			return left == null && right == null;
		}
		Duration difference = Duration.between(left, right.plus(rightSkew)).abs();
		return difference.compareTo(settings.mtimeTolerance()) <= 0;
	}

	/** Whether the left state is newer than the right one (null: cannot tell). */
	private Boolean leftNewer(FileState left, FileState right) {
		if (left.mtime() == null || right.mtime() == null) {
			return null;
		}
		Instant r = right.mtime().plus(settings.clockSkew());
		if (close(left.mtime(), right.mtime(), settings.clockSkew())) {
			return null;
		}
		return left.mtime().isAfter(r);
	}

	// ------------------------------------------------------------------ per path

	private PlanItem item(RelPath path, BaseEntry base, FileState left, FileState right) {
		Change lc = change(base == null ? null : base.left(), left);
		Change rc = change(base == null ? null : base.right(), right);
		if (special(left) || special(right)) {
			return leftAlone(path, base, left, right, lc, rc);
		}
		return switch (settings.direction()) {
		case TWO_WAY -> twoWay(path, base, left, right, lc, rc);
		case MIRROR -> mirror(path, base, left, right, lc, rc);
		case UPDATE -> update(path, base, left, right, lc, rc);
		};
	}

	/** Neither a file nor a folder: a link, a device, a Google document, a name held twice. */
	private static boolean special(FileState state) {
		return state != null && !state.isFile() && !state.isDirectory();
	}

	/**
	 * A path that is neither a file nor a folder on a side is never read, written or deleted there,
	 * nor on the other side because of it: it is left alone and reported. A name the endpoint
	 * holds more than once in a folder ({@link Entry#DUPLICATE_NAME}) is a name collision (a
	 * conflict the user resolves by renaming); anything else is skipped with its reason.
	 */
	private PlanItem leftAlone(RelPath path, BaseEntry base, FileState left, FileState right, Change lc, Change rc) {
		Side side = special(left) ? Side.LEFT : Side.RIGHT;
		FileState state = side == Side.LEFT ? left : right;
		if (Entry.DUPLICATE_NAME.equals(state.version())) {
			return item(path, lc, rc, Action.SKIP, ConflictKind.NAME_COLLISION, "several items are named '" + path.name()
					+ "' in one folder on the " + side.label()
					+ " side (the endpoint allows that, a file system cannot); neither is synced, rename or remove all but one",
					left, right, base);
		}
		String what = state.kind() == EntryKind.SYMLINK ? "a symbolic link"
				: "neither a file nor a folder (a device, a pipe, a Google document …)";
		return item(path, lc, rc, Action.SKIP, ConflictKind.NONE, what + " on the " + side.label()
				+ " side: not synced, left as it is on both sides", left, right, base);
	}

	private PlanItem item(RelPath path, Change lc, Change rc, Action action, ConflictKind conflict, String reason,
			FileState left, FileState right, BaseEntry base) {
		return new PlanItem(path, lc, rc, action, conflict, reason, left, right, base);
	}

	private PlanItem inSync(RelPath path, Change lc, Change rc, FileState left, FileState right, BaseEntry base,
			ConflictKind conflict, String reason) {
		boolean baseCurrent = base != null && lc == Change.UNCHANGED && rc == Change.UNCHANGED;
		return item(path, lc, rc, baseCurrent ? Action.NOTHING : Action.UPDATE_BASE, conflict, reason, left, right, base);
	}

	private PlanItem twoWay(RelPath path, BaseEntry base, FileState left, FileState right, Change lc, Change rc) {
		if (lc == Change.UNCHANGED && rc == Change.UNCHANGED) {
			if (left == null && right == null) {
				return item(path, lc, rc, Action.FORGET_BASE, ConflictKind.NONE, "gone on both sides", left, right, base);
			}
			if (left != null && right != null && (same(left, right) || unchangedSinceSync(base, left, right, lc, rc))) {
				return inSync(path, lc, rc, left, right, base, ConflictKind.NONE, "in sync");
			}
			// unchanged on both sides but different (a base from an interrupted run): compare afresh
			return conflict(path, base, left, right, lc, rc);
		}
		if (rc == Change.UNCHANGED) {
			return propagate(path, Side.LEFT, base, left, right, lc, rc);
		}
		if (lc == Change.UNCHANGED) {
			return propagate(path, Side.RIGHT, base, left, right, lc, rc);
		}
		if (left == null && right == null) {
			return item(path, lc, rc, Action.FORGET_BASE, ConflictKind.NONE, "deleted on both sides", left, right, base);
		}
		if (left != null && right != null && same(left, right) && !contentDiffers.contains(path)) {
			return base == null
					? inSync(path, lc, rc, left, right, base, ConflictKind.NONE, "identical on both sides")
					: inSync(path, lc, rc, left, right, base, ConflictKind.PSEUDO, "changed the same way on both sides");
		}
		return conflict(path, base, left, right, lc, rc);
	}

	private PlanItem propagate(RelPath path, Side from, BaseEntry base, FileState left, FileState right, Change lc,
			Change rc) {
		FileState source = from == Side.LEFT ? left : right;
		FileState target = from == Side.LEFT ? right : left;
		Change change = from == Side.LEFT ? lc : rc;
		if (source == null) {
			if (target == null) {
				return item(path, lc, rc, Action.FORGET_BASE, ConflictKind.NONE, "gone on both sides", left, right, base);
			}
			return item(path, lc, rc, from == Side.LEFT ? Action.DELETE_RIGHT : Action.DELETE_LEFT, ConflictKind.NONE,
					"deleted on the " + from.label() + " side", left, right, base);
		}
		if (target != null && !subtlyChanged(base, from, source) && same(source, target)) {
			return inSync(path, lc, rc, left, right, base, ConflictKind.NONE, "already equal");
		}
		return item(path, lc, rc, from == Side.LEFT ? Action.COPY_LEFT_TO_RIGHT : Action.COPY_RIGHT_TO_LEFT,
				ConflictKind.NONE, (change == Change.ADDED ? "added" : "modified") + " on the " + from.label() + " side",
				left, right, base);
	}

	private PlanItem conflict(RelPath path, BaseEntry base, FileState left, FileState right, Change lc, Change rc) {
		ConflictKind kind;
		if (left == null || right == null) {
			kind = ConflictKind.MODIFIED_DELETED;
		} else if (left.kind() != right.kind()) {
			kind = ConflictKind.KIND_MISMATCH;
		} else if (base == null) {
			kind = ConflictKind.BOTH_ADDED;
		} else {
			kind = ConflictKind.BOTH_MODIFIED;
		}
		ConflictPolicy policy = settings.conflictPolicy();
		if (policy == ConflictPolicy.SKIP) {
			return item(path, lc, rc, Action.SKIP, kind, describe(kind) + "; left as it is (policy skip)", left, right, base);
		}
		if (kind == ConflictKind.MODIFIED_DELETED) {
			Side kept = left != null ? Side.LEFT : Side.RIGHT;
			boolean deleteWins = policy == (kept == Side.LEFT ? ConflictPolicy.RIGHT_WINS : ConflictPolicy.LEFT_WINS);
			if (deleteWins) {
				return item(path, lc, rc, kept == Side.LEFT ? Action.DELETE_LEFT : Action.DELETE_RIGHT, kind,
						describe(kind) + "; the deletion wins (policy), the edited file is kept in versions", left, right,
						base);
			}
			return item(path, lc, rc, kept == Side.LEFT ? Action.COPY_LEFT_TO_RIGHT : Action.COPY_RIGHT_TO_LEFT, kind,
					describe(kind) + "; the edit is kept", left, right, base);
		}
		Side winner = switch (policy) {
		case LEFT_WINS -> Side.LEFT;
		case RIGHT_WINS -> Side.RIGHT;
		case NEWER_WINS -> {
			Boolean leftNewer = kind == ConflictKind.KIND_MISMATCH ? null : leftNewer(left, right);
			yield leftNewer == null ? null : leftNewer ? Side.LEFT : Side.RIGHT;
		}
		default -> null;
		};
		if (winner == null) {
			return item(path, lc, rc, Action.KEEP_BOTH, kind,
					describe(kind) + "; both are kept (the right one under a conflict name)", left, right, base);
		}
		return item(path, lc, rc, winner == Side.LEFT ? Action.COPY_LEFT_TO_RIGHT : Action.COPY_RIGHT_TO_LEFT, kind,
				describe(kind) + "; the " + winner.label() + " version wins (" + policyName(policy)
						+ "), the other is kept in versions",
				left, right, base);
	}

	private static String policyName(ConflictPolicy policy) {
		return policy.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String describe(ConflictKind kind) {
		return switch (kind) {
		case BOTH_MODIFIED -> "changed differently on both sides";
		case MODIFIED_DELETED -> "changed on one side, deleted on the other";
		case BOTH_ADDED -> "different on both sides with no common history";
		case KIND_MISMATCH -> "a file on one side, a folder on the other";
		case TARGET_CHANGED -> "the destination changed since the last sync";
		default -> "conflict";
		};
	}

	private PlanItem mirror(RelPath path, BaseEntry base, FileState left, FileState right, Change lc, Change rc) {
		if (left == null && right == null) {
			return item(path, lc, rc, Action.FORGET_BASE, ConflictKind.NONE, "gone on both sides", left, right, base);
		}
		if (left != null && right != null
				&& (!subtlyChanged(base, Side.LEFT, left) && same(left, right) || unchangedSinceSync(base, left, right, lc, rc))) {
			return inSync(path, lc, rc, left, right, base, ConflictKind.NONE, "in sync");
		}
		boolean targetChanged = base != null && rc != Change.UNCHANGED;
		Action action = left == null ? Action.DELETE_RIGHT : Action.COPY_LEFT_TO_RIGHT;
		String what = left == null ? "not on the left side: deleted on the right (kept in versions)"
				: right == null ? (lc == Change.UNCHANGED && base != null ? "missing on the right side" : "new or changed on the left side")
						: "differs from the left side: the right version is kept in versions";
		if (targetChanged) {
			if (settings.conflictPolicy() == ConflictPolicy.SKIP) {
				return item(path, lc, rc, Action.SKIP, ConflictKind.TARGET_CHANGED,
						describe(ConflictKind.TARGET_CHANGED) + "; left as it is (policy skip)", left, right, base);
			}
			return item(path, lc, rc, action, ConflictKind.TARGET_CHANGED,
					describe(ConflictKind.TARGET_CHANGED) + "; mirrored, the right version is kept in versions", left,
					right, base);
		}
		return item(path, lc, rc, action, ConflictKind.NONE, what, left, right, base);
	}

	private PlanItem update(RelPath path, BaseEntry base, FileState left, FileState right, Change lc, Change rc) {
		if (left == null) {
			if (right == null) {
				return item(path, lc, rc, Action.FORGET_BASE, ConflictKind.NONE, "gone on both sides", left, right, base);
			}
			return item(path, lc, rc, Action.NOTHING, ConflictKind.NONE, "not on the left side; update never deletes", left,
					right, base);
		}
		if (right != null
				&& (!subtlyChanged(base, Side.LEFT, left) && same(left, right) || unchangedSinceSync(base, left, right, lc, rc))) {
			return inSync(path, lc, rc, left, right, base, ConflictKind.NONE, "in sync");
		}
		if (right == null) {
			return item(path, lc, rc, Action.COPY_LEFT_TO_RIGHT, ConflictKind.NONE, "new or missing on the right side",
					left, right, base);
		}
		if (base != null && rc == Change.UNCHANGED) {
			return item(path, lc, rc, Action.COPY_LEFT_TO_RIGHT, ConflictKind.NONE, "modified on the left side", left,
					right, base);
		}
		if (base != null && lc == Change.UNCHANGED) {
			return item(path, lc, rc, Action.NOTHING, ConflictKind.NONE,
					"changed on the right side only; update never copies to the left", left, right, base);
		}
		ConflictKind kind = base == null ? (left.kind() != right.kind() ? ConflictKind.KIND_MISMATCH : ConflictKind.BOTH_ADDED)
				: ConflictKind.TARGET_CHANGED;
		return switch (settings.conflictPolicy()) {
		case SKIP -> item(path, lc, rc, Action.SKIP, kind, describe(kind) + "; left as it is (policy skip)", left, right,
				base);
		case LEFT_WINS -> item(path, lc, rc, Action.COPY_LEFT_TO_RIGHT, kind,
				describe(kind) + "; the left version wins (left wins), the right one is kept in versions", left, right, base);
		case RIGHT_WINS -> item(path, lc, rc, Action.NOTHING, kind,
				describe(kind) + "; the right version stays (right wins)", left, right, base);
		case NEWER_WINS -> {
			Boolean leftNewer = kind == ConflictKind.KIND_MISMATCH ? null : leftNewer(left, right);
			if (leftNewer == null) {
				yield item(path, lc, rc, Action.KEEP_BOTH, kind,
						describe(kind) + "; both are kept (the right one under a conflict name)", left, right, base);
			}
			yield leftNewer
					? item(path, lc, rc, Action.COPY_LEFT_TO_RIGHT, kind,
							describe(kind) + "; the left version is newer (newer wins), the right one is kept in versions",
							left, right, base)
					: item(path, lc, rc, Action.NOTHING, kind,
							describe(kind) + "; the right version is newer and stays (newer wins)", left, right, base);
		}
		case KEEP_BOTH -> item(path, lc, rc, Action.KEEP_BOTH, kind,
				describe(kind) + "; both are kept (the right one under a conflict name)", left, right, base);
		};
	}

	// ------------------------------------------------------------------ passes over the whole plan

	/**
	 * A folder deleted on one side while the other side still keeps (or adds) something inside it
	 * is not deleted: it is recreated where it was deleted, so that nothing inside is lost.
	 */
	private void keepFoldersThatStillHoldSomething(TreeMap<RelPath, PlanItem> items) {
		for (PlanItem item : new ArrayList<>(items.values())) {
			boolean deleteLeft = item.action() == Action.DELETE_LEFT && item.left() != null && item.left().isDirectory();
			boolean deleteRight = item.action() == Action.DELETE_RIGHT && item.right() != null
					&& item.right().isDirectory();
			if (!deleteLeft && !deleteRight) {
				continue;
			}
			Side deleting = deleteLeft ? Side.LEFT : Side.RIGHT;
			boolean keepsSomething = false;
			for (PlanItem below : items.tailMap(item.path(), false).values()) {
				if (!below.path().startsWith(item.path())) {
					break;
				}
				if (remainsOn(below, deleting)) {
					keepsSomething = true;
					break;
				}
			}
			if (keepsSomething) {
				// the side where the delete would happen still has content: recreate the folder where it was deleted
				items.put(item.path(), item(item.path(), item.leftChange(), item.rightChange(),
						deleting == Side.RIGHT ? Action.COPY_RIGHT_TO_LEFT : Action.COPY_LEFT_TO_RIGHT,
						ConflictKind.MODIFIED_DELETED,
						"folder deleted on the " + deleting.other().label() + " side but the " + deleting.label()
								+ " side still has files in it: the folder is kept",
						item.left(), item.right(), item.base()));
			}
		}
	}

	/**
	 * A path that stays a file on a side (a file on one side and a folder on the other is a
	 * conflict left to the user) cannot receive anything below it on that side: such items are
	 * conflicts, left as they are, instead of failing in the executor.
	 */
	private void skipWhatWouldLandBelowAFile(TreeMap<RelPath, PlanItem> items) {
		for (PlanItem item : new ArrayList<>(items.values())) {
			for (Side target : Side.values()) {
				Action into = target == Side.LEFT ? Action.COPY_RIGHT_TO_LEFT : Action.COPY_LEFT_TO_RIGHT;
				if (item.action() != into && item.action() != Action.KEEP_BOTH) {
					continue;
				}
				for (RelPath above = item.path().parent(); !above.isRoot(); above = above.parent()) {
					PlanItem ancestor = items.get(above);
					FileState there = ancestor == null ? null : state(ancestor, target);
					FileState source = ancestor == null ? null : state(ancestor, target.other());
					boolean becomesFolder = ancestor != null && ancestor.action() == into && source != null
							&& source.isDirectory();
					if (there != null && there.isFile() && !becomesFolder) {
						items.put(item.path(), item(item.path(), item.leftChange(), item.rightChange(), Action.SKIP,
								ConflictKind.KIND_MISMATCH, "'" + above + "' is a file on the " + target.label()
										+ " side and a folder on the " + target.other().label()
										+ " side; left as it is, rename one of them",
								item.left(), item.right(), item.base()));
						break;
					}
				}
				if (items.get(item.path()).action() == Action.SKIP) {
					break;
				}
			}
		}
	}

	/** Whether the item leaves (or puts) something at its path on the side. */
	private static boolean remainsOn(PlanItem item, Side side) {
		FileState state = state(item, side);
		return switch (item.action()) {
		case COPY_LEFT_TO_RIGHT -> side == Side.RIGHT || state != null;
		case COPY_RIGHT_TO_LEFT -> side == Side.LEFT || state != null;
		case DELETE_LEFT -> side == Side.RIGHT && state != null;
		case DELETE_RIGHT -> side == Side.LEFT && state != null;
		case KEEP_BOTH -> true;
		case SKIP, NOTHING, UPDATE_BASE -> state != null;
		case FORGET_BASE -> false;
		};
	}

	/**
	 * Two different paths that would land on a side that cannot tell them apart (a
	 * case-insensitive side; or names equal after Unicode normalization) are conflicts: neither
	 * is copied, so one never overwrites the other.
	 */
	private void markNameCollisions(TreeMap<RelPath, PlanItem> items) {
		for (Side target : Side.values()) {
			Action into = target == Side.LEFT ? Action.COPY_RIGHT_TO_LEFT : Action.COPY_LEFT_TO_RIGHT;
			if (items.values().stream().noneMatch(i -> i.action() == into || i.action() == Action.KEEP_BOTH)) {
				continue; // nothing new lands on this side: nothing can collide there
			}
			Map<String, List<RelPath>> byKey = new HashMap<>();
			for (PlanItem item : items.values()) {
				if (remainsOn(item, target)) {
					byKey.computeIfAbsent(key(item.path(), settings.caseOf(target)), k -> new ArrayList<>()).add(item.path());
				}
			}
			for (List<RelPath> group : byKey.values()) {
				if (group.size() < 2) {
					continue;
				}
				for (RelPath path : group) {
					PlanItem item = items.get(path);
					if (item.action() != into && item.action() != Action.KEEP_BOTH) {
						continue; // already there: the side does keep them apart
					}
					List<String> others = group.stream().filter(p -> !p.equals(path)).map(RelPath::toString).toList();
					items.put(path, item(path, item.leftChange(), item.rightChange(), Action.SKIP, ConflictKind.NAME_COLLISION,
							"'" + path + "' and '" + String.join("', '", others) + "' are the same name on the "
									+ target.label() + " side" + (settings.caseOf(target) == CaseSensitivity.SENSITIVE
											? " (Unicode normalization)" : " (case-insensitive)")
									+ "; neither is copied, rename one",
							item.left(), item.right(), item.base()));
				}
			}
		}
	}

	private static String key(RelPath path, CaseSensitivity sensitivity) {
		String text = path.toString();
		String normalized = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
		return sensitivity == CaseSensitivity.SENSITIVE ? normalized : normalized.toLowerCase(Locale.ROOT);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}
}
