package org.karma.core.jobs;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.karma.core.history.RunStatus;
import org.karma.core.sync.SyncException;
import org.karma.core.sync.SyncOperation;
import org.karma.engine.Plan;
import org.karma.engine.ProgressListener;
import org.karma.model.profile.SyncProfile;

/**
 * Runs a {@link SyncOperation} as a job of {@link KarmaJobs#FAMILY} under the sync's rule: the
 * job's monitor gets the progress and cancelling it stops the run. {@link PlanJob} is the same job
 * as a dry run; {@link #approving} applies exactly a plan a preview showed.
 */
public class SyncJob extends Job {

	/** The plug-in id used in the job's statuses. */
	public static final String PLUGIN_ID = "org.karma.core";

	private final SyncOperation operation;
	private final SyncProfile profile;
	private final String pairId;
	private final boolean dryRun;
	private final List<String> notes = new CopyOnWriteArrayList<>();
	private volatile SyncOperation.Outcome outcome;
	private volatile SyncException failure;

	/** A sync of a stored profile. */
	public SyncJob(SyncOperation operation, SyncProfile profile) {
		this(operation, profile, false);
	}

	SyncJob(SyncOperation operation, SyncProfile profile, boolean dryRun) {
		super((dryRun ? "Preview of " : "Sync of ") + profile.getName());
		this.operation = operation;
		this.profile = profile;
		this.pairId = SyncOperation.pairId(profile, true);
		this.dryRun = dryRun;
		setRule(KarmaJobs.ruleFor(pairId));
		setUser(true);
	}

	/** A sync that applies exactly {@code plan} (shown in a preview) or, if the endpoints changed, nothing. */
	public static SyncJob approving(SyncOperation operation, SyncProfile profile, Plan plan) {
		return new SyncJob(operation.approving(plan), profile, false);
	}

	/** The profile this job syncs. */
	public SyncProfile profile() {
		return profile;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == KarmaJobs.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		outcome = null;
		failure = null;
		try {
			outcome = operation.run(profile, pairId, dryRun, false, null, notes::add, monitor, progress(monitor));
		} catch (SyncException e) {
			failure = e;
			return e.kind() == SyncException.Kind.CANCELLED ? Status.CANCEL_STATUS
					: Status.error(profile.getName() + ": " + e.getMessage(), e.kind() == SyncException.Kind.INTERNAL ? e : null);
		}
		return switch (outcome.status()) {
		case CANCELLED -> Status.CANCEL_STATUS;
		case PARTIAL -> new Status(IStatus.WARNING, PLUGIN_ID, profile.getName() + ": some items failed (run "
				+ outcome.runId() + ")");
		default -> Status.OK_STATUS;
		};
	}

	/** Reports the current file to the monitor (shown in the Progress view). */
	private static ProgressListener progress(IProgressMonitor monitor) {
		return new ProgressListener() {
			@Override
			public void itemStarted(org.karma.connector.api.RelPath path, long bytes) {
				monitor.subTask(path.toString());
			}
		};
	}

	/** What the last run did, once it finished without failing. */
	public Optional<SyncOperation.Outcome> outcome() {
		return Optional.ofNullable(outcome);
	}

	/** Why the last run failed or stopped before changing anything, if it did. */
	public Optional<SyncException> failure() {
		return Optional.ofNullable(failure);
	}

	/** The status of the last run's history row, if the run got that far. */
	public Optional<RunStatus> runStatus() {
		return outcome().map(SyncOperation.Outcome::status);
	}

	/** The notes of the last run for the user (warnings, scan problems). */
	public List<String> notes() {
		return List.copyOf(notes);
	}
}
