package org.karma.ui.internal;

import java.util.Optional;

import org.karma.core.history.Run;
import org.karma.model.profile.SyncProfile;

/** A row of the Sync Profiles view: a stored profile, its last run and whether a job of it is under way. */
public record ProfileRow(SyncProfile profile, Optional<Run> lastRun, boolean busy) {

	public String name() {
		return profile.getName();
	}
}
