package org.karma.ui.internal;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.model.EndpointUri;
import org.karma.model.Profiles;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;

/**
 * New Profile: page 1 the name and both endpoints, page 2 direction, conflicts and versioning. The
 * profile is checked by the model's validator (through the profile store, as {@code karma profile
 * create} does) on every change; its messages show on the page and Finish stays off until it is
 * valid. Finish saves it in the profile store.
 */
public final class NewProfileWizard extends Wizard {

	private final ProfileStore store;
	private final ConnectorRegistry registry;
	private EndpointsPage endpointsPage;
	private SettingsPage settingsPage;
	private SyncProfile created;

	public NewProfileWizard() {
		this(KarmaServices.profiles(), KarmaServices.connectors());
	}

	public NewProfileWizard(ProfileStore store, ConnectorRegistry registry) {
		this.store = store;
		this.registry = registry;
		setWindowTitle("New Sync Profile");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		endpointsPage = new EndpointsPage();
		settingsPage = new SettingsPage();
		addPage(endpointsPage);
		addPage(settingsPage);
	}

	/** The profile the pages describe, or a message saying why there is none. */
	private Object build(boolean withSettings) {
		String name = endpointsPage.name.getText().strip();
		SyncProfile profile = Profiles.create(name, "", "");
		try {
			profile.setLeft(endpointsPage.left.endpoint());
		} catch (EndpointUri.InvalidUriException e) {
			return "Left: " + e.getMessage();
		}
		try {
			profile.setRight(endpointsPage.right.endpoint());
		} catch (EndpointUri.InvalidUriException e) {
			return "Right: " + e.getMessage();
		}
		if (withSettings && settingsPage.direction != null) {
			profile.setDirection(Direction.VALUES.get(settingsPage.direction.getSelectionIndex()));
			profile.setConflictPolicy(ConflictPolicy.VALUES.get(settingsPage.conflicts.getSelectionIndex()));
			profile.getVersioning().setKind(VersioningKind.VALUES.get(settingsPage.versioning.getSelectionIndex()));
			profile.getVersioning().setCount(settingsPage.keep.getSelection());
		}
		return profile;
	}

	/** The first problem of the profile the pages describe, or null when it can be saved. */
	String problem(boolean withSettings) {
		if (endpointsPage.name.getText().isBlank()) {
			return "Enter a name for the profile.";
		}
		if (endpointsPage.left.isEmpty()) {
			return "Enter the left location.";
		}
		if (endpointsPage.right.isEmpty()) {
			return "Enter the right location.";
		}
		Object built = build(withSettings);
		if (built instanceof String message) {
			return message;
		}
		SyncProfile profile = (SyncProfile) built;
		List<String> problems = store.validate(profile);
		if (!problems.isEmpty()) {
			return problems.get(0);
		}
		if (Profiles.NAME.matcher(profile.getName()).matches() && Files.exists(store.fileOf(profile.getName()))) {
			return "A profile named '" + profile.getName() + "' exists already.";
		}
		return null;
	}

	@Override
	public boolean performFinish() {
		String problem = problem(true);
		if (problem != null) {
			settingsPage.setErrorMessage(problem);
			return false;
		}
		SyncProfile profile = (SyncProfile) build(true);
		try {
			store.create(profile);
		} catch (ProfileStoreException e) {
			((WizardPage) getContainer().getCurrentPage()).setErrorMessage(e.getMessage());
			return false;
		}
		created = profile;
		ProfileHandlers.refreshProfiles();
		return true;
	}

	/** The profile Finish saved, or null. */
	public SyncProfile created() {
		return created;
	}

	public EndpointsPage getEndpointsPage() {
		return endpointsPage;
	}

	public SettingsPage getSettingsPage() {
		return settingsPage;
	}

	/** Page 1: name, left and right endpoint. */
	public final class EndpointsPage extends WizardPage {
		private Text name;
		private EndpointEditor left;
		private EndpointEditor right;

		EndpointsPage() {
			super("endpoints", "Name and endpoints", null);
			setDescription("Name the profile and choose the two places to keep in sync.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(1, false));
			Composite row = new Composite(c, SWT.NONE);
			row.setLayout(new GridLayout(2, false));
			row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(row, SWT.NONE).setText("Name:");
			name = new Text(row, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.addListener(SWT.Modify, e -> validate());
			left = new EndpointEditor(c, "Left", registry, this::validate);
			right = new EndpointEditor(c, "Right", registry, this::validate);
			setControl(c);
			setPageComplete(false);
		}

		void validate() {
			String problem = problem(false);
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		public Text getNameText() {
			return name;
		}

		public EndpointEditor getLeft() {
			return left;
		}

		public EndpointEditor getRight() {
			return right;
		}
	}

	/** Page 2: direction, conflicts, versioning. */
	public final class SettingsPage extends WizardPage {
		private Combo direction;
		private Combo conflicts;
		private Combo versioning;
		private Spinner keep;

		SettingsPage() {
			super("settings", "Direction and versions", null);
			setDescription("How changes travel, what happens to conflicts, and how many old versions are kept.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			SyncProfile defaults = Profiles.create("defaults", "", "");
			try {
				org.karma.core.settings.KarmaSettings.load(KarmaServices.home()).applyProfileDefaults(defaults);
			} catch (org.karma.core.settings.SettingsException e) {
				setErrorMessage(e.getMessage());
			}
			direction = combo(c, "Direction:", Direction.VALUES.stream().map(d -> label(d.getName())).toList(),
					Direction.VALUES.indexOf(defaults.getDirection()));
			conflicts = combo(c, "Conflicts:", ConflictPolicy.VALUES.stream().map(d -> label(d.getName())).toList(),
					ConflictPolicy.VALUES.indexOf(defaults.getConflictPolicy()));
			versioning = combo(c, "Old versions:", VersioningKind.VALUES.stream().map(d -> label(d.getName())).toList(),
					VersioningKind.VALUES.indexOf(defaults.getVersioning().getKind()));
			new Label(c, SWT.NONE).setText("Keep (versions):");
			keep = new Spinner(c, SWT.BORDER);
			keep.setValues(defaults.getVersioning().getCount(), 0, 10_000, 0, 1, 10);
			keep.addListener(SWT.Modify, e -> validate());
			setControl(c);
		}

		private Combo combo(Composite c, String title, List<String> values, int selected) {
			new Label(c, SWT.NONE).setText(title);
			Combo combo = new Combo(c, SWT.READ_ONLY);
			values.forEach(combo::add);
			combo.select(selected);
			combo.addListener(SWT.Selection, e -> validate());
			return combo;
		}

		private static String label(String literal) {
			return literal.toLowerCase(Locale.ROOT).replace('_', '-');
		}

		void validate() {
			String problem = problem(true);
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				validate();
				if (getErrorMessage() == null) {
					setMessage(null, IMessageProvider.NONE);
				}
			}
		}

		public Combo getDirectionCombo() {
			return direction;
		}

		public Combo getConflictsCombo() {
			return conflicts;
		}

		public Combo getVersioningCombo() {
			return versioning;
		}

		public Spinner getKeepSpinner() {
			return keep;
		}
	}
}
