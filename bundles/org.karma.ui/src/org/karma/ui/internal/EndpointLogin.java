package org.karma.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.karma.connector.api.ConnectorException;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.Credentials;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.jobs.KarmaJobs;
import org.karma.core.oauth.LoopbackReceiver;
import org.karma.core.oauth.OAuthException;
import org.karma.core.oauth.OAuthLoginOperation;
import org.karma.core.oauth.OAuthProvider;
import org.karma.model.EndpointUri;

/**
 * "Log in…" of a Dropbox or Google Drive endpoint: the same {@link OAuthLoginOperation} as
 * {@code karma credentials login}, with the system browser. The app key (Dropbox) or client id and
 * secret (Google) come from the endpoint's fields, else from the credential store; the browser
 * opens the authorization URL; a dialog takes the code (Dropbox) or closes by itself when Google
 * sends the browser back to the loopback listener (a pasted redirect URL works too). The exchange
 * runs as a job in {@link KarmaJobs#FAMILY}; the answer shows under the endpoint.
 */
public final class EndpointLogin {

	private static volatile Predicate<String> browser = Program::launch;
	private static volatile Function<String, String> variables = System::getenv;

	private EndpointLogin() {
	}

	/** For tests: what "opens the system browser" (true when it did). */
	public static void setBrowser(Predicate<String> opener) {
		browser = opener == null ? Program::launch : opener;
	}

	/** For tests: the environment the test-only endpoint overrides are read from (see {@link OAuthProvider#forScheme}). */
	public static void setVariables(Function<String, String> environment) {
		variables = environment == null ? System::getenv : environment;
	}

	/** Runs the login for the endpoint of {@code editor} (on the display thread). */
	static void start(EndpointEditor editor, ConnectorRegistry registry) {
		String scheme = editor.getScheme();
		OAuthProvider provider;
		String key;
		try {
			provider = OAuthProvider.forScheme(scheme, variables).orElseThrow();
			// one account per installation: every dropbox (gdrive) location has the key of scheme:/
			key = Credentials.key(registry, EndpointUri.parse(scheme + ":/"));
		} catch (IllegalArgumentException | EndpointUri.InvalidUriException | ConnectorException e) {
			editor.showResult(false, "Failed: " + e.getMessage());
			return;
		}
		String label = OAuthLoginOperation.clientIdLabel(provider);
		char[] secret = null;
		OAuthLoginOperation login;
		LoopbackReceiver receiver = null;
		CredentialStore store;
		try {
			store = WorkbenchCredentials.open(true);
			String clientId = editor.fieldValue(provider.clientIdName());
			if (clientId.isEmpty()) {
				clientId = stored(store, key, provider.clientIdName());
			}
			if (clientId.isEmpty()) {
				editor.showResult(false, "Enter the " + label + " (" + provider.clientIdName() + ") first: "
						+ (provider.clientSecretName() == null ? "the app key of your app in the Dropbox App Console."
								: "the client id of your OAuth client (Desktop app) in the Google Cloud console."));
				return;
			}
			if (provider.clientSecretName() != null) {
				secret = editor.fieldValue(provider.clientSecretName()).toCharArray();
				if (secret.length == 0 && clientId.equals(stored(store, key, provider.clientIdName()))) {
					secret = store.get(key, provider.clientSecretName()).orElse(new char[0]);
				}
				if (secret.length == 0) {
					editor.showResult(false, "Enter the client secret (" + provider.clientSecretName() + ") first.");
					return;
				}
			}
			if (provider.loopbackRedirect()) {
				receiver = LoopbackReceiver.start();
			}
			login = new OAuthLoginOperation(provider, clientId, secret, receiver == null ? null : receiver.redirectUri(),
					OAuthLoginOperation.httpClient(), new SecureRandom());
		} catch (CredentialsException e) {
			if (e.kind() == CredentialsException.Kind.WRONG_MASTER_PASSWORD) {
				WorkbenchCredentials.forgetTyped();
			}
			editor.showResult(false, "Failed: " + e.getMessage());
			return;
		} catch (IOException e) {
			editor.showResult(false, "Failed: cannot listen on 127.0.0.1 for the browser's answer: " + e.getMessage());
			return;
		} catch (IllegalArgumentException e) {
			editor.showResult(false, "Failed: " + e.getMessage());
			return;
		} finally {
			if (secret != null) {
				Arrays.fill(secret, '\0');
			}
		}
		String code;
		try {
			URI url = login.authorizationUrl();
			boolean opened = browser.test(url.toString());
			CodeDialog dialog = new CodeDialog(editor.shell(), provider, url, opened, receiver);
			if (dialog.open() != IDialogConstants.OK_ID) {
				login.dispose();
				editor.showResult(false, "Login cancelled; nothing stored.");
				return;
			}
			code = dialog.answer != null ? login.codeFrom(dialog.answer) : login.codeFrom(dialog.pasted);
		} catch (OAuthException e) {
			login.dispose();
			editor.showResult(false, "Failed: " + e.getMessage());
			return;
		} finally {
			if (receiver != null) {
				receiver.close();
			}
		}
		editor.showResult(true, "Logging in to " + provider.displayName() + " ...");
		LoginJob job = new LoginJob(login, code, store, key);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Display display = Display.getDefault();
				display.asyncExec(() -> {
					if (!editor.isDisposed()) {
						editor.showResult(job.failure == null, job.failure != null ? "Failed: " + job.failure
								: "Logged in to " + provider.displayName() + ": the refresh token is in the credential store"
										+ " (key " + key + ").");
					}
				});
			}
		});
		job.schedule();
	}

	private static String stored(CredentialStore store, String key, String name) throws CredentialsException {
		Optional<char[]> value = store.get(key, name);
		String text = value.map(String::new).orElse("").strip();
		value.ifPresent(v -> Arrays.fill(v, '\0'));
		return text;
	}

	/** The code exchange and storing, off the display thread. */
	private static final class LoginJob extends Job {
		private final OAuthLoginOperation login;
		private final String code;
		private final CredentialStore store;
		private final String key;
		volatile String failure;

		LoginJob(OAuthLoginOperation login, String code, CredentialStore store, String key) {
			super("Logging in to " + login.provider().displayName());
			this.login = login;
			this.code = code;
			this.store = store;
			this.key = key;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				login.run(code, store, key, monitor);
				return Status.OK_STATUS;
			} catch (OAuthException | CredentialsException e) {
				failure = e.getMessage();
				return Status.OK_STATUS; // shown under the endpoint, not as an error dialog
			} catch (OperationCanceledException e) {
				failure = "cancelled; nothing stored";
				return Status.CANCEL_STATUS;
			} finally {
				login.dispose();
			}
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == KarmaJobs.FAMILY;
		}
	}

	/**
	 * Shows the URL (to copy when no browser opened) and takes the code or the redirect URL; with a
	 * loopback listener it closes by itself when the browser comes back.
	 */
	static final class CodeDialog extends Dialog {
		static final String TITLE_PREFIX = "Log in to ";
		private final OAuthProvider provider;
		private final URI url;
		private final boolean opened;
		private final LoopbackReceiver receiver;
		private Text code;
		Map<String, String> answer;
		String pasted = "";

		CodeDialog(Shell parent, OAuthProvider provider, URI url, boolean opened, LoopbackReceiver receiver) {
			super(parent);
			this.provider = provider;
			this.url = url;
			this.opened = opened;
			this.receiver = receiver;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(TITLE_PREFIX + provider.displayName());
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			area.setLayout(new GridLayout(1, false));
			Label intro = new Label(area, SWT.WRAP);
			GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
			introData.widthHint = 480;
			intro.setLayoutData(introData);
			intro.setText((opened ? "Your browser shows " + provider.displayName() + "'s sign-in page."
					: "Open this address in a browser:") + " Sign in and allow KARMA access. "
					+ (receiver == null ? provider.displayName() + " then shows a code: paste it below."
							: "This dialog closes by itself when the browser comes back; if that browser runs on"
									+ " another computer, paste the address it fails to open below."));
			Text address = new Text(area, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
			address.setText(url.toString());
			address.setData("karma.oauthUrl", Boolean.TRUE);
			GridData addressData = new GridData(SWT.FILL, SWT.TOP, true, false);
			addressData.widthHint = 480;
			address.setLayoutData(addressData);
			code = new Text(area, SWT.BORDER);
			code.setMessage(receiver == null ? "the code" : "the address the browser was sent to (optional)");
			code.setData("karma.oauthCode", Boolean.TRUE);
			code.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			if (receiver != null) {
				Display display = parent.getDisplay();
				receiver.result().thenAccept(parameters -> display.asyncExec(() -> {
					Shell shell = getShell();
					if (shell != null && !shell.isDisposed()) {
						answer = parameters;
						okPressed();
					}
				}));
			}
			return area;
		}

		@Override
		protected void okPressed() {
			if (code != null && !code.isDisposed()) {
				pasted = code.getText();
			}
			super.okPressed();
		}
	}
}
