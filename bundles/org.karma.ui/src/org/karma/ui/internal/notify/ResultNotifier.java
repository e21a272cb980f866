package org.karma.ui.internal.notify;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.karma.core.jobs.SyncJob;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.SettingsException;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.HistoryView;
import org.karma.ui.internal.KarmaServices;

/**
 * Shows a small notification when a sync job ends (as the {@code notifications} setting says),
 * with the profile, status and counts and a link "Show in History" that selects the run there.
 * Installed at workbench start ({@code org.eclipse.ui.startup}).
 */
public final class ResultNotifier extends JobChangeAdapter implements IStartup {

	/** How long a notification stays, in milliseconds. */
	static final long DELAY_MS = 8000;

	private static final AtomicBoolean installed = new AtomicBoolean();
	private static volatile RunNotice last;

	@Override
	public void earlyStartup() {
		install();
	}

	/** Starts watching the sync jobs (once per workbench). */
	public static void install() {
		if (installed.compareAndSet(false, true)) {
			Job.getJobManager().addJobChangeListener(new ResultNotifier());
		}
	}

	/** The last notice shown, if any (for tests and screenshots). */
	public static Optional<RunNotice> lastNotice() {
		return Optional.ofNullable(last);
	}

	@Override
	public void done(IJobChangeEvent event) {
		if (!(event.getJob() instanceof SyncJob job) || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		KarmaSettings.Notify when;
		try {
			when = KarmaSettings.load(KarmaServices.home()).notifications();
		} catch (SettingsException e) {
			when = KarmaSettings.Notify.ALWAYS;
		}
		Optional<RunNotice> notice = RunNotice.forJob(job, when);
		if (notice.isEmpty()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> show(display, notice.get()));
		}
	}

	private static void show(Display display, RunNotice notice) {
		last = notice;
		if (display.isDisposed()) {
			return;
		}
		NotificationPopup.forDisplay(display).title("KARMA: " + notice.title(), true).content(parent -> {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(1, false));
			c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			Label text = new Label(c, SWT.WRAP);
			text.setText(notice.text());
			text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			Link link = new Link(c, SWT.NONE);
			link.setText("<a>Show in History</a>");
			link.addListener(SWT.Selection, e -> showInHistory(notice.runId().isPresent() ? notice.runId().getAsLong() : -1));
			return c;
		}).delay(DELAY_MS).open();
	}

	/**
	 * Opens the History view and selects the run (with {@code runId} -1: just opens it).
	 *
	 * @return the view, or empty if it could not be opened
	 */
	public static Optional<HistoryView> showInHistory(long runId) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return Optional.empty();
		}
		try {
			HistoryView view = (HistoryView) page.showView(KarmaUi.HISTORY_VIEW_ID);
			view.refresh();
			if (runId >= 0) {
				view.select(runId);
			}
			window.getShell().forceActive();
			return Optional.of(view);
		} catch (PartInitException e) {
			return Optional.empty();
		}
	}
}
