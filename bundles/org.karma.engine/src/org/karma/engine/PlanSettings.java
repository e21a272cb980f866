package org.karma.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.RelPath;
import org.karma.engine.versions.VersionArchive;
import org.karma.model.Glob;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;
import org.karma.model.profile.Filter;
import org.karma.model.profile.SyncProfile;

/**
 * Everything the planner needs to know besides the trees: the profile's semantics and the two
 * endpoints' case sensitivity.
 *
 * @param included         paths that take part (globs, hidden files, blacklists); the versions
 *                         folder never does
 * @param mtimeTolerance   times closer than this are equal (TIME_AND_SIZE)
 * @param clockSkew        added to right-side times before comparing them with left-side times
 * @param force            overrides the delete guard and an emptied root
 */
public record PlanSettings(Direction direction, ConflictPolicy conflictPolicy, ComparisonMethod method,
		Duration mtimeTolerance, Duration clockSkew, int deleteGuardPercent, boolean force, Predicate<RelPath> included,
		CaseSensitivity leftCase, CaseSensitivity rightCase) {

	public PlanSettings {
		Objects.requireNonNull(direction);
		Objects.requireNonNull(conflictPolicy);
		Objects.requireNonNull(method);
		Objects.requireNonNull(mtimeTolerance);
		Objects.requireNonNull(clockSkew);
		Objects.requireNonNull(included);
		Objects.requireNonNull(leftCase);
		Objects.requireNonNull(rightCase);
	}

	/** Two-way, keep both, time and size within 2 s, guard 50 %, everything included, case-sensitive ends. */
	public static PlanSettings defaults() {
		return new PlanSettings(Direction.TWO_WAY, ConflictPolicy.KEEP_BOTH, ComparisonMethod.TIME_AND_SIZE,
				Duration.ofSeconds(2), Duration.ZERO, 50, false, path -> true, CaseSensitivity.SENSITIVE,
				CaseSensitivity.SENSITIVE);
	}

	/** The settings of a profile (the endpoints' case sensitivity comes from their connections). */
	public static PlanSettings of(SyncProfile profile, CaseSensitivity leftCase, CaseSensitivity rightCase, boolean force) {
		return new PlanSettings(profile.getDirection(), profile.getConflictPolicy(), profile.getComparison().getMethod(),
				Duration.ofSeconds(profile.getComparison().getMtimeToleranceSeconds()),
				Duration.ofSeconds(profile.getClockSkewSeconds()), profile.getDeleteGuardPercent(), force,
				filter(profile.getFilter()), leftCase, rightCase);
	}

	/**
	 * The path part of a profile's filter: include and exclude globs, hidden names, blacklisted
	 * file and folder names (size and age limits need the file's state and are applied by the scan).
	 */
	public static Predicate<RelPath> filter(Filter filter) {
		List<Glob> includes = compile(filter.getIncludes());
		List<Glob> excludes = compile(filter.getExcludes());
		boolean noHidden = filter.isExcludeHidden();
		List<String> files = List.copyOf(filter.getFileBlacklist());
		List<String> folders = List.copyOf(filter.getDirectoryBlacklist());
		if (includes.isEmpty() && excludes.isEmpty() && !noHidden && files.isEmpty() && folders.isEmpty()) {
			return path -> true;
		}
		return path -> {
			String text = path.toString();
			int start = 0;
			while (start <= text.length()) {
				int slash = text.indexOf('/', start);
				boolean last = slash < 0;
				int end = last ? text.length() : slash;
				String name = text.substring(start, end);
				if (noHidden && name.startsWith(".")) {
					return false;
				}
				if (!last && folders.contains(name)) {
					return false;
				}
				if (last && (files.contains(name) || folders.contains(name))) {
					return false;
				}
				if (!excludes.isEmpty()) {
					String prefix = text.substring(0, end);
					for (Glob exclude : excludes) {
						if (exclude.matches(prefix)) {
							return false;
						}
					}
				}
				if (last) {
					break;
				}
				start = slash + 1;
			}
			return includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(text));
		};
	}

	private static List<Glob> compile(List<String> globs) {
		List<Glob> compiled = new ArrayList<>();
		for (String glob : globs) {
			try {
				compiled.add(Glob.compile(glob));
			} catch (Glob.GlobSyntaxException e) {
				throw new IllegalArgumentException(e.getMessage(), e); // profiles are validated before
			}
		}
		return compiled;
	}

	/** Whether the path takes part in the sync. */
	public boolean takesPart(RelPath path) {
		return !path.isRoot() && !VersionArchive.isVersionsPath(path) && included.test(path);
	}

	public CaseSensitivity caseOf(Side side) {
		return side == Side.LEFT ? leftCase : rightCase;
	}

	public PlanSettings withDirection(Direction d) {
		return new PlanSettings(d, conflictPolicy, method, mtimeTolerance, clockSkew, deleteGuardPercent, force, included,
				leftCase, rightCase);
	}

	public PlanSettings withPolicy(ConflictPolicy p) {
		return new PlanSettings(direction, p, method, mtimeTolerance, clockSkew, deleteGuardPercent, force, included,
				leftCase, rightCase);
	}

	public PlanSettings withMethod(ComparisonMethod m) {
		return new PlanSettings(direction, conflictPolicy, m, mtimeTolerance, clockSkew, deleteGuardPercent, force,
				included, leftCase, rightCase);
	}

	public PlanSettings withForce(boolean f) {
		return new PlanSettings(direction, conflictPolicy, method, mtimeTolerance, clockSkew, deleteGuardPercent, f,
				included, leftCase, rightCase);
	}

	public PlanSettings withIncluded(Predicate<RelPath> i) {
		return new PlanSettings(direction, conflictPolicy, method, mtimeTolerance, clockSkew, deleteGuardPercent, force, i,
				leftCase, rightCase);
	}

	public PlanSettings withCase(CaseSensitivity left, CaseSensitivity right) {
		return new PlanSettings(direction, conflictPolicy, method, mtimeTolerance, clockSkew, deleteGuardPercent, force,
				included, left, right);
	}
}
