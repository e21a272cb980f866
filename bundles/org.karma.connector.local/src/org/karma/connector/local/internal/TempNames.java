package org.karma.connector.local.internal;

import java.util.regex.Pattern;

/**
 * Names of the connector's own files: temporary files of writes in progress (the shared scheme of
 * {@link org.karma.connector.api.TempNames}, in the target's directory) and the probe folder made
 * at connect ({@code .karma-probe-<16 hex digits>}, in the root). Listings and change feeds hide
 * both, so a name of that shape written by someone else is hidden too.
 */
final class TempNames {

	/** Longest name the temporary names are kept within (the usual file system limit). */
	static final int MAX_NAME_BYTES = org.karma.connector.api.TempNames.MAX_NAME_BYTES;

	private static final String PROBE_PREFIX = ".karma-probe-";
	private static final Pattern PROBE = Pattern.compile("\\.karma-probe-[0-9a-f]{16}");

	private TempNames() {
	}

	/** Whether a name is one of the connector's own temporary or probe files. */
	static boolean isHidden(String name) {
		return org.karma.connector.api.TempNames.isTemporary(name) || PROBE.matcher(name).matches();
	}

	/** A fresh temporary name for a write of {@code name}. */
	static String forWrite(String name) {
		return org.karma.connector.api.TempNames.forWrite(name);
	}

	/** A fresh name for the probe folder made at connect. */
	static String forProbe() {
		return PROBE_PREFIX + org.karma.connector.api.TempNames.randomHex();
	}
}
