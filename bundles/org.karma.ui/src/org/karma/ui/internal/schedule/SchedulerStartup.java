package org.karma.ui.internal.schedule;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the {@link WorkbenchScheduler} when the workbench starts (if the setting says so) and
 * stops it when the workbench shuts down ({@code org.eclipse.ui.startup}).
 */
public final class SchedulerStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench w, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench w) {
				WorkbenchScheduler.get().shutdown();
			}
		});
		WorkbenchScheduler.get().reload();
	}
}
