package org.karma.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * The Sync Profiles view. The table shows the columns the profile model will fill (name,
 * direction, endpoints, schedule, last run); until profiles exist it shows where they will live.
 */
public final class ProfilesView extends ViewPart {

	/** Column titles, in order. */
	public static final List<String> COLUMNS = List.of("Name", "Direction", "Left", "Right", "Schedule", "Last run");

	private TableViewer viewer;
	private Label emptyMessage;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		emptyMessage = new Label(parent, SWT.WRAP);
		emptyMessage.setText("No sync profiles yet.");
		emptyMessage.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String title : COLUMNS) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(title);
			column.getColumn().setWidth(title.equals("Name") ? 160 : 120);
			column.getColumn().setMoveable(true);
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
		getSite().setSelectionProvider(viewer);
	}

	/** The table of profiles (for tests and later contributions). */
	public TableViewer getViewer() {
		return viewer;
	}

	/** The text shown while there is no profile. */
	public String getEmptyMessage() {
		return emptyMessage.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
