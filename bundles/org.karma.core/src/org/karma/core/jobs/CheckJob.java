package org.karma.core.jobs;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.IntegrityException;

/**
 * An integrity check ({@link CheckOperation}) as a job of {@link #FAMILY} and {@link KarmaJobs#FAMILY}:
 * the job's monitor gets the progress and cancelling it stops the check. A check that ran is a
 * result, whatever it found (the status is OK, {@link #result()} says what was found); a check that
 * could not be done, or whose manifest's signature did not hold, ends with an error status carrying
 * the operation's message ({@link #failure()} keeps the exception); a cancelled one ends with
 * {@link Status#CANCEL_STATUS}.
 *
 * @param <R> what the check gives back
 */
public abstract class CheckJob<R> extends Job {

	/** The family of integrity checks: tests and views join it instead of waiting. */
	public static final Object FAMILY = new Object() {
		@Override
		public String toString() {
			return "KARMA integrity checks";
		}
	};

	protected final CheckOperation operation;
	private volatile R result;
	private volatile IntegrityException failure;

	protected CheckJob(String name, CheckOperation operation) {
		super(name);
		this.operation = Objects.requireNonNull(operation);
		setUser(true);
	}

	/** Runs the operation with the job's monitor. */
	protected abstract R execute(IProgressMonitor monitor) throws IntegrityException;

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		result = null;
		failure = null;
		try {
			R r = execute(monitor);
			result = r;
			return Status.OK_STATUS;
		} catch (IntegrityException e) {
			if (e.kind() == IntegrityException.Kind.CANCELLED) {
				return Status.CANCEL_STATUS;
			}
			failure = e;
			return new Status(IStatus.ERROR, SyncJob.PLUGIN_ID, e.getMessage(), e.getCause());
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || family == KarmaJobs.FAMILY;
	}

	/** What the last run gave back, once it finished without failing; empty before, or when it failed or was cancelled. */
	public Optional<R> result() {
		return Optional.ofNullable(result);
	}

	/** Why the last run could not be done (SIGNATURE: the manifest's signature did not hold), if it could not. */
	public Optional<IntegrityException> failure() {
		return Optional.ofNullable(failure);
	}
}
