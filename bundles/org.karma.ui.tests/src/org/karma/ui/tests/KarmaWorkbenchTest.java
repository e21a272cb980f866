package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.karma.core.KarmaHome;
import org.karma.rcp.internal.KarmaWorkbenchAdvisor;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.ProfilesView;

/** Runs inside the real KARMA workbench (our RCP application) on a real display. */
class KarmaWorkbenchTest {

	/** A fresh, empty KARMA home: the views must not show the profiles of whoever runs the tests. */
	@BeforeAll
	static void emptyHome() throws Exception {
		KarmaServices.setHome(KarmaHome.at(java.nio.file.Files.createTempDirectory("karma-ui-home")));
		processEvents();
	}

	private static IWorkbenchWindow window() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null) {
			window = workbench.getWorkbenchWindows()[0];
		}
		return window;
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	@Test
	void workbenchWindowIsTitledKarmaAndOpensInTheKarmaPerspective() {
		IWorkbenchWindow window = window();
		assertEquals(KarmaWorkbenchAdvisor.WINDOW_TITLE, window.getShell().getText());
		assertEquals(KarmaUi.PERSPECTIVE_ID, window.getActivePage().getPerspective().getId());
		assertEquals("KARMA", window.getActivePage().getPerspective().getLabel());
	}

	@Test
	void karmaPerspectiveShowsTheSyncProfilesView() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = window();
		IWorkbenchPage page = workbench.showPerspective(KarmaUi.PERSPECTIVE_ID, window);
		processEvents();
		IViewReference reference = page.findViewReference(KarmaUi.PROFILES_VIEW_ID);
		assertNotNull(reference, "the KARMA perspective contains the Sync Profiles view");
		assertEquals("Sync Profiles", reference.getPartName());
		IViewPart part = reference.getView(true);
		ProfilesView view = assertInstanceOf(ProfilesView.class, part);
		assertTrue(page.isPartVisible(view), "the view is visible");

		Table table = view.getViewer().getTable();
		assertFalse(table.isDisposed());
		assertTrue(table.isVisible(), "table is showing");
		List<String> titles = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
		assertEquals(ProfilesView.COLUMNS, titles);
		assertEquals(0, table.getItemCount(), "no profiles yet");
		assertEquals("No sync profiles yet.", view.getEmptyMessage());
	}

	@Test
	void menuBarHasFileWindowHelpWithQuitAndAbout() {
		Menu bar = window().getShell().getMenuBar();
		assertNotNull(bar, "the window has a menu bar");
		List<String> titles = Arrays.stream(bar.getItems()).map(item -> item.getText().replace("&", "")).toList();
		assertEquals(List.of("File", "Window", "Help"), titles);
		MenuItem window = bar.getItem(1);
		assertTrue(labels(window.getMenu()).contains("Preferences"), labels(window.getMenu()).toString());
		assertTrue(labels(bar.getItem(2).getMenu()).stream().anyMatch(l -> l.startsWith("About")),
				labels(bar.getItem(2).getMenu()).toString());
	}

	private static List<String> labels(Menu menu) {
		// menus are filled when shown: ask the manager to fill them without opening them
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "").replaceAll("\\t.*", ""))
				.toList();
	}

	@Test
	void perspectiveIsOfferedInTheRegistry() {
		assertNotNull(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(KarmaUi.PERSPECTIVE_ID));
		assertNotNull(PlatformUI.getWorkbench().getViewRegistry().find(KarmaUi.PROFILES_VIEW_ID));
	}
}
