package org.karma.connector.api;

/** How an endpoint compares names. */
public enum CaseSensitivity {
	/** {@code a} and {@code A} are two files. */
	SENSITIVE,
	/** {@code a} and {@code A} are the same file; the case written is kept (NTFS, APFS, SMB). */
	INSENSITIVE_PRESERVING,
	/** {@code a} and {@code A} are the same file and the case may change (FAT short names). */
	INSENSITIVE
}
