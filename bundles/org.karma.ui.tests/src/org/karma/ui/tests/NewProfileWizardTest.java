package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.core.KarmaHome;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.Credentials;
import org.karma.core.credentials.MasterPassword;
import org.karma.core.credentials.SecureStorageCredentials;
import org.karma.core.profiles.Endpoints;
import org.karma.model.EndpointUri;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.Direction;
import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningKind;
import org.karma.ui.internal.EndpointEditor;
import org.karma.ui.internal.EndpointLogin;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.NewProfileWizard;
import org.karma.ui.internal.WorkbenchCredentials;

/**
 * The New Profile wizard on real widgets: every page, Test connection (joined through the job
 * family), validation on the page that owns the field, and a password that goes to the credential
 * store and never into the profile. No sleeps.
 */
class NewProfileWizardTest {

	Path dir;
	Path masterFile;
	NewProfileWizard wizard;
	WorkbenchFlowTest.Dialog dialog;

	@BeforeEach
	void setUp() throws Exception {
		dir = Files.createTempDirectory("karma-wizard-test");
		KarmaServices.setHome(KarmaHome.at(dir.resolve("home")));
		masterFile = dir.resolve("master.txt");
		Files.writeString(masterFile, "correct horse battery staple\n");
		WorkbenchCredentials.setSessionMaster(MasterPassword.ofFile(masterFile));
		openWizard();
	}

	/** A new wizard in its dialog (its scheme lists are those of the registry now). */
	private void openWizard() {
		wizard = new NewProfileWizard();
		dialog = new WorkbenchFlowTest.Dialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiWait.processEvents();
	}

	/** A connector for {@code scheme} that only declares options (enough for the wizard's fields). */
	private static ConnectorFactory optionsOnly(String scheme, String credentialKey, ConnectorOption... options) {
		return new ConnectorFactory() {
			@Override
			public Set<String> schemes() {
				return Set.of(scheme);
			}

			@Override
			public String displayName() {
				return scheme + " (test)";
			}

			@Override
			public List<ConnectorOption> options() {
				return List.of(options);
			}

			@Override
			public String credentialKey(String location) {
				return credentialKey;
			}

			@Override
			public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) {
				throw new UnsupportedOperationException();
			}
		};
	}

	/**
	 * A Dropbox or Drive folder typed as a path becomes the URI the connector takes
	 * ({@code dropbox:/Photos}, not {@code dropbox:///Photos}), the same the command line makes of
	 * that URI; a server scheme still gets {@code //} before host and path.
	 */
	@Test
	void aCloudFolderTypedAsAPathBecomesTheSchemesUri() throws Exception {
		ConnectorFactory dropbox = optionsOnly("dropbox", "dropbox:/");
		ConnectorFactory gdrive = optionsOnly("gdrive", "gdrive:");
		KarmaServices.connectors().addFactory(dropbox);
		KarmaServices.connectors().addFactory(gdrive);
		try {
			dialog.close();
			openWizard(); // its scheme lists now have dropbox and gdrive
			NewProfileWizard.EndpointsPage first = wizard.getEndpointsPage();
			type(first.getNameText(), "photos");
			type(first.getLeft().getLocationText(), dir.resolve("left").toString());
			EndpointEditor right = first.getRight();
			for (String scheme : List.of("dropbox", "gdrive")) {
				right.setScheme(scheme);
				UiWait.processEvents();
				assertEquals(scheme, right.getScheme());
				for (String typed : List.of("/Photos", " /Photos/2024 ", "Photos", scheme + ":/Photos")) {
					type(right.getLocationText(), typed);
					String expected = scheme + ":/" + (typed.contains("2024") ? "Photos/2024" : "Photos");
					assertEquals(expected, right.text(), typed);
					assertNull(first.getErrorMessage(), first.getErrorMessage());
					assertEquals(expected, right.endpoint().getUri(), typed);
					assertEquals(Endpoints.fromText(expected, dir, KarmaServices.connectors()).getUri(),
							right.endpoint().getUri(), "the command line's URI for " + expected);
				}
			}
			right.setScheme("sftp");
			UiWait.processEvents();
			type(right.getLocationText(), "me@host.example/data");
			assertEquals("sftp://me@host.example/data", right.endpoint().getUri());
		} finally {
			KarmaServices.connectors().removeFactory(gdrive);
			KarmaServices.connectors().removeFactory(dropbox);
		}
	}

	@AfterEach
	void tearDown() {
		UiWait.joinKarmaJobs();
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		WorkbenchCredentials.setSessionMaster(null);
	}

	private static void select(Combo combo, String item) {
		int index = combo.indexOf(item);
		assertTrue(index >= 0, item + " in " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		UiWait.processEvents();
	}

	private static void type(Text text, String value) {
		text.setText(value);
		UiWait.processEvents();
	}

	/** Presses Test connection and waits (joining the job family) for the answer on the page. */
	private static String testConnection(EndpointEditor editor) {
		Button test = editor.getTestButton();
		test.notifyListeners(SWT.Selection, new Event());
		UiWait.joinKarmaJobs();
		Label answer = editor.getTestResultLabel();
		UiWait.until("the answer of Test connection",
				() -> answer.getText().startsWith("OK") || answer.getText().startsWith("Failed"));
		return answer.getText();
	}

	private boolean finishEnabled() {
		return dialog.button(IDialogConstants.FINISH_ID).isEnabled();
	}

	@Test
	void testConnectionShowsTheServersAnswerOrWhyNot() throws Exception {
		Path left = Files.createDirectories(dir.resolve("left"));
		Files.writeString(left.resolve("a.txt"), "alpha");
		Files.createDirectories(left.resolve("sub"));
		NewProfileWizard.EndpointsPage first = wizard.getEndpointsPage();

		type(first.getLeft().getLocationText(), left.toString());
		String ok = testConnection(first.getLeft());
		assertTrue(ok.startsWith("OK: connected; 2 entries at the root"), ok);
		assertTrue(ok.contains("case: "), ok);
		assertTrue(ok.contains("capabilities: "), ok);
		assertTrue(first.getLeft().getTestJob().result().ok());

		type(first.getRight().getLocationText(), dir.resolve("missing").toString());
		String missing = testConnection(first.getRight());
		assertTrue(missing.startsWith("Failed: ") && missing.contains("does not exist") && missing.endsWith("(not_found)"),
				missing);
		assertFalse(Files.exists(dir.resolve("missing")), "Test connection creates nothing");

		type(first.getRight().getLocationText(), "gopher://host/x");
		first.getRight().getTestButton().notifyListeners(SWT.Selection, new Event());
		UiWait.processEvents();
		String bad = first.getRight().getTestResultLabel().getText();
		assertTrue(bad.startsWith("Failed: unknown scheme 'gopher'"), bad);
		assertNotNull(first.getErrorMessage(), "the page says what is wrong too");
	}

	@Test
	void everyPageEndsUpInTheStoredProfileAndProblemsShowOnTheirPage() throws Exception {
		NewProfileWizard.EndpointsPage first = wizard.getEndpointsPage();
		assertFalse(finishEnabled(), "nothing entered yet");
		type(first.getNameText(), "photos");
		type(first.getLeft().getLocationText(), dir.resolve("left").toString());
		type(first.getRight().getLocationText(), dir.resolve("right").toString());
		assertNull(first.getErrorMessage(), first.getErrorMessage());
		assertTrue(finishEnabled(), "the defaults of the other pages are valid");

		dialog.press(IDialogConstants.NEXT_ID);
		NewProfileWizard.ModePage mode = wizard.getModePage();
		assertEquals(mode, dialog.getCurrentPage());
		select(mode.getDirectionCombo(), "mirror");
		select(mode.getComparisonCombo(), "checksum");

		dialog.press(IDialogConstants.NEXT_ID);
		NewProfileWizard.FiltersPage filters = wizard.getFiltersPage();
		assertEquals(filters, dialog.getCurrentPage());
		type(filters.getExcludesText(), "*.tmp\nbuild/**\n\n");
		type(filters.getIncludesText(), "*.jpg");
		filters.getExcludeHiddenButton().setSelection(true);
		filters.getExcludeHiddenButton().notifyListeners(SWT.Selection, new Event());
		type(filters.getMaxSizeText(), "5X");
		assertNotNull(filters.getErrorMessage());
		assertTrue(filters.getErrorMessage().startsWith("Maximum size: '5X' is not a size"), filters.getErrorMessage());
		assertFalse(finishEnabled(), "no Finish while a page is invalid");
		assertFalse(dialog.button(IDialogConstants.NEXT_ID).isEnabled());
		type(filters.getMaxSizeText(), "5M");
		type(filters.getMaxAgeText(), "30");
		assertNull(filters.getErrorMessage(), filters.getErrorMessage());

		dialog.press(IDialogConstants.NEXT_ID);
		NewProfileWizard.VersioningPage versioning = wizard.getVersioningPage();
		select(versioning.getKindCombo(), "keep-last");
		versioning.getKeepSpinner().setSelection(7);
		UiWait.processEvents();

		dialog.press(IDialogConstants.NEXT_ID);
		NewProfileWizard.SchedulePage schedule = wizard.getSchedulePage();
		assertEquals(schedule, dialog.getCurrentPage());
		assertFalse(schedule.getWhenText().isEnabled(), "manual needs no time");
		schedule.setMode("scheduled");
		UiWait.processEvents();
		assertTrue(schedule.getWhenText().isEnabled());
		assertNotNull(schedule.getErrorMessage(), "scheduled without a time");
		assertFalse(finishEnabled());
		type(schedule.getWhenText(), "cron 99 * * * *");
		// the model's validator, shown on the page that owns the field
		assertNotNull(schedule.getErrorMessage());
		assertTrue(schedule.getErrorMessage().contains("schedule.cronExpression"), schedule.getErrorMessage());
		assertNull(first.getErrorMessage(), "not on the other pages");
		assertFalse(finishEnabled());
		type(schedule.getWhenText(), "every 30m");
		assertNull(schedule.getErrorMessage(), schedule.getErrorMessage());
		assertTrue(finishEnabled());

		dialog.press(IDialogConstants.FINISH_ID);
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closed the wizard");
		SyncProfile saved = KarmaServices.profiles().load("photos");
		assertEquals(Direction.MIRROR, saved.getDirection());
		assertEquals(ComparisonMethod.CHECKSUM, saved.getComparison().getMethod());
		assertEquals(List.of("*.tmp", "build/**"), saved.getFilter().getExcludes());
		assertEquals(List.of("*.jpg"), saved.getFilter().getIncludes());
		assertTrue(saved.getFilter().isExcludeHidden());
		assertEquals(5L << 20, saved.getFilter().getMaxSizeBytes());
		assertEquals(30, saved.getFilter().getMaxAgeDays());
		assertEquals(VersioningKind.KEEP_LAST, saved.getVersioning().getKind());
		assertEquals(7, saved.getVersioning().getCount());
		assertEquals(ScheduleKind.INTERVAL, saved.getSchedule().getKind());
		assertEquals(30, saved.getSchedule().getInterval());
		assertEquals(IntervalUnit.MINUTES, saved.getSchedule().getIntervalUnit());
	}

	@Test
	void theDialogGrowsSoThatTheFieldsOfAnotherSchemeFit() throws Exception {
		NewProfileWizard.EndpointsPage first = wizard.getEndpointsPage();
		first.getRight().setScheme("sftp");
		UiWait.processEvents();
		EndpointEditor right = first.getRight();
		assertFalse(right.getSecretFields().isEmpty(), "sftp has a password and a passphrase");
		for (org.eclipse.swt.widgets.Control control : List.of(right.getTestButton(),
				right.getSecretFields().values().iterator().next())) {
			// inside the page as the dialog shows it (what does not fit is cut off at the page's end)
			org.eclipse.swt.widgets.Control page = first.getControl().getParent();
			int bottom = control.toDisplay(0, 0).y + control.getSize().y;
			int pageBottom = page.toDisplay(0, 0).y + page.getSize().y;
			assertTrue(bottom <= pageBottom, control + " ends at " + bottom + ", the page at " + pageBottom);
		}
	}

	@Test
	void aTypedPasswordGoesToTheCredentialStoreAndNeverIntoTheProfile() throws Exception {
		NewProfileWizard.EndpointsPage first = wizard.getEndpointsPage();
		type(first.getNameText(), "site");
		type(first.getLeft().getLocationText(), dir.resolve("site").toString());
		assertTrue(first.getLeft().getSecretFields().isEmpty(), "a local folder has no password");
		first.getRight().setScheme("ftp");
		UiWait.processEvents();
		type(first.getRight().getLocationText(), "ann@localhost:2121/www");
		Text password = first.getRight().getSecretFields().get("password");
		assertNotNull(password, "ftp declares a secret option: " + first.getRight().getSecretFields());
		assertTrue((password.getStyle() & SWT.PASSWORD) != 0, "typed without echo");
		type(password, "s3cret-Pw!");
		assertNull(first.getErrorMessage(), first.getErrorMessage());

		dialog.press(IDialogConstants.FINISH_ID);
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closed the wizard");

		SyncProfile saved = KarmaServices.profiles().load("site");
		assertEquals("ftp://ann@localhost:2121/www", saved.getRight().getUri());
		String file = Files.readString(KarmaServices.profiles().fileOf("site"), StandardCharsets.UTF_8);
		assertFalse(file.contains("s3cret"), file);
		String key = Credentials.key(KarmaServices.connectors(), EndpointUri.parse(saved.getRight().getUri()));
		assertEquals("ftp://ann@localhost:2121", key);
		CredentialStore store = SecureStorageCredentials.open(Credentials.storeFile(KarmaServices.home()),
				Optional.of(MasterPassword.ofFile(masterFile)), false);
		assertEquals("s3cret-Pw!", new String(store.get(key, "password").orElseThrow()));
		assertEquals(List.of("password"), store.list().get(key));
	}

	/** Answers the master password dialog when it opens (it runs its own event loop), or cancels it. */
	private static void answerMasterPasswordDialog(String password, boolean[] seen) {
		whenOpen("KARMA Credential Store", shell -> {
			seen[0] = true;
			Text text = find(shell);
			assertNotNull(text, "the password field");
			assertTrue((text.getStyle() & SWT.PASSWORD) != 0, "typed without echo");
			if (password == null) {
				shell.close();
			} else {
				text.setText(password);
				shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	/**
	 * Runs {@code action} on the dialog of that title once it is open (a modal dialog runs its own
	 * event loop); the test's assertions fail if it never opens.
	 */
	private static void whenOpen(String title, java.util.function.Consumer<org.eclipse.swt.widgets.Shell> action) {
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		display.asyncExec(new Runnable() {
			private int tries;

			@Override
			public void run() {
				for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
					if (title.equals(shell.getText()) && !shell.isDisposed()) {
						action.accept(shell);
						return;
					}
				}
				if (++tries < 1000) {
					display.asyncExec(this); // not open yet
				}
			}
		});
	}

	private static Text find(org.eclipse.swt.widgets.Composite parent) {
		return find(parent, "karma.masterPassword");
	}

	/** The text field below {@code parent} whose data {@code dataKey} is TRUE, or null. */
	private static Text find(org.eclipse.swt.widgets.Composite parent, String dataKey) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Text text && Boolean.TRUE.equals(text.getData(dataKey))) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite c) {
				Text found = find(c, dataKey);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}


	@Test
	void withoutAMasterPasswordFileTheWorkbenchAsksOncePerSession() throws Exception {
		assertNull(System.getenv(MasterPassword.ENVIRONMENT), "this test needs a runtime without a master password file");
		WorkbenchCredentials.setSessionMaster(null);
		NewProfileWizard.EndpointsPage first = wizard.getEndpointsPage();
		type(first.getNameText(), "asked");
		type(first.getLeft().getLocationText(), dir.resolve("asked").toString());
		first.getRight().setScheme("ftp");
		UiWait.processEvents();
		type(first.getRight().getLocationText(), "bob@localhost:2121/www");
		type(first.getRight().getSecretFields().get("password"), "bobs-Pw");

		// cancelled: nothing stored, no profile, the page says why
		boolean[] seen = { false };
		answerMasterPasswordDialog(null, seen);
		dialog.press(IDialogConstants.FINISH_ID);
		assertTrue(seen[0], "the master password was asked for");
		assertNotNull(first.getErrorMessage());
		assertTrue(first.getErrorMessage().startsWith("The password was not stored (the profile was not created)"),
				first.getErrorMessage());
		assertFalse(Files.exists(KarmaServices.profiles().fileOf("asked")));

		// answered: the store is created with the typed master password, which is kept for the session
		seen[0] = false;
		answerMasterPasswordDialog("typed master", seen);
		dialog.press(IDialogConstants.FINISH_ID);
		assertTrue(seen[0]);
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closed the wizard");
		assertTrue(WorkbenchCredentials.master().isPresent(), "kept for the session");
		CredentialStore store = SecureStorageCredentials.open(Credentials.storeFile(KarmaServices.home()),
				Optional.of(MasterPassword.ofValue("typed master".toCharArray())), false);
		assertEquals("bobs-Pw", new String(store.get("ftp://bob@localhost:2121", "password").orElseThrow()));
	}

	/** The login dialog, when it opens: the address it shows kept, the code typed and OK pressed. */
	private static void answerLoginDialog(String code, String[] shown) {
		whenOpen("Log in to Dropbox", shell -> {
			shown[0] = find(shell, "karma.oauthUrl").getText();
			find(shell, "karma.oauthCode").setText(code);
			shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		});
	}

	@Test
	void logInOpensTheBrowserTakesTheCodeAndStoresTheRefreshToken() throws Exception {
		// Dropbox's token endpoint, played on loopback: one code, whose verifier must match the challenge
		Map<String, String> challenges = new java.util.concurrent.ConcurrentHashMap<>();
		com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer
				.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 4);
		server.createContext("/token", x -> {
			try (x) {
				Map<String, String> form = query(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				String challenge = challenges.remove(form.get("code"));
				boolean ok = challenge != null && challenge.equals(java.util.Base64.getUrlEncoder().withoutPadding()
						.encodeToString(java.security.MessageDigest.getInstance("SHA-256")
								.digest(form.get("code_verifier").getBytes(StandardCharsets.US_ASCII))));
				byte[] body = (ok ? "{\"access_token\":\"sl.A\",\"expires_in\":14400,\"refresh_token\":\"REFRESH-7\"}"
						: "{\"error\":\"invalid_grant\",\"error_description\":\"code doesn't exist or has expired\"}")
						.getBytes(StandardCharsets.UTF_8);
				x.sendResponseHeaders(ok ? 200 : 400, body.length);
				x.getResponseBody().write(body);
			} catch (java.security.NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		});
		server.start();
		ConnectorFactory dropbox = optionsOnly("dropbox", "dropbox:/", ConnectorOption.secret("refresh_token", "token"),
				ConnectorOption.secret("app_key", "key"));
		KarmaServices.connectors().addFactory(dropbox);
		String tokenUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
		EndpointLogin.setVariables(name -> name.equals("KARMA_OAUTH_DROPBOX_TOKEN_URL") ? tokenUrl : null);
		List<String> opened = new java.util.ArrayList<>();
		String[] shown = new String[1];
		EndpointLogin.setBrowser(url -> {
			opened.add(url);
			if (opened.size() == 1) { // the provider issues the code once
				challenges.put("the-code", query(java.net.URI.create(url).getRawQuery()).get("code_challenge"));
			}
			answerLoginDialog(" the-code ", shown);
			return true;
		});
		try {
			dialog.close();
			openWizard(); // its scheme lists now have dropbox
			EndpointEditor right = wizard.getEndpointsPage().getRight();
			right.setScheme("file");
			UiWait.processEvents();
			assertNull(right.getLoginButton(), "no login for a folder");
			right.setScheme("dropbox");
			UiWait.processEvents();
			Button login = right.getLoginButton();
			assertNotNull(login, "dropbox has Log in");

			login.notifyListeners(SWT.Selection, new Event());
			UiWait.processEvents();
			assertTrue(right.getTestResultLabel().getText().startsWith("Enter the app key (app_key) first"),
					right.getTestResultLabel().getText());
			assertTrue(opened.isEmpty(), "no browser without an app key");

			type(right.getSecretFields().get("app_key"), "myappkey");
			login.notifyListeners(SWT.Selection, new Event());
			UiWait.joinKarmaJobs();
			Label answer = right.getTestResultLabel();
			UiWait.until("the answer of Log in",
					() -> answer.getText().startsWith("Logged in") || answer.getText().startsWith("Failed"));
			assertEquals("Logged in to Dropbox: the refresh token is in the credential store (key dropbox:/).",
					answer.getText());
			assertEquals(1, opened.size());
			assertTrue(opened.get(0).startsWith("https://www.dropbox.com/oauth2/authorize?client_id=myappkey&"), opened.get(0));
			assertEquals(opened.get(0), shown[0], "the dialog shows the address too");
			CredentialStore store = SecureStorageCredentials.open(Credentials.storeFile(KarmaServices.home()),
					Optional.of(MasterPassword.ofFile(masterFile)), false);
			assertEquals("REFRESH-7", new String(store.get("dropbox:/", "refresh_token").orElseThrow()));
			assertEquals("myappkey", new String(store.get("dropbox:/", "app_key").orElseThrow()));

			// the same code again: refused, shown under the endpoint, the stored token stays
			login.notifyListeners(SWT.Selection, new Event());
			UiWait.joinKarmaJobs();
			UiWait.until("the refusal", () -> answer.getText().startsWith("Failed"));
			assertTrue(answer.getText().contains("invalid_grant"), answer.getText());
		} finally {
			KarmaServices.connectors().removeFactory(dropbox);
			EndpointLogin.setBrowser(null);
			EndpointLogin.setVariables(null);
			server.stop(0);
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> map = new java.util.HashMap<>();
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			map.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return map;
	}
}
