package org.karma.ui.internal.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IProgressConstants;
import org.karma.core.history.HistoryException;
import org.karma.core.history.IntegrityCheck;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.jobs.CheckJob;
import org.karma.core.jobs.CreateManifestJob;
import org.karma.core.jobs.VerifyManifestJob;
import org.karma.ui.internal.KarmaServices;

/**
 * The Integrity view: the integrity checks recorded in the history (manifests made, verified,
 * compared; newest first) and what the selected one found. Verify..., Verify Again and Create
 * Manifest... run {@link VerifyManifestJob} / {@link CreateManifestJob} (the same
 * {@link CheckOperation} as {@code karma check}); the view lists again when a check ends and selects
 * the record it made. Signature failures and corrupted files are shown in red with an error icon.
 */
public final class IntegrityView extends ViewPart {

	/** The view's id. */
	public static final String ID = org.karma.ui.KarmaUi.INTEGRITY_VIEW_ID;

	/** Column titles of the checks, in order. */
	public static final List<String> COLUMNS = List.of("Time", "Kind", "Status", "Group", "Files", "Found", "Manifest");

	/** Column titles of the selected check's findings, in order. */
	public static final List<String> FINDING_COLUMNS = List.of("Status", "Root", "Path", "Detail");

	/** How the view shows when a check started (local time). */
	public static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(java.time.ZoneId.systemDefault());

	/** Checks listed at most. */
	public static final int LIMIT = 500;

	private Label message;
	private TableViewer viewer;
	private Label details;
	private TableViewer findings;
	private Action verifyAction;
	private Action verifyAgainAction;
	private Action createAction;
	private Action refreshAction;
	/** The checks this view started, with the newest record id when they started. */
	private final Map<Job, Long> started = new ConcurrentHashMap<>();
	private final Runnable homeListener = () -> Display.getDefault().asyncExec(this::refresh);
	private final IJobChangeListener jobListener = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (!event.getJob().belongsTo(CheckJob.FAMILY)) {
				return;
			}
			Display.getDefault().asyncExec(() -> {
				if (viewer != null && !viewer.getControl().isDisposed()) {
					ended(event.getJob(), event.getResult());
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		message = new Label(parent, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		viewer = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(viewer, COLUMNS.get(0), 150, c -> TIME.format(((IntegrityCheck) c).start()), null);
		column(viewer, COLUMNS.get(1), 60, c -> ((IntegrityCheck) c).kind().name().toLowerCase(Locale.ROOT), null);
		column(viewer, COLUMNS.get(2), 140, c -> ((IntegrityCheck) c).status().name(), c -> severity((IntegrityCheck) c));
		column(viewer, COLUMNS.get(3), 110, c -> ((IntegrityCheck) c).group(), null);
		column(viewer, COLUMNS.get(4), 70, c -> String.valueOf(((IntegrityCheck) c).files()), null);
		column(viewer, COLUMNS.get(5), 220, c -> found((IntegrityCheck) c), c -> severity((IntegrityCheck) c) == IStatus.ERROR ? IStatus.ERROR : IStatus.OK);
		column(viewer, COLUMNS.get(6), 360, c -> ((IntegrityCheck) c).manifest(), null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> showSelected());
		viewer.addDoubleClickListener(e -> verifyAgain());

		Composite lower = new Composite(sash, SWT.NONE);
		GridLayout lowerLayout = new GridLayout(1, false);
		lowerLayout.marginWidth = 0;
		lowerLayout.marginHeight = 0;
		lower.setLayout(lowerLayout);
		details = new Label(lower, SWT.WRAP);
		details.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		findings = new TableViewer(lower, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		findings.getTable().setHeaderVisible(true);
		findings.getTable().setLinesVisible(true);
		findings.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(findings, FINDING_COLUMNS.get(0), 110, f -> ((IntegrityCheck.Finding) f).status(),
				f -> severity((IntegrityCheck.Finding) f));
		column(findings, FINDING_COLUMNS.get(1), 200, f -> ((IntegrityCheck.Finding) f).root(), null);
		column(findings, FINDING_COLUMNS.get(2), 260, f -> ((IntegrityCheck.Finding) f).path(), null);
		column(findings, FINDING_COLUMNS.get(3), 420, f -> ((IntegrityCheck.Finding) f).detail(), null);
		findings.setContentProvider(ArrayContentProvider.getInstance());
		sash.setWeights(3, 2);

		makeActions();
		getSite().setSelectionProvider(viewer);
		KarmaServices.onHomeChanged(homeListener);
		Job.getJobManager().addJobChangeListener(jobListener);
		refresh();
	}

	private void makeActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		verifyAction = action("Verify...", "Verify a manifest: its signature, then its files", () -> openVerifyDialog(true));
		verifyAgainAction = action("Verify Again", "Verify the selected record's manifest again", this::verifyAgain);
		createAction = action("Create Manifest...", "Make a signed manifest of a folder or URI", () -> openCreateDialog(true));
		createAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		refreshAction = action("Refresh", "List the recorded checks again", this::refresh);
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(verifyAction);
		toolBar.add(verifyAgainAction);
		toolBar.add(createAction);
		toolBar.add(refreshAction);
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.add(verifyAction);
		menu.add(createAction);
		menu.add(refreshAction);
		MenuManager popup = new MenuManager("#PopupMenu");
		popup.add(verifyAgainAction);
		popup.add(new Separator());
		popup.add(verifyAction);
		popup.add(createAction);
		popup.add(refreshAction);
		viewer.getTable().setMenu(popup.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(popup, viewer);
		updateActions();
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text,
			Function<Object, Integer> severity) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				if (severity == null) {
					return null;
				}
				String key = switch (severity.apply(element)) {
				case IStatus.ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
				case IStatus.WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
				case IStatus.CANCEL -> ISharedImages.IMG_OBJS_INFO_TSK;
				default -> null;
				};
				return key == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(key);
			}

			@Override
			public Color getForeground(Object element) {
				return severity != null && severity.apply(element) == IStatus.ERROR
						? Display.getCurrent().getSystemColor(SWT.COLOR_RED)
						: null;
			}
		});
	}

	/**
	 * How bad a check's outcome is: ERROR for a failed signature, a failed check or corrupted files,
	 * WARNING for other findings or unreadable files, CANCEL for a cancelled one, else OK.
	 */
	public static int severity(IntegrityCheck check) {
		return switch (check.status()) {
		case SIGNATURE_FAILED, FAILED -> IStatus.ERROR;
		case FINDINGS -> check.tally().corrupted() > 0 ? IStatus.ERROR : IStatus.WARNING;
		case ERRORS -> IStatus.WARNING;
		case CANCELLED -> IStatus.CANCEL;
		case OK -> IStatus.OK;
		};
	}

	/** ERROR for corrupted and unreadable files, OK for touched ones (a diff), else WARNING. */
	public static int severity(IntegrityCheck.Finding finding) {
		return switch (finding.status()) {
		case "CORRUPTED", "UNREADABLE" -> IStatus.ERROR;
		case "TOUCHED" -> IStatus.OK;
		default -> IStatus.WARNING;
		};
	}

	/** What a check found, in a few words. */
	public static String found(IntegrityCheck check) {
		if (check.status() == IntegrityCheck.Status.SIGNATURE_FAILED) {
			return "signature failed";
		}
		if (check.status() == IntegrityCheck.Status.FAILED || check.status() == IntegrityCheck.Status.CANCELLED) {
			return check.note().orElse(check.status().name().toLowerCase(Locale.ROOT));
		}
		if (check.kind() == IntegrityCheck.Kind.CREATE) {
			return check.errors() == 0 ? check.bytes() + " bytes"
					: check.bytes() + " bytes; " + check.errors() + " unreadable";
		}
		IntegrityCheck.Tally t = check.tally();
		boolean diff = check.kind() == IntegrityCheck.Kind.DIFF;
		List<String> parts = new ArrayList<>();
		part(parts, t.corrupted(), "corrupted");
		part(parts, t.unreadable(), "unreadable");
		part(parts, t.modified(), "modified");
		part(parts, t.missing(), diff ? "removed" : "missing");
		part(parts, t.added(), diff ? "added" : "new");
		if (parts.isEmpty()) {
			return diff ? "no differences" : "all " + t.ok() + " match";
		}
		return String.join(", ", parts) + (t.ok() > 0 ? "; " + t.ok() + " " + (diff ? "unchanged" : "match") : "");
	}

	private static void part(List<String> parts, long n, String what) {
		if (n > 0) {
			parts.add(n + " " + what);
		}
	}

	/** Lists the recorded checks again, keeping the selection when it is still there. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		long selected = selectedCheck().map(IntegrityCheck::id).orElse(-1L);
		try {
			List<IntegrityCheck> checks = KarmaServices.history().checks(LIMIT);
			viewer.setInput(checks);
			setMessage(checks.isEmpty() ? "No integrity checks yet: Create Manifest... makes one, Verify... checks one."
					: checks.size() + " integrity checks", false);
			if (selected >= 0) {
				select(selected);
			}
		} catch (HistoryException | RuntimeException e) {
			viewer.setInput(List.of());
			setMessage("The history cannot be read: " + e.getMessage(), true);
		}
		showSelected();
	}

	private void setMessage(String text, boolean error) {
		message.setText(text);
		message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		message.getParent().layout(true);
	}

	/**
	 * Selects (and reveals) the check with this id.
	 *
	 * @return whether it is in the list
	 */
	public boolean select(long checkId) {
		for (IntegrityCheck check : checks()) {
			if (check.id() == checkId) {
				viewer.setSelection(new StructuredSelection(check), true);
				return true;
			}
		}
		return false;
	}

	/** The listed checks, newest first. */
	@SuppressWarnings("unchecked")
	public List<IntegrityCheck> checks() {
		Object input = viewer.getInput();
		return input == null ? List.of() : (List<IntegrityCheck>) input;
	}

	public Optional<IntegrityCheck> selectedCheck() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof IntegrityCheck check ? Optional.of(check) : Optional.empty();
	}

	private void showSelected() {
		Optional<IntegrityCheck> check = selectedCheck();
		updateActions();
		if (check.isEmpty()) {
			details.setText("Select a check to see what it found.");
			findings.setInput(List.of());
			details.getParent().layout(true);
			return;
		}
		IntegrityCheck c = check.get();
		List<IntegrityCheck.Finding> list;
		String problem = null;
		try {
			list = KarmaServices.history().findings(c.id());
		} catch (HistoryException | RuntimeException e) {
			list = List.of();
			problem = "The findings cannot be read: " + e.getMessage();
		}
		findings.setInput(list);
		StringBuilder text = new StringBuilder();
		text.append(c.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(c.manifest());
		c.otherManifest().ifPresent(o -> text.append(" against ").append(o));
		text.append("\nSignature: ").append(c.signature());
		text.append("\nRoots: ").append(String.join(", ", c.roots()));
		c.note().ifPresent(n -> text.append("\n").append(n));
		if (problem != null) {
			text.append("\n").append(problem);
		} else if (list.isEmpty() && c.status() == IntegrityCheck.Status.OK) {
			text.append("\nNothing to report.");
		} else if (list.size() >= CheckOperation.MAX_FINDINGS_RECORDED) {
			text.append("\nOnly the first ").append(CheckOperation.MAX_FINDINGS_RECORDED).append(" findings were recorded.");
		}
		details.setText(text.toString());
		details.setForeground(severity(c) == IStatus.ERROR ? details.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		details.getParent().layout(true);
	}

	private void updateActions() {
		if (verifyAgainAction != null) {
			verifyAgainAction.setEnabled(selectedCheck().filter(c -> c.kind() != IntegrityCheck.Kind.DIFF).isPresent());
		}
	}

	/**
	 * Opens the Verify dialog; OK starts the verification.
	 *
	 * @param block wait until the dialog is closed (tests pass false and press its buttons)
	 */
	public VerifyDialog openVerifyDialog(boolean block) {
		VerifyDialog dialog = new VerifyDialog(getSite().getShell(), selectedCheck().map(IntegrityCheck::manifest).orElse(""),
				this::verify);
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	/**
	 * Opens the Create Manifest dialog; OK starts making the manifest.
	 *
	 * @param block wait until the dialog is closed (tests pass false and press its buttons)
	 */
	public CreateManifestDialog openCreateDialog(boolean block) {
		CreateManifestDialog dialog = new CreateManifestDialog(getSite().getShell(), this::create);
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	/** Verifies the selected record's manifest again (an unsigned one is allowed if it was unsigned then). */
	public Optional<VerifyManifestJob> verifyAgain() {
		Optional<IntegrityCheck> check = selectedCheck().filter(c -> c.kind() != IntegrityCheck.Kind.DIFF);
		if (check.isEmpty()) {
			return Optional.empty();
		}
		IntegrityCheck c = check.get();
		return Optional.of(verify(new CheckOperation.VerifyRequest(java.nio.file.Path.of(c.manifest()), Optional.empty(),
				"unsigned".equals(c.signature()), List.of(), CheckOperation.defaultThreads(), Optional.empty())));
	}

	/** Starts verifying; the view lists again and selects the record when it ends. */
	public VerifyManifestJob verify(CheckOperation.VerifyRequest request) {
		VerifyManifestJob job = new VerifyManifestJob(Checks.operation(), request);
		start(job, "Verifying " + request.manifest() + "...");
		return job;
	}

	/** Starts making a manifest; the view lists again and selects the record when it ends. */
	public CreateManifestJob create(CheckOperation.CreateRequest request) {
		CreateManifestJob job = new CreateManifestJob(Checks.operation(), request);
		start(job, "Making the manifest " + request.output() + "...");
		return job;
	}

	private void start(CheckJob<?> job, String text) {
		// the view shows a failure itself: no error dialog on top of it
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		started.put(job, checks().stream().mapToLong(IntegrityCheck::id).max().orElse(0));
		setMessage(text, false);
		job.schedule();
	}

	/** A check ended (on the display thread): list again, and for ours select what it recorded and say how it went. */
	private void ended(Job job, IStatus result) {
		Long before = started.remove(job);
		refresh();
		if (before == null) {
			return;
		}
		List<IntegrityCheck> checks = checks();
		if (!checks.isEmpty() && checks.get(0).id() > before) {
			select(checks.get(0).id());
		}
		if (result == null || result.getSeverity() == IStatus.CANCEL) {
			setMessage(job.getName() + ": cancelled", false);
		} else if (result.getSeverity() == IStatus.ERROR) {
			setMessage(result.getMessage(), true);
		} else if (job instanceof VerifyManifestJob verify) {
			verify.result().ifPresent(v -> setMessage(v.record().manifest() + ": " + found(v.record()), severity(v.record()) == IStatus.ERROR));
		} else if (job instanceof CreateManifestJob create) {
			create.result().ifPresent(c -> setMessage("Made " + c.manifestFile() + " (" + c.manifest().totalFiles() + " files, "
					+ (c.signatureFile().isPresent() ? "signed)" : "unsigned)"), false));
		}
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public TableViewer getFindingsViewer() {
		return findings;
	}

	public String getMessage() {
		return message.getText();
	}

	public String getDetails() {
		return details.getText();
	}

	public Action getVerifyAction() {
		return verifyAction;
	}

	public Action getVerifyAgainAction() {
		return verifyAgainAction;
	}

	public Action getCreateAction() {
		return createAction;
	}

	public Action getRefreshAction() {
		return refreshAction;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		KarmaServices.removeHomeListener(homeListener);
		Job.getJobManager().removeJobChangeListener(jobListener);
		super.dispose();
	}
}
