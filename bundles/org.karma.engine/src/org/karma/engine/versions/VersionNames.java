package org.karma.engine.versions;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of versions: {@code <stem>~<yyyyMMdd-HHmmss.SSS>[-n]<.ext>}, the timestamp in UTC.
 *
 * <p>The extension (from the last dot, when that dot is neither the first nor the last character)
 * stays last so a version opens with the right program: {@code report.pdf} becomes
 * {@code report~20250102-030405.678.pdf}, {@code archive.tar.gz} becomes
 * {@code archive.tar~20250102-030405.678.gz}, a dotfile {@code .bashrc} becomes
 * {@code .bashrc~20250102-030405.678}. {@code -n} (n &ge; 1) tells apart versions of one file
 * archived in the same millisecond.
 *
 * <p>Parsing is unambiguous: the extension contains no dot and the timestamp does, so the last
 * {@code ~timestamp} followed only by an optional counter and an optional dot-free extension is the
 * one; a name that already contains such a tag (a user's own {@code x~20240101-000000.000.txt})
 * round-trips.
 */
public final class VersionNames {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss.SSS")
			.withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);

	private static final Pattern VERSION = Pattern.compile("(.+)~(\\d{8}-\\d{6}\\.\\d{3})(?:-([1-9]\\d{0,8}))?(\\.[^.]*)?",
			Pattern.DOTALL);

	/** A version name taken apart. */
	public record Parsed(String originalName, Instant timestamp, int counter) {
	}

	private VersionNames() {
	}

	/**
	 * The version name of a file name archived at {@code timestamp} (truncated to milliseconds).
	 *
	 * @param counter 0 for the first version of that millisecond, else 1, 2, …
	 */
	public static String name(String fileName, Instant timestamp, int counter) {
		Objects.requireNonNull(fileName, "fileName");
		if (fileName.isEmpty()) {
			throw new IllegalArgumentException("empty file name");
		}
		if (counter < 0) {
			throw new IllegalArgumentException("negative counter " + counter);
		}
		int dot = extensionDot(fileName);
		String stem = dot < 0 ? fileName : fileName.substring(0, dot);
		String ext = dot < 0 ? "" : fileName.substring(dot);
		return stem + "~" + stamp(timestamp) + (counter == 0 ? "" : "-" + counter) + ext;
	}

	/** The name of the original file, its archive time and counter; empty when the name is not a version name. */
	public static Optional<Parsed> parse(String versionName) {
		Matcher m = VERSION.matcher(versionName);
		if (!m.matches()) {
			return Optional.empty();
		}
		String stem = m.group(1);
		String ext = m.group(4) == null ? "" : m.group(4);
		String original = stem + ext;
		// only what name() produces: the extension must be the one name() would split off again
		int dot = extensionDot(original);
		if (ext.isEmpty() ? dot >= 0 : dot != stem.length()) {
			return Optional.empty();
		}
		Instant timestamp;
		try {
			timestamp = LocalDateTime.parse(m.group(2), STAMP).toInstant(ZoneOffset.UTC);
		} catch (DateTimeException e) {
			return Optional.empty();
		}
		int counter = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
		return Optional.of(new Parsed(original, timestamp, counter));
	}

	/** The timestamp as it appears in names: {@code yyyyMMdd-HHmmss.SSS} in UTC. */
	public static String stamp(Instant timestamp) {
		return STAMP.format(timestamp.truncatedTo(ChronoUnit.MILLIS));
	}

	/** Index of the dot that starts the extension, or -1: the last dot, unless it is first or last. */
	private static int extensionDot(String name) {
		int dot = name.lastIndexOf('.');
		return dot <= 0 || dot == name.length() - 1 ? -1 : dot;
	}
}
