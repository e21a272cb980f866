package org.karma.ui.internal;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;
import org.karma.core.jobs.KarmaJobs;

/** Calls a UI refresh (on the display thread) whenever a KARMA job is scheduled or done. */
final class KarmaJobWatcher extends JobChangeAdapter {

	private final Control control;
	private final Runnable refresh;

	private KarmaJobWatcher(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
	}

	/** Watches until {@code control} is disposed. */
	static void install(Control control, Runnable refresh) {
		KarmaJobWatcher watcher = new KarmaJobWatcher(control, refresh);
		Job.getJobManager().addJobChangeListener(watcher);
		control.addDisposeListener(e -> Job.getJobManager().removeJobChangeListener(watcher));
	}

	@Override
	public void scheduled(IJobChangeEvent event) {
		fire(event);
	}

	@Override
	public void running(IJobChangeEvent event) {
		fire(event);
	}

	@Override
	public void done(IJobChangeEvent event) {
		fire(event);
	}

	private void fire(IJobChangeEvent event) {
		if (!event.getJob().belongsTo(KarmaJobs.FAMILY) || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				refresh.run();
			}
		});
	}
}
