package org.karma.ui.internal.history;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.karma.core.history.HistoryQuery;
import org.karma.core.history.Item;

/** The items one run acted on (path, action, result, bytes, error), from {@link HistoryQuery#details}. */
public final class RunItemsDialog extends Dialog {

	/** Column titles, in order. */
	public static final List<String> COLUMNS = List.of("Path", "Action", "Result", "Bytes", "Error");

	private final HistoryQuery.RunDetails details;
	private TableViewer viewer;

	public RunItemsDialog(Shell parent, HistoryQuery.RunDetails details) {
		super(parent);
		this.details = details;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Items of run " + details.run().id() + " (" + details.run().subject().title() + ")");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText(details.items().isEmpty() ? "This run acted on no items."
				: details.items().size() + " items");
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 760;
		data.heightHint = 360;
		table.setLayoutData(data);
		column("Path", 300, i -> i.path());
		column("Action", 150, i -> words(i.action()));
		column("Result", 80, i -> words(i.result().name()));
		column("Bytes", 80, i -> i.size() < 0 ? "" : String.valueOf(i.size()));
		column("Error", 240, i -> i.error().orElse(""));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(details.items());
		return area;
	}

	private static String words(String constant) {
		return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private void column(String title, int width, Function<Item, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Item) element);
			}
		});
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

	public TableViewer getViewer() {
		return viewer;
	}
}
