package org.karma.ui.internal.versions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.internal.ProfileRow;

/** "Versions" on a profile of the Sync Profiles view: opens the Versions view on that profile. */
public final class ShowVersionsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
		String name = first instanceof ProfileRow row ? row.name() : first instanceof SyncProfile p ? p.getName() : null;
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			VersionsView view = (VersionsView) page.showView(VersionsView.ID);
			if (name != null) {
				view.selectProfile(name);
			}
		} catch (PartInitException e) {
			throw new ExecutionException("cannot open the Versions view: " + e.getMessage(), e);
		}
		return null;
	}
}
