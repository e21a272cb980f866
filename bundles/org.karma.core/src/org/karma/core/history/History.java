package org.karma.core.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.karma.core.KarmaHome;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.SettingsException;

/**
 * The run history of a KARMA home: its {@link HistoryStore} ({@code state/history.db}) and its
 * run logs ({@code logs/run-<id>.log}). Opening it purges run logs older than the configured age
 * (the runs' rows stay), so every process that records runs keeps the logs folder trimmed.
 */
public final class History implements AutoCloseable {

	private final HistoryStore store;
	private final Path logs;
	private final Clock clock;
	private final List<Path> purged;

	private History(HistoryStore store, Path logs, Clock clock, List<Path> purged) {
		this.store = store;
		this.logs = logs;
		this.clock = clock;
		this.purged = List.copyOf(purged);
	}

	/**
	 * Opens the history of a home, keeping run logs for the home's {@code logs.retention-days}
	 * setting ({@link RunLog#DEFAULT_MAX_AGE} unless set). If the settings file cannot be read no
	 * log is purged: a hand-edited typo must not delete anything.
	 */
	public static History open(KarmaHome home, Clock clock) throws HistoryException {
		Duration maxAge;
		try {
			maxAge = KarmaSettings.load(home).logRetention();
		} catch (SettingsException e) {
			maxAge = Duration.ofDays(36_500);
		}
		return open(home, clock, maxAge, Processes.system());
	}

	/** Opens the history of a home, purging run logs older than {@code logMaxAge}. */
	public static History open(KarmaHome home, Clock clock, Duration logMaxAge, Processes processes)
			throws HistoryException {
		Objects.requireNonNull(logMaxAge, "logMaxAge");
		HistoryStore store = HistoryStore.open(HistoryStore.defaultFile(home), clock, processes);
		try {
			List<Path> purged = RunLog.purgeLogs(home.logs(), logMaxAge, clock);
			return new History(store, home.logs(), clock, purged);
		} catch (HistoryException | RuntimeException e) {
			try {
				store.close();
			} catch (HistoryException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
	}

	public HistoryStore store() {
		return store;
	}

	/** Opens (appending) the log of a run. */
	public RunLog openLog(long runId) throws HistoryException {
		return RunLog.open(logs, runId, clock);
	}

	/** The run logs deleted when this history was opened. */
	public List<Path> purgedOnOpen() {
		return purged;
	}

	@Override
	public void close() throws HistoryException {
		store.close();
	}
}
