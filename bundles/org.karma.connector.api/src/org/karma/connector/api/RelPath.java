package org.karma.connector.api;

import java.util.ArrayList;
import java.util.Collections;
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
 */
public final class RelPath implements Comparable<RelPath> {

	/** The root of the connection. */
	public static final RelPath ROOT = new RelPath(List.of());

	private final List<String> segments;

	private RelPath(List<String> segments) {
		this.segments = segments;
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
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/", -1)) {
			segments.add(checkSegment(segment, path));
		}
		return new RelPath(Collections.unmodifiableList(segments));
	}

	/** The path of these segments (each checked like a name). */
	public static RelPath of(List<String> segments) {
		List<String> copy = new ArrayList<>(segments.size());
		for (String segment : segments) {
			copy.add(checkSegment(segment, String.join("/", segments)));
		}
		return new RelPath(Collections.unmodifiableList(copy));
	}

	private static String checkSegment(String segment, String path) {
		if (segment.isEmpty()) {
			throw new IllegalArgumentException("empty segment in '" + path + "'");
		}
		if (segment.equals(".") || segment.equals("..")) {
			throw new IllegalArgumentException("'" + segment + "' segment in '" + path + "'");
		}
		if (segment.indexOf('/') >= 0 || segment.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("'/' or NUL inside a name in '" + path + "'");
		}
		return segment;
	}

	/** This path with one more name: {@code a/b}.child("c") is {@code a/b/c}. */
	public RelPath child(String name) {
		List<String> list = new ArrayList<>(segments.size() + 1);
		list.addAll(segments);
		list.add(checkSegment(name, toString() + "/" + name));
		return new RelPath(Collections.unmodifiableList(list));
	}

	/** This path followed by another relative path. */
	public RelPath resolve(RelPath other) {
		if (other.isRoot()) {
			return this;
		}
		List<String> list = new ArrayList<>(segments);
		list.addAll(other.segments);
		return new RelPath(Collections.unmodifiableList(list));
	}

	/** The parent; the root has none. */
	public RelPath parent() {
		if (isRoot()) {
			throw new IllegalStateException("the root has no parent");
		}
		return new RelPath(segments.subList(0, segments.size() - 1));
	}

	/** The last segment; the root has none. */
	public String name() {
		if (isRoot()) {
			throw new IllegalStateException("the root has no name");
		}
		return segments.get(segments.size() - 1);
	}

	public boolean isRoot() {
		return segments.isEmpty();
	}

	public List<String> segments() {
		return segments;
	}

	public int depth() {
		return segments.size();
	}

	/** Whether this path is {@code other} or lies below it. */
	public boolean startsWith(RelPath other) {
		return segments.size() >= other.segments.size() && segments.subList(0, other.segments.size()).equals(other.segments);
	}

	@Override
	public int compareTo(RelPath other) {
		int n = Math.min(segments.size(), other.segments.size());
		for (int i = 0; i < n; i++) {
			int c = segments.get(i).compareTo(other.segments.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(segments.size(), other.segments.size());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RelPath p && p.segments.equals(segments);
	}

	@Override
	public int hashCode() {
		return segments.hashCode();
	}

	/** {@code a/b/c}; the root is the empty string. */
	@Override
	public String toString() {
		return String.join("/", segments);
	}
}
