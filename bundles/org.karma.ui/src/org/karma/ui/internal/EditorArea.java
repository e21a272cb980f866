package org.karma.ui.internal;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.karma.ui.KarmaUi;

/**
 * The KARMA perspective shows the editor area only while an editor is open in it (a profile, a
 * compare): when the last editor closes, the area is hidden again and the views take its room.
 */
public final class EditorArea {

	private static final Set<IWorkbenchPage> watched = Collections.newSetFromMap(new WeakHashMap<>());

	private EditorArea() {
	}

	/** Watches a page (once; later calls do nothing). */
	public static void hideWhenEmpty(IWorkbenchPage page) {
		if (!watched.add(page)) {
			return;
		}
		page.addPartListener(new IPartListener2() {
			@Override
			public void partClosed(IWorkbenchPartReference ref) {
				if (ref.getPage() != page || ref.getPart(false) == null
						|| !(ref instanceof org.eclipse.ui.IEditorReference)) {
					return;
				}
				page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
					if (page.getWorkbenchWindow().getActivePage() == page && page.getEditorReferences().length == 0
							&& page.getPerspective() != null && KarmaUi.PERSPECTIVE_ID.equals(page.getPerspective().getId())) {
						page.setEditorAreaVisible(false);
					}
				});
			}
		});
	}
}
