package org.karma.connector.api;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * How connectors name their own files: the temporary files of writes in progress ({@code
 * .NAME.karma-tmp-<16 hex digits>}, beside the target) and the lock folders that make
 * preconditions atomic between KARMA clients on servers without atomic conditional writes ({@code
 * .NAME.karma-lock}). Every connector uses this one scheme, so listings hide the leftovers of any
 * KARMA writer (a killed run) and a user who finds one knows what it was.
 */
public final class TempNames {

	/** Longest name a temporary name is kept within (the usual file system limit, in UTF-8 bytes). */
	public static final int MAX_NAME_BYTES = 255;

	private static final String TMP_MARK = ".karma-tmp-";
	private static final Pattern TEMPORARY = Pattern.compile("\\..*\\.karma-tmp-[0-9a-f]{16}", Pattern.DOTALL);
	private static final String LOCK_MARK = ".karma-lock";
	private static final Pattern LOCK = Pattern.compile("\\..*\\.karma-lock", Pattern.DOTALL);

	private TempNames() {
	}

	/** Whether a name is the temporary file of a write in progress (or of one a crash left). */
	public static boolean isTemporary(String name) {
		return name.startsWith(".") && TEMPORARY.matcher(name).matches();
	}

	/** Whether a name is a lock folder of a KARMA client (held, or left by a crash). */
	public static boolean isLock(String name) {
		return name.startsWith(".") && LOCK.matcher(name).matches();
	}

	/** Whether a name is one of KARMA's own (temporary file or lock), which listings hide. */
	public static boolean isOwn(String name) {
		return isTemporary(name) || isLock(name);
	}

	/** The name of the lock folder of {@code name}, beside it. */
	public static String forLock(String name) {
		return "." + prefixWithin(name, MAX_NAME_BYTES - 1 - LOCK_MARK.length()) + LOCK_MARK;
	}

	/** A fresh temporary name for a write of {@code name}, keeping as much of the name as fits. */
	public static String forWrite(String name) {
		String suffix = TMP_MARK + randomHex();
		return "." + prefixWithin(name, MAX_NAME_BYTES - 1 - suffix.length()) + suffix;
	}

	/** 16 random hex digits. */
	public static String randomHex() {
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

	/** The longest prefix of {@code name} within {@code maxBytes} UTF-8 bytes, never splitting a surrogate pair. */
	public static String prefixWithin(String name, int maxBytes) {
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
