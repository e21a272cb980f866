package org.karma.connector.api;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which names an endpoint can store as they are. A name that breaks a rule is refused with
 * {@link ConnectorException.Reason#NAME_NOT_REPRESENTABLE}, never silently changed.
 *
 * @param maxNameBytes   longest name in UTF-8 bytes (255 on most file systems)
 * @param forbiddenChars characters that may not appear in a name (besides '/' and NUL, which no
 *                       {@link RelPath} contains)
 * @param reservedNames  names that may not be used, compared case-insensitively and ignoring an
 *                       extension (Windows: CON, NUL, COM1 …)
 * @param noTrailingDotOrSpace whether names may not end in '.' or ' ' (Windows, SMB)
 */
public record NameRules(int maxNameBytes, String forbiddenChars, Set<String> reservedNames, boolean noTrailingDotOrSpace) {

	/** POSIX file systems: any name up to 255 bytes. */
	public static final NameRules POSIX = new NameRules(255, "", Set.of(), false);

	/** Windows/SMB: no {@code <>:"\|?*} or control characters, no reserved device names, no trailing dot or space. */
	public static final NameRules WINDOWS = new NameRules(255, "<>:\"\\|?*", Set.of("CON", "PRN", "AUX", "NUL", "COM1",
			"COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
			"LPT7", "LPT8", "LPT9"), true);

	public NameRules {
		reservedNames = Set.copyOf(reservedNames);
	}

	/** Why this name cannot be stored, or empty when it can. */
	public Optional<String> problem(String name) {
		if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > maxNameBytes) {
			return Optional.of("name longer than " + maxNameBytes + " bytes");
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (forbiddenChars.indexOf(c) >= 0 || (!forbiddenChars.isEmpty() && c < 0x20)) {
				return Optional.of("character '" + (c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c))
						+ "' is not allowed");
			}
		}
		String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
		if (reservedNames.contains(base.toUpperCase(Locale.ROOT))) {
			return Optional.of("'" + base + "' is a reserved name");
		}
		if (noTrailingDotOrSpace && (name.endsWith(".") || name.endsWith(" "))) {
			return Optional.of("names may not end with a dot or a space");
		}
		return Optional.empty();
	}
}
