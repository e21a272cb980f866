package org.karma.connector.ftp.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Names of the connector's own files on the server: temporary files of uploads in progress
 * ({@code .NAME.karma-tmp-<16 hex digits>}, beside the target, as the local connector names them)
 * and the lock folders that make preconditions atomic between KARMA clients
 * ({@code .NAME.karma-lock}). Listings hide both.
 */
final class TempNames {

	static final int MAX_NAME_BYTES = 255;
	private static final String TMP_MARK = ".karma-tmp-";
	private static final String LOCK_MARK = ".karma-lock";
	private static final Pattern HIDDEN = Pattern.compile("\\..*(\\.karma-tmp-[0-9a-f]{16}|\\.karma-lock)",
			Pattern.DOTALL);

	private TempNames() {
	}

	static boolean isHidden(String name) {
		return name.startsWith(".") && HIDDEN.matcher(name).matches();
	}

	static String forWrite(String name) {
		String suffix = TMP_MARK + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
		return "." + prefixWithin(name, MAX_NAME_BYTES - 1 - suffix.length()) + suffix;
	}

	static String forLock(String name) {
		return "." + prefixWithin(name, MAX_NAME_BYTES - 1 - LOCK_MARK.length()) + LOCK_MARK;
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
}
