package org.karma.ui.internal.history;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The log file of one run, read-only, in a fixed-width font. */
public final class RunLogDialog extends Dialog {

	private final String title;
	private final String location;
	private final String content;
	private Text text;

	/**
	 * @param location where the log is (shown above it)
	 * @param content  the log's text
	 */
	public RunLogDialog(Shell parent, String title, String location, String content) {
		super(parent);
		this.title = title;
		this.location = location;
		this.content = content;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText(location);
		text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Font mono = JFaceResources.getTextFont();
		text.setFont(mono);
		text.setText(content);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 760;
		data.heightHint = 400;
		text.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	public Text getText() {
		return text;
	}
}
