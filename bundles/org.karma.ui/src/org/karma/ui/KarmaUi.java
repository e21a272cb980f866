package org.karma.ui;

/** Public ids of the KARMA workbench contributions, for products, tests and other bundles. */
public final class KarmaUi {

	/** The KARMA perspective. */
	public static final String PERSPECTIVE_ID = "org.karma.ui.perspective";

	/** The Sync Profiles view. */
	public static final String PROFILES_VIEW_ID = "org.karma.ui.views.profiles";

	/** The Synchronize Preview view. */
	public static final String PREVIEW_VIEW_ID = "org.karma.ui.views.preview";

	/** The Sync History view. */
	public static final String HISTORY_VIEW_ID = "org.karma.ui.views.history";

	/** The Versions view (kept versions of a profile's files: compare, restore). */
	public static final String VERSIONS_VIEW_ID = "org.karma.ui.views.versions";

	/** Commands on the selected profiles. */
	public static final String NEW_PROFILE_COMMAND_ID = "org.karma.ui.commands.newProfile";
	public static final String DELETE_PROFILE_COMMAND_ID = "org.karma.ui.commands.deleteProfile";
	public static final String DUPLICATE_PROFILE_COMMAND_ID = "org.karma.ui.commands.duplicateProfile";
	public static final String PREVIEW_COMMAND_ID = "org.karma.ui.commands.preview";
	public static final String SYNC_NOW_COMMAND_ID = "org.karma.ui.commands.syncNow";
	public static final String STOP_COMMAND_ID = "org.karma.ui.commands.stop";
	public static final String VERSIONS_COMMAND_ID = "org.karma.ui.commands.versions";

	/** The Profile editor and its command (opens the selected profiles). */
	public static final String PROFILE_EDITOR_ID = "org.karma.ui.editors.profile";
	public static final String EDIT_PROFILE_COMMAND_ID = "org.karma.ui.commands.editProfile";

	/** The Integrity view (manifests made and verified, what the checks found). */
	public static final String INTEGRITY_VIEW_ID = "org.karma.ui.views.integrity";

	private KarmaUi() {
	}
}
