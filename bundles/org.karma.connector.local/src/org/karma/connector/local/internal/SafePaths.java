package org.karma.connector.local.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * Turns {@link RelPath}s into file system paths below the root without ever passing through a
 * symbolic link that the operation may not follow.
 *
 * <p>{@link RelPath} cannot say {@code ..}, so the only ways out of the root are links. Every
 * folder between the root and the path's parent is examined with {@code NOFOLLOW_LINKS}; a link
 * there is refused with {@link Reason#PERMISSION_DENIED} naming it, except for reads when the
 * connection follows links. The final component is the operation's business: it is opened,
 * replaced, unlinked or stat'ed without following (see {@link LocalConnection}).
 *
 * <p>The check and the use are separate system calls: a folder replaced by a link between the
 * two is not noticed. Only a program that can already write inside the root can do that; recursive
 * deletes close this window completely (they work relative to open directory handles).
 */
final class SafePaths {

	/** What the operation does with the path. */
	enum Mode {
		/** Reads, lists, stats: links in the way are followed when the connection follows links. */
		READ,
		/** Writes, deletes, mkdir, rename, set-mtime: links in the way are always refused. */
		WRITE
	}

	/** What stands between the root and the path's parent. */
	enum Obstacle {
		/** Every folder up to the parent exists and is a real folder (or a followed link). */
		NONE,
		/** A folder on the way does not exist ({@link Resolved#at}). */
		MISSING,
		/** Something on the way is a file or other non-folder ({@link Resolved#at}). */
		NOT_A_DIRECTORY
	}

	/**
	 * A resolved path.
	 *
	 * @param path     the file system path (below the root)
	 * @param obstacle what was found on the way
	 * @param at       the first missing or non-folder ancestor, or null
	 */
	record Resolved(Path path, Obstacle obstacle, RelPath at) {
		boolean clear() {
			return obstacle == Obstacle.NONE;
		}
	}

	private final Path root;
	private final boolean followForReads;

	/**
	 * @param root           an absolute, real path (no links)
	 * @param followForReads whether reads may pass through links (the {@code follow_symlinks} option)
	 */
	SafePaths(Path root, boolean followForReads) {
		this.root = root;
		this.followForReads = followForReads;
	}

	Path root() {
		return root;
	}

	boolean followsForReads() {
		return followForReads;
	}

	/** The file system path, without any check. */
	Path toPath(RelPath rel) throws ConnectorException {
		Path p = root;
		try {
			for (String segment : rel.segments()) {
				p = p.resolve(segment);
			}
		} catch (InvalidPathException e) {
			throw IoErrors.map(e, rel);
		}
		return p;
	}

	/** The relative path of a path below the root, or null when it is not below it. */
	RelPath toRel(Path p) {
		if (!p.startsWith(root)) {
			return null;
		}
		Path r = root.relativize(p);
		if (r.toString().isEmpty()) {
			return RelPath.ROOT;
		}
		RelPath rel = RelPath.ROOT;
		for (Path segment : r) {
			rel = rel.child(segment.toString());
		}
		return rel;
	}

	/**
	 * Checks every folder between the root and {@code rel}'s parent (both included, the root
	 * excluded), stopping at the first one that is missing or not a folder.
	 *
	 * @throws ConnectorException PERMISSION_DENIED when a link is in the way (naming it) or a
	 *                            folder cannot be examined
	 */
	Resolved resolve(RelPath rel, Mode mode) throws ConnectorException {
		Path p = root;
		RelPath sofar = RelPath.ROOT;
		int ancestors = rel.depth() - 1;
		java.util.List<String> segments = rel.segments();
		for (int i = 0; i < ancestors; i++) {
			String segment = segments.get(i);
			sofar = sofar.child(segment);
			try {
				p = p.resolve(segment);
			} catch (InvalidPathException e) {
				throw IoErrors.map(e, rel);
			}
			BasicFileAttributes a;
			try {
				a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			} catch (NoSuchFileException e) {
				return new Resolved(toPath(rel), Obstacle.MISSING, sofar);
			} catch (IOException e) {
				ConnectorException mapped = IoErrors.map(e, sofar, "cannot examine");
				if (mapped.reason() == Reason.WRONG_KIND) {
					return new Resolved(toPath(rel), Obstacle.NOT_A_DIRECTORY, sofar);
				}
				throw mapped;
			}
			if (a.isSymbolicLink()) {
				if (mode == Mode.READ && followForReads) {
					continue;
				}
				throw linkInTheWay(sofar, rel, mode);
			}
			if (!a.isDirectory()) {
				return new Resolved(toPath(rel), Obstacle.NOT_A_DIRECTORY, sofar);
			}
		}
		return new Resolved(toPath(rel), Obstacle.NONE, null);
	}

	private ConnectorException linkInTheWay(RelPath link, RelPath rel, Mode mode) {
		String why = mode == Mode.WRITE ? "KARMA never writes or deletes through links"
				: "links are not followed (option follow_symlinks is off)";
		return new ConnectorException(Reason.PERMISSION_DENIED, rel,
				"'" + link + "' is a symbolic link; " + why + ", so '" + rel + "' is refused");
	}
}
