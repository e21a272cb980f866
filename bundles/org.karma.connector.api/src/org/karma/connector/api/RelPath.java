package org.karma.connector.api;

import java.util.List;
import java.util.Objects;

/**
 * A path relative to a connection's root, as segments. It cannot express {@code ..}, {@code .},
 * an absolute path, an empty segment, a {@code /} or NUL inside a segment, so no operation given a
 * {@code RelPath} can leave the root by construction. Whether a segment can be stored is the
 * connection's business ({@link NameRules}); {@code RelPath} only guarantees it is a name.
 *
 * <p>Ordering is by segments, each compared as Java strings (UTF-16), so a parent sorts before
 * its children. Equality is exact (no case folding, no Unicode normalization).
 *
 * <p>Held as one string with NUL between segments (scans hold hundreds of thousands of paths: one
 * string each is a fraction of the memory of a list of segments; and as NUL cannot occur in a
 * segment and sorts before every other character, plain string comparison of that form is the
 * segment order above).
 */
public final class RelPath implements Comparable<RelPath> {

	/** The root of the connection. */
	public static final RelPath ROOT = new RelPath("", 0);

	/** Separates segments in {@link #key}. */
	private static final char SEP = '\0';

	/** The segments joined by NUL; empty for the root. */
	private final String key;
	private final int depth;

	private RelPath(String key, int depth) {
		this.key = key;
		this.depth = depth;
	}

	/**
	 * Parses {@code a/b/c}. The empty string is the root.
	 *
	 * @throws IllegalArgumentException for an absolute path, an empty, {@code .} or {@code ..}
	 *                                  segment, or a NUL character
	 */
	public static RelPath of(String path) {
		Objects.requireNonNull(path, "path");
		if (path.isEmpty()) {
			return ROOT;
		}
		if (path.startsWith("/")) {
			throw new IllegalArgumentException("not a relative path: '" + path + "'");
		}
		int depth = 0;
		int start = 0;
		while (true) {
			int slash = path.indexOf('/', start);
			int end = slash < 0 ? path.length() : slash;
			checkSegment(path, start, end, path);
			depth++;
			if (slash < 0) {
				break;
			}
			start = slash + 1;
		}
		return new RelPath(path.replace('/', SEP), depth);
	}

	/** The path of these segments (each checked like a name). */
	public static RelPath of(List<String> segments) {
		if (segments.isEmpty()) {
			return ROOT;
		}
		for (String segment : segments) {
			if (segment.indexOf('/') >= 0) {
				throw new IllegalArgumentException("'/' or NUL inside a name in '" + String.join("/", segments) + "'");
			}
			checkSegment(segment, 0, segment.length(), segments);
		}
		return new RelPath(String.join(String.valueOf(SEP), segments), segments.size());
	}

	/** Checks {@code text[start, end)} as one segment; {@code whole} names the path in messages. */
	private static void checkSegment(String text, int start, int end, Object whole) {
		int length = end - start;
		if (length == 0) {
			throw new IllegalArgumentException("empty segment in '" + describe(whole) + "'");
		}
		if (text.charAt(start) == '.' && (length == 1 || length == 2 && text.charAt(start + 1) == '.')) {
			throw new IllegalArgumentException("'" + text.substring(start, end) + "' segment in '" + describe(whole) + "'");
		}
		if (text.indexOf('\0', start) >= 0 && text.indexOf('\0', start) < end) {
			throw new IllegalArgumentException("'/' or NUL inside a name in '" + describe(whole) + "'");
		}
	}

	private static String describe(Object whole) {
		return whole instanceof List<?> list ? String.join("/", list.stream().map(String::valueOf).toList())
				: String.valueOf(whole);
	}

	/** This path with one more segment. */
	public RelPath child(String name) {
		Objects.requireNonNull(name, "name");
		if (name.indexOf('/') >= 0) {
			throw new IllegalArgumentException("'/' or NUL inside a name in '" + this + "/" + name + "'");
		}
		checkSegment(name, 0, name.length(), isRoot() ? name : this + "/" + name);
		return new RelPath(isRoot() ? name : key + SEP + name, depth + 1);
	}

	/** This path followed by another one. */
	public RelPath resolve(RelPath other) {
		if (other.isRoot()) {
			return this;
		}
		if (isRoot()) {
			return other;
		}
		return new RelPath(key + SEP + other.key, depth + other.depth);
	}

	/** The parent; the parent of a one-segment path is the root. */
	public RelPath parent() {
		if (isRoot()) {
			throw new IllegalStateException("the root has no parent");
		}
		int sep = key.lastIndexOf(SEP);
		return sep < 0 ? ROOT : new RelPath(key.substring(0, sep), depth - 1);
	}

	/** The last segment. */
	public String name() {
		if (isRoot()) {
			throw new IllegalStateException("the root has no name");
		}
		return key.substring(key.lastIndexOf(SEP) + 1);
	}

	public boolean isRoot() {
		return depth == 0;
	}

	/** The segments (a new unmodifiable list on each call). */
	public List<String> segments() {
		return isRoot() ? List.of() : List.of(key.split(String.valueOf(SEP), -1));
	}

	/** The segment at {@code index} (0 = first). */
	public String segment(int index) {
		Objects.checkIndex(index, depth);
		int start = 0;
		for (int i = 0; i < index; i++) {
			start = key.indexOf(SEP, start) + 1;
		}
		int end = key.indexOf(SEP, start);
		return key.substring(start, end < 0 ? key.length() : end);
	}

	public int depth() {
		return depth;
	}

	/** Whether {@code other} is this path or one of its ancestors (the root is everyone's). */
	public boolean startsWith(RelPath other) {
		if (other.isRoot()) {
			return true;
		}
		return key.startsWith(other.key) && (key.length() == other.key.length() || key.charAt(other.key.length()) == SEP);
	}

	/** Segment by segment, each compared as Java strings (see the class comment). */
	@Override
	public int compareTo(RelPath other) {
		return key.compareTo(other.key);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RelPath p && p.key.equals(key);
	}

	@Override
	public int hashCode() {
		return key.hashCode();
	}

	/** The segments joined by {@code /}; empty for the root. */
	@Override
	public String toString() {
		return key.replace(SEP, '/');
	}
}
