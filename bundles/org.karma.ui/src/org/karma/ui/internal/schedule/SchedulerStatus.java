package org.karma.ui.internal.schedule;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/**
 * The status-line item of the {@link WorkbenchScheduler}: {@code KARMA: watching 2 profiles, 1
 * running}, empty while the scheduler is off ({@code org.eclipse.ui.menus}, status trim).
 */
public final class SchedulerStatus extends WorkbenchWindowControlContribution {

	private Label label;
	private final Runnable listener = () -> {
		Label l = label;
		if (l != null && !l.isDisposed()) {
			l.getDisplay().asyncExec(this::show);
		}
	};

	@Override
	protected Control createControl(Composite parent) {
		label = new Label(parent, SWT.NONE);
		label.setToolTipText("The KARMA scheduler in the workbench (Preferences > KARMA > Run schedules in the workbench)");
		label.addDisposeListener(e -> WorkbenchScheduler.get().removeListener(listener));
		WorkbenchScheduler.get().addListener(listener);
		show();
		return label;
	}

	@Override
	protected int computeWidth(Control control) {
		return 260;
	}

	private void show() {
		if (label == null || label.isDisposed()) {
			return;
		}
		label.setText(WorkbenchScheduler.get().statusText());
	}

	/** What the item shows now (for tests). */
	public String text() {
		return label == null || label.isDisposed() ? "" : label.getText();
	}
}
