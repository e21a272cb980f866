package org.karma.connector.api;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Marker of optional connection abilities, looked up with {@link Connection#capability(Class)}.
 * The nested interfaces are the capabilities KARMA knows.
 */
public interface Capability {

	/** Rename or move within the connection. */
	interface Rename extends Capability {
		/**
		 * Moves a file, link or folder (with everything in it).
		 *
		 * @param replace whether an existing target file may be replaced (atomically where the
		 *                endpoint can); a folder is never replaced
		 * @throws ConnectorException NOT_FOUND (source or the target's parent missing),
		 *                            ALREADY_EXISTS (target exists and may not be replaced),
		 *                            WRONG_KIND (the target is of another kind than the source),
		 *                            NOT_EMPTY (the target is a folder that is not empty),
		 *                            FATAL (a folder into itself), UNSUPPORTED (this move needs a
		 *                            copy, e.g. across devices: copy and delete instead)
		 */
		Entry rename(RelPath from, RelPath to, boolean replace, IProgressMonitor monitor) throws ConnectorException;
	}

	/** Copy a file on the server without moving its data through the client. */
	interface ServerCopy extends Capability {
		Entry copy(RelPath from, RelPath to, WriteOptions options, IProgressMonitor monitor) throws ConnectorException;
	}

	/** Change the modification time of an existing file (and of a folder, where the endpoint keeps folder times). */
	interface SetModificationTime extends Capability {
		Entry setModificationTime(RelPath path, Instant mtime, IProgressMonitor monitor) throws ConnectorException;
	}

	/** Ask the server for a content hash (may read the file server-side). */
	interface ServerHash extends Capability {
		/** The hash in lower-case hex, or empty when the server cannot give this kind for this file. */
		Optional<String> hash(RelPath path, HashKind kind, IProgressMonitor monitor) throws ConnectorException;
	}

	/** Read a part of a file. */
	interface RangeRead extends Capability {
		/** Bytes {@code [offset, offset + length)}, fewer at the end of the file; length -1 reads to the end. */
		InputStream read(RelPath path, long offset, long length, IProgressMonitor monitor) throws ConnectorException;
	}

	/** Continue an interrupted upload instead of starting over. */
	interface ResumableUpload extends Capability {
		/** Bytes of an interrupted upload to this path that the server already holds (0: none, start over). */
		long resumableBytes(RelPath path, IProgressMonitor monitor) throws ConnectorException;

		/** Continues the upload with the content from {@link #resumableBytes} on; same guarantees as a write. */
		Entry resume(RelPath path, InputStream rest, WriteOptions options, IProgressMonitor monitor) throws ConnectorException;
	}

	/** Be told about changes below a directory (local watching, remote change feeds, polling). */
	interface ChangeFeed extends Capability {
		/**
		 * Starts watching {@code directory} and everything below it. Events are delivered on the
		 * connection's own thread; close the subscription to stop.
		 */
		Subscription watch(RelPath directory, ChangeListener listener, IProgressMonitor monitor) throws ConnectorException;

		/** A running watch. */
		interface Subscription extends AutoCloseable {
			/**
			 * Stops watching. When it returns (unless called by the listener on the feed's own
			 * thread), the feed's thread has ended and nothing more is delivered. Idempotent.
			 */
			@Override
			void close();
		}

		/** Receives changes. */
		interface ChangeListener {
			/** These paths changed (created, modified, deleted or renamed); possibly coalesced. */
			void changed(List<RelPath> paths);

			/** Events were lost (queue overflow, reconnect): everything below the watched directory must be rescanned. */
			void overflow();

			/**
			 * For feeds: delivers {@code changed} (null: an overflow); a listener that throws has its
			 * own problem, which must not stop the feed.
			 */
			static void deliver(ChangeListener listener, List<RelPath> changed) {
				try {
					if (changed == null) {
						listener.overflow();
					} else {
						listener.changed(changed);
					}
				} catch (RuntimeException e) {
					// the listener's problem; the feed goes on
				}
			}
		}
	}

	/** Older versions of a file kept by the endpoint (Dropbox revisions, S3 versioning). */
	interface RemoteVersions extends Capability {
		/** Versions of the file, newest first. */
		List<RemoteVersion> versions(RelPath path, IProgressMonitor monitor) throws ConnectorException;

		InputStream readVersion(RelPath path, String versionId, IProgressMonitor monitor) throws ConnectorException;

		/** One stored version. */
		record RemoteVersion(String versionId, long size, Instant mtime) {
		}
	}

	/**
	 * Group many changes into one commit where single changes are expensive (a ZIP archive is
	 * rewritten once per commit). Outside a batch every change is committed on its own.
	 *
	 * <p>A batch belongs to the connection, not to a thread: every change made through the
	 * connection between {@link #begin} and {@link #commit} is part of it, and reads through the
	 * connection see the staged state. {@code begin} inside a batch and {@code commit} outside one
	 * fail with FATAL; {@code rollback} outside one does nothing. Preconditions of staged changes are
	 * checked again at commit (another client may have committed meanwhile); a failed commit drops
	 * the whole batch and leaves the endpoint as it was.
	 */
	interface Batch extends Capability {
		/** Starts collecting changes; they become visible (all or none) at {@link #commit}. */
		void begin(IProgressMonitor monitor) throws ConnectorException;

		/** Makes every change since {@link #begin} visible at once and durable. */
		void commit(IProgressMonitor monitor) throws ConnectorException;

		/** Drops every change since {@link #begin}. */
		void rollback(IProgressMonitor monitor) throws ConnectorException;
	}

	/**
	 * Reads many files of one folder through a handle on the folder, for tree walks that read
	 * everything (integrity manifests). Cheaper than {@link Connection#read(RelPath, IProgressMonitor)}
	 * per file where the endpoint finds a path step by step (a local file system: the way to the
	 * folder is looked up and checked once, not once per file), and the way to the folder cannot be
	 * swapped for a link while the handle is open.
	 */
	interface FolderReads extends Capability {
		/**
		 * Opens a handle on a folder; same errors as {@link Connection#list} (NOT_FOUND, WRONG_KIND,
		 * PERMISSION_DENIED for a link in the way that the connection does not follow).
		 */
		Folder openFolder(RelPath directory, IProgressMonitor monitor) throws ConnectorException;

		/** An open folder; usable from several threads at once; close it when done. */
		interface Folder extends AutoCloseable {
			/** The folder's path. */
			RelPath path();

			/**
			 * Reads the file {@code name} in this folder, with the same guarantees and errors as
			 * {@link Connection#read(RelPath, IProgressMonitor)} of {@code path().child(name)}.
			 */
			InputStream read(String name, IProgressMonitor monitor) throws ConnectorException;

			/**
			 * Lists this folder as {@link Connection#list} lists {@link #path()}: the same entries
			 * with the same kinds, sizes and times, each examined relative to the handle. The
			 * version tokens may be empty (a handle need not see all a token is made of): entries
			 * listed here are for reading, never for a precondition. Errors as {@code list}'s.
			 */
			void list(Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException;

			/** Releases the handle; reads already started go on. Idempotent. */
			@Override
			void close();
		}
	}

	/** Resources the connection holds, for the conformance kit's leak checks. */
	interface OpenResources extends Capability {
		/** Streams handed out and not closed, plus pooled sessions in use. 0 when idle. */
		int openResources();
	}
}
