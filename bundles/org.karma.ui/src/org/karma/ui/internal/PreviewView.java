package org.karma.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.part.ViewPart;
import org.karma.core.jobs.PlanJob;
import org.karma.core.jobs.SyncJob;
import org.karma.connector.api.RelPath;
import org.karma.core.sync.PlanOverrides;
import org.karma.engine.Action;
import org.karma.engine.Plan;
import org.karma.engine.PlanItem;
import org.karma.model.profile.SyncProfile;

/**
 * The Synchronize Preview: the plan of a profile as a lazy tree grouped by folder (a plan of tens
 * of thousands of items shows at once: only the visible rows are built), with counts per kind and
 * Team's modes. Apply runs a sync that executes exactly this plan (or nothing, if the endpoints
 * changed since).
 */
public final class PreviewView extends ViewPart {

	private Label title;
	private Label countsLabel;
	private Combo modeCombo;
	private Button applyButton;
	private TreeViewer viewer;
	private SyncProfile profile;
	private Plan plan;
	private PlanTree tree;
	private SyncJob lastApply;
	/** The user's choices for single items, by path (see {@link PlanOverrides}). */
	private final Map<RelPath, Action> overrides = new HashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		title = new Label(parent, SWT.NONE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		title.setText("Select a profile and choose Preview.");
		countsLabel = new Label(parent, SWT.NONE);
		countsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(parent, SWT.NONE).setText("Mode:");
		modeCombo = new Combo(parent, SWT.READ_ONLY);
		for (PlanTree.Mode mode : PlanTree.Mode.values()) {
			modeCombo.add(mode.label);
		}
		modeCombo.select(0);
		modeCombo.addListener(SWT.Selection, e -> rebuild());
		applyButton = new Button(parent, SWT.PUSH);
		applyButton.setText("Apply");
		applyButton.setEnabled(false);
		applyButton.addListener(SWT.Selection, e -> apply());

		viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		Tree treeControl = viewer.getTree();
		treeControl.setHeaderVisible(true);
		treeControl.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		viewer.setUseHashlookup(true);
		column("Path", 320, o -> o instanceof PlanItem i ? i.path().name() : o.toString() + "  ("
				+ ((PlanTree.Folder) o).items().size() + ")");
		column("Action", 140, o -> o instanceof PlanItem i
				? kindLabel(i) + (overrides.containsKey(i.path()) ? "  (chosen)" : "") : "");
		column("Reason", 360, o -> o instanceof PlanItem i ? i.reason() : "");
		viewer.setContentProvider(new LazyContent());
		createOverrideMenu(treeControl);
		viewer.addDoubleClickListener(e -> {
			List<PlanItem> selected = selectedItems();
			if (selected.size() == 1) {
				openInCompare(selected.get(0));
			}
		});
	}

	/**
	 * Opens the left and right file of {@code item} in a compare editor, three-way when KARMA kept
	 * their common base (see {@link org.karma.ui.internal.versions.ConflictCompare}).
	 *
	 * @return the job that reads the contents, or null when the item has no file to compare
	 */
	public org.eclipse.core.runtime.jobs.Job openInCompare(PlanItem item) {
		if (profile == null || item == null || !org.karma.ui.internal.versions.ConflictCompare.applies(item)) {
			return null;
		}
		return org.karma.ui.internal.versions.ConflictCompare.open(getSite().getPage(), profile, item, message -> {
			if (!title.isDisposed()) {
				title.setText("Open in Compare: " + message);
				title.getParent().layout(true);
			}
		});
	}

	/** The tree's context menu: copy →, copy ←, keep both, skip or as planned for the selected files. */
	private void createOverrideMenu(Tree treeControl) {
		Menu menu = new Menu(treeControl);
		Map<MenuItem, Action> choices = new java.util.LinkedHashMap<>();
		choices.put(menuItem(menu, "Copy Left to Right"), Action.COPY_LEFT_TO_RIGHT);
		choices.put(menuItem(menu, "Copy Right to Left"), Action.COPY_RIGHT_TO_LEFT);
		choices.put(menuItem(menu, "Keep Both"), Action.KEEP_BOTH);
		choices.put(menuItem(menu, "Skip"), Action.SKIP);
		MenuItem asPlanned = menuItem(menu, "As Planned");
		choices.forEach((item, action) -> item.addListener(SWT.Selection, e -> override(selectedItems(), action)));
		asPlanned.addListener(SWT.Selection, e -> override(selectedItems(), null));
		menu.addListener(SWT.Show, e -> {
			List<PlanItem> selected = selectedItems();
			choices.forEach((item, action) -> item.setEnabled(!selected.isEmpty()
					&& selected.stream().allMatch(i -> PlanOverrides.allowed(original(i), action))));
			asPlanned.setEnabled(selected.stream().anyMatch(i -> overrides.containsKey(i.path())));
		});
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem compare = menuItem(menu, "Open in Compare");
		compare.addListener(SWT.Selection, e -> openInCompare(selectedItems().get(0)));
		menu.addListener(SWT.Show, e -> {
			List<PlanItem> selected = selectedItems();
			compare.setEnabled(selected.size() == 1 && org.karma.ui.internal.versions.ConflictCompare.applies(selected.get(0)));
		});
		treeControl.setMenu(menu);
	}

	private static MenuItem menuItem(Menu menu, String text) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		return item;
	}

	private List<PlanItem> selectedItems() {
		return viewer.getStructuredSelection().toList().stream().filter(PlanItem.class::isInstance)
				.map(PlanItem.class::cast).toList();
	}

	/** The item as planned (before any override). */
	private PlanItem original(PlanItem shown) {
		return plan.items().stream().filter(i -> i.path().equals(shown.path())).findFirst().orElse(shown);
	}

	/** Sets the action of {@code items} ({@code null}: as planned) and shows the changed plan. */
	public void override(List<PlanItem> items, Action action) {
		for (PlanItem item : items) {
			PlanItem planned = original(item);
			if (action == null || action == planned.action()) {
				overrides.remove(planned.path());
			} else if (PlanOverrides.allowed(planned, action)) {
				overrides.put(planned.path(), action);
			}
		}
		rebuild();
	}

	/** The plan Apply carries out: the previewed plan with the user's overrides. */
	public Plan effectivePlan() {
		return plan == null ? null : PlanOverrides.apply(plan, overrides);
	}

	private static String kindLabel(PlanItem item) {
		PlanTree.Kind kind = PlanTree.kindOf(item);
		String action = item.action().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return kind == null ? action : kind.label + (kind == PlanTree.Kind.CONFLICT ? " (" + action + ")" : "");
	}

	private void column(String name, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element == null ? "" : text.apply(element);
			}
		});
	}

	/** Shows the result of a plan job: its plan, or why there is none. */
	public void show(PlanJob job, org.eclipse.core.runtime.IStatus result) {
		if (job.plan().isPresent()) {
			show(job.profile(), job.plan().get());
			return;
		}
		profile = job.profile();
		plan = null;
		tree = null;
		viewer.setInput(null);
		applyButton.setEnabled(false);
		countsLabel.setText("");
		title.setText("Preview of " + profile.getName() + ": "
				+ job.failure().map(Throwable::getMessage)
						.orElse(result == null || result.matches(org.eclipse.core.runtime.IStatus.CANCEL) ? "stopped"
								: result.getMessage()));
	}

	/** Shows {@code plan} of {@code profile}. */
	public void show(SyncProfile profile, Plan plan) {
		this.profile = profile;
		this.plan = plan;
		overrides.clear();
		rebuild();
		title.setText("Preview of " + profile.getName() + ": " + profile.getLeft().getUri() + " ↔ "
				+ profile.getRight().getUri() + (plan.isAborted() ? " — aborted: " + plan.abort().get().message() : ""));
		applyButton.setEnabled(!plan.isAborted() && tree.counts().values().stream().anyMatch(n -> n > 0));
		title.getParent().layout(true);
	}

	private void rebuild() {
		if (plan == null) {
			return;
		}
		tree = new PlanTree(effectivePlan(), mode());
		countsLabel.setText(tree.countsText());
		viewer.setInput(tree);
		viewer.setChildCount(tree, tree.folders().size());
		countsLabel.getParent().layout(true);
	}

	public PlanTree.Mode mode() {
		return PlanTree.Mode.values()[Math.max(0, modeCombo.getSelectionIndex())];
	}

	/** Applies exactly the shown plan, with the user's overrides, in a sync job (all items, whatever the mode shows). */
	public SyncJob apply() {
		if (plan == null || profile == null) {
			return null;
		}
		applyButton.setEnabled(false);
		lastApply = SyncJob.approving(KarmaServices.syncOperation(), profile, effectivePlan());
		lastApply.schedule();
		return lastApply;
	}

	/** The job the last Apply started, if any. */
	public SyncJob lastApply() {
		return lastApply;
	}

	public PlanTree getPlanTree() {
		return tree;
	}

	public String getCountsText() {
		return countsLabel.getText();
	}

	public String getTitleText() {
		return title.getText();
	}

	public Button getApplyButton() {
		return applyButton;
	}

	public Combo getModeCombo() {
		return modeCombo;
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Children on demand: folders under the plan, items under a folder. */
	private final class LazyContent implements ILazyTreeContentProvider {
		@Override
		public void updateElement(Object parent, int index) {
			if (parent instanceof PlanTree t) {
				if (index < t.folders().size()) {
					PlanTree.Folder folder = t.folders().get(index);
					viewer.replace(parent, index, folder);
					viewer.setChildCount(folder, folder.items().size());
				}
			} else if (parent instanceof PlanTree.Folder folder && index < folder.items().size()) {
				viewer.replace(parent, index, folder.items().get(index));
				viewer.setChildCount(folder.items().get(index), 0);
			}
		}

		@Override
		public void updateChildCount(Object element, int currentChildCount) {
			int count = element instanceof PlanTree t ? t.folders().size()
					: element instanceof PlanTree.Folder f ? f.items().size() : 0;
			if (count != currentChildCount) {
				viewer.setChildCount(element, count);
			}
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof PlanItem item && tree != null) {
				return tree.parentOf(item);
			}
			return element instanceof PlanTree.Folder ? tree : null;
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		}
	}
}
