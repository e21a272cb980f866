package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.karma.core.KarmaHome;
import org.karma.core.jobs.SyncJob;
import org.karma.model.Profiles;
import org.karma.model.profile.Direction;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.HistoryView;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.NewProfileWizard;
import org.karma.ui.internal.PreviewView;
import org.karma.ui.internal.ProfileRow;
import org.karma.ui.internal.ProfilesView;
import org.karma.ui.internal.versions.VersionsView;

/**
 * Not a test of behaviour: takes the screenshots of docs/workbench.md with real data (profiles
 * synced by the real engine, a plan with a conflict). Runs only when {@code karma.screenshots}
 * names the output folder — {@code releng/screenshots.sh} sets it; a normal test run skips it.
 */
@EnabledIfSystemProperty(named = ScreenshotsTest.PROPERTY, matches = ".+")
class ScreenshotsTest {

	static final String PROPERTY = "karma.screenshots";

	Path out;
	Path dir;
	IWorkbenchPage page;
	Shell window;

	@BeforeEach
	void setUp() throws Exception {
		out = Files.createDirectories(Path.of(System.getProperty(PROPERTY)));
		dir = Files.createTempDirectory("karma-screenshots");
		KarmaServices.setHome(KarmaHome.at(dir.resolve("home")));
		IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(KarmaUi.PERSPECTIVE_ID, w);
		window = w.getShell();
		window.setBounds(0, 0, 1280, 800);
		UiWait.processEvents();
	}

	@Test
	void workbenchViews() throws Exception {
		// real data: three profiles, synced by the engine, one with a conflict waiting
		SyncProfile photos = profile("photos", Direction.MIRROR, "IMG_0001.jpg", "IMG_0002.jpg", "2025/IMG_0101.jpg");
		SyncProfile docs = profile("documents", Direction.TWO_WAY, "report.txt", "notes/todo.txt", "notes/ideas.txt",
				"budget.csv");
		SyncProfile music = profile("music", Direction.UPDATE, "a.flac", "b.flac");
		sync(photos);
		sync(docs);
		sync(music);
		// changes since: new and edited files on both sides, and a conflict on report.txt
		Path left = Path.of(docs.getLeft().getUri());
		Path right = Path.of(docs.getRight().getUri());
		write(left.resolve("report.txt"), "Quarterly report\nrevised on the laptop\n");
		write(right.resolve("report.txt"), "Quarterly report\nrevised on the file server\n");
		write(left.resolve("notes/meeting.txt"), "agenda\n");
		write(right.resolve("slides.odp"), "slides");
		Files.delete(left.resolve("notes/ideas.txt"));
		write(left.resolve("budget.csv"), "month,amount\njan,100\nfeb,120\n");
		sync(docs);
		write(left.resolve("budget.csv"), "month,amount\njan,100\nfeb,120\nmar,90\n");
		write(left.resolve("report.txt"), "Quarterly report\nrevised again on the laptop\n");
		write(right.resolve("report.txt"), "Quarterly report\nrevised again on the file server by Anna\n");
		write(left.resolve("notes/travel.txt"), "trains\n");
		write(right.resolve("notes/todo.txt"), "buy milk\ncall Anna\n");

		ProfilesView profiles = (ProfilesView) page.showView(KarmaUi.PROFILES_VIEW_ID);
		profiles.refresh();
		UiWait.until("three profiles", () -> profiles.getViewer().getTable().getItemCount() == 3);
		select(profiles, "documents");
		capture(profiles, profiles.getViewer().getControl(), "profiles-view.png");

		profiles.getSite().getService(IHandlerService.class).executeCommand(KarmaUi.PREVIEW_COMMAND_ID, null);
		UiWait.joinKarmaJobs();
		PreviewView preview = (PreviewView) page.findView(KarmaUi.PREVIEW_VIEW_ID);
		UiWait.until("the plan in the preview", () -> preview != null && preview.getPlanTree() != null);
		for (Object folder : preview.getPlanTree().folders()) {
			preview.getViewer().expandToLevel(folder, 1);
		}
		UiWait.processEvents();
		page.activate(preview);
		capture(preview, preview.getViewer().getControl(), "preview-view.png");

		HistoryView history = (HistoryView) page.showView(KarmaUi.HISTORY_VIEW_ID);
		history.setFilter("documents");
		history.refresh();
		UiWait.until("the runs of documents in the history", () -> history.getViewer().getTable().getItemCount() >= 3);
		capture(history, history.getViewer().getControl(), "history-view.png");
		history.setFilter(HistoryView.ALL);
		history.refresh();
		UiWait.until("the runs in the history", () -> history.getViewer().getTable().getItemCount() >= 5);

		// the versions the second sync of documents kept (budget.csv overwritten, ideas.txt deleted)
		VersionsView versions = (VersionsView) page.showView(KarmaUi.VERSIONS_VIEW_ID);
		versions.selectProfile("documents");
		UiWait.joinKarmaJobs();
		UiWait.joinKarmaJobs();
		versions.getViewer().expandAll();
		UiWait.processEvents();
		capture(versions, versions.getViewer().getControl(), "versions-view.png");
		org.eclipse.swt.widgets.TreeItem budget = java.util.Arrays.stream(versions.getViewer().getTree().getItems())
				.filter(i -> i.getText(0).equals("budget.csv")).findFirst().orElseThrow();
		versions.compareWithCurrent((org.karma.core.versions.VersionsOperation.Listed) budget.getItem(0).getData());
		UiWait.joinKarmaJobs();
		UiWait.joinKarmaJobs();
		capture(window, "compare-version.png");
		page.closeAllEditors(false);
		UiWait.processEvents();
		page.activate(profiles);
		capture(window, "workbench.png");

		select(profiles, "documents");
		profiles.getSite().getService(IHandlerService.class).executeCommand(KarmaUi.EDIT_PROFILE_COMMAND_ID, null);
		UiWait.processEvents();
		org.eclipse.ui.IEditorPart editor = page.getActiveEditor();
		assertTrue(editor != null, "the profile editor opened");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		UiWait.processEvents();
		capture(window, "profile-editor.png");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		page.closeAllEditors(false);
		UiWait.processEvents();

		org.eclipse.jface.preference.PreferenceDialog preferences = org.eclipse.ui.dialogs.PreferencesUtil
				.createPreferenceDialogOn(window, "org.karma.ui.preferences", null, null);
		preferences.setBlockOnOpen(false);
		preferences.open();
		try {
			UiWait.processEvents();
			capture(preferences.getShell(), "preferences.png");
		} finally {
			preferences.close();
		}

		NewProfileWizard wizard = new NewProfileWizard();
		WorkbenchFlowTest.Dialog dialog = new WorkbenchFlowTest.Dialog(window, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiWait.processEvents();
			wizard.getEndpointsPage().getNameText().setText("backup");
			wizard.getEndpointsPage().getLeft().getLocationText().setText(left.toString());
			wizard.getEndpointsPage().getRight().setScheme("sftp");
			wizard.getEndpointsPage().getRight().getLocationText().setText("me@backup.example.org/srv/backup/docs");
			UiWait.processEvents();
			capture(dialog.getShell(), "new-profile-wizard.png");
		} finally {
			dialog.close();
		}
	}

	SyncProfile profile(String name, Direction direction, String... files) throws Exception {
		Path left = dir.resolve(name + "/laptop");
		Path right = dir.resolve(name + "/server");
		Files.createDirectories(right);
		Instant time = Instant.parse("2026-11-20T09:30:00Z");
		for (String file : files) {
			write(left.resolve(file), name + " " + file + "\n");
			Files.setLastModifiedTime(left.resolve(file), FileTime.from(time));
		}
		SyncProfile profile = Profiles.create(name, left.toString(), right.toString());
		profile.setDirection(direction);
		KarmaServices.profiles().create(profile);
		return KarmaServices.profiles().load(name);
	}

	static void write(Path file, String text) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	void sync(SyncProfile profile) throws Exception {
		SyncJob job = new SyncJob(KarmaServices.syncOperation(), profile);
		job.schedule();
		UiWait.joinKarmaJobs();
		assertTrue(job.getResult().getSeverity() < org.eclipse.core.runtime.IStatus.ERROR, job.getResult().toString());
	}

	static void select(ProfilesView view, String name) {
		ProfileRow row = ((List<?>) view.getViewer().getInput()).stream().map(ProfileRow.class::cast)
				.filter(r -> r.name().equals(name)).findFirst().orElseThrow();
		view.getViewer().setSelection(new StructuredSelection(row), true);
		view.getSite().getPage().activate(view);
		UiWait.processEvents();
	}

	/**
	 * The view maximized, with its tab and toolbar: the tab folder around {@code inside}, a control
	 * of the view.
	 */
	void capture(IViewPart view, Control inside, String name) throws Exception {
		page.activate(view);
		org.eclipse.ui.IWorkbenchPartReference ref = page.getReference(view);
		page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
		UiWait.processEvents();
		try {
			Control c = inside;
			while (c != null && !(c instanceof org.eclipse.swt.custom.CTabFolder)) {
				c = c.getParent();
			}
			capture(c != null ? c : inside, name);
		} finally {
			page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
			UiWait.processEvents();
		}
	}

	/** Copies what the display shows of {@code control} into a PNG in the output folder. */
	void capture(Control control, String name) throws Exception {
		Display display = control.getDisplay();
		control.getShell().forceActive();
		control.getShell().update();
		UiWait.processEvents();
		Point origin = control.toDisplay(0, 0);
		Point size = control.getSize();
		if (control instanceof Shell shell) {
			// the client area, and the menu bar above it (without a window manager nobody draws a
			// frame, and Xvfb shows black where it would be)
			Point client = shell.toDisplay(0, 0);
			Rectangle area = shell.getClientArea();
			int top = shell.getMenuBar() != null ? shell.getBounds().y : client.y;
			origin = new Point(client.x, top);
			size = new Point(area.width, client.y - top + area.height);
		}
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(out.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		System.out.println("screenshot " + out.resolve(name));
	}
}
