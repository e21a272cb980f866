package org.karma.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.karma.core.history.HistoryException;
import org.karma.core.history.HistoryQuery;
import org.karma.core.history.Run;
import org.karma.core.history.RunStatus;
import org.karma.core.jobs.KarmaJobs;
import org.karma.core.jobs.SyncJob;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.core.profiles.ScheduleText;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.KarmaUi;
import org.karma.ui.internal.schedule.WorkbenchScheduler;

/**
 * The Sync Profiles view: the stored profiles with their direction, endpoints, schedule and last
 * run (from the history), an icon for their state; New, Delete, Duplicate, Preview, Sync Now and
 * Stop in the toolbar and context menu. It refreshes when a KARMA job starts or ends.
 */
public final class ProfilesView extends ViewPart {

	/** Column titles, in order. */
	public static final List<String> COLUMNS = List.of("Name", "Direction", "Left", "Right", "Schedule", "Last run", "Next run", "State");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private Label emptyMessage;
	private final Runnable homeListener = () -> Display.getDefault().asyncExec(this::refresh);
	private final Runnable schedulerListener = () -> Display.getDefault().asyncExec(this::refreshLabels);

	@Override
	public void createPartControl(Composite parent) {
		EditorArea.hideWhenEmpty(getSite().getPage());
		parent.setLayout(new GridLayout(1, false));
		emptyMessage = new Label(parent, SWT.WRAP);
		emptyMessage.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column("Name", 160, ProfileRow::name, this::icon);
		column("Direction", 90, r -> r.profile().getDirection().getName().toLowerCase(Locale.ROOT).replace('_', '-'), null);
		column("Left", 180, r -> r.profile().getLeft().getUri(), null);
		column("Right", 180, r -> r.profile().getRight().getUri(), null);
		column("Schedule", 100, r -> ScheduleText.format(r.profile().getSchedule()), null);
		column("Last run", 200, ProfilesView::lastRun, null);
		// the workbench scheduler (setting scheduler.workbench)
		column("Next run", 130, r -> WorkbenchScheduler.get().nextRunText(r.profile()), null);
		column("State", 110, r -> WorkbenchScheduler.get().stateText(r.profile()), null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(viewer);

		MenuManager menu = new MenuManager("#PopupMenu", KarmaUi.PROFILES_VIEW_ID);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(KarmaUi.PROFILES_VIEW_ID, menu, viewer);
		viewer.addDoubleClickListener(e -> {
			IHandlerService handlers = getSite().getService(IHandlerService.class);
			try {
				handlers.executeCommand(KarmaUi.EDIT_PROFILE_COMMAND_ID, null);
			} catch (Exception ex) {
				UiStatus.show("Edit", ex);
			}
		});
		KarmaJobWatcher.install(table, this::refresh);
		KarmaServices.onHomeChanged(homeListener);
		WorkbenchScheduler.get().addListener(schedulerListener);
		refresh();
	}

	private void column(String title, int width, Function<ProfileRow, String> text,
			Function<ProfileRow, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ProfileRow) element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((ProfileRow) element);
			}
		});
	}

	private Image icon(ProfileRow row) {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		if (row.busy()) {
			return images.getImage(ISharedImages.IMG_TOOL_FORWARD);
		}
		RunStatus status = row.lastRun().map(Run::status).orElse(null);
		if (status == null) {
			return images.getImage(ISharedImages.IMG_OBJ_FILE);
		}
		return switch (status) {
		case OK -> images.getImage(ISharedImages.IMG_OBJS_INFO_TSK);
		case CONFLICTS, PARTIAL, CANCELLED -> images.getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		default -> images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
		};
	}

	static String lastRun(ProfileRow row) {
		if (row.busy()) {
			return "running…";
		}
		return row.lastRun().map(r -> r.status().name().toLowerCase(Locale.ROOT) + (r.dryRun() ? " (preview)" : "")
				+ "  " + TIME.format(r.start())).orElse("never");
	}

	/** Reloads the profiles and their last runs. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<ProfileRow> rows = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> busy = new HashSet<>();
		for (Job job : Job.getJobManager().find(KarmaJobs.FAMILY)) {
			if (job instanceof SyncJob sync) {
				busy.add(sync.profile().getName());
			}
		}
		try {
			ProfileStore.Contents contents = KarmaServices.profiles().loadAll();
			contents.problems().forEach(p -> problems.add(p.file().getFileName() + ": " + p.message()));
			for (ProfileStore.Entry entry : contents.profiles()) {
				SyncProfile profile = entry.profile();
				Optional<Run> last = Optional.empty();
				try {
					// the last sync, not a preview (previews are dry runs in the history)
					last = KarmaServices.history().runs(Optional.of(profile.getName()), HistoryQuery.DEFAULT_LIMIT).stream()
							.filter(run -> !run.dryRun()).findFirst();
				} catch (HistoryException e) {
					problems.add("history: " + e.getMessage());
				}
				rows.add(new ProfileRow(profile, last, busy.contains(profile.getName())));
			}
			WorkbenchScheduler.get().update(contents.profiles().stream().map(ProfileStore.Entry::profile).toList());
		} catch (ProfileStoreException | RuntimeException e) {
			problems.add(e.getMessage());
		}
		IStructuredSelection selection = viewer.getStructuredSelection();
		Set<String> selected = new HashSet<>();
		for (Object o : selection.toList()) {
			selected.add(((ProfileRow) o).name());
		}
		viewer.setInput(rows);
		List<ProfileRow> reselect = rows.stream().filter(r -> selected.contains(r.name())).toList();
		if (!reselect.isEmpty()) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(reselect));
		}
		String message = rows.isEmpty() ? "No sync profiles yet." : "";
		if (!problems.isEmpty()) {
			message = (message + " " + String.join("; ", problems)).strip();
		}
		emptyMessage.setText(message);
		emptyMessage.getParent().layout(true);
	}

	/** Shows the scheduler's next runs and states again (no reload). */
	private void refreshLabels() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.refresh(true);
		}
	}

	/** The table of profiles (for tests and later contributions). */
	public TableViewer getViewer() {
		return viewer;
	}

	/** The text shown while there is no profile (and any profile that cannot be read). */
	public String getEmptyMessage() {
		return emptyMessage.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		KarmaServices.removeHomeListener(homeListener);
		WorkbenchScheduler.get().removeListener(schedulerListener);
		super.dispose();
	}
}
