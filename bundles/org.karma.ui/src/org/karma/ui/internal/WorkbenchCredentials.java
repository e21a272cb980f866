package org.karma.ui.internal;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.karma.core.credentials.CredentialStore;
import org.karma.core.credentials.Credentials;
import org.karma.core.credentials.CredentialsException;
import org.karma.core.credentials.MasterPassword;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecureStorageCredentials;

/**
 * The credential store of the workbench: the same store and keys as {@code karma credentials}
 * ({@code $KARMA_HOME/secrets/secure_storage}, {@link Credentials#key}). Its master password comes
 * from {@code KARMA_SECRETS_PASSWORD_FILE} when that is set ({@link MasterPassword#resolve}); else
 * the workbench asks for it once per session (a KARMA dialog, not Equinox's own prompt, which needs
 * {@code org.eclipse.equinox.security.ui}) and hands it to secure storage as the
 * {@code DEFAULT_PASSWORD} hint. Nothing here stores a secret anywhere else.
 */
public final class WorkbenchCredentials {

	private static final AtomicReference<MasterPassword> session = new AtomicReference<>();

	private WorkbenchCredentials() {
	}

	/** The master password: the environment's file first, then the one given in this session. */
	public static Optional<MasterPassword> master() {
		Optional<MasterPassword> configured = MasterPassword.resolve(null, System::getenv);
		return configured.isPresent() ? configured : Optional.ofNullable(session.get());
	}

	/** Uses this master password for the rest of the session (the dialog; tests: a file). Null forgets it. */
	public static void setSessionMaster(MasterPassword master) {
		session.set(master);
	}

	/**
	 * Opens the store. Without a configured master password the user is asked (on the display
	 * thread, also when called from a job); a cancelled dialog is NO_MASTER_PASSWORD.
	 *
	 * @param create false: a store that does not exist yet reads as empty and needs no password
	 */
	public static CredentialStore open(boolean create) throws CredentialsException {
		java.nio.file.Path file = Credentials.storeFile(KarmaServices.home());
		if (!create && !Files.exists(file)) {
			return CredentialStore.EMPTY;
		}
		Optional<MasterPassword> master = master();
		if (master.isEmpty()) {
			master = ask(create);
			if (master.isEmpty()) {
				throw new CredentialsException(CredentialsException.Kind.NO_MASTER_PASSWORD,
						"no master password for the credential store (cancelled); or set "
								+ MasterPassword.ENVIRONMENT + "=FILE before starting KARMA",
						null);
			}
			session.compareAndSet(null, master.get());
		}
		return SecureStorageCredentials.open(file, master, false);
	}

	/** The secrets for sync, versions and Test connection: {@code overrides} by secret name first, then the store. */
	public static SecretSource secrets(Map<String, char[]> overrides) {
		return SecretSource.of(overrides, () -> open(false));
	}

	/** A wrong master password was reported: forget the one typed in this session so the next use asks again. */
	public static void forgetTyped() {
		MasterPassword typed = session.get();
		if (typed != null && typed.file() == null) {
			session.compareAndSet(typed, null);
		}
	}

	private static Optional<MasterPassword> ask(boolean create) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return Optional.empty();
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		AtomicReference<MasterPassword> answer = new AtomicReference<>();
		display.syncExec(() -> {
			Shell shell = display.getActiveShell();
			InputDialog dialog = new InputDialog(shell, "KARMA Credential Store",
					(create ? "Choose the master password of the credential store"
							: "Enter the master password of the credential store")
							+ " (asked once per session; set " + MasterPassword.ENVIRONMENT
							+ " to a file holding it to skip this):",
					"", text -> text.isEmpty() ? "The master password cannot be empty." : null) {
				@Override
				protected int getInputTextStyle() {
					return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
				}

				@Override
				protected Control createDialogArea(Composite parent) {
					Control area = super.createDialogArea(parent);
					getText().setData("karma.masterPassword", Boolean.TRUE);
					return area;
				}

				@Override
				protected void okPressed() {
					Text text = getText();
					char[] value = text.getTextChars();
					answer.set(MasterPassword.ofValue(value));
					Arrays.fill(value, '\0');
					super.okPressed();
				}
			};
			if (dialog.open() != IDialogConstants.OK_ID) {
				answer.set(null);
			}
		});
		return Optional.ofNullable(answer.get());
	}
}
