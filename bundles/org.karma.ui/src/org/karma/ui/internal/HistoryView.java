package org.karma.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.karma.core.history.HistoryException;
import org.karma.core.history.HistoryQuery;
import org.karma.core.history.Run;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.ui.internal.history.RunChart;
import org.karma.ui.internal.history.RunItemsDialog;
import org.karma.ui.internal.history.RunLogDialog;

/**
 * The Sync History view: the runs from the history database, newest first (time, profile,
 * status, counts, bytes, duration), filtered by profile; it refreshes after each KARMA job. A run's
 * items and log open in dialogs (Items..., Log..., double-click); below the runs a chart shows the
 * bytes and duration of the filtered profile's runs.
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
	private Button itemsButton;
	private Button logButton;
	private RunChart chart;
	private Label message;
	private TableViewer viewer;
	private final Runnable homeListener = () -> Display.getDefault().asyncExec(this::refresh);

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(5, false));
		new Label(parent, SWT.NONE).setText("Profile:");
		filter = new Combo(parent, SWT.READ_ONLY);
		filter.setLayoutData(new GridData(200, SWT.DEFAULT));
		filter.addListener(SWT.Selection, e -> refresh());
		message = new Label(parent, SWT.NONE);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		itemsButton = new Button(parent, SWT.PUSH);
		itemsButton.setText("Items...");
		itemsButton.setToolTipText("The files the selected run acted on");
		itemsButton.addListener(SWT.Selection, e -> selectedRun().ifPresent(r -> openItems(r.id(), true)));
		logButton = new Button(parent, SWT.PUSH);
		logButton.setText("Log...");
		logButton.setToolTipText("The log file of the selected run");
		logButton.addListener(SWT.Selection, e -> selectedRun().ifPresent(r -> openLog(r.id(), true)));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		chart = new RunChart(sash);
		sash.setWeights(3, 1);
		viewer.addSelectionChangedListener(e -> updateButtons());
		viewer.addDoubleClickListener(e -> selectedRun().ifPresent(r -> openItems(r.id(), true)));
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
			if (ALL.equals(selected)) {
				chart.setRuns(List.of(), "Choose a profile to see the bytes and duration of its runs.");
			} else {
				chart.setRuns(runs, "No finished runs of " + selected + " yet.");
			}
		} catch (HistoryException | RuntimeException e) {
			viewer.setInput(List.of());
			chart.setRuns(List.of(), "");
			message.setText("The history cannot be read: " + e.getMessage());
		}
		updateButtons();
		message.getParent().layout(true);
	}

	private void updateButtons() {
		boolean one = selectedRun().isPresent();
		itemsButton.setEnabled(one);
		logButton.setEnabled(one);
	}

	private Optional<Run> selectedRun() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Run run ? Optional.of(run) : Optional.empty();
	}

	/**
	 * Selects (and reveals) the run with this id, showing all profiles if the current filter hides it.
	 *
	 * @return whether the run is in the list
	 */
	public boolean select(long runId) {
		for (int pass = 0; pass < 2; pass++) {
			@SuppressWarnings("unchecked")
			List<Run> runs = (List<Run>) viewer.getInput();
			Optional<Run> run = runs == null ? Optional.empty() : runs.stream().filter(r -> r.id() == runId).findFirst();
			if (run.isPresent()) {
				viewer.setSelection(new StructuredSelection(run.get()), true);
				updateButtons();
				return true;
			}
			setFilter(ALL);
		}
		return false;
	}

	/**
	 * Opens the items of a run in a dialog.
	 *
	 * @param block whether to wait until the dialog is closed (tests pass false)
	 * @return the dialog, or empty when the run is not in the history (a message says so)
	 */
	public Optional<RunItemsDialog> openItems(long runId, boolean block) {
		Optional<HistoryQuery.RunDetails> details = details(runId);
		if (details.isEmpty()) {
			return Optional.empty();
		}
		RunItemsDialog dialog = new RunItemsDialog(getSite().getShell(), details.get());
		dialog.setBlockOnOpen(block);
		dialog.open();
		return Optional.of(dialog);
	}

	/**
	 * Opens the log file of a run in a dialog; a message says when it is gone (logs are kept for the
	 * days set in the preferences).
	 *
	 * @param block whether to wait until the dialog is closed (tests pass false)
	 */
	public Optional<RunLogDialog> openLog(long runId, boolean block) {
		Optional<HistoryQuery.RunDetails> details = details(runId);
		if (details.isEmpty()) {
			return Optional.empty();
		}
		String text;
		try {
			text = details.get().logExists() ? Files.readString(details.get().log(), StandardCharsets.UTF_8) : null;
		} catch (IOException | UncheckedIOException e) {
			text = null;
		}
		if (text == null) {
			MessageDialog.openInformation(getSite().getShell(), "Run log", "The log of run " + runId + " ("
					+ details.get().log() + ") is no longer there: run logs are kept for the days set in Preferences > KARMA.");
			return Optional.empty();
		}
		RunLogDialog dialog = new RunLogDialog(getSite().getShell(), "Log of run " + runId, details.get().log().toString(),
				text);
		dialog.setBlockOnOpen(block);
		dialog.open();
		return Optional.of(dialog);
	}

	private Optional<HistoryQuery.RunDetails> details(long runId) {
		try {
			Optional<HistoryQuery.RunDetails> details = KarmaServices.history().details(runId);
			if (details.isEmpty()) {
				MessageDialog.openInformation(getSite().getShell(), "Sync History", "Run " + runId
						+ " is no longer in the history.");
			}
			return details;
		} catch (HistoryException e) {
			MessageDialog.openError(getSite().getShell(), "Sync History", "The history cannot be read: " + e.getMessage());
			return Optional.empty();
		}
	}

	/** The chart of the selected profile's runs. */
	public RunChart getChart() {
		return chart;
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
