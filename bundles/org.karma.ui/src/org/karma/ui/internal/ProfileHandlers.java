package org.karma.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.karma.core.jobs.KarmaJobs;
import org.karma.core.jobs.PlanJob;
import org.karma.core.jobs.SyncJob;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.KarmaUi;

/** The handlers of the profile commands (New, Delete, Duplicate, Preview, Sync Now, Stop). */
public final class ProfileHandlers {

	private ProfileHandlers() {
	}

	/** The profiles of the current selection (rows of the Sync Profiles view). */
	static List<SyncProfile> selected(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		List<SyncProfile> profiles = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object o : structured.toList()) {
				if (o instanceof ProfileRow row) {
					profiles.add(row.profile());
				} else if (o instanceof SyncProfile profile) {
					profiles.add(profile);
				}
			}
		}
		return profiles;
	}

	static Shell shell(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		return shell != null ? shell : PlatformUI.getWorkbench().getDisplay().getActiveShell();
	}

	/** Opens the New Profile wizard. */
	public static final class NewProfile extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			new WizardDialog(shell(event), new NewProfileWizard()).open();
			return null;
		}
	}

	/** Deletes the selected profiles after a confirmation (their history and saved state stay). */
	public static final class Delete extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			List<SyncProfile> profiles = selected(event);
			if (profiles.isEmpty()) {
				return null;
			}
			String names = String.join(", ", profiles.stream().map(SyncProfile::getName).toList());
			if (!MessageDialog.openConfirm(shell(event), "Delete Sync Profiles",
					"Delete " + names + "? The files on both sides are not touched; the run history is kept.")) {
				return null;
			}
			ProfileStore store = KarmaServices.profiles();
			for (SyncProfile profile : profiles) {
				try {
					store.remove(profile.getName());
				} catch (ProfileStoreException e) {
					UiStatus.show("Delete " + profile.getName(), e);
				}
			}
			refreshProfiles();
			return null;
		}
	}

	/** Saves a copy of each selected profile as {@code NAME-copy} (or {@code NAME-copy2}, …). */
	public static final class Duplicate extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			ProfileStore store = KarmaServices.profiles();
			for (SyncProfile profile : selected(event)) {
				SyncProfile copy = EcoreUtil.copy(profile);
				String name = profile.getName() + "-copy";
				for (int n = 2; java.nio.file.Files.exists(store.fileOf(name)); n++) {
					name = profile.getName() + "-copy" + n;
				}
				copy.setName(name);
				try {
					store.create(copy);
				} catch (ProfileStoreException e) {
					UiStatus.show("Duplicate " + profile.getName(), e);
				}
			}
			refreshProfiles();
			return null;
		}
	}

	/** Computes the plan of the selected profile in a job and shows it in the Synchronize Preview view. */
	public static final class Preview extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws ExecutionException {
			List<SyncProfile> profiles = selected(event);
			if (profiles.isEmpty()) {
				return null;
			}
			preview(profiles.get(0));
			return null;
		}
	}

	/** Schedules a plan job of {@code profile}; when it is done the preview view shows its plan. */
	public static PlanJob preview(SyncProfile profile) {
		PlanJob job = new PlanJob(KarmaServices.syncOperation(), profile);
		Display display = Display.getCurrent() != null ? Display.getCurrent() : PlatformUI.getWorkbench().getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent e) {
				display.asyncExec(() -> {
					PreviewView view = showView(KarmaUi.PREVIEW_VIEW_ID, PreviewView.class);
					if (view != null) {
						view.show(job, e.getResult());
					}
				});
			}
		});
		job.schedule();
		return job;
	}

	/** Syncs the selected profiles, each in its own job. */
	public static final class SyncNow extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			for (SyncProfile profile : selected(event)) {
				new SyncJob(KarmaServices.syncOperation(), profile).schedule();
			}
			return null;
		}
	}

	/** Cancels the jobs (plan or sync, running or waiting) of the selected profiles. */
	public static final class Stop extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			stop(selected(event).stream().map(SyncProfile::getName).toList());
			return null;
		}
	}

	/** Cancels the KARMA jobs of the named profiles; returns how many were asked to stop. */
	static int stop(List<String> names) {
		int n = 0;
		for (Job job : Job.getJobManager().find(KarmaJobs.FAMILY)) {
			if (job instanceof SyncJob sync && names.contains(sync.profile().getName())) {
				job.cancel();
				n++;
			}
		}
		return n;
	}

	static void refreshProfiles() {
		ProfilesView view = findView(KarmaUi.PROFILES_VIEW_ID, ProfilesView.class);
		if (view != null) {
			view.refresh();
		}
		HistoryView history = findView(KarmaUi.HISTORY_VIEW_ID, HistoryView.class);
		if (history != null) {
			history.refresh();
		}
	}

	static <T> T findView(String id, Class<T> type) {
		IWorkbenchPage page = page();
		if (page == null) {
			return null;
		}
		var reference = page.findViewReference(id);
		return reference == null ? null : type.cast(reference.getView(false));
	}

	static <T> T showView(String id, Class<T> type) {
		IWorkbenchPage page = page();
		if (page == null) {
			return null;
		}
		try {
			return type.cast(page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE));
		} catch (PartInitException e) {
			UiStatus.show("Open view", e);
			return null;
		}
	}

	private static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window == null ? null : window.getActivePage();
	}

	static boolean isError(IStatus status) {
		return status != null && status.getSeverity() == IStatus.ERROR;
	}
}
