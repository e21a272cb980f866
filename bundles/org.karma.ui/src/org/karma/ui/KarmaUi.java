package org.karma.ui;

/** Public ids of the KARMA workbench contributions, for products, tests and other bundles. */
public final class KarmaUi {

	/** The KARMA perspective. */
	public static final String PERSPECTIVE_ID = "org.karma.ui.perspective";

	/** The Sync Profiles view. */
	public static final String PROFILES_VIEW_ID = "org.karma.ui.views.profiles";

	private KarmaUi() {
	}
}
