package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.core.KarmaHome;
import org.karma.core.history.Counts;
import org.karma.core.history.Run;
import org.karma.core.history.RunStatus;
import org.karma.core.jobs.SyncJob;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.KarmaSettings.Notify;
import org.karma.core.settings.Setting;
import org.karma.model.Profiles;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.HistoryView;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.NewProfileWizard;
import org.karma.ui.internal.history.RunChart;
import org.karma.ui.internal.history.RunItemsDialog;
import org.karma.ui.internal.history.RunLogDialog;
import org.karma.ui.internal.notify.ResultNotifier;
import org.karma.ui.internal.notify.RunNotice;
import org.karma.ui.internal.prefs.KarmaPreferencePage;

/**
 * The Sync History view after real syncs: the filter, a run's items and log, the chart's data;
 * the KARMA preference page writing the settings file; the notice shown when a sync ends and
 * "Show in History" selecting its run. Waits by joining the KARMA job family, never by sleeping.
 */
class HistoryViewTest {

	Path dir;
	KarmaHome home;
	IWorkbenchPage page;

	@BeforeEach
	void setUp() throws Exception {
		dir = Files.createTempDirectory("karma-history-test");
		home = KarmaHome.at(dir.resolve("home"));
		KarmaServices.setHome(home);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(KarmaUi.PERSPECTIVE_ID, window);
		UiWait.processEvents();
	}

	@AfterEach
	void tearDown() {
		UiWait.joinKarmaJobs();
	}

	/** Stores a profile syncing {@code dir/<name>-left} to {@code dir/<name>-right}. */
	Path profile(String name) throws Exception {
		Path left = Files.createDirectories(dir.resolve(name + "-left"));
		KarmaServices.profiles()
				.create(Profiles.create(name, left.toString(), dir.resolve(name + "-right").toString()));
		return left;
	}

	/** Runs one sync of a stored profile as the workbench does (a SyncJob) and waits for it. */
	SyncJob sync(String name) throws Exception {
		SyncJob job = new SyncJob(KarmaServices.syncOperation(), KarmaServices.profiles().load(name));
		job.schedule();
		UiWait.joinKarmaJobs();
		assertTrue(job.outcome().isPresent(), () -> "the sync of " + name + " ran: " + job.failure());
		return job;
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
	void twoSyncsShowFilteredWithCountsItemsLogAndChart() throws Exception {
		Path photos = profile("photos");
		Files.writeString(photos.resolve("a.jpg"), "aaaa");
		Files.writeString(photos.resolve("b.jpg"), "bbbbbb");
		long first = sync("photos").outcome().get().runId();
		Files.writeString(photos.resolve("c.jpg"), "cc");
		long second = sync("photos").outcome().get().runId();
		Path other = profile("other");
		Files.writeString(other.resolve("x.txt"), "x");
		long otherRun = sync("other").outcome().get().runId();

		HistoryView history = (HistoryView) page.showView(KarmaUi.HISTORY_VIEW_ID);
		history.setFilter("photos");
		Table runs = history.getViewer().getTable();
		UiWait.until("the two runs of photos", () -> runs.getItemCount() == 2);
		int created = HistoryView.COLUMNS.indexOf("Created");
		int bytes = HistoryView.COLUMNS.indexOf("Bytes");
		int profile = HistoryView.COLUMNS.indexOf("Profile");
		assertEquals(List.of("photos", "1", "2"), List.of(row(runs, 0).get(profile), row(runs, 0).get(created),
				row(runs, 0).get(bytes)), "newest first: the second run copied c.jpg");
		assertEquals(List.of("photos", "2", "10"), List.of(row(runs, 1).get(profile), row(runs, 1).get(created),
				row(runs, 1).get(bytes)));

		// the chart paints one point per run, oldest first, with the runs' bytes and durations
		List<RunChart.ChartPoint> points = history.getChart().points();
		assertEquals(List.of(first, second), points.stream().map(RunChart.ChartPoint::runId).toList());
		assertEquals(List.of(10L, 2L), points.stream().map(RunChart.ChartPoint::bytes).toList());
		Run firstRun = KarmaServices.history().details(first).orElseThrow().run();
		assertEquals(firstRun.end().get().toEpochMilli() - firstRun.start().toEpochMilli(), points.get(0).millis());
		history.setFilter(HistoryView.ALL);
		assertEquals(3, runs.getItemCount());
		assertEquals(List.of(), history.getChart().points(), "no chart across profiles");
		history.setFilter("photos");

		// the items of the first run
		RunItemsDialog items = history.openItems(first, false).orElseThrow();
		try {
			Table table = items.getViewer().getTable();
			assertEquals(RunItemsDialog.COLUMNS.size(), table.getColumnCount());
			List<String> rows = new ArrayList<>();
			for (int i = 0; i < table.getItemCount(); i++) {
				List<String> r = row(table, i);
				rows.add(r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + r.get(4));
			}
			rows.sort(null);
			assertEquals(List.of("a.jpg copy left to right done 4 ", "b.jpg copy left to right done 6 "), rows);
		} finally {
			items.close();
		}

		// its log
		RunLogDialog log = history.openLog(first, false).orElseThrow();
		try {
			String text = log.getText().getText();
			assertEquals(Files.readString(home.logs().resolve("run-" + first + ".log"), StandardCharsets.UTF_8), text);
			assertTrue(text.contains("run " + first + ": two-way"), text);
			assertTrue(text.contains("2 created"), text);
		} finally {
			log.close();
		}

		// selecting a run of another profile switches the filter to all profiles
		assertTrue(history.select(otherRun));
		assertEquals(HistoryView.ALL, history.getFilter().getText());
		assertEquals(otherRun, ((Run) ((IStructuredSelection) history.getViewer().getSelection()).getFirstElement()).id());
		assertFalse(history.select(999_999));
	}

	@Test
	void aFinishedSyncGivesANoticeWhoseLinkSelectsTheRunInHistory() throws Exception {
		ResultNotifier.install();
		Path docs = profile("docs");
		Files.writeString(docs.resolve("a.txt"), "alpha");
		SyncJob job = sync("docs");
		long runId = job.outcome().get().runId();

		RunNotice notice = RunNotice.forJob(job, Notify.ALWAYS).orElseThrow();
		assertEquals("docs synced", notice.title());
		assertEquals("Run " + runId + ": ok\n1 created, 0 updated, 0 deleted, 0 conflicts, 0 errors, 5 bytes",
				notice.text());
		assertEquals(OptionalLong.of(runId), notice.runId());
		assertEquals(Optional.empty(), RunNotice.forJob(job, Notify.FAILURES), "nothing failed");
		assertEquals(Optional.empty(), RunNotice.forJob(job, Notify.NEVER));
		job.setProperty(RunNotice.SCHEDULED, Boolean.TRUE);
		assertEquals(Optional.empty(), RunNotice.forJob(job, Notify.ALWAYS), "a scheduled run that went fine is quiet");
		assertEquals("docs: some items failed", RunNotice.finished("docs", 7, RunStatus.PARTIAL,
				new Counts(1, 0, 0, 0, 2), 9, Notify.FAILURES).orElseThrow().title());
		assertEquals(Optional.empty(), RunNotice.finished("docs", 7, RunStatus.CANCELLED, Counts.NONE, 0, Notify.ALWAYS));
		assertEquals("docs: sync failed", RunNotice.failed("docs", "left: cannot connect", Notify.FAILURES)
				.orElseThrow().title());

		// the notifier (settings at their default: always) showed this run's notice
		UiWait.until("the notice of run " + runId,
				() -> ResultNotifier.lastNotice().map(n -> n.runId().equals(OptionalLong.of(runId))).orElse(false));

		// "Show in History"
		if (page.findView(KarmaUi.HISTORY_VIEW_ID) != null) {
			page.hideView(page.findView(KarmaUi.HISTORY_VIEW_ID));
		}
		HistoryView history = ResultNotifier.showInHistory(runId).orElseThrow();
		Object selected = ((IStructuredSelection) history.getViewer().getSelection()).getFirstElement();
		assertEquals(runId, ((Run) selected).id());
	}

	@Test
	void thePreferencePageWritesTheSettingsFileThatTheCoreReads() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(),
				KarmaPreferencePage.ID, new String[] { KarmaPreferencePage.ID }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			UiWait.processEvents();
			KarmaPreferencePage prefs = (KarmaPreferencePage) dialog.getSelectedPage();
			assertEquals("4", prefs.getValue(Setting.SYNC_CONCURRENCY));
			assertEquals("always", prefs.getValue(Setting.NOTIFICATIONS));
			prefs.setValue(Setting.SYNC_CONCURRENCY, "0");
			UiWait.processEvents();
			assertFalse(prefs.isValid());
			assertEquals("sync.concurrency: 0 is out of range (allowed: 1 to 64)", prefs.getErrorMessage());
			prefs.setValue(Setting.SYNC_CONCURRENCY, "6");
			prefs.setValue(Setting.NOTIFICATIONS, "failures");
			prefs.setValue(Setting.PROFILE_DIRECTION, "mirror");
			UiWait.processEvents();
			assertTrue(prefs.isValid());
			assertTrue(prefs.performOk());
		} finally {
			dialog.close();
		}
		String file = Files.readString(home.root().resolve("settings.properties"), StandardCharsets.UTF_8);
		assertTrue(file.contains("sync.concurrency=6\n"), file);
		KarmaSettings settings = KarmaSettings.load(home);
		assertEquals(6, settings.concurrency());
		assertEquals(Notify.FAILURES, settings.notifications());

		// the New Profile wizard starts from these defaults
		NewProfileWizard wizard = new NewProfileWizard();
		WizardDialog wizardDialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
		wizardDialog.setBlockOnOpen(false);
		wizardDialog.open();
		try {
			wizardDialog.showPage(wizard.getModePage());
			UiWait.processEvents();
			assertEquals("mirror", wizard.getModePage().getDirectionCombo().getText());
		} finally {
			wizardDialog.close();
		}

		// Restore Defaults puts every field back; Apply writes a file without values
		PreferenceDialog again = PreferencesUtil.createPreferenceDialogOn(page.getWorkbenchWindow().getShell(),
				KarmaPreferencePage.ID, new String[] { KarmaPreferencePage.ID }, null);
		again.setBlockOnOpen(false);
		again.open();
		try {
			KarmaPreferencePage prefs = (KarmaPreferencePage) again.getSelectedPage();
			assertEquals("6", prefs.getValue(Setting.SYNC_CONCURRENCY), "read back from the file");
			prefs.restoreDefaults();
			assertEquals("4", prefs.getValue(Setting.SYNC_CONCURRENCY));
			assertTrue(prefs.performOk());
		} finally {
			again.close();
		}
		assertEquals(KarmaSettings.defaults(), KarmaSettings.load(home));
	}
}
