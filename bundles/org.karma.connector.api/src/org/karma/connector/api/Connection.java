package org.karma.connector.api;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A live connection to one endpoint, rooted at the endpoint's folder: every {@link RelPath} is
 * relative to that root and no operation reaches outside it (symbolic links included). The one
 * exception is a connector option a user sets on purpose to follow links for reading (such as the
 * local connector's {@code follow_symlinks}): then {@code list}, {@code stat} and {@code read} follow
 * links, while writes, deletes, mkdir and renames still never go through one.
 * Thread-safe: up to {@link ConnectionFacts#maxConcurrency()} calls may run at the same time.
 *
 * <p>Every call takes a progress monitor (null allowed) and honours its cancellation by throwing
 * {@link ConnectorException.Reason#CANCELLED}; nothing half-done becomes visible then. Errors
 * are always {@link ConnectorException}s; unchecked exceptions are bugs.
 *
 * <p>Optional abilities (rename, server-side copy, hashes, watching, …) are {@link Capability}
 * interfaces looked up with {@link #capability(Class)}.
 */
public interface Connection extends AutoCloseable {

	/** What this connection can do; constant for its lifetime. */
	ConnectionFacts facts();

	/**
	 * Lists the direct children of a directory, handing each to {@code sink} as it is read (a
	 * directory of 100,000 entries is never held in memory by the connection). Order is
	 * unspecified. {@code .} and {@code ..} are never reported; the connection's own temporary
	 * files are never reported.
	 *
	 * @throws ConnectorException NOT_FOUND if the directory does not exist, WRONG_KIND if it is a file
	 */
	void list(RelPath directory, Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException;

	/**
	 * The entry at a path, or empty when nothing is there. A symbolic link is reported as such, not
	 * followed (unless the connection was asked to follow links for reading).
	 */
	Optional<Entry> stat(RelPath path, IProgressMonitor monitor) throws ConnectorException;

	/**
	 * Opens a file's content. The caller must close the stream; reading it after the connection is
	 * closed fails.
	 *
	 * @throws ConnectorException NOT_FOUND, WRONG_KIND for a directory, PERMISSION_DENIED
	 */
	InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException;

	/**
	 * Writes a file so that it becomes visible whole or not at all: readers never see a partial
	 * file, and a failed or cancelled write leaves the previous content (if any) in place. The
	 * stream is read to its end but not closed.
	 *
	 * @return the entry as written (its {@link Entry#version()} usable for a later precondition)
	 * @throws ConnectorException PRECONDITION_FAILED, NOT_FOUND (missing parent without
	 *                            {@link WriteOptions#createParents()}), WRONG_KIND (a directory
	 *                            is there), NAME_NOT_REPRESENTABLE, QUOTA, PERMISSION_DENIED
	 */
	Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
			throws ConnectorException;

	/**
	 * Creates a directory (and its missing parents). Succeeds when the directory exists already.
	 *
	 * @throws ConnectorException ALREADY_EXISTS when a file is there
	 */
	Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException;

	/**
	 * Deletes a file, a link (not its target) or an empty directory; with {@code recursive} a
	 * directory and everything in it.
	 *
	 * <p>A single file or folder disappears whole or not at all. A recursive delete that fails or is
	 * cancelled part way may have removed part of the tree (what is left is still consistent:
	 * never a half-deleted file).
	 *
	 * @param precondition checked for files ({@link Precondition#unchanged(String)}: only if not
	 *                     changed since it was seen)
	 * @throws ConnectorException NOT_FOUND, NOT_EMPTY, PRECONDITION_FAILED, PERMISSION_DENIED
	 */
	void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
			throws ConnectorException;

	/** An optional ability of this connection, or empty. A capability may still decline a call with UNSUPPORTED. */
	<T extends Capability> Optional<T> capability(Class<T> type);

	/** Releases everything the connection holds (sessions, streams, temporary files). Idempotent. */
	@Override
	void close() throws ConnectorException;
}
