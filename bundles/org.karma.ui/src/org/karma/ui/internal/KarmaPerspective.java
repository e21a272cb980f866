package org.karma.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.karma.ui.KarmaUi;

/** The KARMA perspective: profiles on the left; preview and history will join it. */
public final class KarmaPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		IFolderLayout left = layout.createFolder("org.karma.ui.folder.profiles", IPageLayout.LEFT, 1.0f,
				layout.getEditorArea());
		left.addView(KarmaUi.PROFILES_VIEW_ID);
		layout.getViewLayout(KarmaUi.PROFILES_VIEW_ID).setCloseable(false);
		layout.addShowViewShortcut(KarmaUi.PROFILES_VIEW_ID);
		layout.addPerspectiveShortcut(KarmaUi.PERSPECTIVE_ID);
	}
}
