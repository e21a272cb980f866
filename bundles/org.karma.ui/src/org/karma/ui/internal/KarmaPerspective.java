package org.karma.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.karma.ui.KarmaUi;

/** The KARMA perspective: profiles on the left, the preview on the right, the history below it. */
public final class KarmaPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("org.karma.ui.folder.profiles", IPageLayout.LEFT, 0.45f, editors);
		left.addView(KarmaUi.PROFILES_VIEW_ID);
		layout.getViewLayout(KarmaUi.PROFILES_VIEW_ID).setCloseable(false);
		IFolderLayout right = layout.createFolder("org.karma.ui.folder.preview", IPageLayout.RIGHT, 0.4f,
				"org.karma.ui.folder.profiles");
		right.addView(KarmaUi.PREVIEW_VIEW_ID);
		IFolderLayout bottom = layout.createFolder("org.karma.ui.folder.history", IPageLayout.BOTTOM, 0.55f,
				"org.karma.ui.folder.preview");
		bottom.addView(KarmaUi.HISTORY_VIEW_ID);
		bottom.addView(KarmaUi.VERSIONS_VIEW_ID);
		bottom.addView(KarmaUi.INTEGRITY_VIEW_ID);
		bottom.addPlaceholder("org.eclipse.ui.views.ProgressView");
		layout.addShowViewShortcut(KarmaUi.PROFILES_VIEW_ID);
		layout.addShowViewShortcut(KarmaUi.PREVIEW_VIEW_ID);
		layout.addShowViewShortcut(KarmaUi.HISTORY_VIEW_ID);
		layout.addShowViewShortcut("org.eclipse.ui.views.ProgressView");
		layout.addShowViewShortcut(KarmaUi.VERSIONS_VIEW_ID);
		layout.addShowViewShortcut(KarmaUi.INTEGRITY_VIEW_ID);
		layout.addPerspectiveShortcut(KarmaUi.PERSPECTIVE_ID);
	}
}
