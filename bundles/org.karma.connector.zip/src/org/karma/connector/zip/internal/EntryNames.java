package org.karma.connector.zip.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.karma.connector.api.NameRules;

/**
 * Entry names: which names read from an archive are safe to expose (the zip-slip check) and which
 * names this connector can store.
 *
 * <p>An archive whose entries include a name that could escape an extraction folder (a {@code ..}
 * segment, an absolute path, a backslash, a drive letter such as {@code c:}) or that cannot be a
 * path at all (NUL, an empty or {@code .} segment) is refused as a whole: such a name is never
 * exposed and never written back.
 *
 * <p>What can be written follows from that: the archive must stay openable, so a name with a
 * backslash, or a top-level name that starts like a drive letter, is refused with
 * NAME_NOT_REPRESENTABLE. {@link NameRules} declares the backslash (and, by its own rule, control
 * characters); the drive-letter rule cannot be declared there and is checked on writing. Entry
 * names are UTF-8 and at most 65,535 bytes long (the whole path, as ZIP stores it).
 */
final class EntryNames {

	/** Longest entry name ZIP can store (a 16-bit length field), for the whole path. */
	static final int MAX_PATH_BYTES = 0xFFFF;

	/** The names this connector can store (declared in the connection's facts). */
	static final NameRules RULES = new NameRules(MAX_PATH_BYTES, "\\", Set.of(), false);

	private EntryNames() {
	}

	/**
	 * Why a name read from an archive is unsafe, or empty when it is a plain relative path.
	 *
	 * @param name the entry name as stored ({@code a/b.txt}, {@code a/} for a directory)
	 */
	static Optional<String> unsafe(String name) {
		if (name.isEmpty()) {
			return Optional.of("empty name");
		}
		if (name.indexOf('\0') >= 0) {
			return Optional.of("NUL character");
		}
		if (name.indexOf('\\') >= 0) {
			return Optional.of("backslash");
		}
		if (name.startsWith("/")) {
			return Optional.of("absolute path");
		}
		if (startsWithDriveLetter(name)) {
			return Optional.of("drive letter");
		}
		String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		for (String segment : body.split("/", -1)) {
			if (segment.equals("..")) {
				return Optional.of("'..' segment");
			}
			if (segment.isEmpty() || segment.equals(".")) {
				return Optional.of("empty or '.' segment");
			}
		}
		return Optional.empty();
	}

	/** {@code c:} or {@code C:…} at the start: a drive (or drive-relative path) on Windows. */
	static boolean startsWithDriveLetter(String name) {
		if (name.length() < 2 || name.charAt(1) != ':') {
			return false;
		}
		char c = name.charAt(0);
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/**
	 * Why a path cannot be stored as an entry name, or empty when it can.
	 *
	 * @param path      the entry path inside the archive, without a trailing slash
	 * @param directory whether a directory entry ({@code path/}) is meant
	 */
	static Optional<String> unwritable(String path, boolean directory) {
		for (String segment : path.split("/", -1)) {
			Optional<String> problem = RULES.problem(segment);
			if (problem.isPresent()) {
				return Optional.of("'" + printable(segment) + "': " + problem.get());
			}
		}
		if (startsWithDriveLetter(path)) {
			return Optional.of("a name at the top of an archive may not start with a drive letter ('"
					+ path.substring(0, 2) + "')");
		}
		ByteBuffer bytes;
		try {
			bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(path));
		} catch (CharacterCodingException e) {
			return Optional.of("not valid Unicode (unpaired surrogate)");
		}
		if (bytes.remaining() + (directory ? 1 : 0) > MAX_PATH_BYTES) {
			return Optional.of("path longer than " + MAX_PATH_BYTES + " bytes (UTF-8), the most a ZIP entry name holds");
		}
		return Optional.empty();
	}

	/** The name with control characters shown as {@code \\uXXXX}, for messages. */
	static String printable(String name) {
		StringBuilder b = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c == 0x7F) {
				b.append(String.format("\\u%04x", (int) c));
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** The parent of an entry path ({@code a/b} for {@code a/b/c}; the root {@code ""} for {@code a}). */
	static String parentOf(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? "" : path.substring(0, slash);
	}

	/** The last segment of an entry path. */
	static String nameOf(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
