package org.karma.engine.integrity;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;
import org.karma.engine.FileState;
import org.karma.engine.ScanSettings;
import org.karma.engine.Scanner;
import org.karma.engine.Snapshot;
import org.karma.engine.versions.VersionArchive;

/** Lists a tree for a manifest: every file, KARMA's versions folder and temporary files left out. */
final class Trees {

	private Trees() {
	}

	/**
	 * The tree's entries (folders included, so unreadable folders can be told from missing files).
	 *
	 * @param mustExist whether a missing root is an error (making a manifest) or an empty tree (verifying one)
	 */
	static Snapshot list(Connection connection, String uri, int threads, boolean mustExist, IProgressMonitor monitor)
			throws ConnectorException {
		Snapshot snapshot = new Scanner(connection, ScanSettings.of(Trees::takesPart).withParallelism(threads))
				.scan(monitor);
		if (!snapshot.rootExists() && mustExist) {
			throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, uri + " does not exist");
		}
		return snapshot;
	}

	static boolean takesPart(RelPath path) {
		return !path.isRoot() && !VersionArchive.isVersionsPath(path);
	}

	static long countFiles(Snapshot s) {
		long n = 0;
		for (Map.Entry<RelPath, FileState> e : s.entries().entrySet()) {
			if (e.getValue().isFile()) {
				n++;
			}
		}
		return n;
	}
}
