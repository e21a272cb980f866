package org.karma.core.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.karma.engine.integrity.ChecksumAlgorithm;

/**
 * A file that lists groups of trees and where their manifests go, so one cron line can make them
 * all ({@code karma check create --config FILE}):
 *
 * <pre>
 * # where manifests are written (relative paths are relative to this file)
 * output.directory = /var/backups/manifests
 * algo = sha256            # sha256, md5 or both (default sha256)
 * threads = 2              # default: one per core
 * group.photos = /data/photos, sftp://me@nas:22/srv/photos
 * group.documents = /data/documents
 * </pre>
 *
 * Each group's manifest is written as {@code GROUP-YYYYMMDDTHHMMSSZ.json} in the output directory.
 * Paths with a comma are written with {@code \,}.
 */
public record CheckConfig(Path file, Path outputDirectory, Set<ChecksumAlgorithm> algorithms, Integer threads,
		Map<String, List<String>> groups) {

	/** What a group name may be: it becomes part of a file name. */
	public static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	public CheckConfig {
		Objects.requireNonNull(file);
		Objects.requireNonNull(outputDirectory);
		algorithms = Set.copyOf(algorithms);
		groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
	}

	/** @throws IntegrityException BAD_INPUT naming the file, the line and what is wrong */
	public static CheckConfig read(Path file) throws IntegrityException {
		Path absolute = file.toAbsolutePath();
		List<String> lines;
		try {
			lines = Files.readAllLines(absolute, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw bad(absolute + ": no such file");
		} catch (IOException e) {
			throw bad(absolute + ": " + e.getMessage());
		}
		Path output = null;
		Set<ChecksumAlgorithm> algorithms = EnumSet.of(ChecksumAlgorithm.SHA256);
		Integer threads = null;
		Map<String, List<String>> groups = new LinkedHashMap<>();
		for (int n = 1; n <= lines.size(); n++) {
			String line = stripComment(lines.get(n - 1)).strip();
			if (line.isEmpty()) {
				continue;
			}
			String where = absolute + ":" + n + ": ";
			int eq = line.indexOf('=');
			if (eq < 0) {
				throw bad(where + "expected 'key = value', got '" + line + "'");
			}
			String key = line.substring(0, eq).strip();
			String value = line.substring(eq + 1).strip();
			if (value.isEmpty()) {
				throw bad(where + "'" + key + "' has no value");
			}
			if (key.equals("output.directory")) {
				output = absolute.getParent().resolve(value).normalize();
			} else if (key.equals("algo")) {
				algorithms = algorithms(value, where);
			} else if (key.equals("threads")) {
				try {
					threads = Integer.valueOf(value);
				} catch (NumberFormatException e) {
					threads = -1;
				}
				if (threads < 1 || threads > 256) {
					throw bad(where + "threads must be a number from 1 to 256, not '" + value + "'");
				}
			} else if (key.startsWith("group.")) {
				String name = key.substring("group.".length());
				if (!GROUP_NAME.matcher(name).matches()) {
					throw bad(where + "group name '" + name + "' must be letters, digits, '.', '_' or '-' (up to 64)");
				}
				if (groups.containsKey(name)) {
					throw bad(where + "group '" + name + "' is listed twice");
				}
				List<String> roots = splitRoots(value);
				if (roots.isEmpty()) {
					throw bad(where + "group '" + name + "' has no path");
				}
				groups.put(name, roots);
			} else {
				throw bad(where + "unknown key '" + key + "' (known: output.directory, algo, threads, group.NAME)");
			}
		}
		if (output == null) {
			throw bad(absolute + ": 'output.directory' is missing (where the manifests go)");
		}
		if (groups.isEmpty()) {
			throw bad(absolute + ": no 'group.NAME = PATH, ...' line");
		}
		return new CheckConfig(absolute, output, algorithms, threads, groups);
	}

	/** {@code sha256}, {@code md5} or {@code both}. */
	public static Set<ChecksumAlgorithm> algorithms(String value, String where) throws IntegrityException {
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
		case "sha256" -> EnumSet.of(ChecksumAlgorithm.SHA256);
		case "md5" -> EnumSet.of(ChecksumAlgorithm.MD5);
		case "both" -> EnumSet.allOf(ChecksumAlgorithm.class);
		default -> throw bad(where + "unknown algorithm '" + value + "'; use sha256, md5 or both");
		};
	}

	private static String stripComment(String line) {
		int hash = line.indexOf(" #");
		if (line.startsWith("#")) {
			return "";
		}
		return hash < 0 ? line : line.substring(0, hash);
	}

	private static List<String> splitRoots(String value) {
		List<String> roots = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == ',') {
				current.append(',');
				i++;
			} else if (c == ',') {
				add(roots, current);
			} else {
				current.append(c);
			}
		}
		add(roots, current);
		return roots;
	}

	private static void add(List<String> roots, StringBuilder current) {
		String root = current.toString().strip();
		if (!root.isEmpty()) {
			roots.add(root);
		}
		current.setLength(0);
	}

	private static IntegrityException bad(String message) {
		return new IntegrityException(IntegrityException.Kind.BAD_INPUT, message);
	}
}
