package org.karma.connector.zip.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * A parsed {@code zip:} location: {@code zip:/abs/path/a.zip} (the whole archive) or
 * {@code zip:/abs/path/a.zip!/inner/folder} (rooted at a folder inside it). {@code zip:///abs/…}
 * (an empty URI authority) is accepted as well. The archive's file path is taken as written (no
 * percent-decoding) and may not contain {@code !/}.
 *
 * @param archive the archive file, absolute and normalized
 * @param inner   the folder inside the archive the connection is rooted at ({@link RelPath#ROOT}: the whole archive)
 */
record ZipLocation(Path archive, RelPath inner) {

	static final String SCHEME = "zip";

	static ZipLocation parse(String location) throws ConnectorException {
		String prefix = SCHEME + ":";
		if (!location.regionMatches(true, 0, prefix, 0, prefix.length())) {
			throw bad(location, "it does not start with 'zip:'");
		}
		String rest = location.substring(prefix.length());
		if (rest.startsWith("//")) {
			if (!rest.startsWith("///")) {
				throw bad(location, "a ZIP archive is a local file; a host is not allowed");
			}
			rest = rest.substring(2);
		}
		String file = rest;
		String inner = "";
		int bang = rest.indexOf("!/");
		if (bang >= 0) {
			file = rest.substring(0, bang);
			inner = rest.substring(bang + 2);
		} else if (rest.endsWith("!")) {
			file = rest.substring(0, rest.length() - 1);
		}
		if (file.isEmpty() || file.endsWith("/")) {
			throw bad(location, "it names no archive file");
		}
		Path path;
		try {
			path = Path.of(file);
		} catch (InvalidPathException e) {
			throw bad(location, e.getReason());
		}
		if (!path.isAbsolute()) {
			throw bad(location, "the archive path must be absolute");
		}
		while (inner.endsWith("/")) {
			inner = inner.substring(0, inner.length() - 1);
		}
		RelPath innerPath;
		try {
			innerPath = RelPath.of(inner);
		} catch (IllegalArgumentException e) {
			throw bad(location, "bad folder inside the archive: " + e.getMessage());
		}
		return new ZipLocation(path.normalize(), innerPath);
	}

	private static ConnectorException bad(String location, String why) {
		return new ConnectorException(Reason.FATAL, null, "Not a ZIP location '" + location + "': " + why
				+ " (expected zip:/path/to/archive.zip or zip:/path/to/archive.zip!/folder)");
	}

	@Override
	public String toString() {
		return SCHEME + ":" + archive + (inner.isRoot() ? "" : "!/" + inner);
	}
}
