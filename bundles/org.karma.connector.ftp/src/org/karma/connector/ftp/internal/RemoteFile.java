package org.karma.connector.ftp.internal;

import java.time.Instant;

import org.karma.connector.api.EntryKind;

/**
 * One entry as a server described it (MLSD/MLST facts or a LIST line).
 *
 * @param name     the name (no path)
 * @param kind     file, directory, link or other
 * @param size     bytes, 0 when unknown
 * @param mtime    modification time as the server gave it, or null
 * @param timeText the time exactly as the server wrote it (part of the version token)
 */
record RemoteFile(String name, EntryKind kind, long size, Instant mtime, String timeText) {

	/** The version token: size and the server's time text (changes on every rewrite the server can tell apart). */
	String version() {
		return size + "@" + (timeText == null ? "" : timeText);
	}
}
