package org.karma.rcp.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The desktop menu bar: File, Window, Help with the standard workbench actions, and the usual
 * additions groups so that KARMA's own commands (and those of other plug-ins) can contribute.
 */
public final class KarmaActionBarAdvisor extends ActionBarAdvisor {

	/** Ids of the top-level menus, in order. */
	public static final String[] MENU_IDS = { IWorkbenchActionConstants.M_FILE, IWorkbenchActionConstants.M_WINDOW,
			IWorkbenchActionConstants.M_HELP };

	private IWorkbenchAction quit;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;

	public KarmaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = register(ActionFactory.QUIT.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
	}

	private <T extends IWorkbenchAction> T register(T action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(resetPerspective);
		windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(new Separator());
		windowMenu.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(about);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(file);
		menuBar.add(windowMenu);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(help);
	}
}
