package org.karma.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.internal.ProfileRow;

/** Edit: opens each selected profile in the Profile editor (double-click in the Sync Profiles view does the same). */
public final class EditProfileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		}
		if (window == null || !(selection instanceof IStructuredSelection structured)) {
			return null;
		}
		for (Object o : structured.toList()) {
			String name = o instanceof ProfileRow row ? row.name() : o instanceof SyncProfile p ? p.getName() : null;
			if (name != null) {
				open(window.getActivePage(), name);
			}
		}
		return null;
	}

	/** Opens (or brings to the front) the editor of the named profile in the current home's store. */
	public static ProfileEditor open(IWorkbenchPage page, String name) {
		try {
			page.setEditorAreaVisible(true);
			IEditorPart editor = page.openEditor(ProfileEditorInput.of(name), ProfileEditor.ID, true);
			return editor instanceof ProfileEditor profileEditor ? profileEditor : null;
		} catch (PartInitException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.karma.ui", "Edit " + name + ": " + e.getMessage(), e),
					StatusManager.SHOW | StatusManager.LOG);
			return null;
		}
	}
}
