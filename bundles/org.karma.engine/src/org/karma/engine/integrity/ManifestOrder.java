package org.karma.engine.integrity;

import org.karma.connector.api.RelPath;

/** The order of a manifest's files and errors: by root, then by path. */
final class ManifestOrder {

	private ManifestOrder() {
	}

	static int compare(int rootA, RelPath a, int rootB, RelPath b) {
		int c = Integer.compare(rootA, rootB);
		return c != 0 ? c : a.compareTo(b);
	}

	static int compare(ManifestFile a, ManifestFile b) {
		return compare(a.root(), a.path(), b.root(), b.path());
	}
}
