package org.karma.ui.internal.versions;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.karma.core.jobs.KarmaJobs;
import org.karma.core.sync.SyncOperation;
import org.karma.core.versions.VersionsException;
import org.karma.model.profile.SyncProfile;

/**
 * A versions operation (list, read for a comparison, restore) as a job of
 * {@link KarmaJobs#FAMILY} under the profile's rule, so it never runs beside a sync of the same
 * profile; its result or error is handed to the display thread before the job ends (so a test
 * that joins the family sees it).
 */
public final class VersionsJob<T> extends Job {

	/** The work, off the display thread. */
	interface Work<T> {
		T run(IProgressMonitor monitor) throws VersionsException;
	}

	private final Work<T> work;
	private final Consumer<T> done;
	private final Consumer<String> failed;
	private volatile String failure;
	private volatile T result;

	VersionsJob(String name, SyncProfile profile, Work<T> work, Consumer<T> done, Consumer<String> failed) {
		super(name);
		this.work = work;
		this.done = done;
		this.failed = failed;
		setRule(KarmaJobs.ruleFor(SyncOperation.pairId(profile, true)));
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == KarmaJobs.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Display display = Display.getDefault();
		try {
			T value = work.run(monitor);
			result = value;
			display.asyncExec(() -> done.accept(value));
			return Status.OK_STATUS;
		} catch (VersionsException e) {
			failure = e.getMessage();
			display.asyncExec(() -> failed.accept(e.getMessage()));
			// the view shows the message; only a bug is worth the error dialog
			return e.kind() == VersionsException.Kind.INTERNAL ? Status.error(getName() + ": " + e.getMessage(), e)
					: Status.OK_STATUS;
		} catch (RuntimeException e) {
			failure = String.valueOf(e);
			display.asyncExec(() -> failed.accept(String.valueOf(e)));
			return Status.error(getName() + " failed", e);
		}
	}

	/** What the job produced, once it finished without failing; else null. */
	public T result() {
		return result;
	}

	/** Why the job failed, if it did; else null. */
	public String failure() {
		return failure;
	}
}
