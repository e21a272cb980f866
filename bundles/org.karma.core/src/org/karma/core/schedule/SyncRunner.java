package org.karma.core.schedule;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;
import org.karma.core.history.History;
import org.karma.core.history.HistoryException;
import org.karma.core.sync.SyncException;
import org.karma.core.sync.SyncOperation;
import org.karma.engine.ItemResult;
import org.karma.model.profile.SyncProfile;

/**
 * The scheduler's runs: a {@link SyncOperation} of the stored profile, exactly as
 * {@code karma sync --profile NAME}. A run that is not a plain due time gets a note in the history
 * saying why it ran ({@code overdue}, {@code changes}, {@code rescan}, …).
 */
public final class SyncRunner implements Scheduler.Runner {

	private final KarmaHome home;
	private final ConnectorRegistry connectors;
	private final Clock clock;
	private final SecretSource secrets;
	private final Consumer<String> log;

	/** @param log receives the runs' notes for the user (warnings, scan problems), prefixed with the profile */
	public SyncRunner(KarmaHome home, ConnectorRegistry connectors, Clock clock, SecretSource secrets, Consumer<String> log) {
		this.home = home;
		this.connectors = connectors;
		this.clock = clock;
		this.secrets = secrets;
		this.log = log;
	}

	@Override
	public Scheduler.RunResult run(SyncProfile profile, Scheduler.Trigger trigger, IProgressMonitor monitor)
			throws SyncException {
		SyncOperation.Outcome outcome = new SyncOperation(home, connectors, clock, secrets).run(profile,
				SyncOperation.pairId(profile, true), false, false, null, note -> log.accept(profile.getName() + ": " + note),
				monitor);
		note(home, clock, profile, outcome, trigger, log);
		return result(outcome);
	}

	/** Notes in the history why a run of the scheduler ran ({@code overdue}, {@code changes}, …). */
	public static void note(KarmaHome home, Clock clock, SyncProfile profile, SyncOperation.Outcome outcome,
			Scheduler.Trigger trigger, Consumer<String> log) {
		try (History history = History.open(home, clock)) {
			history.store().noteRun(outcome.runId(), trigger.word());
		} catch (HistoryException e) {
			log.accept(profile.getName() + ": run " + outcome.runId() + " could not be noted as " + trigger.word() + ": "
					+ e.getMessage());
		}
	}

	/** What a sync did, as the scheduler needs it (its changed paths feed the no-ping-pong rule). */
	public static Scheduler.RunResult result(SyncOperation.Outcome outcome) {
		Set<String> changed = new HashSet<>();
		int changes = 0;
		for (ItemResult item : outcome.result().items()) {
			if (item.outcome() == ItemResult.Outcome.DONE || item.outcome() == ItemResult.Outcome.CONFLICT) {
				changed.add(item.item().path().toString());
				if (item.item().changesEndpoints()) {
					changes++;
				}
			}
		}
		var r = outcome.result();
		String summary = outcome.status().name().toLowerCase(java.util.Locale.ROOT) + ", " + r.created() + " created, "
				+ r.updated() + " updated, " + r.deleted() + " deleted, " + r.conflicts() + " conflicts, " + r.errors()
				+ " errors, " + r.bytes() + " bytes in " + outcome.duration().toMillis() + " ms";
		return new Scheduler.RunResult(outcome.runId(), outcome.status(), changes, changed, summary);
	}
}
