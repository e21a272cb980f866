package org.karma.core.jobs;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.karma.core.connectors.ConnectionTest;
import org.karma.model.profile.Endpoint;

/**
 * Runs a {@link ConnectionTest} of one endpoint in the background ("Test connection" in the New
 * Profile wizard). It belongs to {@link #FAMILY} and to {@link KarmaJobs#FAMILY}; a failed
 * connection is a result, not a failed job (the status is OK, {@link #result()} says what the
 * server answered).
 */
public final class ConnectionTestJob extends Job {

	/** The family of connection tests: tests join it instead of waiting. */
	public static final Object FAMILY = new Object() {
		@Override
		public String toString() {
			return "KARMA connection tests";
		}
	};

	private final ConnectionTest test;
	private final Endpoint endpoint;
	private volatile ConnectionTest.Result result;

	public ConnectionTestJob(ConnectionTest test, Endpoint endpoint, String location) {
		super("Testing the connection to " + location);
		this.test = Objects.requireNonNull(test);
		this.endpoint = Objects.requireNonNull(endpoint);
		setUser(false);
		setSystem(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		result = test.run(endpoint, monitor);
		return result.outcome() == ConnectionTest.Outcome.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** The answer, once the job ran; null before. */
	public ConnectionTest.Result result() {
		return result;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || family == KarmaJobs.FAMILY;
	}
}
