package org.karma.connector.api;

/** What an entry is. Symbolic links are reported as such and never followed unless a connector option says so. */
public enum EntryKind {
	FILE, DIRECTORY, SYMLINK,
	/** Devices, sockets, pipes: listed so that callers can report them, never read or written. */
	OTHER
}
