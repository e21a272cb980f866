package org.karma.ui.internal.versions;

import java.time.Clock;

import org.karma.core.versions.VersionsOperation;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.WorkbenchCredentials;

/** The versions operation the workbench uses: the same as {@code karma versions}. */
final class Versions {

	/** The largest file read whole for a comparison. */
	static final long MAX_COMPARE_BYTES = 32L << 20;

	private Versions() {
	}

	/**
	 * With the same secrets as the workbench's sync operation ({@link KarmaServices#syncOperation()}:
	 * none yet), so it reaches exactly the endpoints a sync from the workbench reaches.
	 */
	static VersionsOperation operation() {
		return new VersionsOperation(KarmaServices.connectors(), Clock.systemUTC(), WorkbenchCredentials.secrets(java.util.Map.of()));
	}
}
