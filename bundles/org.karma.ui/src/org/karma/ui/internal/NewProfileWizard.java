package org.karma.ui.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.karma.connector.api.ConnectorException;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.Credentials;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.core.profiles.ScheduleText;
import org.karma.model.EndpointUri;
import org.karma.model.Profiles;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;

/**
 * New Profile, five pages: name and both endpoints (with Test connection and password fields),
 * direction and mode, filters, versioning, schedule. The profile the pages describe is checked
 * by the model's validator (through the profile store, as {@code karma profile create} does) on
 * every change; each message shows on the page that owns the field, and Finish stays off until
 * every page is valid. Finish puts typed passwords in the credential store (the key
 * {@code karma credentials set} uses) and saves the profile — which never holds a secret.
 */
public final class NewProfileWizard extends Wizard {

	/** "profile 'NAME': feature.path: problem" — the validator's messages. */
	private static final Pattern VALIDATOR_MESSAGE = Pattern.compile("profile '.*?': ([A-Za-z.]+): .*");
	private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmgt]?)i?b?", Pattern.CASE_INSENSITIVE);

	private final ProfileStore store;
	private final ConnectorRegistry registry;
	private EndpointsPage endpointsPage;
	private ModePage modePage;
	private FiltersPage filtersPage;
	private VersioningPage versioningPage;
	private SchedulePage schedulePage;
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
		modePage = new ModePage();
		filtersPage = new FiltersPage();
		versioningPage = new VersioningPage();
		schedulePage = new SchedulePage();
		addPage(endpointsPage);
		addPage(modePage);
		addPage(filtersPage);
		addPage(versioningPage);
		addPage(schedulePage);
	}

	/** The pages' problems, the first one of each page that has one. */
	private final class Problems {
		final Map<WizardPage, String> byPage = new LinkedHashMap<>();

		void add(WizardPage page, String message) {
			byPage.putIfAbsent(page, message);
		}
	}

	/** Builds the profile the pages describe; what cannot be built is added to {@code problems}. */
	private SyncProfile build(Problems problems) {
		String name = endpointsPage.name.getText().strip();
		SyncProfile profile = Profiles.create(name, "", "");
		if (name.isEmpty()) {
			problems.add(endpointsPage, "Enter a name for the profile.");
		}
		if (endpointsPage.left.isEmpty()) {
			problems.add(endpointsPage, "Enter the left location.");
		} else {
			try {
				profile.setLeft(endpointsPage.left.endpoint());
			} catch (EndpointUri.InvalidUriException e) {
				problems.add(endpointsPage, "Left: " + e.getMessage());
			}
		}
		if (endpointsPage.right.isEmpty()) {
			problems.add(endpointsPage, "Enter the right location.");
		} else {
			try {
				profile.setRight(endpointsPage.right.endpoint());
			} catch (EndpointUri.InvalidUriException e) {
				problems.add(endpointsPage, "Right: " + e.getMessage());
			}
		}
		modePage.apply(profile);
		filtersPage.apply(profile, problems);
		versioningPage.apply(profile);
		schedulePage.apply(profile, problems);
		return profile;
	}

	/** Every problem of the pages, by page (empty: Finish may save). */
	Map<WizardPage, String> problems() {
		Problems problems = new Problems();
		SyncProfile profile = build(problems);
		if (problems.byPage.containsKey(endpointsPage)) {
			return problems.byPage; // the validator would only repeat what is missing
		}
		for (String message : store.validate(profile)) {
			problems.add(pageOf(message), message);
		}
		if (Profiles.NAME.matcher(profile.getName()).matches() && Files.exists(store.fileOf(profile.getName()))) {
			problems.add(endpointsPage, "A profile named '" + profile.getName() + "' exists already.");
		}
		return problems.byPage;
	}

	/** The page that owns the field a validator message is about. */
	private WizardPage pageOf(String message) {
		Matcher m = VALIDATOR_MESSAGE.matcher(message);
		String field = m.matches() ? m.group(1) : "";
		String first = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		return switch (first) {
		case "direction", "conflictPolicy", "comparison", "parallelTransfers", "deleteGuardPercent", "clockSkewSeconds" ->
			modePage;
		case "filter" -> filtersPage;
		case "versioning" -> versioningPage;
		case "schedule" -> schedulePage;
		default -> endpointsPage;
		};
	}

	/** Shows each page's problem on it and sets the pages complete or not (Next and Finish follow). */
	void revalidate() {
		if (schedulePage == null || schedulePage.when == null || endpointsPage.right == null) {
			return; // still creating the pages
		}
		Map<WizardPage, String> problems = problems();
		for (PageBase page : List.of(endpointsPage, modePage, filtersPage, versioningPage, schedulePage)) {
			String problem = problems.get(page);
			page.setErrorMessage(problem);
			page.setPageComplete(problem == null);
		}
		if (getContainer() != null && getContainer().getCurrentPage() != null) {
			getContainer().updateButtons();
		}
	}

	@Override
	public boolean performFinish() {
		Map<WizardPage, String> problems = problems();
		WizardPage current = (WizardPage) getContainer().getCurrentPage();
		if (!problems.isEmpty()) {
			Map.Entry<WizardPage, String> first = problems.entrySet().iterator().next();
			current.setErrorMessage(first.getValue());
			return false;
		}
		SyncProfile profile = build(new Problems());
		String secretProblem = storeSecrets(profile);
		if (secretProblem != null) {
			current.setErrorMessage(secretProblem);
			return false;
		}
		try {
			store.create(profile);
		} catch (ProfileStoreException e) {
			current.setErrorMessage(e.getMessage());
			return false;
		}
		created = profile;
		ProfileHandlers.refreshProfiles();
		return true;
	}

	/** Puts the typed passwords in the credential store under each endpoint's key; a message when that fails. */
	private String storeSecrets(SyncProfile profile) {
		Map<String, Map<String, char[]>> byKey = new LinkedHashMap<>();
		try {
			for (EndpointEditor editor : List.of(endpointsPage.left, endpointsPage.right)) {
				Map<String, char[]> secrets = editor.secrets();
				if (secrets.isEmpty()) {
					continue;
				}
				String uri = editor == endpointsPage.left ? profile.getLeft().getUri() : profile.getRight().getUri();
				String key;
				try {
					key = Credentials.key(registry, EndpointUri.parse(uri));
				} catch (EndpointUri.InvalidUriException | ConnectorException | IllegalArgumentException e) {
					return "Cannot store the password for " + EndpointUri.redact(uri) + ": " + e.getMessage();
				}
				byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(secrets);
			}
			if (byKey.isEmpty()) {
				return null;
			}
			try {
				CredentialStore credentials = WorkbenchCredentials.open(true);
				for (Map.Entry<String, Map<String, char[]>> entry : byKey.entrySet()) {
					for (Map.Entry<String, char[]> secret : entry.getValue().entrySet()) {
						credentials.set(entry.getKey(), secret.getKey(), secret.getValue());
					}
				}
			} catch (CredentialsException e) {
				if (e.kind() == CredentialsException.Kind.WRONG_MASTER_PASSWORD) {
					WorkbenchCredentials.forgetTyped();
				}
				return "The password was not stored (the profile was not created): " + e.getMessage();
			}
			return null;
		} finally {
			byKey.values().forEach(secrets -> secrets.values().forEach(v -> Arrays.fill(v, '\0')));
		}
	}

	/** The profile Finish saved, or null. */
	public SyncProfile created() {
		return created;
	}

	public EndpointsPage getEndpointsPage() {
		return endpointsPage;
	}

	public ModePage getModePage() {
		return modePage;
	}

	public FiltersPage getFiltersPage() {
		return filtersPage;
	}

	public VersioningPage getVersioningPage() {
		return versioningPage;
	}

	public SchedulePage getSchedulePage() {
		return schedulePage;
	}

	/** What every page does: revalidate the whole profile on a change, and say nothing when all is well. */
	abstract class PageBase extends WizardPage {
		PageBase(String name, String title, String description) {
			super(name, title, null);
			setDescription(description);
		}

		void changed() {
			revalidate();
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible) {
				revalidate();
				if (getErrorMessage() == null) {
					setMessage(null, IMessageProvider.NONE);
				}
			}
		}

		Combo combo(Composite c, String title, List<String> values, int selected) {
			new Label(c, SWT.NONE).setText(title);
			Combo combo = new Combo(c, SWT.READ_ONLY);
			values.forEach(combo::add);
			combo.select(selected);
			combo.addListener(SWT.Selection, e -> changed());
			return combo;
		}

		Spinner spinner(Composite c, String title, int value, int max) {
			new Label(c, SWT.NONE).setText(title);
			Spinner spinner = new Spinner(c, SWT.BORDER);
			spinner.setValues(value, 0, max, 0, 1, 10);
			spinner.addListener(SWT.Modify, e -> changed());
			return spinner;
		}

		Text text(Composite c, String title, String hint) {
			new Label(c, SWT.NONE).setText(title);
			Text text = new Text(c, SWT.BORDER);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.setMessage(hint);
			text.addListener(SWT.Modify, e -> changed());
			return text;
		}
	}

	static String label(String literal) {
		return literal.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** What a new profile starts from: the model's defaults with the KARMA settings' ones for new profiles. */
	private SyncProfile defaults() {
		SyncProfile defaults = Profiles.create("defaults", "", "");
		try {
			org.karma.core.settings.KarmaSettings.load(KarmaServices.home()).applyProfileDefaults(defaults);
		} catch (org.karma.core.settings.SettingsException e) {
			settingsProblem = e.getMessage();
		}
		return defaults;
	}

	private String settingsProblem;

	/** Page 1: name, left and right endpoint. */
	public final class EndpointsPage extends PageBase {
		private Text name;
		private EndpointEditor left;
		private EndpointEditor right;

		EndpointsPage() {
			super("endpoints", "Name and endpoints",
					"Name the profile and choose the two places to keep in sync; Test connection asks the server.");
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
			name.addListener(SWT.Modify, e -> changed());
			left = new EndpointEditor(c, "Left", registry, this::changed);
			right = new EndpointEditor(c, "Right", registry, this::changed);
			setControl(c);
			setPageComplete(false);
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

	/** Page 2: direction, conflicts, comparison. */
	public final class ModePage extends PageBase {
		private Combo direction;
		private Combo conflicts;
		private Combo comparison;
		private Spinner tolerance;

		ModePage() {
			super("mode", "Direction and mode", "How changes travel, what happens to conflicts, and how files are compared.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			SyncProfile defaults = defaults();
			if (settingsProblem != null) {
				setErrorMessage(settingsProblem);
			}
			direction = combo(c, "Direction:", Direction.VALUES.stream().map(d -> label(d.getName())).toList(),
					Direction.VALUES.indexOf(defaults.getDirection()));
			conflicts = combo(c, "Conflicts:", ConflictPolicy.VALUES.stream().map(d -> label(d.getName())).toList(),
					ConflictPolicy.VALUES.indexOf(defaults.getConflictPolicy()));
			comparison = combo(c, "Compare by:", ComparisonMethod.VALUES.stream().map(d -> label(d.getName())).toList(),
					ComparisonMethod.VALUES.indexOf(defaults.getComparison().getMethod()));
			tolerance = spinner(c, "Time tolerance (s):", defaults.getComparison().getMtimeToleranceSeconds(), 86_400);
			setControl(c);
		}

		void apply(SyncProfile profile) {
			if (direction == null) {
				return;
			}
			profile.setDirection(Direction.VALUES.get(direction.getSelectionIndex()));
			profile.setConflictPolicy(ConflictPolicy.VALUES.get(conflicts.getSelectionIndex()));
			profile.getComparison().setMethod(ComparisonMethod.VALUES.get(comparison.getSelectionIndex()));
			profile.getComparison().setMtimeToleranceSeconds(tolerance.getSelection());
		}

		public Combo getDirectionCombo() {
			return direction;
		}

		public Combo getConflictsCombo() {
			return conflicts;
		}

		public Combo getComparisonCombo() {
			return comparison;
		}

		public Spinner getToleranceSpinner() {
			return tolerance;
		}
	}

	/** Page 3: include and exclude globs, hidden files, size and age limits. */
	public final class FiltersPage extends PageBase {
		private Text includes;
		private Text excludes;
		private Button excludeHidden;
		private Text minSize;
		private Text maxSize;
		private Text maxAge;

		FiltersPage() {
			super("filters", "Filters",
					"Which files take part: globs one per line (e.g. *.txt, build/**); empty limits mean no limit.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			includes = lines(c, "Include only:");
			excludes = lines(c, "Exclude:");
			new Label(c, SWT.NONE);
			excludeHidden = new Button(c, SWT.CHECK);
			excludeHidden.setText("Skip hidden files and folders");
			excludeHidden.setSelection(defaults().getFilter().isExcludeHidden());
			excludeHidden.addListener(SWT.Selection, e -> changed());
			minSize = text(c, "Minimum size:", "bytes, or e.g. 10K, 5M, 1G");
			maxSize = text(c, "Maximum size:", "bytes, or e.g. 10K, 5M, 1G");
			maxAge = text(c, "Maximum age (days):", "files changed longer ago are skipped");
			setControl(c);
		}

		private Text lines(Composite c, String title) {
			Label label = new Label(c, SWT.NONE);
			label.setText(title);
			label.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
			Text text = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
			data.heightHint = 60;
			text.setLayoutData(data);
			text.addListener(SWT.Modify, e -> changed());
			return text;
		}

		void apply(SyncProfile profile, Problems problems) {
			if (includes == null) {
				return;
			}
			profile.getFilter().getIncludes().addAll(lines(includes));
			profile.getFilter().getExcludes().addAll(lines(excludes));
			profile.getFilter().setExcludeHidden(excludeHidden.getSelection());
			Long min = size(minSize, "Minimum size", problems);
			if (min != null) {
				profile.getFilter().setMinSizeBytes(min);
			}
			Long max = size(maxSize, "Maximum size", problems);
			if (max != null) {
				profile.getFilter().setMaxSizeBytes(max);
			}
			String age = maxAge.getText().strip();
			if (!age.isEmpty()) {
				try {
					profile.getFilter().setMaxAgeDays(Integer.parseInt(age));
				} catch (NumberFormatException e) {
					problems.add(this, "Maximum age: '" + age + "' is not a whole number of days.");
				}
			}
		}

		private static List<String> lines(Text text) {
			List<String> result = new ArrayList<>();
			for (String line : text.getText().split("\\R")) {
				if (!line.isBlank()) {
					result.add(line.strip());
				}
			}
			return result;
		}

		private Long size(Text text, String what, Problems problems) {
			String value = text.getText().strip();
			if (value.isEmpty()) {
				return null;
			}
			Matcher m = SIZE.matcher(value);
			if (!m.matches()) {
				problems.add(this, what + ": '" + value + "' is not a size (bytes, or e.g. 10K, 5M, 1G).");
				return null;
			}
			int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
			case "k" -> 10;
			case "m" -> 20;
			case "g" -> 30;
			case "t" -> 40;
			default -> 0;
			};
			long n = Long.parseLong(m.group(1));
			if (n > (Long.MAX_VALUE >> shift)) {
				problems.add(this, what + ": '" + value + "' is too large.");
				return null;
			}
			return n << shift;
		}

		public Text getIncludesText() {
			return includes;
		}

		public Text getExcludesText() {
			return excludes;
		}

		public Button getExcludeHiddenButton() {
			return excludeHidden;
		}

		public Text getMinSizeText() {
			return minSize;
		}

		public Text getMaxSizeText() {
			return maxSize;
		}

		public Text getMaxAgeText() {
			return maxAge;
		}
	}

	/** Page 4: how old versions of replaced and deleted files are kept. */
	public final class VersioningPage extends PageBase {
		private Combo kind;
		private Spinner keep;
		private Spinner days;

		VersioningPage() {
			super("versioning", "Versioning",
					"What happens to a file a sync replaces or deletes: none, keep the last N, keep by age, or staggered.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			SyncProfile defaults = defaults();
			kind = combo(c, "Old versions:", VersioningKind.VALUES.stream().map(d -> label(d.getName())).toList(),
					VersioningKind.VALUES.indexOf(defaults.getVersioning().getKind()));
			keep = spinner(c, "Keep (versions):", defaults.getVersioning().getCount(), 10_000);
			days = spinner(c, "Keep (days):", defaults.getVersioning().getMaxAgeDays(), 36_500);
			setControl(c);
		}

		void apply(SyncProfile profile) {
			if (kind == null) {
				return;
			}
			profile.getVersioning().setKind(VersioningKind.VALUES.get(kind.getSelectionIndex()));
			profile.getVersioning().setCount(keep.getSelection());
			profile.getVersioning().setMaxAgeDays(days.getSelection());
		}

		public Combo getKindCombo() {
			return kind;
		}

		public Spinner getKeepSpinner() {
			return keep;
		}

		public Spinner getDaysSpinner() {
			return days;
		}
	}

	/** Page 5: manual, scheduled (interval or cron, as {@link ScheduleText} reads it) or real-time. */
	public final class SchedulePage extends PageBase {
		/** The modes offered, in the combo's order. */
		public static final List<String> MODES = List.of("manual", "scheduled", "real-time");
		private Combo mode;
		private Text when;

		SchedulePage() {
			super("schedule", "Schedule",
					"When the profile runs: only when asked, on a schedule ('every 30m', 'every 2h', 'cron 30 2 * * 1-5', @daily), or on every change.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			mode = combo(c, "Runs:", MODES, 0);
			when = text(c, "When:", "every 30m, every 2h, cron 30 2 * * 1-5 or @daily");
			when.setEnabled(false);
			mode.addListener(SWT.Selection, e -> when.setEnabled(mode.getSelectionIndex() == 1));
			setControl(c);
			revalidate();
		}

		void apply(SyncProfile profile, Problems problems) {
			if (when == null) {
				return;
			}
			switch (mode.getSelectionIndex()) {
			case 1 -> {
				String text = when.getText().strip();
				if (text.isEmpty()) {
					problems.add(this, "Enter when to run, e.g. 'every 30m', 'cron 30 2 * * *' or @daily.");
					return;
				}
				try {
					ScheduleText.apply(text, profile.getSchedule());
				} catch (IllegalArgumentException e) {
					problems.add(this, "When: " + e.getMessage());
					return;
				}
				if (profile.getSchedule().getKind() != ScheduleKind.INTERVAL
						&& profile.getSchedule().getKind() != ScheduleKind.CRON) {
					problems.add(this, "When: give an interval or a cron expression, e.g. 'every 30m' or @daily.");
				}
			}
			case 2 -> profile.getSchedule().setKind(ScheduleKind.REAL_TIME);
			default -> profile.getSchedule().setKind(ScheduleKind.MANUAL);
			}
		}

		/** Chooses a mode as a user would (the When field follows). */
		public void setMode(String value) {
			mode.select(MODES.indexOf(value));
			mode.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		}

		public Combo getModeCombo() {
			return mode;
		}

		public Text getWhenText() {
			return when;
		}
	}
}
