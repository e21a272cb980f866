package org.karma.ui.internal.versions;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A read-only comparison of contents already read in a job: two-way (left, right) or three-way
 * (ancestor, left, right). Nothing is read here, so opening the editor never waits on an endpoint.
 */
public final class KarmaCompareInput extends CompareEditorInput {

	/** Compare's configuration property that shows the ancestor pane (ICompareUIConstants.PROP_ANCESTOR_VISIBLE, internal). */
	static final String ANCESTOR_VISIBLE = "org.eclipse.compare.AncestorVisible";

	private final ContentElement ancestor;
	private final ContentElement left;
	private final ContentElement right;
	private final String description;

	/**
	 * @param ancestor the common base, or null for a two-way comparison
	 */
	public KarmaCompareInput(String title, String description, ContentElement ancestor, String ancestorLabel,
			ContentElement left, String leftLabel, ContentElement right, String rightLabel) {
		super(configuration(ancestor != null, ancestorLabel, leftLabel, rightLabel));
		this.ancestor = ancestor;
		this.left = left;
		this.right = right;
		this.description = description;
		setTitle(title);
	}

	@Override
	public String getToolTipText() {
		return description == null ? getTitle() : getTitle() + " — " + description;
	}

	/** Why this comparison, or what it lacks (no common base); null if nothing to say. */
	public String description() {
		return description;
	}

	private static CompareConfiguration configuration(boolean threeWay, String ancestorLabel, String leftLabel,
			String rightLabel) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		configuration.setLeftLabel(leftLabel);
		configuration.setRightLabel(rightLabel);
		if (threeWay) {
			configuration.setAncestorLabel(ancestorLabel);
			configuration.setProperty(ANCESTOR_VISIBLE, Boolean.TRUE);
		}
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		if (ancestor == null) {
			return new DiffNode(left, right);
		}
		return new DiffNode(null, Differencer.CONFLICTING | Differencer.CHANGE, ancestor, left, right);
	}

	/** Whether there is a common base (three-way). */
	public boolean isThreeWay() {
		return ancestor != null;
	}

	public ContentElement ancestor() {
		return ancestor;
	}

	public ContentElement left() {
		return left;
	}

	public ContentElement right() {
		return right;
	}
}
