package org.karma.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;

/** Reports problems through the workbench's status handling (shown, and logged). */
final class UiStatus {

	static final String PLUGIN_ID = "org.karma.ui";

	private UiStatus() {
	}

	static void show(String what, Throwable e) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, PLUGIN_ID, what + ": " + e.getMessage(), e),
				StatusManager.SHOW | StatusManager.LOG);
	}

	static void show(String message) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, PLUGIN_ID, message), StatusManager.SHOW);
	}
}
