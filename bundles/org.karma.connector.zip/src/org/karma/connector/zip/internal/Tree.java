package org.karma.connector.zip.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;


/**
 * The index of an archive: every file and directory by path, and the children of each directory,
 * with the directories that are only implied by names below them ({@code a/b/c.txt} implies
 * {@code a} and {@code a/b}). Built once per archive state and then never changed; changes are
 * made to a {@link #copy()}. Not thread-safe.
 */
final class Tree {

	private final Map<String, Node> nodes;
	private final Map<String, NavigableMap<String, Node>> children;
	private long nextOrder;

	Tree() {
		nodes = new HashMap<>();
		children = new HashMap<>();
		nodes.put("", Node.implicitDirectory("", -1));
		children.put("", new TreeMap<>());
	}

	private Tree(Map<String, Node> nodes, Map<String, NavigableMap<String, Node>> children, long nextOrder) {
		this.nodes = nodes;
		this.children = children;
		this.nextOrder = nextOrder;
	}

	/** An independent copy (the nodes themselves are immutable and shared). */
	Tree copy() {
		Map<String, NavigableMap<String, Node>> c = new HashMap<>(children.size() * 4 / 3 + 1);
		for (Map.Entry<String, NavigableMap<String, Node>> e : children.entrySet()) {
			c.put(e.getKey(), new TreeMap<>(e.getValue()));
		}
		return new Tree(new HashMap<>(nodes), c, nextOrder);
	}

	/** The node at a path ({@code ""}: the root), or null. */
	Node get(String path) {
		return nodes.get(path);
	}

	/** The children of a directory by name (unmodifiable), or null when the path is not a directory. */
	NavigableMap<String, Node> children(String directory) {
		NavigableMap<String, Node> c = children.get(directory);
		return c == null ? null : Collections.unmodifiableNavigableMap(c);
	}

	/** The next position at the end of the archive. */
	long nextOrder() {
		return nextOrder++;
	}

	/** Number of files and directories, the root included. */
	int size() {
		return nodes.size();
	}

	/**
	 * Adds or replaces a node, creating the implied directories above it. A directory replacing a
	 * directory keeps its children.
	 *
	 * @throws IllegalStateException when an ancestor is not a directory, or a file would replace a
	 *                               directory (callers check these first)
	 */
	void put(Node node) {
		String path = node.path();
		if (path.isEmpty()) {
			throw new IllegalArgumentException("the root cannot be replaced");
		}
		if (node.order() >= nextOrder) {
			nextOrder = node.order() + 1;
		}
		String parent = EntryNames.parentOf(path);
		NavigableMap<String, Node> siblings = children.get(parent);
		if (siblings == null) {
			if (nodes.containsKey(parent)) {
				throw new IllegalStateException("'" + parent + "' is not a directory");
			}
			put(Node.implicitDirectory(parent, nextOrder()));
			siblings = children.get(parent);
		}
		Node old = nodes.get(path);
		if (old != null && old.isDirectory() && !node.isDirectory()) {
			throw new IllegalStateException("a file cannot replace the directory '" + path + "'");
		}
		nodes.put(path, node);
		siblings.put(EntryNames.nameOf(path), node);
		if (node.isDirectory()) {
			children.putIfAbsent(path, new TreeMap<>());
		}
	}

	/** Removes a node and everything below it; nothing happens when the path does not exist. */
	void remove(String path) {
		if (path.isEmpty()) {
			throw new IllegalArgumentException("the root cannot be removed");
		}
		if (nodes.remove(path) == null) {
			return;
		}
		NavigableMap<String, Node> siblings = children.get(EntryNames.parentOf(path));
		if (siblings != null) {
			siblings.remove(EntryNames.nameOf(path));
		}
		removeBelow(path);
	}

	private void removeBelow(String directory) {
		NavigableMap<String, Node> c = children.remove(directory);
		if (c == null) {
			return;
		}
		for (Node child : c.values()) {
			nodes.remove(child.path());
			if (child.isDirectory()) {
				removeBelow(child.path());
			}
		}
	}

	/** A node and everything below it, parents before their children. */
	List<Node> subtree(String path) {
		List<Node> out = new ArrayList<>();
		Node node = nodes.get(path);
		if (node != null) {
			collect(node, out);
		}
		return out;
	}

	private void collect(Node node, List<Node> out) {
		out.add(node);
		NavigableMap<String, Node> c = children.get(node.path());
		if (c != null) {
			for (Node child : c.values()) {
				collect(child, out);
			}
		}
	}

	/** Every node but the root, in archive order. */
	List<Node> inArchiveOrder() {
		List<Node> all = new ArrayList<>(nodes.size());
		for (Node n : nodes.values()) {
			if (!n.path().isEmpty()) {
				all.add(n);
			}
		}
		all.sort(Comparator.comparingLong(Node::order).thenComparing(Node::path));
		return all;
	}

	/**
	 * Whether a directory has to be written as an entry of its own: when it was one, or when
	 * nothing below it would imply it (an empty directory).
	 */
	boolean needsOwnEntry(Node directory) {
		NavigableMap<String, Node> c = children.get(directory.path());
		return directory.explicit() || c == null || c.isEmpty();
	}
}
