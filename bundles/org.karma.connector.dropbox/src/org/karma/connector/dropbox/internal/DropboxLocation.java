package org.karma.connector.dropbox.internal;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * A Dropbox location {@code dropbox:/folder/sub} (or {@code dropbox:/} for the whole Dropbox,
 * or the app folder of an app with app-folder access).
 *
 * @param root the folder as the API names it: {@code ""} for the root, else {@code /folder/sub}
 */
public record DropboxLocation(String root) {

	/** The scheme. */
	public static final String SCHEME = "dropbox";

	/** Parses {@code dropbox:/path}; a trailing slash is dropped, {@code //}, {@code .} and {@code ..} are refused. */
	public static DropboxLocation parse(String location) throws ConnectorException {
		String prefix = SCHEME + ":";
		if (location == null || !location.startsWith(prefix)) {
			throw bad(location, "a Dropbox location starts with dropbox:/");
		}
		String path = location.substring(prefix.length());
		if (path.startsWith("//")) {
			throw bad(location, "write dropbox:/folder (one slash): Dropbox locations have no host");
		}
		if (!path.startsWith("/")) {
			throw bad(location, "write dropbox:/folder with an absolute path");
		}
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (path.equals("/")) {
			return new DropboxLocation("");
		}
		for (String name : path.substring(1).split("/", -1)) {
			if (name.isEmpty() || name.equals(".") || name.equals("..")) {
				throw bad(location, "empty, '.' or '..' folder names are not allowed");
			}
		}
		return new DropboxLocation(path);
	}

	/** The API path of a path below the root ({@code ""} for the root itself). */
	public String remote(RelPath path) {
		return path.isRoot() ? root : root + "/" + path;
	}

	private static ConnectorException bad(String location, String why) {
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, "bad Dropbox location '" + location + "': " + why);
	}
}
