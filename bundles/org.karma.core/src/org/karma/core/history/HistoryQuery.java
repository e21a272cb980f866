package org.karma.core.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.karma.core.KarmaHome;

/**
 * Reading the run history of a KARMA home, for the {@code karma history} command and the
 * workbench's history view. A home without a history database has no runs: reading never
 * creates the database.
 */
public final class HistoryQuery {

	/** How many runs a list shows unless told otherwise. */
	public static final int DEFAULT_LIMIT = 20;

	/**
	 * One run with what it did.
	 *
	 * @param run       the run's row
	 * @param items     the items it acted on, in the order they were recorded
	 * @param log       where its run log is (or was: logs are purged after {@link RunLog#DEFAULT_MAX_AGE})
	 * @param logExists whether the log file is still there
	 */
	public record RunDetails(Run run, List<Item> items, Path log, boolean logExists) {
		public RunDetails {
			items = List.copyOf(items);
		}
	}

	private final KarmaHome home;
	private final Clock clock;

	public HistoryQuery(KarmaHome home, Clock clock) {
		this.home = Objects.requireNonNull(home, "home");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Runs, newest first.
	 *
	 * @param profile only the runs of this profile (a name that never ran has none); empty: all
	 *                runs, ad-hoc pairs included
	 * @param limit   at most this many (1 or more)
	 */
	public List<Run> runs(Optional<String> profile, int limit) throws HistoryException {
		if (limit < 1) {
			throw new IllegalArgumentException("the limit must be 1 or more, not " + limit);
		}
		if (!exists()) {
			return List.of();
		}
		try (History history = History.open(home, clock)) {
			return history.store().runs(profile, limit);
		}
	}

	/** One run with its items and log, or empty when there is no run of that id. */
	public Optional<RunDetails> details(long runId) throws HistoryException {
		if (!exists()) {
			return Optional.empty();
		}
		try (History history = History.open(home, clock)) {
			Optional<Run> run = history.store().run(runId);
			if (run.isEmpty()) {
				return Optional.empty();
			}
			Path log = RunLog.file(home.logs(), runId);
			return Optional.of(new RunDetails(run.get(), history.store().items(runId), log, Files.isRegularFile(log)));
		}
	}

	/**
	 * Integrity checks (manifests made, verified, compared), newest first.
	 *
	 * @param limit at most this many (1 or more)
	 */
	public List<IntegrityCheck> checks(int limit) throws HistoryException {
		if (limit < 1) {
			throw new IllegalArgumentException("the limit must be 1 or more, not " + limit);
		}
		if (!exists()) {
			return List.of();
		}
		try (History history = History.open(home, clock)) {
			return history.store().checks(Optional.empty(), limit);
		}
	}

	/** What an integrity check found (recorded findings, in order); empty for an unknown id. */
	public List<IntegrityCheck.Finding> findings(long checkId) throws HistoryException {
		if (!exists()) {
			return List.of();
		}
		try (History history = History.open(home, clock)) {
			return history.store().findings(checkId);
		}
	}

	private boolean exists() {
		return Files.exists(HistoryStore.defaultFile(home));
	}
}
