package org.karma.ui.internal.integrity;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.karma.core.integrity.CheckOperation;
import org.karma.engine.integrity.ChecksumAlgorithm;

/**
 * Asks what to make a manifest of, as {@code karma check create} does: the group name, a folder or
 * URI, the checksum algorithm, the output file, and whether to sign it with this home's key.
 */
public final class CreateManifestDialog extends TitleAreaDialog {

	/** The algorithm choices, as {@code --algo} names them. */
	public static final List<String> ALGORITHMS = List.of("sha256", "md5", "both");

	private Text group;
	private Text root;
	private Combo algorithm;
	private Text output;
	private Button sign;
	private final Consumer<CheckOperation.CreateRequest> onOk;
	private CheckOperation.CreateRequest request;

	/** @param onOk what to do with the request when OK is pressed (the dialog may be open without blocking) */
	public CreateManifestDialog(Shell parent, Consumer<CheckOperation.CreateRequest> onOk) {
		super(parent);
		this.onOk = onOk;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Create Manifest");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Create an integrity manifest");
		setMessage("Lists every file of a folder or URI with its size, time and checksum, and signs the list.");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(3, false));

		new Label(body, SWT.NONE).setText("Group:");
		group = new Text(body, SWT.BORDER);
		group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		group.setMessage("a name for this set of files, e.g. photos");

		new Label(body, SWT.NONE).setText("Folder or URI:");
		root = new Text(body, SWT.BORDER);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 380;
		root.setLayoutData(data);
		Button browseRoot = new Button(body, SWT.PUSH);
		browseRoot.setText("Browse...");
		browseRoot.addListener(SWT.Selection, e -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				root.setText(chosen);
			}
		});

		new Label(body, SWT.NONE).setText("Algorithm:");
		algorithm = new Combo(body, SWT.READ_ONLY);
		ALGORITHMS.forEach(algorithm::add);
		algorithm.select(0);
		algorithm.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));

		new Label(body, SWT.NONE).setText("Output file:");
		output = new Text(body, SWT.BORDER);
		output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		output.setMessage("empty: GROUP-TIME.json in your home folder");
		Button browseOutput = new Button(body, SWT.PUSH);
		browseOutput.setText("Browse...");
		browseOutput.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.json", "*" });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen != null) {
				output.setText(chosen);
			}
		});

		sign = new Button(body, SWT.CHECK);
		sign.setText("Sign with this KARMA home's key (made once with 'karma check keygen')");
		sign.setSelection(true);
		sign.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

		group.addListener(SWT.Modify, e -> validate());
		root.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Create");
		validate();
	}

	private void validate() {
		String problem = group.getText().isBlank() ? "Name the group of files."
				: root.getText().isBlank() ? "Choose the folder or URI to make a manifest of." : null;
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		String name = group.getText().strip();
		String out = output.getText().strip();
		Path file = out.isEmpty() ? CheckOperation.manifestFile(Path.of(System.getProperty("user.home", ".")), name, Instant.now())
				: Path.of(out);
		Set<ChecksumAlgorithm> algorithms = switch (algorithm.getText()) {
		case "md5" -> EnumSet.of(ChecksumAlgorithm.MD5);
		case "both" -> EnumSet.allOf(ChecksumAlgorithm.class);
		default -> EnumSet.of(ChecksumAlgorithm.SHA256);
		};
		request = new CheckOperation.CreateRequest(name, List.of(root.getText().strip()), algorithms,
				CheckOperation.defaultThreads(), file, sign.getSelection() ? CheckOperation.Signing.REQUIRED : CheckOperation.Signing.NONE,
				Optional.empty(), Optional.empty());
		super.okPressed();
		onOk.accept(request);
	}

	/** What to make, once OK was pressed. */
	public Optional<CheckOperation.CreateRequest> request() {
		return Optional.ofNullable(request);
	}

	public Text getGroupText() {
		return group;
	}

	public Text getRootText() {
		return root;
	}

	public Combo getAlgorithmCombo() {
		return algorithm;
	}

	public Text getOutputText() {
		return output;
	}

	public Button getSignButton() {
		return sign;
	}

	/** The button that starts the check (null before the dialog is open). */
	public Button getOkButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
