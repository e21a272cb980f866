package org.karma.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.core.connectors.ConnectionTest;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.jobs.ConnectionTestJob;
import org.karma.core.profiles.Endpoints;
import org.karma.model.EndpointUri;
import org.karma.model.profile.Endpoint;

/**
 * One endpoint of the New Profile wizard: the scheme (from the connector registry), the location,
 * and one field per option the scheme's connector declares. Secret options (passwords, tokens) get
 * a password field; their values are never part of the profile: the wizard puts them in the
 * credential store on Finish. "Test connection" runs a {@link ConnectionTestJob} and shows the
 * server's answer under the endpoint.
 */
public final class EndpointEditor {

	private final ConnectorRegistry registry;
	private final Runnable changed;
	private final Group group;
	private final Combo scheme;
	private final Text location;
	private final Composite optionsArea;
	private final Map<ConnectorOption, Control> optionFields = new LinkedHashMap<>();
	private final Map<ConnectorOption, Text> secretFields = new LinkedHashMap<>();
	private final Button testButton;
	private Button loginButton;
	private final Label testIcon;
	private final Label testResult;
	private volatile ConnectionTestJob testJob;

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
		testButton = new Button(group, SWT.PUSH);
		testButton.setText("Test connection");
		testButton.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		Composite answer = new Composite(group, SWT.NONE);
		answer.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout answerLayout = new GridLayout(2, false);
		answerLayout.marginHeight = 0;
		answerLayout.marginWidth = 0;
		answer.setLayout(answerLayout);
		testIcon = new Label(answer, SWT.NONE);
		testIcon.setLayoutData(new GridData(16, 16));
		testResult = new Label(answer, SWT.WRAP);
		GridData resultData = new GridData(SWT.FILL, SWT.TOP, true, false);
		resultData.widthHint = 380;
		testResult.setLayoutData(resultData);
		testButton.addListener(SWT.Selection, e -> testConnection());
		rebuildOptions();
	}

	/** Starts "Test connection": a job in {@link ConnectionTestJob#FAMILY}; the answer shows when it is done. */
	public void testConnection() {
		if (isEmpty()) {
			show(false, "Enter a location first.", "");
			return;
		}
		Endpoint endpoint;
		try {
			endpoint = endpoint();
		} catch (EndpointUri.InvalidUriException e) {
			show(false, "Failed: " + e.getMessage(), "");
			return;
		}
		Map<String, char[]> typed = secrets();
		ConnectionTest test = new ConnectionTest(registry, WorkbenchCredentials.secrets(typed));
		typed.values().forEach(v -> java.util.Arrays.fill(v, '\0'));
		ConnectionTestJob job = new ConnectionTestJob(test, endpoint, EndpointUri.redact(endpoint.getUri()));
		testJob = job;
		testButton.setEnabled(false);
		show(true, "Connecting to " + EndpointUri.redact(endpoint.getUri()) + " ...", "");
		testIcon.setImage(null);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Display display = group.getDisplay();
				if (display.isDisposed()) {
					return;
				}
				display.asyncExec(() -> {
					if (group.isDisposed() || testJob != job) {
						return;
					}
					testButton.setEnabled(true);
					ConnectionTest.Result result = job.result();
					if (result == null) {
						show(false, "The test did not run.", "");
					} else if (result.ok()) {
						show(true, "OK: " + result.message() + " (" + String.join("; ", result.facts()) + ")",
								String.join("\n", result.facts()));
					} else {
						show(false, "Failed: " + result.message()
								+ (result.reason() == null ? "" : " (" + result.reason().name().toLowerCase(Locale.ROOT) + ")"), "");
					}
				});
			}
		});
		job.schedule();
	}

	private void show(boolean ok, String text, String tooltip) {
		testIcon.setImage(PlatformUI.getWorkbench().getSharedImages()
				.getImage(ok ? ISharedImages.IMG_OBJS_INFO_TSK : ISharedImages.IMG_OBJS_ERROR_TSK));
		testResult.setText(text);
		testResult.setToolTipText(tooltip);
		testResult.setForeground(group.getDisplay().getSystemColor(ok ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
		testResult.setData("karma.ok", Boolean.valueOf(ok));
		fitShell();
	}

	/**
	 * Lays the dialog out again and lets it grow (within the screen) when the endpoint's fields no
	 * longer fit: another scheme brings other option fields, a password field, a test result.
	 */
	private void fitShell() {
		org.eclipse.swt.widgets.Shell shell = group.getShell();
		shell.layout(true, true);
		org.eclipse.swt.graphics.Point now = shell.getSize();
		org.eclipse.swt.graphics.Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		org.eclipse.swt.graphics.Rectangle screen = shell.getMonitor().getClientArea();
		int width = Math.min(Math.max(now.x, wanted.x), screen.width);
		int height = Math.min(Math.max(now.y, wanted.y), screen.height);
		if (width != now.x || height != now.y) {
			shell.setSize(width, height);
			shell.layout(true, true);
		}
	}

	private void rebuildOptions() {
		for (Control child : optionsArea.getChildren()) {
			child.dispose();
		}
		optionFields.clear();
		secretFields.clear();
		List<ConnectorOption> options = registry.factory(getScheme()).map(ConnectorFactory::options).orElse(List.of());
		for (ConnectorOption option : options) {
			if (option.secret()) {
				// secrets go to secure storage on Finish, never into a profile
				Label label = new Label(optionsArea, SWT.NONE);
				label.setText(option.key() + ":");
				label.setToolTipText(option.help());
				Text secret = new Text(optionsArea, SWT.BORDER | SWT.PASSWORD);
				secret.setToolTipText(option.help() + " Kept in the credential store, not in the profile.");
				secret.setMessage("kept in the credential store");
				secret.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				secret.setData("karma.secret", option.key());
				secretFields.put(option, secret);
				continue;
			}
			Label label = new Label(optionsArea, SWT.NONE);
			label.setText(option.key() + ":");
			label.setToolTipText(option.help());
			Control field;
			if (!option.allowedValues().isEmpty() || option.type() == ConnectorOption.Type.BOOLEAN) {
				Combo combo = new Combo(optionsArea, SWT.READ_ONLY);
				List<String> values = option.type() == ConnectorOption.Type.BOOLEAN ? List.of("true", "false")
						: option.allowedValues();
				if (option.defaultValue() == null) {
					combo.add(""); // not set: the connector decides (List.indexOf(null) would throw)
				}
				values.forEach(combo::add);
				combo.select(option.defaultValue() == null ? 0 : Math.max(0, values.indexOf(option.defaultValue())));
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
		loginButton = null;
		if (org.karma.core.oauth.OAuthProvider.SCHEMES.contains(getScheme())) {
			Button login = new Button(optionsArea, SWT.PUSH);
			login.setText("Log in\u2026");
			login.setToolTipText("Opens the system browser to sign in and stores the refresh token in the credential store"
					+ " (as 'karma credentials login " + getScheme() + "').");
			login.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
			login.setData("karma.login", getScheme());
			login.addListener(SWT.Selection, e -> EndpointLogin.start(this, registry));
			loginButton = login;
		}
		fitShell();
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

	/** The password fields shown (secret options of the scheme's connector), by option key. */
	public Map<String, Text> getSecretFields() {
		Map<String, Text> byKey = new LinkedHashMap<>();
		secretFields.forEach((option, text) -> byKey.put(option.key(), text));
		return byKey;
	}

	/** The secrets typed, by option key (only non-empty ones); the caller zeroes the arrays. */
	public Map<String, char[]> secrets() {
		Map<String, char[]> values = new LinkedHashMap<>();
		secretFields.forEach((option, text) -> {
			char[] value = text.getTextChars();
			if (value.length > 0) {
				values.put(option.key(), value);
			}
		});
		return values;
	}

	public Button getTestButton() {
		return testButton;
	}

	/** "Log in…" of a dropbox or gdrive endpoint, else null. */
	public Button getLoginButton() {
		return loginButton;
	}

	/** What is typed in the option or secret field of that key (stripped; empty when none). */
	String fieldValue(String key) {
		for (Map.Entry<ConnectorOption, Text> entry : secretFields.entrySet()) {
			if (entry.getKey().key().equals(key)) {
				return entry.getValue().getText().strip();
			}
		}
		for (Map.Entry<ConnectorOption, Control> entry : optionFields.entrySet()) {
			if (entry.getKey().key().equals(key)) {
				Control control = entry.getValue();
				return (control instanceof Text t ? t.getText() : ((Combo) control).getText()).strip();
			}
		}
		return "";
	}

	/** Shows an answer under the endpoint (Test connection, Log in). */
	void showResult(boolean ok, String text) {
		show(ok, text, "");
	}

	Shell shell() {
		return group.getShell();
	}

	boolean isDisposed() {
		return group.isDisposed();
	}

	/** The answer of the last Test connection (empty before). */
	public Label getTestResultLabel() {
		return testResult;
	}

	/** The job of the last Test connection, or null. */
	public ConnectionTestJob getTestJob() {
		return testJob;
	}

	/** The endpoint as a URI with its options (only those that differ from the defaults). */
	public String text() {
		String where = Endpoints.withScheme(getScheme(), location.getText());
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
