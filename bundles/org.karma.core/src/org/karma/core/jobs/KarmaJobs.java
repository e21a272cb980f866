package org.karma.core.jobs;

import java.util.Objects;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The job family of every KARMA job (plan and sync), and the scheduling rule that keeps the jobs
 * of one profile in order. Tests and the workbench join {@link #FAMILY} instead of waiting.
 */
public final class KarmaJobs {

	/** The family all KARMA jobs belong to: {@code Job.getJobManager().join(KarmaJobs.FAMILY, monitor)}. */
	public static final Object FAMILY = new Object() {
		@Override
		public String toString() {
			return "KARMA jobs";
		}
	};

	private KarmaJobs() {
	}

	/**
	 * The rule of the jobs of a sync (its base state, {@code SyncOperation.pairId}): jobs of the same
	 * sync run one after the other, those of different syncs in parallel.
	 */
	public static ISchedulingRule ruleFor(String pairId) {
		return new PairRule(pairId);
	}

	private record PairRule(String pairId) implements ISchedulingRule {
		PairRule {
			Objects.requireNonNull(pairId);
		}

		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}
}
