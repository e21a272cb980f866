package org.karma.rcp.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The KARMA desktop application: creates the display and runs the workbench until it closes. */
public final class KarmaWorkbenchApplication implements IApplication {

	/** Title of the error shown when another workbench already uses the same KARMA_HOME. */
	public static final String ALREADY_RUNNING_TITLE = "KARMA is already running";

	@Override
	public Object start(IApplicationContext context) throws IOException {
		Display display = PlatformUI.createDisplay();
		try {
			Location instance = Platform.getInstanceLocation();
			if (instance != null && instance.isSet() && !instance.lock()) {
				// a second workbench on the same KARMA_HOME would overwrite the first one's state
				MessageDialog.openError(null, ALREADY_RUNNING_TITLE,
						"KARMA is already running with this workbench folder:\n" + instance.getURL().getFile()
								+ "\n\nUse the running window, or set KARMA_HOME to another folder.");
				return IApplication.EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new KarmaWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
