package org.karma.ui.internal.versions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.part.ViewPart;
import org.karma.connector.api.RelPath;
import org.karma.core.jobs.PlanJob;
import org.karma.core.jobs.SyncJob;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.core.versions.VersionsOperation;
import org.karma.core.versions.VersionsOperation.Listed;
import org.karma.core.versions.VersionsOperation.Place;
import org.karma.core.versions.VersionsOperation.Side;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.internal.KarmaServices;

/**
 * The Versions view: the versions KARMA kept of replaced and deleted files of a profile, on both
 * endpoints, by path (newest first); compare a version with the current file, restore it to its
 * place or elsewhere. Everything goes through {@link VersionsOperation}, as {@code karma versions}
 * does, in jobs of the KARMA family.
 */
public final class VersionsView extends ViewPart {

	/** The view's id. */
	public static final String ID = org.karma.ui.KarmaUi.VERSIONS_VIEW_ID;

	/** Column titles, in order. */
	public static final List<String> COLUMNS = List.of("Path / kept at", "Side", "Size", "Reason", "Stored as");

	/** How the view shows the time a version was kept (local time, milliseconds). */
	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	/** A file that has versions, and its versions (on either side, newest first per side). */
	public record PathNode(RelPath path, List<Listed> versions) {
		@Override
		public String toString() {
			return path.toString();
		}
	}

	private Combo profileCombo;
	private Text pathFilter;
	private Label message;
	private TreeViewer viewer;
	private Button compareButton;
	private Button restoreButton;
	private Button restoreToButton;
	private SyncProfile profile;
	private List<Listed> listed = List.of();
	/** Why each version was kept, from the history ({@link VersionReasons}). */
	private Map<Listed, String> reasons = Map.of();
	private KarmaCompareInput lastCompare;
	private final Runnable homeListener = () -> Display.getDefault().asyncExec(this::reloadProfiles);
	/** Lists again after a sync of the shown profile (it may have kept new versions). */
	private final IJobChangeListener syncListener = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob() instanceof SyncJob sync && !(sync instanceof PlanJob) && profile != null
					&& sync.profile().getName().equals(profile.getName())) {
				Display.getDefault().asyncExec(() -> {
					if (viewer != null && !viewer.getControl().isDisposed()) {
						refresh();
					}
				});
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(5, false));
		new Label(parent, SWT.NONE).setText("Profile:");
		profileCombo = new Combo(parent, SWT.READ_ONLY);
		profileCombo.setLayoutData(new GridData(180, SWT.DEFAULT));
		profileCombo.addListener(SWT.Selection, e -> selectProfile(profileCombo.getText()));
		new Label(parent, SWT.NONE).setText("Path:");
		pathFilter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		pathFilter.setMessage("filter by path");
		pathFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		pathFilter.addListener(SWT.Modify, e -> rebuild());
		Button refreshButton = new Button(parent, SWT.PUSH);
		refreshButton.setText("Refresh");
		refreshButton.addListener(SWT.Selection, e -> refresh());

		message = new Label(parent, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
		message.setText("Choose a profile to see the versions KARMA kept of its files.");

		viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		column(COLUMNS.get(0), 260, o -> o instanceof PathNode n ? n.path().toString()
				: TIME.format(((Listed) o).version().timestamp()));
		column(COLUMNS.get(1), 60, o -> o instanceof Listed l ? l.side().label() : sides((PathNode) o));
		column(COLUMNS.get(2), 90, o -> o instanceof Listed l ? l.version().size() + " B"
				: count(((PathNode) o).versions().size(), "version"));
		column(COLUMNS.get(3), 160, o -> o instanceof Listed l ? reasons.getOrDefault(l, "") : "");
		column(COLUMNS.get(4), 380, o -> o instanceof Listed l ? l.version().path().toString() : "");
		viewer.setContentProvider(new Content());
		viewer.addSelectionChangedListener(e -> updateButtons());
		viewer.addDoubleClickListener(e -> {
			Listed version = selectedVersion();
			if (version != null) {
				compareWithCurrent(version);
			}
		});
		getSite().setSelectionProvider(viewer);

		Composite buttons = new Composite(parent, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
		buttons.setLayout(new GridLayout(3, false));
		compareButton = button(buttons, "Compare with Current", () -> compareWithCurrent(selectedVersion()));
		restoreButton = button(buttons, "Restore", () -> restore(selectedVersion()));
		restoreToButton = button(buttons, "Restore To...", this::restoreToAsked);

		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			boolean one = selectedVersion() != null;
			m.add(action("Compare with Current", one, () -> compareWithCurrent(selectedVersion())));
			m.add(action("Restore", one, () -> restore(selectedVersion())));
			m.add(action("Restore To...", one, this::restoreToAsked));
			m.add(action("Refresh", profile != null, this::refresh));
		});
		tree.setMenu(menu.createContextMenu(tree));
		getSite().registerContextMenu(menu, viewer);

		KarmaServices.onHomeChanged(homeListener);
		Job.getJobManager().addJobChangeListener(syncListener);
		reloadProfiles();
		updateButtons();
	}

	private static Action action(String text, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	private static Button button(Composite parent, String text, Runnable run) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> run.run());
		return button;
	}

	private static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private static String sides(PathNode node) {
		return String.join(", ", node.versions().stream().map(l -> l.side().label()).distinct().toList());
	}

	private void column(String title, int width, Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private void updateButtons() {
		boolean one = selectedVersion() != null;
		compareButton.setEnabled(one);
		restoreButton.setEnabled(one);
		restoreToButton.setEnabled(one);
	}

	/** The profile names in the chooser, from the profile store. */
	private void reloadProfiles() {
		if (profileCombo == null || profileCombo.isDisposed()) {
			return;
		}
		String current = profileCombo.getText();
		profileCombo.removeAll();
		try {
			ProfileStore.Contents contents = KarmaServices.profiles().loadAll();
			contents.profiles().forEach(e -> profileCombo.add(e.profile().getName()));
		} catch (ProfileStoreException | RuntimeException e) {
			setMessage("The profiles cannot be read: " + e.getMessage());
		}
		int index = profileCombo.indexOf(current);
		if (index >= 0) {
			profileCombo.select(index);
		} else {
			profile = null;
			listed = List.of();
			reasons = Map.of();
			rebuild();
		}
	}

	/**
	 * Shows the versions of the stored profile {@code name} (as choosing it in the combo does).
	 *
	 * @return the job that lists them, or null when there is no such profile
	 */
	public Job selectProfile(String name) {
		reloadProfiles();
		int index = profileCombo.indexOf(name);
		if (index < 0) {
			setMessage("There is no profile " + name + ".");
			return null;
		}
		profileCombo.select(index);
		try {
			profile = KarmaServices.profiles().load(name);
		} catch (ProfileStoreException e) {
			profile = null;
			setMessage(e.getMessage());
			return null;
		}
		listed = List.of();
		rebuild();
		return refresh();
	}

	/** Lists the versions of the chosen profile again (a job). */
	public Job refresh() {
		if (profile == null) {
			return null;
		}
		SyncProfile shown = profile;
		setMessage("Listing the versions of " + shown.getName() + "…");
		VersionsJob<Map<Listed, String>> job = new VersionsJob<>("Versions of " + shown.getName(), shown, monitor -> {
			List<Listed> all = Versions.operation().list(Place.of(shown), null, monitor);
			Map<Listed, String> why = new java.util.LinkedHashMap<>();
			all.forEach(l -> why.put(l, ""));
			try {
				why.putAll(VersionReasons.of(all, KarmaServices.history(), shown.getName(), 500));
			} catch (org.karma.core.history.HistoryException | RuntimeException e) {
				// the versions still show, without reasons
			}
			return why;
		}, result -> {
			if (shown == profile && !viewer.getControl().isDisposed()) {
				listed = List.copyOf(result.keySet());
				reasons = result;
				rebuild();
			}
		}, this::setMessage);
		job.schedule();
		return job;
	}

	private void setMessage(String text) {
		if (message != null && !message.isDisposed()) {
			message.setText(text);
			message.getParent().layout(true);
		}
	}

	/** The tree again from the last listing, filtered by the path text. */
	private void rebuild() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		String filter = pathFilter.getText().strip().toLowerCase(Locale.ROOT);
		Map<String, List<Listed>> byPath = new TreeMap<>();
		int count = 0;
		for (Listed l : listed) {
			String path = l.version().original().toString();
			if (filter.isEmpty() || path.toLowerCase(Locale.ROOT).contains(filter)) {
				byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(l);
				count++;
			}
		}
		List<PathNode> nodes = new ArrayList<>();
		byPath.forEach((path, versions) -> nodes.add(new PathNode(RelPath.of(path), List.copyOf(versions))));
		viewer.setInput(nodes);
		if (nodes.size() <= 50) {
			viewer.expandAll();
		}
		if (profile != null) {
			setMessage(listed.isEmpty() ? "No versions kept for " + profile.getName() + "."
					: count(count, "version") + " of " + count(nodes.size(), "file") + (filter.isEmpty() ? "" : " matching the filter")
							+ " (" + listed.size() + " in all)");
		}
		updateButtons();
	}

	/** The selected version; a selected file stands for its newest version. */
	public Listed selectedVersion() {
		Object o = viewer.getStructuredSelection().getFirstElement();
		if (o instanceof Listed l) {
			return l;
		}
		return o instanceof PathNode n && !n.versions().isEmpty() ? n.versions().get(0) : null;
	}

	private Place place(Side side) {
		return Place.of(profile).stream().filter(p -> p.side() == side).findFirst().orElseThrow();
	}

	/**
	 * Reads the version and the current file in a job, then opens a compare editor on them: the
	 * version on the left, the current file on the right (empty when it is gone).
	 */
	public Job compareWithCurrent(Listed version) {
		if (version == null || profile == null) {
			return null;
		}
		Place place = place(version.side());
		RelPath path = version.version().original();
		VersionsJob<KarmaCompareInput> job = new VersionsJob<>("Comparing " + path, profile, monitor -> {
			VersionsOperation operation = Versions.operation();
			byte[] kept = operation.read(place, version.version().path(), Versions.MAX_COMPARE_BYTES, monitor)
					.orElseThrow(() -> new org.karma.core.versions.VersionsException(
							org.karma.core.versions.VersionsException.Kind.BAD_INPUT,
							"the version " + version.version().path() + " is no longer kept; refresh the list", null));
			java.util.Optional<byte[]> current = operation.read(place, path, Versions.MAX_COMPARE_BYTES, monitor);
			String side = version.side().label();
			String when = TIME.format(version.version().timestamp());
			return new KarmaCompareInput(path.name() + " (" + side + "): kept " + when + " ↔ current",
					current.isEmpty() ? "the file is gone; the right side is empty" : null, null, null,
					new ContentElement(path.name(), kept), "Kept " + when + " (" + side + ": " + version.version().path() + ")",
					new ContentElement(path.name(), current.orElse(new byte[0])),
					current.isPresent() ? "Current " + path + " (" + side + ")" : "No current " + path + " (" + side + ")");
		}, input -> {
			lastCompare = input;
			CompareUI.openCompareEditorOnPage(input, getSite().getPage());
		}, this::setMessage);
		job.schedule();
		return job;
	}

	/** Restores {@code version} to its place; the file there now is kept as a version first. */
	public Job restore(Listed version) {
		return restoreTo(version, null);
	}

	/**
	 * Restores {@code version} to {@code destination} (a path relative to its endpoint's root; null:
	 * its place); a file already there is kept as a version first.
	 */
	public Job restoreTo(Listed version, RelPath destination) {
		if (version == null || profile == null) {
			return null;
		}
		Place place = place(version.side());
		VersionsJob<VersionsOperation.Restored> job = new VersionsJob<>("Restoring " + version.version().original(),
				profile, monitor -> Versions.operation().restore(place, version.version(), destination, monitor),
				restored -> {
					refresh();
					setMessage("Restored " + restored.target() + " (" + restored.side().label() + ") as kept at "
							+ TIME.format(restored.version().timestamp())
							+ restored.archivedCurrent().map(v -> "; the file that was there is kept as " + v.path())
									.orElse(""));
				}, this::setMessage);
		job.schedule();
		return job;
	}

	/**
	 * Restore To...: asks for the destination on the version's endpoint: a save dialog inside the
	 * endpoint's folder for a local endpoint, else a path relative to the endpoint's root.
	 */
	private void restoreToAsked() {
		Listed version = selectedVersion();
		if (version == null) {
			return;
		}
		RelPath original = version.version().original();
		String name = original.name();
		int dot = name.lastIndexOf('.');
		RelPath proposal = original.parent().child(dot > 0 ? name.substring(0, dot) + " (restored)" + name.substring(dot)
				: name + " (restored)");
		String what = "Restore " + original + " as kept at " + TIME.format(version.version().timestamp());
		java.nio.file.Path root = localRoot(place(version.side()));
		RelPath destination;
		if (root != null) {
			org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getSite().getShell(), SWT.SAVE);
			dialog.setText(what + " To");
			dialog.setFilterPath(root.resolve(original.parent().toString()).toString());
			dialog.setFileName(proposal.name());
			dialog.setOverwrite(false);
			String chosen = dialog.open();
			if (chosen == null) {
				return;
			}
			destination = relativeTo(root, java.nio.file.Path.of(chosen));
			if (destination == null) {
				setMessage("Restore To: choose a file inside " + root + " (the " + version.side().label()
						+ " endpoint); a version is restored on its own endpoint.");
				return;
			}
		} else {
			IInputValidator validator = text -> {
				try {
					return RelPath.of(text.strip()).isRoot() ? "Enter a file path." : null;
				} catch (IllegalArgumentException e) {
					return e.getMessage();
				}
			};
			InputDialog dialog = new InputDialog(getSite().getShell(), "Restore To", what + " to this path on the "
					+ version.side().label() + " endpoint (relative to its root; a file there is kept as a version first):",
					proposal.toString(), validator);
			if (dialog.open() != Window.OK) {
				return;
			}
			destination = RelPath.of(dialog.getValue().strip());
		}
		restoreTo(version, destination);
	}

	/** The folder of a local endpoint, or null for any other. */
	private static java.nio.file.Path localRoot(Place place) {
		try {
			org.karma.model.EndpointUri uri = org.karma.model.EndpointUri.parse(place.endpoint().getUri());
			return uri.isLocal() ? java.nio.file.Path.of(uri.withoutOptions()).toAbsolutePath().normalize() : null;
		} catch (org.karma.model.EndpointUri.InvalidUriException | RuntimeException e) {
			return null;
		}
	}

	/** {@code file} as a path relative to {@code root}, or null when it is not inside it. */
	public static RelPath relativeTo(java.nio.file.Path root, java.nio.file.Path file) {
		java.nio.file.Path normal = file.toAbsolutePath().normalize();
		if (!normal.startsWith(root) || normal.equals(root)) {
			return null;
		}
		try {
			return RelPath.of(root.relativize(normal).toString().replace(java.io.File.separatorChar, '/'));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The input of the last compare editor this view opened. */
	public KarmaCompareInput lastCompare() {
		return lastCompare;
	}

	/** The profile shown, or null. */
	public SyncProfile profile() {
		return profile;
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	public Combo getProfileCombo() {
		return profileCombo;
	}

	public Text getPathFilter() {
		return pathFilter;
	}

	public String getMessage() {
		return message.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		KarmaServices.removeHomeListener(homeListener);
		Job.getJobManager().removeJobChangeListener(syncListener);
		super.dispose();
	}

	/** Files at the top, their versions below. */
	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof PathNode n ? n.versions().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof PathNode;
		}
	}
}
