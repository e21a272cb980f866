package org.karma.connector.smb.internal;

import java.util.regex.Pattern;

import org.karma.connector.api.TempNames;

/**
 * Names of the connector's own files on the share: temporary files of writes in progress
 * ({@link TempNames}) and the lock folders that serialize preconditions between KARMA clients
 * ({@code .NAME.karma-lock}, as the FTP connector names them). Listings hide both.
 */
final class HiddenNames {

	private static final String LOCK_MARK = ".karma-lock";
	private static final Pattern LOCK = Pattern.compile("\\..*\\.karma-lock", Pattern.DOTALL);

	private HiddenNames() {
	}

	static boolean isHidden(String name) {
		return TempNames.isTemporary(name) || name.startsWith(".") && LOCK.matcher(name).matches();
	}

	static String forLock(String name) {
		return "." + TempNames.prefixWithin(name, TempNames.MAX_NAME_BYTES - 1 - LOCK_MARK.length()) + LOCK_MARK;
	}
}
