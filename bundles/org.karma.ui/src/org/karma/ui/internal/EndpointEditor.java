package org.karma.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.profiles.Endpoints;
import org.karma.model.EndpointUri;
import org.karma.model.profile.Endpoint;

/**
 * One endpoint of the New Profile wizard: the scheme (from the connector registry), the location,
 * and one field per option the scheme's connector declares. Secret options (passwords, tokens) are
 * not profile fields and are not shown.
 */
public final class EndpointEditor {

	private final ConnectorRegistry registry;
	private final Runnable changed;
	private final Group group;
	private final Combo scheme;
	private final Text location;
	private final Composite optionsArea;
	private final Map<ConnectorOption, Control> optionFields = new LinkedHashMap<>();

	public EndpointEditor(Composite parent, String title, ConnectorRegistry registry, Runnable changed) {
		this.registry = registry;
		this.changed = changed;
		group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(group, SWT.NONE).setText("Type:");
		scheme = new Combo(group, SWT.READ_ONLY);
		TreeSet<String> schemes = new TreeSet<>(registry.schemes());
		scheme.add("file");
		schemes.stream().filter(s -> !s.equals("file")).forEach(scheme::add);
		scheme.select(0);
		new Label(group, SWT.NONE).setText("Location:");
		location = new Text(group, SWT.BORDER);
		location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		location.setMessage("a folder, or host/path for a server");
		location.addListener(SWT.Modify, e -> changed.run());
		optionsArea = new Composite(group, SWT.NONE);
		optionsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		optionsArea.setLayout(new GridLayout(2, false));
		scheme.addListener(SWT.Selection, e -> {
			rebuildOptions();
			changed.run();
		});
		rebuildOptions();
	}

	private void rebuildOptions() {
		for (Control child : optionsArea.getChildren()) {
			child.dispose();
		}
		optionFields.clear();
		List<ConnectorOption> options = registry.factory(getScheme()).map(ConnectorFactory::options).orElse(List.of());
		for (ConnectorOption option : options) {
			if (option.secret()) {
				continue; // secrets go to secure storage, never into a profile
			}
			Label label = new Label(optionsArea, SWT.NONE);
			label.setText(option.key() + ":");
			label.setToolTipText(option.help());
			Control field;
			if (!option.allowedValues().isEmpty() || option.type() == ConnectorOption.Type.BOOLEAN) {
				Combo combo = new Combo(optionsArea, SWT.READ_ONLY);
				List<String> values = option.type() == ConnectorOption.Type.BOOLEAN ? List.of("true", "false")
						: option.allowedValues();
				values.forEach(combo::add);
				combo.select(Math.max(0, values.indexOf(option.defaultValue())));
				combo.addListener(SWT.Selection, e -> changed.run());
				field = combo;
			} else {
				Text text = new Text(optionsArea, SWT.BORDER);
				text.setText(option.defaultValue() == null ? "" : option.defaultValue());
				text.addListener(SWT.Modify, e -> changed.run());
				field = text;
			}
			field.setToolTipText(option.help());
			field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			field.setData("karma.option", option.key());
			optionFields.put(option, field);
		}
		group.getShell().layout(true, true);
	}

	public String getScheme() {
		return scheme.getSelectionIndex() < 0 ? "file" : scheme.getItem(scheme.getSelectionIndex());
	}

	/** Selects a scheme as a user would (its option fields are rebuilt). */
	public void setScheme(String value) {
		scheme.select(scheme.indexOf(value));
		scheme.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	public Combo getSchemeCombo() {
		return scheme;
	}

	public Text getLocationText() {
		return location;
	}

	/** The option fields shown, by option key. */
	public Map<String, Control> getOptionFields() {
		Map<String, Control> byKey = new LinkedHashMap<>();
		optionFields.forEach((option, control) -> byKey.put(option.key(), control));
		return byKey;
	}

	/** The endpoint as a URI with its options (only those that differ from the defaults). */
	public String text() {
		String where = location.getText().strip();
		if (!getScheme().equals("file") && !where.isEmpty() && !where.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
			where = getScheme() + "://" + where;
		}
		List<String> query = new ArrayList<>();
		optionFields.forEach((option, control) -> {
			String value = control instanceof Text t ? t.getText().strip() : ((Combo) control).getText();
			if (!value.isEmpty() && !value.equals(option.defaultValue())) {
				query.add(option.key() + "=" + value);
			}
		});
		return query.isEmpty() ? where : where + (where.contains("?") ? "&" : "?") + String.join("&", query);
	}

	/**
	 * The endpoint, or an exception whose message says what is wrong with the location.
	 *
	 * @throws EndpointUri.InvalidUriException when the text is not a usable location
	 */
	public Endpoint endpoint() throws EndpointUri.InvalidUriException {
		return Endpoints.fromText(text(), Path.of(System.getProperty("user.home", "/")), registry);
	}

	public boolean isEmpty() {
		return location.getText().isBlank();
	}
}
