package org.karma.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.karma.model.ProfileValidator;
import org.karma.model.profile.ProfilePackage.Literals;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.editor.Field.Kind;

/**
 * The one page of the Profile editor: a section per part of the profile (overview and endpoints,
 * filters, comparison, versioning, conflicts, integrity, concurrency, schedule). Edits become
 * commands on the editor's editing domain; after each command the fields show the model again and
 * the model's validator runs, its problems shown at their fields and in the form's header.
 */
public final class ProfileFormPage extends FormPage {

	/** Id of the page. */
	public static final String ID = "org.karma.ui.editors.profile.form";

	private static final String SAVE_MESSAGE_KEY = "save";

	private final ProfileEditor editor;
	private final List<Field> fields = new ArrayList<>();
	private IMessageManager messages;
	private ScrolledForm form;
	private boolean updating;
	/** The field whose last command may be replaced by its next edit, that command and the value before it. */
	private Field merging;
	private Command mergingCommand;
	private Object mergingBefore;
	private String saveProblem;
	private final List<String> shownMessages = new ArrayList<>();
	private List<String> errors = List.of();

	ProfileFormPage(ProfileEditor editor) {
		super(editor, ID, "Profile");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		form.setText("Sync profile " + editor.profile().getName());
		toolkit.decorateFormHeading(form.getForm());
		messages = managedForm.getMessageManager();
		messages.setMessagePrefixProvider(null);
		form.getToolBarManager().add(editor.undoAction());
		form.getToolBarManager().add(editor.redoAction());
		form.getToolBarManager().update(true);
		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, true));

		Composite overview = section(toolkit, body, "Overview", "The profile's name, what it syncs and in which direction.");
		field(toolkit, overview, "name", "Name", p -> p, Literals.SYNC_PROFILE__NAME, Kind.READ_ONLY);
		field(toolkit, overview, "description", "Description", p -> p, Literals.SYNC_PROFILE__DESCRIPTION, Kind.OPTIONAL_STRING);
		field(toolkit, overview, "enabled", "Enabled", p -> p, Literals.SYNC_PROFILE__ENABLED, Kind.BOOLEAN);
		field(toolkit, overview, "left.uri", "Left URI", SyncProfile::getLeft, Literals.ENDPOINT__URI, Kind.STRING);
		field(toolkit, overview, "left.credentialRef", "Left credentials id", SyncProfile::getLeft, Literals.ENDPOINT__CREDENTIAL_REF, Kind.OPTIONAL_STRING);
		field(toolkit, overview, "right.uri", "Right URI", SyncProfile::getRight, Literals.ENDPOINT__URI, Kind.STRING);
		field(toolkit, overview, "right.credentialRef", "Right credentials id", SyncProfile::getRight, Literals.ENDPOINT__CREDENTIAL_REF, Kind.OPTIONAL_STRING);
		field(toolkit, overview, "direction", "Direction", p -> p, Literals.SYNC_PROFILE__DIRECTION, Kind.ENUM);
		field(toolkit, overview, "deleteGuardPercent", "Delete guard (%)", p -> p, Literals.SYNC_PROFILE__DELETE_GUARD_PERCENT, Kind.INT);
		field(toolkit, overview, "clockSkewSeconds", "Clock skew (s)", p -> p, Literals.SYNC_PROFILE__CLOCK_SKEW_SECONDS, Kind.INT);

		Composite filters = section(toolkit, body, "Filters", "Which files take part; globs and names one per line.");
		field(toolkit, filters, "filter.includes", "Include globs", SyncProfile::getFilter, Literals.FILTER__INCLUDES, Kind.LINES);
		field(toolkit, filters, "filter.excludes", "Exclude globs", SyncProfile::getFilter, Literals.FILTER__EXCLUDES, Kind.LINES);
		field(toolkit, filters, "filter.excludeHidden", "Leave out hidden files", SyncProfile::getFilter, Literals.FILTER__EXCLUDE_HIDDEN, Kind.BOOLEAN);
		field(toolkit, filters, "filter.fileBlacklist", "File names never synced", SyncProfile::getFilter, Literals.FILTER__FILE_BLACKLIST, Kind.LINES);
		field(toolkit, filters, "filter.directoryBlacklist", "Folder names never entered", SyncProfile::getFilter, Literals.FILTER__DIRECTORY_BLACKLIST, Kind.LINES);
		field(toolkit, filters, "filter.minSizeBytes", "Min size (bytes)", SyncProfile::getFilter, Literals.FILTER__MIN_SIZE_BYTES, Kind.OPTIONAL_LONG);
		field(toolkit, filters, "filter.maxSizeBytes", "Max size (bytes)", SyncProfile::getFilter, Literals.FILTER__MAX_SIZE_BYTES, Kind.OPTIONAL_LONG);
		field(toolkit, filters, "filter.maxAgeDays", "Max age (days)", SyncProfile::getFilter, Literals.FILTER__MAX_AGE_DAYS, Kind.OPTIONAL_INT);

		Composite comparison = section(toolkit, body, "Comparison", "How two files are decided to be equal.");
		field(toolkit, comparison, "comparison.method", "Method", SyncProfile::getComparison, Literals.COMPARISON__METHOD, Kind.ENUM);
		field(toolkit, comparison, "comparison.mtimeToleranceSeconds", "Time tolerance (s)", SyncProfile::getComparison, Literals.COMPARISON__MTIME_TOLERANCE_SECONDS, Kind.INT);
		field(toolkit, comparison, "comparison.checksumAlgorithm", "Checksum", SyncProfile::getComparison, Literals.COMPARISON__CHECKSUM_ALGORITHM, Kind.ENUM);

		Composite versioning = section(toolkit, body, "Versioning", "How old versions of overwritten or deleted files are kept.");
		field(toolkit, versioning, "versioning.kind", "Kind", SyncProfile::getVersioning, Literals.VERSIONING_POLICY__KIND, Kind.ENUM);
		field(toolkit, versioning, "versioning.count", "Versions kept", SyncProfile::getVersioning, Literals.VERSIONING_POLICY__COUNT, Kind.INT);
		field(toolkit, versioning, "versioning.maxAgeDays", "Kept for (days)", SyncProfile::getVersioning, Literals.VERSIONING_POLICY__MAX_AGE_DAYS, Kind.INT);
		field(toolkit, versioning, "versioning.location", "Location (URI)", SyncProfile::getVersioning, Literals.VERSIONING_POLICY__LOCATION, Kind.OPTIONAL_STRING);
		field(toolkit, versioning, "versioning.maxTotalSizeBytes", "Max total size (bytes)", SyncProfile::getVersioning, Literals.VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES, Kind.OPTIONAL_LONG);

		Composite conflicts = section(toolkit, body, "Conflicts", "What happens when both sides changed the same file.");
		field(toolkit, conflicts, "conflictPolicy", "Policy", p -> p, Literals.SYNC_PROFILE__CONFLICT_POLICY, Kind.ENUM);

		Composite integrity = section(toolkit, body, "Integrity",
				"Verification of copied data; manifests of the right side and scrubs that re-verify them.");
		field(toolkit, integrity, "integrity.verifyAfterCopy", "Verify after copy", SyncProfile::getIntegrity, Literals.INTEGRITY__VERIFY_AFTER_COPY, Kind.BOOLEAN);
		field(toolkit, integrity, "integrity.hashAlgorithm", "Hash", SyncProfile::getIntegrity, Literals.INTEGRITY__HASH_ALGORITHM, Kind.ENUM);
		field(toolkit, integrity, "integrity.manifestAfterSync", "Manifest after sync", SyncProfile::getIntegrity, Literals.INTEGRITY__MANIFEST_AFTER_SYNC, Kind.BOOLEAN);
		field(toolkit, integrity, "integrity.scrubIntervalDays", "Scrub every (days, 0 = never)", SyncProfile::getIntegrity, Literals.INTEGRITY__SCRUB_INTERVAL_DAYS, Kind.INT);
		field(toolkit, integrity, "integrity.manifestsToKeep", "Manifests kept", SyncProfile::getIntegrity, Literals.INTEGRITY__MANIFESTS_TO_KEEP, Kind.INT);

		Composite concurrency = section(toolkit, body, "Concurrency", "Files transferred at the same time (1 to 64).");
		field(toolkit, concurrency, "parallelTransfers", "Parallel transfers", p -> p, Literals.SYNC_PROFILE__PARALLEL_TRANSFERS, Kind.INT);

		Composite schedule = section(toolkit, body, "Schedule", "When the profile runs by itself.");
		field(toolkit, schedule, "schedule.kind", "Kind", SyncProfile::getSchedule, Literals.SCHEDULE__KIND, Kind.ENUM);
		field(toolkit, schedule, "schedule.interval", "Interval", SyncProfile::getSchedule, Literals.SCHEDULE__INTERVAL, Kind.INT);
		field(toolkit, schedule, "schedule.intervalUnit", "Interval unit", SyncProfile::getSchedule, Literals.SCHEDULE__INTERVAL_UNIT, Kind.ENUM);
		field(toolkit, schedule, "schedule.cronExpression", "Cron expression", SyncProfile::getSchedule, Literals.SCHEDULE__CRON_EXPRESSION, Kind.OPTIONAL_STRING);
		field(toolkit, schedule, "schedule.debounceMillis", "Quiet time (ms)", SyncProfile::getSchedule, Literals.SCHEDULE__DEBOUNCE_MILLIS, Kind.INT);
		field(toolkit, schedule, "schedule.pollIntervalSeconds", "Poll interval (s)", SyncProfile::getSchedule, Literals.SCHEDULE__POLL_INTERVAL_SECONDS, Kind.INT);
		field(toolkit, schedule, "schedule.rescanIntervalMinutes", "Full rescan (min)", SyncProfile::getSchedule, Literals.SCHEDULE__RESCAN_INTERVAL_MINUTES, Kind.INT);

		for (Field f : fields) {
			updating = true;
			try {
				f.show(f.modelValue(editor.profile()));
			} finally {
				updating = false;
			}
		}
		validate();
	}

	private static Composite section(FormToolkit toolkit, Composite body, String title, String description) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);
		return client;
	}

	private void field(FormToolkit toolkit, Composite parent, String key, String label,
			Function<SyncProfile, EObject> owner, EStructuralFeature feature, Kind kind) {
		Field f = new Field(key, label, owner, feature, kind);
		switch (kind) {
		case BOOLEAN -> {
			Button check = toolkit.createButton(parent, label, SWT.CHECK);
			check.addListener(SWT.Selection, e -> edited(f));
			f.control = check;
		}
		case ENUM -> {
			toolkit.createLabel(parent, label + ":");
			Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			toolkit.adapt(combo, true, false);
			f.control = combo;
			combo.setItems(f.items());
			combo.addListener(SWT.Selection, e -> edited(f));
		}
		default -> {
			Label l = toolkit.createLabel(parent, label + ":");
			l.setLayoutData(new GridData(SWT.LEFT, kind == Kind.LINES ? SWT.TOP : SWT.CENTER, false, false));
			var text = toolkit.createText(parent, "", f.style());
			text.addListener(SWT.Modify, e -> edited(f));
			text.addListener(SWT.FocusOut, e -> endMerge());
			f.control = text;
		}
		}
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 120;
		if (kind == Kind.BOOLEAN) {
			data.horizontalSpan = 2;
			data.widthHint = SWT.DEFAULT;
		}
		if (kind == Kind.LINES) {
			data.heightHint = 48;
		}
		f.control.setLayoutData(data);
		String documentation = EcoreUtil.getDocumentation(feature);
		if (documentation != null) {
			f.control.setToolTipText(documentation);
		}
		f.control.setData("org.karma.ui.editor.field", key);
		fields.add(f);
	}

	/** A widget changed: turn the edit into a command (or note why its text is no value). */
	private void edited(Field f) {
		if (updating || f.kind == Kind.READ_ONLY) {
			return;
		}
		Field.Parsed parsed = f.parse();
		if (parsed.error() != null) {
			f.parseError = parsed.error();
			validate();
			return;
		}
		boolean hadError = f.parseError != null;
		f.parseError = null;
		SyncProfile profile = editor.profile();
		Object current = f.modelValue(profile);
		if (Objects.equals(parsed.value(), current)) {
			if (hadError) {
				validate();
			}
			return;
		}
		ProfileCommandStack stack = editor.commandStack();
		boolean merge = merging == f && stack.topReplaceable() && stack.getUndoCommand() == mergingCommand;
		f.shown = parsed.value();
		if (merge && Objects.equals(parsed.value(), mergingBefore)) {
			merging = null;
			stack.dropTop();
			return;
		}
		Command command = command(f, f.owner.apply(profile), parsed.value());
		if (merge) {
			stack.replaceTop(command);
		} else {
			mergingBefore = current;
			stack.execute(command);
		}
		merging = f.kind == Kind.BOOLEAN || f.kind == Kind.ENUM ? null : f;
		mergingCommand = command;
	}

	private void endMerge() {
		merging = null;
	}

	private Command command(Field f, EObject owner, Object value) {
		EditingDomain domain = editor.getEditingDomain();
		if (f.kind == Kind.LINES) {
			CompoundCommand compound = new CompoundCommand("Set " + f.label);
			List<?> old = (List<?>) owner.eGet(f.feature);
			if (!old.isEmpty()) {
				compound.append(RemoveCommand.create(domain, owner, f.feature, new ArrayList<>(old)));
			}
			List<?> added = (List<?>) value;
			if (!added.isEmpty()) {
				compound.append(AddCommand.create(domain, owner, f.feature, added));
			}
			return compound;
		}
		Object v = value == null && f.feature.isUnsettable() ? SetCommand.UNSET_VALUE : value;
		Command set = SetCommand.create(domain, owner, f.feature, v);
		CompoundCommand labelled = new CompoundCommand("Set " + f.label);
		labelled.append(set);
		return labelled;
	}

	/** The model changed (a command, undo, redo, reload): show it and validate it again. */
	void modelChanged() {
		if (form == null || form.isDisposed()) {
			return;
		}
		SyncProfile profile = editor.profile();
		updating = true;
		try {
			for (Field f : fields) {
				Object value = f.modelValue(profile);
				if (!Objects.equals(value, f.shown)) {
					f.show(value);
				}
			}
		} finally {
			updating = false;
		}
		saveProblem = null;
		validate();
	}

	/** After a reload: every field shows the (new) model. */
	void setProfile(SyncProfile profile) {
		merging = null;
		for (Field f : fields) {
			f.shown = new Object();
		}
	}

	/** Runs the model's validator and shows its problems (and fields that hold no value) at their fields and in the header. */
	private void validate() {
		if (messages == null) {
			return;
		}
		SyncProfile profile = editor.profile();
		Diagnostic diagnostic = ProfileValidator.validate(profile, KarmaServices.connectors());
		List<String> found = new ArrayList<>();
		List<String> foundErrors = new ArrayList<>();
		messages.setAutoUpdate(false);
		try {
			messages.removeAllMessages();
			for (Field f : fields) {
				if (f.parseError != null) {
					String text = f.label + ": " + f.parseError;
					messages.addMessage(f.key + "#parse", text, null, IMessageProvider.ERROR, f.control);
					found.add(text);
					foundErrors.add(text);
				}
			}
			int n = 0;
			for (Diagnostic child : diagnostic.getChildren()) {
				String text = withoutProfilePrefix(child.getMessage(), profile.getName());
				int type = child.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR
						: child.getSeverity() >= Diagnostic.WARNING ? IMessageProvider.WARNING : IMessageProvider.INFORMATION;
				Field at = fieldOf(child, profile);
				String key = "problem#" + n++;
				if (at != null) {
					messages.addMessage(key, text, null, type, at.control);
				} else {
					messages.addMessage(key, text, null, type);
				}
				found.add(text);
				if (type == IMessageProvider.ERROR) {
					foundErrors.add(child.getMessage());
				}
			}
			if (saveProblem != null) {
				messages.addMessage(SAVE_MESSAGE_KEY, saveProblem, null, IMessageProvider.ERROR);
				found.add(0, saveProblem);
			}
		} finally {
			messages.setAutoUpdate(true);
		}
		shownMessages.clear();
		shownMessages.addAll(found);
		errors = List.copyOf(foundErrors);
	}

	private static String withoutProfilePrefix(String message, String name) {
		String prefix = "profile '" + name + "': ";
		return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	private Field fieldOf(Diagnostic diagnostic, SyncProfile profile) {
		List<?> data = diagnostic.getData();
		if (data.size() < 2) {
			return null;
		}
		for (Field f : fields) {
			if (f.feature == data.get(1) && f.owner.apply(profile) == data.get(0)) {
				return f;
			}
		}
		return null;
	}

	/** The errors that stop a save: fields that hold no value and the validator's errors (empty: can be saved). */
	List<String> problems() {
		return errors;
	}

	/** Shows why a save was refused in the header (null: clears it). */
	void saveRefused(String problem) {
		saveProblem = problem;
		validate();
	}

	/** The widget of a field, by key ({@code description}, {@code filter.excludes}, {@code parallelTransfers}, ...). */
	public Control control(String key) {
		return fields.stream().filter(f -> f.key.equals(key)).findFirst().map(f -> f.control)
				.orElseThrow(() -> new IllegalArgumentException("no field " + key));
	}

	/** The keys of all fields, in form order. */
	public List<String> keys() {
		return fields.stream().map(f -> f.key).toList();
	}

	/** The messages shown in the form (a refused save first), one line each. */
	public List<String> messages() {
		return List.copyOf(shownMessages);
	}

	/** The form (its header shows the messages' summary). */
	public ScrolledForm form() {
		return form;
	}
}
