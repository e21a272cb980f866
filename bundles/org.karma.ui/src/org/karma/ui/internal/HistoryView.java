package org.karma.ui.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.karma.core.history.HistoryException;
import org.karma.core.history.Run;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;

/**
 * The Sync History view: the runs from the history database, newest first (time, profile,
 * status, counts, bytes, duration), filtered by profile; it refreshes after each KARMA job.
 */
public final class HistoryView extends ViewPart {

	/** Column titles, in order. */
	public static final List<String> COLUMNS = List.of("Time", "Profile", "Status", "Created", "Updated", "Deleted",
			"Conflicts", "Errors", "Bytes", "Duration");

	/** The filter entry that shows every run. */
	public static final String ALL = "All profiles";

	/** How many runs the view shows at most. */
	static final int LIMIT = 500;

	private Combo filter;
	private Label message;
	private TableViewer viewer;
	private final Runnable homeListener = () -> Display.getDefault().asyncExec(this::refresh);

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		new Label(parent, SWT.NONE).setText("Profile:");
		filter = new Combo(parent, SWT.READ_ONLY);
		filter.setLayoutData(new GridData(200, SWT.DEFAULT));
		filter.addListener(SWT.Selection, e -> refresh());
		message = new Label(parent, SWT.NONE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		column("Time", 150, r -> ProfilesView.TIME.format(r.start()));
		column("Profile", 140, r -> r.subject().profile().orElse(r.subject().title()));
		column("Status", 110, r -> r.status().name().toLowerCase(Locale.ROOT) + (r.dryRun() ? " (preview)" : ""));
		column("Created", 70, r -> String.valueOf(r.counts().created()));
		column("Updated", 70, r -> String.valueOf(r.counts().updated()));
		column("Deleted", 70, r -> String.valueOf(r.counts().deleted()));
		column("Conflicts", 70, r -> String.valueOf(r.counts().conflicts()));
		column("Errors", 60, r -> String.valueOf(r.counts().errors()));
		column("Bytes", 90, r -> String.valueOf(r.bytes()));
		column("Duration", 80, r -> r.end().map(end -> millis(Duration.between(r.start(), end))).orElse("running"));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(viewer);
		KarmaJobWatcher.install(table, this::refresh);
		KarmaServices.onHomeChanged(homeListener);
		refresh();
	}

	private static String millis(Duration d) {
		return d.toMillis() < 1000 ? d.toMillis() + " ms" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
	}

	private void column(String title, int width, Function<Run, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Run) element);
			}
		});
	}

	/** Shows only the runs of {@code profile} (or all with {@link #ALL}). */
	public void setFilter(String profile) {
		refreshFilter();
		int index = filter.indexOf(profile);
		filter.select(Math.max(0, index));
		refresh();
	}

	private void refreshFilter() {
		String current = filter.getSelectionIndex() < 0 ? ALL : filter.getItem(filter.getSelectionIndex());
		filter.removeAll();
		filter.add(ALL);
		try {
			ProfileStore.Contents contents = KarmaServices.profiles().loadAll();
			contents.profiles().forEach(e -> filter.add(e.profile().getName()));
		} catch (ProfileStoreException | RuntimeException e) {
			// the runs still show; the profiles view says what is wrong with the profiles
		}
		int index = filter.indexOf(current);
		filter.select(index < 0 ? 0 : index);
	}

	/** Reloads the runs. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		refreshFilter();
		String selected = filter.getItem(filter.getSelectionIndex());
		try {
			List<Run> runs = KarmaServices.history().runs(ALL.equals(selected) ? Optional.empty() : Optional.of(selected),
					LIMIT);
			viewer.setInput(runs);
			message.setText(runs.isEmpty() ? "No runs yet." : runs.size() + " runs");
		} catch (HistoryException | RuntimeException e) {
			viewer.setInput(List.of());
			message.setText("The history cannot be read: " + e.getMessage());
		}
		message.getParent().layout(true);
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public Combo getFilter() {
		return filter;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		KarmaServices.removeHomeListener(homeListener);
		super.dispose();
	}
}
