package org.karma.connector.local.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Names of the connector's own files: temporary files of writes in progress
 * ({@code .NAME.karma-tmp-<16 hex digits>}, in the target's directory) and the probe folder made
 * at connect ({@code .karma-probe-<16 hex digits>}, in the root). Listings and change feeds hide
 * both, so a name of that shape written by someone else is hidden too.
 */
final class TempNames {

	/** Longest name the temporary names are kept within (the usual file system limit). */
	static final int MAX_NAME_BYTES = 255;

	private static final String TMP_MARK = ".karma-tmp-";
	private static final String PROBE_PREFIX = ".karma-probe-";
	private static final Pattern HIDDEN = Pattern
			.compile("\\..*\\.karma-tmp-[0-9a-f]{16}|\\.karma-probe-[0-9a-f]{16}", Pattern.DOTALL);

	private TempNames() {
	}

	/** Whether a name is one of the connector's own temporary or probe files. */
	static boolean isHidden(String name) {
		return name.startsWith(".") && HIDDEN.matcher(name).matches();
	}

	/**
	 * A fresh temporary name for a write of {@code name}: the name is kept as far as it fits, so
	 * that a user who finds a leftover knows what it was.
	 */
	static String forWrite(String name) {
		String suffix = TMP_MARK + random();
		int room = MAX_NAME_BYTES - 1 - suffix.length();
		return "." + prefixWithin(name, room) + suffix;
	}

	/** A fresh name for the probe folder made at connect. */
	static String forProbe() {
		return PROBE_PREFIX + random();
	}

	/** The longest prefix of {@code name} within {@code maxBytes} UTF-8 bytes, never splitting a surrogate pair. */
	static String prefixWithin(String name, int maxBytes) {
		if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
			return name;
		}
		int bytes = 0;
		int i = 0;
		while (i < name.length()) {
			int cp = name.codePointAt(i);
			int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + n > maxBytes) {
				break;
			}
			bytes += n;
			i += Character.charCount(cp);
		}
		return name.substring(0, i);
	}

	private static String random() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}
}
