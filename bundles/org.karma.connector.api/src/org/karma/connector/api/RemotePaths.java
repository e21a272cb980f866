package org.karma.connector.api;

/** Paths on servers that name files by absolute slash-separated paths (FTP, SFTP). */
public final class RemotePaths {

	private RemotePaths() {
	}

	/** {@code path} below {@code root} ({@code "/"} or an absolute path without a trailing slash). */
	public static String join(String root, RelPath path) {
		return path.isRoot() ? root : child(root, path.toString());
	}

	/** {@code name} (or a relative path) in the folder {@code dir}. */
	public static String child(String dir, String name) {
		return (dir.equals("/") ? "" : dir) + "/" + name;
	}
}
