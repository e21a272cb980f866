package org.karma.engine.integrity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.karma.connector.api.RelPath;
import org.karma.engine.json.Json;
import org.karma.engine.json.JsonParser;

/**
 * The JSON form of a {@link Manifest} (schema in docs/integrity.md). Writing is deterministic:
 * the same manifest gives the same bytes, one file per line, so manifests diff well as text and a
 * signature over the bytes is stable.
 */
public final class ManifestJson {

	/** The {@code format} member every manifest starts with. */
	public static final String FORMAT = "karma-manifest";

	private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

	private ManifestJson() {
	}

	/** Manifests of this many files or more are written on all cores, in slices. */
	static final int PARALLEL_MIN = 10_000;

	/** The manifest as UTF-8 JSON text ending in a newline. */
	public static byte[] write(Manifest m) {
		return write(m, m.files().size() >= PARALLEL_MIN ? 2 * Runtime.getRuntime().availableProcessors() : 1);
	}

	/**
	 * The manifest as UTF-8 JSON text, its files written in {@code slices} slices at the same time
	 * (the bytes do not depend on the number of slices).
	 */
	static byte[] write(Manifest m, int slices) {
		StringBuilder b = new StringBuilder(4096 + m.errors().size() * 200);
		b.append("{\n");
		member(b, "format", FORMAT);
		member(b, "formatVersion", Manifest.FORMAT_VERSION);
		member(b, "group", m.group());
		member(b, "started", m.started().toString());
		member(b, "durationMillis", m.duration().toMillis());
		member(b, "host", m.host());
		member(b, "algorithms", m.algorithms().stream().map(ChecksumAlgorithm::key).toList());
		member(b, "signingKey", m.signingKey());
		List<Object> roots = new ArrayList<>();
		for (ManifestRoot r : m.roots()) {
			Map<String, Object> root = new LinkedHashMap<>();
			root.put("uri", r.uri());
			root.put("files", r.files());
			root.put("bytes", r.bytes());
			root.put("errors", r.errors());
			roots.add(root);
		}
		member(b, "roots", roots);
		Map<String, Object> totals = new LinkedHashMap<>();
		totals.put("files", m.totalFiles());
		totals.put("bytes", m.totalBytes());
		totals.put("errors", (long) m.errors().size());
		member(b, "totals", totals);
		b.append("  \"errors\": [");
		String sep = "\n";
		for (ManifestError e : m.errors()) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("root", e.root());
			error.put("path", e.path().toString());
			error.put("reason", e.reason());
			error.put("message", e.message());
			b.append(sep).append("    ").append(Json.write(error));
			sep = ",\n";
		}
		b.append(m.errors().isEmpty() ? "],\n" : "\n  ],\n");
		b.append("  \"files\": [");
		byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
		byte[] tail = (m.files().isEmpty() ? "]\n}\n" : "\n  ]\n}\n").getBytes(StandardCharsets.UTF_8);
		List<ManifestFile> files = m.files();
		int n = Math.max(1, Math.min(slices, files.size()));
		Utf8[] parts = new Utf8[n];
		IntStream.range(0, n).parallel().forEach(slice -> parts[slice] = files(m, files.size() * slice / n,
				files.size() * (slice + 1) / n));
		int size = head.length + tail.length;
		for (Utf8 part : parts) {
			size += part.size;
		}
		byte[] all = new byte[size];
		System.arraycopy(head, 0, all, 0, head.length);
		int at = head.length;
		for (Utf8 part : parts) {
			System.arraycopy(part.bytes, 0, all, at, part.size);
			at += part.size;
		}
		System.arraycopy(tail, 0, all, at, tail.length);
		return all;
	}

	/**
	 * The lines of the files from index {@code from} to {@code to} (exclusive), each preceded by its
	 * separator: written as UTF-8 bytes straight away, ASCII (nearly every path, every number, time
	 * and checksum) byte for byte, so no text is built and then encoded again (200,000 files: a
	 * third of the time, and half the garbage).
	 */
	private static Utf8 files(Manifest m, int from, int to) {
		List<ManifestFile> files = m.files();
		List<ChecksumAlgorithm> algorithms = m.algorithms();
		byte[][] keys = new byte[algorithms.size()][];
		// the room a line takes but for its path: separator and members (53), size (up to 19
		// digits), time (up to 32 with quotes), per checksum its key and 64 hex digits at most
		long line = 53 + 19 + 32 + 2;
		for (int a = 0; a < keys.length; a++) {
			keys[a] = ascii(",\"" + algorithms.get(a).key() + "\":\"");
			line += keys[a].length + 64 + 1;
		}
		long room = (to - from) * line;
		for (int i = from; i < to; i++) {
			room += files.get(i).path().toString().length() + 2; // grows only for paths to escape or not ASCII
		}
		Utf8 b = new Utf8((int) Math.min(Integer.MAX_VALUE - 16, room));
		StringBuilder text = new StringBuilder(64); // for times and for the rare path that needs escaping or is not ASCII
		for (int i = from; i < to; i++) {
			ManifestFile f = files.get(i);
			b.ascii(i == 0 ? FIRST : NEXT).number(f.root()).ascii(PATH);
			String path = f.path().toString();
			if (!b.plainString(path)) {
				text.setLength(0);
				Json.appendString(text, path);
				b.utf8(text);
			}
			b.ascii(SIZE).number(f.size()).ascii(MTIME);
			if (f.mtime() == null) {
				b.ascii(NULL);
			} else {
				text.setLength(0);
				text.append('"');
				Json.appendInstant(text, f.mtime());
				text.append('"');
				b.utf8(text);
			}
			for (int a = 0; a < keys.length; a++) {
				b.ascii(keys[a]).utf8(f.checksum(algorithms.get(a))).ascii(QUOTE_END);
			}
			b.ascii(END);
		}
		return b;
	}

	private static final byte[] FIRST = ascii("\n    {\"root\":");
	private static final byte[] NEXT = ascii(",\n    {\"root\":");
	private static final byte[] PATH = ascii(",\"path\":");
	private static final byte[] SIZE = ascii(",\"size\":");
	private static final byte[] MTIME = ascii(",\"mtime\":");
	private static final byte[] NULL = ascii("null");
	private static final byte[] QUOTE_END = ascii("\"");
	private static final byte[] END = ascii("}");

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}

	/** A growing array of UTF-8 bytes: the first {@code size} of {@code bytes}. */
	private static final class Utf8 {
		byte[] bytes;
		int size;

		Utf8(int capacity) {
			bytes = new byte[Math.max(16, capacity)];
		}

		private void room(int more) {
			if (size + more > bytes.length) {
				bytes = java.util.Arrays.copyOf(bytes, Math.max(size + more, bytes.length + (bytes.length >> 1)));
			}
		}

		Utf8 ascii(byte[] b) {
			room(b.length);
			System.arraycopy(b, 0, bytes, size, b.length);
			size += b.length;
			return this;
		}

		Utf8 number(long n) {
			if (n < 0) {
				return utf8(Long.toString(n));
			}
			int digits = 1;
			for (long t = n; t >= 10; t /= 10) {
				digits++;
			}
			room(digits);
			long rest = n;
			for (int i = size + digits - 1; i >= size; i--) {
				bytes[i] = (byte) ('0' + rest % 10);
				rest /= 10;
			}
			size += digits;
			return this;
		}

		/** Appends {@code s} as a JSON string when it needs no escaping and is ASCII; false (nothing appended) otherwise. */
		boolean plainString(String s) {
			int n = s.length();
			room(n + 2);
			int at = size;
			bytes[at++] = '"';
			for (int i = 0; i < n; i++) {
				char c = s.charAt(i);
				if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
					return false;
				}
				bytes[at++] = (byte) c;
			}
			bytes[at++] = '"';
			size = at;
			return true;
		}

		/** Appends text as UTF-8 (ASCII byte for byte); null as {@code null}, as a StringBuilder would. */
		Utf8 utf8(CharSequence text) {
			CharSequence s = text == null ? "null" : text;
			int n = s.length();
			room(n);
			for (int i = 0; i < n; i++) {
				char c = s.charAt(i);
				if (c >= 0x80) { // not ASCII: the rest through the encoder
					byte[] rest = s.subSequence(i, n).toString().getBytes(StandardCharsets.UTF_8);
					return ascii(rest);
				}
				bytes[size++] = (byte) c;
			}
			return this;
		}

	}

	private static void member(StringBuilder b, String name, Object value) {
		b.append("  ").append(Json.write(name)).append(": ").append(Json.write(value)).append(",\n");
	}

	/** Reads a manifest back; anything missing, mistyped or inconsistent is reported with where it is. */
	public static Manifest read(byte[] bytes) throws ManifestFormatException {
		Object parsed;
		try {
			parsed = JsonParser.parse(new String(bytes, StandardCharsets.UTF_8));
		} catch (JsonParser.JsonSyntaxException e) {
			throw new ManifestFormatException("not valid JSON: " + e.getMessage(), e);
		}
		if (!(parsed instanceof Map<?, ?> top)) {
			throw new ManifestFormatException("not a KARMA manifest: the JSON is not an object");
		}
		if (!FORMAT.equals(top.get("format"))) {
			throw new ManifestFormatException("not a KARMA manifest: \"format\" is not \"" + FORMAT + "\"");
		}
		long version = number(top, "formatVersion", "");
		if (version > Manifest.FORMAT_VERSION || version < 1) {
			throw new ManifestFormatException("manifest format version " + version + " is not supported by this KARMA (it reads "
					+ Manifest.FORMAT_VERSION + "); update KARMA");
		}
		List<ChecksumAlgorithm> algorithms = new ArrayList<>();
		for (Object o : list(top, "algorithms", "")) {
			ChecksumAlgorithm a = o instanceof String s ? ChecksumAlgorithm.byKey(s).orElse(null) : null;
			if (a == null || algorithms.contains(a)) {
				throw new ManifestFormatException("\"algorithms\": unknown or repeated algorithm " + Json.write(o));
			}
			algorithms.add(a);
		}
		if (algorithms.isEmpty()) {
			throw new ManifestFormatException("\"algorithms\" is empty");
		}
		List<ManifestRoot> roots = new ArrayList<>();
		List<Object> rootList = list(top, "roots", "");
		for (int i = 0; i < rootList.size(); i++) {
			Map<?, ?> r = object(rootList.get(i), "roots[" + i + "]");
			String where = "roots[" + i + "].";
			roots.add(new ManifestRoot(string(r, "uri", where), number(r, "files", where), number(r, "bytes", where),
					number(r, "errors", where)));
		}
		if (roots.isEmpty()) {
			throw new ManifestFormatException("\"roots\" is empty");
		}
		List<ManifestError> errors = new ArrayList<>();
		List<Object> errorList = list(top, "errors", "");
		for (int i = 0; i < errorList.size(); i++) {
			String where = "errors[" + i + "].";
			Map<?, ?> e = object(errorList.get(i), "errors[" + i + "]");
			errors.add(new ManifestError(rootIndex(e, roots, where), path(e, where, true), string(e, "reason", where),
					string(e, "message", where)));
		}
		List<ManifestFile> files = new ArrayList<>();
		List<Object> fileList = list(top, "files", "");
		ManifestFile previous = null;
		for (int i = 0; i < fileList.size(); i++) {
			String where = "files[" + i + "].";
			Map<?, ?> f = object(fileList.get(i), "files[" + i + "]");
			Map<ChecksumAlgorithm, String> sums = new EnumMap<>(ChecksumAlgorithm.class);
			for (ChecksumAlgorithm a : algorithms) {
				String sum = string(f, a.key(), where);
				if (!HEX.matcher(sum).matches() || sum.length() != a.newDigest().getDigestLength() * 2) {
					throw new ManifestFormatException(where + a.key() + " is not a " + a.key() + " digest in lower-case hex");
				}
				sums.put(a, sum);
			}
			Object mtime = f.get("mtime");
			if (mtime != null && !(mtime instanceof String)) {
				throw new ManifestFormatException(where + "mtime must be a time like 2026-11-22T10:15:30Z or null");
			}
			long size = number(f, "size", where);
			if (size < 0) {
				throw new ManifestFormatException(where + "size is negative");
			}
			ManifestFile file = new ManifestFile(rootIndex(f, roots, where), path(f, where, false), size,
					mtime == null ? null : instant((String) mtime, where + "mtime"), sums);
			if (previous != null && ManifestOrder.compare(previous, file) >= 0) {
				throw new ManifestFormatException(where + "path: files are not in (root, path) order or appear twice");
			}
			previous = file;
			files.add(file);
		}
		Object signingKey = top.get("signingKey");
		if (signingKey != null && !(signingKey instanceof String)) {
			throw new ManifestFormatException("\"signingKey\" must be a string or null");
		}
		long millis = number(top, "durationMillis", "");
		if (millis < 0) {
			throw new ManifestFormatException("\"durationMillis\" is negative");
		}
		return new Manifest(string(top, "group", ""), instant(string(top, "started", ""), "started"),
				Duration.ofMillis(millis), string(top, "host", ""), algorithms, (String) signingKey, roots, files, errors);
	}

	private static int rootIndex(Map<?, ?> map, List<ManifestRoot> roots, String where) throws ManifestFormatException {
		long root = number(map, "root", where);
		if (root < 0 || root >= roots.size()) {
			throw new ManifestFormatException(where + "root " + root + " is not one of the " + roots.size() + " roots");
		}
		return (int) root;
	}

	private static RelPath path(Map<?, ?> map, String where, boolean rootAllowed) throws ManifestFormatException {
		String text = string(map, "path", where);
		try {
			RelPath path = RelPath.of(text);
			if (path.isRoot() && !rootAllowed) {
				throw new ManifestFormatException(where + "path is empty");
			}
			return path;
		} catch (IllegalArgumentException e) {
			throw new ManifestFormatException(where + "path " + Json.write(text) + " is not a relative path: " + e.getMessage());
		}
	}

	private static Instant instant(String text, String where) throws ManifestFormatException {
		try {
			return Instant.parse(text);
		} catch (DateTimeException e) {
			throw new ManifestFormatException(where + ": " + Json.write(text) + " is not a time like 2026-11-22T10:15:30Z");
		}
	}

	private static Map<?, ?> object(Object o, String where) throws ManifestFormatException {
		if (o instanceof Map<?, ?> m) {
			return m;
		}
		throw new ManifestFormatException(where + " must be an object");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<?, ?> map, String name, String where) throws ManifestFormatException {
		Object o = map.get(name);
		if (o instanceof List<?> l) {
			return (List<Object>) l;
		}
		throw new ManifestFormatException(missing(map, name, where, "a list"));
	}

	private static String string(Map<?, ?> map, String name, String where) throws ManifestFormatException {
		Object o = map.get(name);
		if (o instanceof String s) {
			return s;
		}
		throw new ManifestFormatException(missing(map, name, where, "a string"));
	}

	private static long number(Map<?, ?> map, String name, String where) throws ManifestFormatException {
		Object o = map.get(name);
		if (o instanceof Long l) {
			return l;
		}
		if (o instanceof BigDecimal) {
			throw new ManifestFormatException(where + name + " must be a whole number in range, not " + o);
		}
		throw new ManifestFormatException(missing(map, name, where, "a whole number"));
	}

	private static String missing(Map<?, ?> map, String name, String where, String what) {
		String member = where.isEmpty() ? "\"" + name + "\"" : where + name;
		return map.containsKey(name) ? member + " must be " + what : member + " is missing";
	}
}
