package org.karma.connector.zip.internal;

import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;

/**
 * One change to an archive's tree. The same code applies it right away (outside a batch), stages
 * it in a batch and replays it at the batch's commit when the archive was changed meanwhile: every
 * check (preconditions included) runs against the tree it is applied to, and nothing is changed
 * when a check fails.
 */
sealed interface Change {

	/** The path reported in errors. */
	RelPath rel();

	/**
	 * Checks and applies the change.
	 *
	 * @return whether the tree changed (a mkdir of an existing directory does not)
	 */
	boolean apply(Tree tree) throws ConnectorException;

	/** Writes a file. */
	record Write(RelPath rel, String path, Node.Source content, long size, long crc, Instant mtime, long token,
			Precondition precondition, boolean createParents) implements Change {
		@Override
		public boolean apply(Tree tree) throws ConnectorException {
			Node existing = tree.get(path);
			if (existing != null && existing.isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, rel, "'" + rel + "' is a folder");
			}
			checkPrecondition(existing, precondition, rel);
			checkParent(tree, path, createParents, rel);
			long order = existing != null ? existing.order() : tree.nextOrder();
			tree.put(new Node(path, EntryKind.FILE, false, size, crc, mtime, false, content, token, order));
			return true;
		}
	}

	/** Creates a directory and its missing parents. */
	record Mkdir(RelPath rel, String path, Instant now) implements Change {
		@Override
		public boolean apply(Tree tree) throws ConnectorException {
			Node existing = tree.get(path);
			if (existing != null) {
				if (existing.isDirectory()) {
					return false;
				}
				throw new ConnectorException(Reason.ALREADY_EXISTS, rel, "'" + rel + "' exists and is not a folder");
			}
			checkParent(tree, path, true, rel);
			tree.put(new Node(path, EntryKind.DIRECTORY, true, 0, 0, now, false, null, 0, tree.nextOrder()));
			return true;
		}
	}

	/** Deletes a file, a link or a directory (with {@code recursive}, everything below it). */
	record Delete(RelPath rel, String path, boolean recursive, Precondition precondition) implements Change {
		@Override
		public boolean apply(Tree tree) throws ConnectorException {
			Node node = tree.get(path);
			if (node == null) {
				throw new ConnectorException(Reason.NOT_FOUND, rel, "'" + rel + "' does not exist");
			}
			if (node.isDirectory()) {
				NavigableMap<String, Node> children = tree.children(path);
				if (!recursive && children != null && !children.isEmpty()) {
					throw new ConnectorException(Reason.NOT_EMPTY, rel, "the folder '" + rel + "' is not empty");
				}
			} else {
				checkPrecondition(node, precondition, rel);
			}
			tree.remove(path);
			return true;
		}
	}

	/** Renames or moves a file or a directory (with everything below it). */
	record Rename(RelPath rel, String from, RelPath toRel, String to, boolean replace) implements Change {
		@Override
		public boolean apply(Tree tree) throws ConnectorException {
			Node source = tree.get(from);
			if (source == null) {
				throw new ConnectorException(Reason.NOT_FOUND, rel, "'" + rel + "' does not exist");
			}
			if (from.equals(to)) {
				return false;
			}
			if (to.startsWith(from + "/")) {
				throw new ConnectorException(Reason.FATAL, toRel, "cannot move the folder '" + rel + "' into itself");
			}
			Node target = tree.get(to);
			if (target != null) {
				if (!replace) {
					throw new ConnectorException(Reason.ALREADY_EXISTS, toRel, "'" + toRel + "' exists");
				}
				if (target.isDirectory() != source.isDirectory()) {
					throw new ConnectorException(Reason.WRONG_KIND, toRel, "'" + toRel + "' is "
							+ (target.isDirectory() ? "a folder" : "not a folder") + " and cannot be replaced by '" + rel + "'");
				}
				NavigableMap<String, Node> c = tree.children(to);
				if (target.isDirectory() && c != null && !c.isEmpty()) {
					throw new ConnectorException(Reason.NOT_EMPTY, toRel, "the folder '" + toRel + "' is not empty");
				}
			}
			checkParent(tree, to, false, toRel);
			List<Node> moving = tree.subtree(from);
			tree.remove(from);
			if (target != null) {
				tree.remove(to);
			}
			long order = target != null ? target.order() : source.order();
			for (Node n : moving) {
				Node moved = n.withPath(to + n.path().substring(from.length()));
				tree.put(n == source ? moved.withOrder(order) : moved);
			}
			return true;
		}
	}

	/** Sets the modification time of a file or directory. */
	record SetMtime(RelPath rel, String path, Instant mtime) implements Change {
		@Override
		public boolean apply(Tree tree) throws ConnectorException {
			Node node = tree.get(path);
			if (node == null) {
				throw new ConnectorException(Reason.NOT_FOUND, rel, "'" + rel + "' does not exist");
			}
			if (path.isEmpty()) {
				throw new ConnectorException(Reason.UNSUPPORTED, rel, "the archive root has no time of its own");
			}
			tree.put(node.withMtime(mtime));
			return true;
		}
	}

	/** Checks a precondition against the node now at the path. */
	static void checkPrecondition(Node existing, Precondition precondition, RelPath rel) throws ConnectorException {
		if (precondition instanceof Precondition.Absent && existing != null) {
			throw new ConnectorException(Reason.PRECONDITION_FAILED, rel, "'" + rel + "' exists");
		}
		if (precondition instanceof Precondition.Unchanged u) {
			if (existing == null) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, rel, "'" + rel + "' no longer exists");
			}
			if (!existing.version().equals(u.version())) {
				throw new ConnectorException(Reason.PRECONDITION_FAILED, rel, "'" + rel + "' was changed");
			}
		}
	}

	/**
	 * Checks that the parent of a path is a directory; a missing parent is NOT_FOUND unless
	 * {@code create} (then no ancestor may be a file).
	 */
	static void checkParent(Tree tree, String path, boolean create, RelPath rel) throws ConnectorException {
		for (String a = EntryNames.parentOf(path);; a = EntryNames.parentOf(a)) {
			Node ancestor = tree.get(a);
			if (ancestor != null) {
				if (!ancestor.isDirectory()) {
					throw new ConnectorException(Reason.WRONG_KIND, rel, "'" + a + "' is not a folder");
				}
				return;
			}
			if (!create) {
				throw new ConnectorException(Reason.NOT_FOUND, rel, "the folder of '" + rel + "' does not exist");
			}
		}
	}
}
