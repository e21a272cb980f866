package org.karma.core.jobs;

import java.util.Optional;

import org.karma.core.sync.SyncOperation;
import org.karma.engine.Plan;
import org.karma.model.profile.SyncProfile;

/**
 * Computes the plan of a profile without changing anything (a dry run: the history records it as
 * one). Apply the plan with {@link SyncJob#approving}.
 */
public final class PlanJob extends SyncJob {

	public PlanJob(SyncOperation operation, SyncProfile profile) {
		super(operation, profile, true);
	}

	/** The plan, once the job finished without failing. */
	public Optional<Plan> plan() {
		return outcome().map(SyncOperation.Outcome::plan);
	}
}
