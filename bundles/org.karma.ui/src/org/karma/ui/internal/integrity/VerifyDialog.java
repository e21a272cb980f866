package org.karma.ui.internal.integrity;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.karma.core.integrity.CheckOperation;

/** Asks which manifest to verify: the manifest file, the public key to trust (optional), whether an unsigned one may be checked. */
public final class VerifyDialog extends TitleAreaDialog {

	private final String initialManifest;
	private Text manifest;
	private Text publicKey;
	private Button allowUnsigned;
	private final Consumer<CheckOperation.VerifyRequest> onOk;
	private CheckOperation.VerifyRequest request;

	/** @param onOk what to do with the request when OK is pressed (the dialog may be open without blocking) */
	public VerifyDialog(Shell parent, String initialManifest, Consumer<CheckOperation.VerifyRequest> onOk) {
		super(parent);
		this.onOk = onOk;
		this.initialManifest = initialManifest == null ? "" : initialManifest;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Verify Manifest");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Verify a manifest");
		setMessage("Checks the manifest's signature, then hashes its trees again and reports what changed.");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(3, false));
		manifest = fileRow(body, "Manifest:", initialManifest, "*.json");
		publicKey = fileRow(body, "Public key:", "", "*.pub");
		publicKey.setMessage("this KARMA home's own key");
		allowUnsigned = new Button(body, SWT.CHECK);
		allowUnsigned.setText("Allow an unsigned manifest (its origin is then unproven)");
		allowUnsigned.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		manifest.addListener(SWT.Modify, e -> validate());
		return area;
	}

	private Text fileRow(Composite body, String label, String value, String extension) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER);
		text.setText(value);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 380;
		text.setLayoutData(data);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { extension, "*" });
			if (!text.getText().isBlank()) {
				dialog.setFileName(text.getText());
			}
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Verify");
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		boolean valid = !manifest.getText().isBlank();
		setErrorMessage(valid ? null : "Choose the manifest file to verify.");
		if (ok != null) {
			ok.setEnabled(valid);
		}
	}

	@Override
	protected void okPressed() {
		String key = publicKey.getText().strip();
		request = new CheckOperation.VerifyRequest(Path.of(manifest.getText().strip()),
				key.isEmpty() ? Optional.empty() : Optional.of(Path.of(key)), allowUnsigned.getSelection(), List.of(),
				CheckOperation.defaultThreads(), Optional.empty());
		super.okPressed();
		onOk.accept(request);
	}

	/** What to verify, once OK was pressed. */
	public Optional<CheckOperation.VerifyRequest> request() {
		return Optional.ofNullable(request);
	}

	public Text getManifestText() {
		return manifest;
	}

	public Text getPublicKeyText() {
		return publicKey;
	}

	public Button getAllowUnsignedButton() {
		return allowUnsigned;
	}

	/** The button that starts the check (null before the dialog is open). */
	public Button getOkButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
