package org.karma.connector.sftp.internal;

import java.util.regex.Pattern;

/**
 * Names of the connector's own files on the server: temporary files of uploads in progress
 * ({@code .NAME.karma-tmp-<16 hex digits>}, beside the target, as the local connector names them)
 * and the lock folders that make preconditions atomic between KARMA clients
 * ({@code .NAME.karma-lock}). Listings hide both.
 */
final class TempNames {

	static final int MAX_NAME_BYTES = org.karma.connector.api.TempNames.MAX_NAME_BYTES;
	private static final String LOCK_MARK = ".karma-lock";
	private static final Pattern LOCK = Pattern.compile("\\..*\\.karma-lock", Pattern.DOTALL);

	private TempNames() {
	}

	static boolean isHidden(String name) {
		return org.karma.connector.api.TempNames.isTemporary(name) || name.startsWith(".") && LOCK.matcher(name).matches();
	}

	static String forWrite(String name) {
		return org.karma.connector.api.TempNames.forWrite(name);
	}

	static String forLock(String name) {
		return "." + org.karma.connector.api.TempNames.prefixWithin(name, MAX_NAME_BYTES - 1 - LOCK_MARK.length()) + LOCK_MARK;
	}
}
