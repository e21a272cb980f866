package org.karma.ui.internal.prefs;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.Setting;
import org.karma.core.settings.SettingsException;
import org.karma.ui.internal.KarmaServices;

/**
 * Window &gt; Preferences &gt; KARMA: every {@link Setting} of the KARMA home, the same file
 * {@code karma settings} edits ({@code $KARMA_HOME/settings.properties}), not Eclipse preferences.
 * Words are chosen from a list, numbers typed and checked as they are typed.
 */
public final class KarmaPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** The page id in {@code org.eclipse.ui.preferencePages}. */
	public static final String ID = "org.karma.ui.preferences";

	private final Map<Setting, Control> fields = new EnumMap<>(Setting.class);
	private KarmaSettings loaded = KarmaSettings.defaults();

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Settings of the KARMA home, shared with the 'karma settings' command.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(2, false));
		String problem = null;
		try {
			loaded = KarmaSettings.load(KarmaServices.home());
		} catch (SettingsException e) {
			loaded = KarmaSettings.defaults();
			problem = e.getMessage() + " (showing the defaults; Apply writes a good file)";
		}
		for (Setting s : Setting.values()) {
			Label label = new Label(c, SWT.NONE);
			label.setText(label(s) + ":");
			label.setToolTipText(s.key() + ": " + s.description());
			Control field;
			if (s.isNumber()) {
				Text text = new Text(c, SWT.BORDER);
				text.setLayoutData(new GridData(80, SWT.DEFAULT));
				text.addListener(SWT.Modify, e -> validate());
				field = text;
			} else {
				Combo combo = new Combo(c, SWT.READ_ONLY);
				s.choices().forEach(combo::add);
				field = combo;
			}
			field.setToolTipText(s.key() + " (" + s.allowed() + "): " + s.description());
			fields.put(s, field);
		}
		Label file = new Label(c, SWT.WRAP);
		file.setText("Stored in " + KarmaSettings.file(KarmaServices.home()));
		file.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		show(loaded);
		if (problem != null) {
			setErrorMessage(problem);
		}
		return c;
	}

	private static String label(Setting s) {
		return switch (s) {
		case PROFILE_DIRECTION -> "Direction of new profiles";
		case PROFILE_CONFLICT -> "Conflicts in new profiles";
		case PROFILE_VERSIONING -> "Old versions in new profiles";
		case PROFILE_VERSIONS -> "Versions kept per file";
		case LOG_RETENTION_DAYS -> "Keep run logs (days)";
		case HISTORY_RETENTION_DAYS -> "Keep history (days, 0: forever)";
		case SYNC_CONCURRENCY -> "Parallel transfers";
		case NOTIFICATIONS -> "Notify when a sync ends";
		case SCHEDULER_WORKBENCH -> "Run schedules in the workbench";
		};
	}

	private void show(KarmaSettings settings) {
		for (Setting s : Setting.values()) {
			setValue(s, settings.get(s));
		}
		validate();
	}

	/** What the field of a setting shows now. */
	public String getValue(Setting s) {
		Control field = fields.get(s);
		return field instanceof Text text ? text.getText() : ((Combo) field).getText();
	}

	/** Puts a value into the field of a setting, as a user would type or choose it. */
	public void setValue(Setting s, String value) {
		Control field = fields.get(s);
		if (field instanceof Text text) {
			text.setText(value);
		} else {
			Combo combo = (Combo) field;
			combo.select(combo.indexOf(value));
		}
	}

	/** The settings the fields describe. */
	private KarmaSettings read() throws SettingsException {
		KarmaSettings settings = loaded;
		for (Setting s : Setting.values()) {
			String value = s.check(getValue(s));
			settings = value.equals(s.defaultValue()) ? settings.reset(s) : settings.with(s, value);
		}
		return settings;
	}

	private void validate() {
		try {
			read();
			setErrorMessage(null);
			setValid(true);
		} catch (SettingsException e) {
			setErrorMessage(e.getMessage());
			setValid(false);
		}
	}

	/** What the Restore Defaults button does. */
	public void restoreDefaults() {
		performDefaults();
	}

	@Override
	protected void performDefaults() {
		show(KarmaSettings.defaults());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			KarmaSettings settings = read();
			settings.save(KarmaServices.home());
			loaded = settings;
			org.karma.ui.internal.schedule.WorkbenchScheduler.get().reload();
			return true;
		} catch (SettingsException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}
}
