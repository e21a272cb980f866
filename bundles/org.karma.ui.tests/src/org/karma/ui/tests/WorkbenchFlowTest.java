package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.RelPath;
import org.karma.core.KarmaHome;
import org.karma.core.history.Run;
import org.karma.core.jobs.KarmaJobs;
import org.karma.core.jobs.SyncJob;
import org.karma.engine.Action;
import org.karma.engine.Change;
import org.karma.engine.ConflictKind;
import org.karma.engine.FileState;
import org.karma.engine.Plan;
import org.karma.engine.PlanItem;
import org.karma.model.Profiles;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.HistoryView;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.NewProfileWizard;
import org.karma.ui.internal.PlanTree;
import org.karma.ui.internal.PreviewView;
import org.karma.ui.internal.ProfileRow;
import org.karma.ui.internal.ProfilesView;

/**
 * The workbench end to end on real widgets: a profile made through the New Profile wizard,
 * previewed, applied and found in the history; Stop; a large plan in the preview. Waits by
 * joining the KARMA job family or on conditions, never by sleeping.
 */
class WorkbenchFlowTest {

	Path dir;
	IWorkbenchPage page;

	/** The wizard dialog with its buttons reachable, pressed as a user would. */
	static final class Dialog extends WizardDialog {
		Dialog(Shell shell, IWizard wizard) {
			super(shell, wizard);
		}

		Button button(int id) {
			return getButton(id);
		}

		void press(int id) {
			Button button = getButton(id);
			assertTrue(button.isEnabled(), button.getText() + " is enabled");
			button.notifyListeners(SWT.Selection, new Event());
			UiWait.processEvents();
		}
	}

	@BeforeEach
	void setUp() throws Exception {
		dir = Files.createTempDirectory("karma-ui-test");
		KarmaServices.setHome(KarmaHome.at(dir.resolve("home")));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(KarmaUi.PERSPECTIVE_ID, window);
		UiWait.processEvents();
	}

	@AfterEach
	void tearDown() {
		UiWait.joinKarmaJobs();
	}

	ProfilesView profilesView() throws Exception {
		return (ProfilesView) page.showView(KarmaUi.PROFILES_VIEW_ID);
	}

	void execute(ProfilesView view, String profile, String command) throws Exception {
		page.activate(view);
		ProfileRow row = ((List<?>) view.getViewer().getInput()).stream().map(ProfileRow.class::cast)
				.filter(r -> r.name().equals(profile)).findFirst().orElseThrow();
		view.getViewer().setSelection(new StructuredSelection(row), true);
		UiWait.processEvents();
		view.getSite().getService(IHandlerService.class).executeCommand(command, null);
		UiWait.processEvents();
	}

	static List<String> row(Table table, int index) {
		TableItem item = table.getItem(index);
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < table.getColumnCount(); i++) {
			cells.add(item.getText(i));
		}
		return cells;
	}

	@Test
	void profileFromTheWizardIsPreviewedAppliedAndFoundInHistory() throws Exception {
		Path left = Files.createDirectories(dir.resolve("left"));
		Files.writeString(left.resolve("a.txt"), "alpha");
		Files.createDirectories(left.resolve("sub"));
		Files.writeString(left.resolve("sub/b.txt"), "bravo");
		Files.writeString(left.resolve("sub/c.txt"), "charlie");
		Path right = dir.resolve("right");

		// the wizard, driven through its widgets
		NewProfileWizard wizard = new NewProfileWizard();
		Dialog dialog = new Dialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiWait.processEvents();
		NewProfileWizard.EndpointsPage first = wizard.getEndpointsPage();
		assertFalse(dialog.button(IDialogConstants.FINISH_ID).isEnabled(), "nothing entered yet");
		assertFalse(dialog.button(IDialogConstants.NEXT_ID).isEnabled());
		first.getNameText().setText("my docs!");
		first.getLeft().getLocationText().setText(left.toString());
		first.getRight().getLocationText().setText(right.toString());
		UiWait.processEvents();
		assertNotNull(first.getErrorMessage(), "the validator rejects the name");
		assertTrue(first.getErrorMessage().contains("name"), first.getErrorMessage());
		assertFalse(dialog.button(IDialogConstants.NEXT_ID).isEnabled(), "no Next with an invalid profile");
		first.getNameText().setText("docs");
		UiWait.processEvents();
		assertNull(first.getErrorMessage(), first.getErrorMessage());
		assertEquals(List.of("file"), List.of(first.getLeft().getSchemeCombo().getItem(0)));
		dialog.press(IDialogConstants.NEXT_ID);
		NewProfileWizard.ModePage second = wizard.getModePage();
		assertEquals(second, dialog.getCurrentPage());
		assertEquals("two-way", second.getDirectionCombo().getText());
		wizard.getVersioningPage().getKeepSpinner().setSelection(3);
		UiWait.processEvents();
		dialog.press(IDialogConstants.FINISH_ID);
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closed the wizard");
		SyncProfile saved = KarmaServices.profiles().load("docs");
		assertEquals(3, saved.getVersioning().getCount());
		assertEquals(left.toString(), saved.getLeft().getUri());

		// the profiles view lists it
		ProfilesView profiles = profilesView();
		UiWait.until("the profile in the view", () -> profiles.getViewer().getTable().getItemCount() == 1);
		assertEquals(List.of("docs", "two-way", left.toString(), right.toString(), "manual", "never", "—", ""),
				row(profiles.getViewer().getTable(), 0));

		// preview it
		execute(profiles, "docs", KarmaUi.PREVIEW_COMMAND_ID);
		UiWait.joinKarmaJobs();
		PreviewView preview = (PreviewView) page.findView(KarmaUi.PREVIEW_VIEW_ID);
		assertNotNull(preview, "the preview view opened");
		UiWait.until("the plan in the preview", () -> preview.getPlanTree() != null);
		assertEquals("copy →: 4   copy ←: 0   delete: 0   conflict: 0", preview.getCountsText(),
				"a.txt, sub, sub/b.txt, sub/c.txt");
		assertEquals(2, preview.getViewer().getTree().getItemCount(), "two folders: / and sub");
		assertFalse(Files.exists(right.resolve("a.txt")), "a preview changes nothing");
		preview.getModeCombo().select(PlanTree.Mode.INCOMING.ordinal());
		preview.getModeCombo().notifyListeners(SWT.Selection, new Event());
		assertEquals(0, preview.getViewer().getTree().getItemCount(), "nothing comes from the right");
		preview.getModeCombo().select(PlanTree.Mode.OUTGOING.ordinal());
		preview.getModeCombo().notifyListeners(SWT.Selection, new Event());
		assertEquals(2, preview.getViewer().getTree().getItemCount());

		// skip a.txt: select it in the tree and choose Skip in the context menu
		preview.getModeCombo().select(PlanTree.Mode.BOTH.ordinal());
		preview.getModeCombo().notifyListeners(SWT.Selection, new Event());
		org.eclipse.swt.widgets.Tree tree = preview.getViewer().getTree();
		org.eclipse.swt.widgets.TreeItem root = tree.getItem(0);
		assertEquals("/  (2)", root.getText(0), "a.txt and sub");
		root.setExpanded(true);
		preview.getViewer().expandToLevel(preview.getPlanTree().folders().get(0), 1);
		UiWait.processEvents();
		org.eclipse.swt.widgets.TreeItem aTxt = Arrays.stream(root.getItems()).filter(i -> i.getText(0).equals("a.txt"))
				.findFirst().orElseThrow();
		tree.setSelection(aTxt);
		org.eclipse.swt.widgets.Menu menu = tree.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		org.eclipse.swt.widgets.MenuItem skip = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Skip"))
				.findFirst().orElseThrow();
		assertTrue(skip.isEnabled());
		assertFalse(Arrays.stream(menu.getItems()).filter(i -> i.getText().equals("Copy Right to Left")).findFirst()
				.orElseThrow().isEnabled(), "a.txt is only on the left");
		skip.notifyListeners(SWT.Selection, new Event());
		UiWait.processEvents();
		assertEquals("copy →: 3   copy ←: 0   delete: 0   conflict: 0   skip: 1", preview.getCountsText());

		// apply exactly that plan
		assertTrue(preview.getApplyButton().isEnabled());
		preview.getApplyButton().notifyListeners(SWT.Selection, new Event());
		UiWait.joinKarmaJobs();
		SyncJob applied = preview.lastApply();
		assertTrue(applied.getResult().isOK(), applied.getResult().toString());
		assertEquals("charlie", Files.readString(right.resolve("sub/c.txt")));
		assertFalse(Files.exists(right.resolve("a.txt")), "skipped");

		// the run in the history view, with its counts
		HistoryView history = (HistoryView) page.showView(KarmaUi.HISTORY_VIEW_ID);
		history.setFilter("docs");
		Table runs = history.getViewer().getTable();
		UiWait.until("both runs in the history", () -> runs.getItemCount() == 2);
		List<String> latest = row(runs, 0);
		assertEquals(HistoryView.COLUMNS.size(), latest.size());
		// a.txt skipped by the user is neither copied nor a conflict
		assertEquals(List.of("docs", "ok", "3", "0", "0", "0", "0", "12"), latest.subList(1, 9), latest.toString());
		assertEquals(List.of("docs", "ok (preview)", "0", "0", "0", "0", "0", "0"), row(runs, 1).subList(1, 9));
		Run run = KarmaServices.history().runs(Optional.of("docs"), 1).get(0);
		assertEquals(applied.outcome().orElseThrow().runId(), run.id());

		// and the profiles view shows the last run
		UiWait.until("the last run in the profiles view",
				() -> profiles.getViewer().getTable().getItem(0).getText(5).startsWith("ok "));
	}

	@Test
	void stopCancelsASyncOfTheSelectedProfile() throws Exception {
		Path left = Files.createDirectories(dir.resolve("left"));
		Files.writeString(left.resolve("a.txt"), "alpha");
		KarmaServices.profiles().create(Profiles.create("slow", left.toString(), dir.resolve("right").toString()));
		ProfilesView profiles = profilesView();
		profiles.refresh();
		// something else holds the profile's rule, so its sync waits (a job, like a sync of it under way)
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Job holder = Job.create("holds profile-slow", (IProgressMonitor m) -> {
			holding.countDown();
			try {
				release.await(UiWait.TIMEOUT_MS, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		holder.setRule(KarmaJobs.ruleFor("profile-slow"));
		holder.schedule();
		try {
			assertTrue(holding.await(UiWait.TIMEOUT_MS, TimeUnit.MILLISECONDS));
			execute(profiles, "slow", KarmaUi.SYNC_NOW_COMMAND_ID);
			Job[] syncs = Job.getJobManager().find(KarmaJobs.FAMILY);
			assertEquals(1, syncs.length, "Sync Now scheduled one job");
			java.util.concurrent.atomic.AtomicReference<IStatus> result = new java.util.concurrent.atomic.AtomicReference<>();
			syncs[0].addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
				@Override
				public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
					result.set(event.getResult());
				}
			});
			UiWait.until("the profile shown as busy",
					() -> profiles.getViewer().getTable().getItem(0).getText(5).equals("running…"));
			execute(profiles, "slow", KarmaUi.STOP_COMMAND_ID);
			release.countDown();
			UiWait.joinKarmaJobs();
			UiWait.until("the sync to end", () -> result.get() != null);
			assertEquals(IStatus.CANCEL, result.get().getSeverity(), result.get().toString());
			assertFalse(Files.exists(dir.resolve("right").resolve("a.txt")), "the stopped sync copied nothing");
			assertEquals(List.of(), KarmaServices.history().runs(Optional.of("slow"), 5));
			UiWait.until("the profile no longer busy",
					() -> profiles.getViewer().getTable().getItem(0).getText(5).equals("never"));
		} finally {
			release.countDown();
			holder.join();
		}
	}

	@Test
	void previewShowsTwentyThousandItemsLazily() throws Exception {
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		List<PlanItem> items = new ArrayList<>();
		for (int folder = 0; folder < 200; folder++) {
			for (int file = 0; file < 100; file++) {
				items.add(new PlanItem(RelPath.of(String.format("f%03d/file%03d.txt", folder, file)), Change.ADDED,
						Change.UNCHANGED, Action.COPY_LEFT_TO_RIGHT, ConflictKind.NONE, "new on the left",
						FileState.file(10, now), null, null));
			}
		}
		PreviewView preview = (PreviewView) page.showView(KarmaUi.PREVIEW_VIEW_ID);
		long start = System.nanoTime();
		preview.show(Profiles.create("big", "/l", "/r"), new Plan(items, Optional.empty()));
		UiWait.processEvents();
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals("copy →: 20000   copy ←: 0   delete: 0   conflict: 0", preview.getCountsText());
		assertEquals(200, preview.getViewer().getTree().getItemCount());
		preview.getViewer().expandToLevel(preview.getPlanTree().folders().get(199), 1);
		UiWait.processEvents();
		assertEquals(100, preview.getViewer().getTree().getItem(199).getItemCount());
		System.out.println("20k-item plan shown in " + millis + " ms");
		assertTrue(millis < 10_000, "shown in " + millis + " ms");
	}
}
