package org.karma.rcp.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.karma.ui.KarmaUi;

/** Opens the KARMA perspective in a window titled "KARMA" and remembers the layout between runs. */
public final class KarmaWorkbenchAdvisor extends WorkbenchAdvisor {

	/** Title of every KARMA workbench window. */
	public static final String WINDOW_TITLE = "KARMA";

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return KarmaUi.PERSPECTIVE_ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
				return new KarmaActionBarAdvisor(actionBars);
			}

			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				window.setTitle(WINDOW_TITLE);
				window.setInitialSize(new Point(1100, 720));
				window.setShowCoolBar(true);
				window.setShowStatusLine(true);
				window.setShowProgressIndicator(true);
				window.setShowPerspectiveBar(true);
			}
		};
	}
}
