package org.karma.connector.local.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.ClosedDirectoryStreamException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;

/**
 * A handle on a folder below the root ({@link Capability.FolderReads}): the folder is opened
 * once, step by step from the root, each step checked and opened without following links (unless
 * the connection follows links), and its files are then examined and opened relative to it
 * ({@code fstatat}, {@code openat}). That saves the lookups and checks of the whole path per
 * file, and no folder on the way can be swapped for a link while the handle is open.
 *
 * <p>Anything but a plain file (missing, a folder, a link, a pipe, an error) is handed to the
 * path-based {@link LocalConnection#read}, so errors and their messages are exactly those of a
 * read by path.
 */
final class LocalFolder implements Capability.FolderReads.Folder {

	private static final LinkOption[] NOFOLLOW = { LinkOption.NOFOLLOW_LINKS };
	private static final LinkOption[] FOLLOW = {};
	private static final Path HERE = Path.of(".");
	private static final int CANCEL_CHECK = 256;

	private final LocalConnection connection;
	private final RelPath path;
	private final SecureDirectoryStream<Path> handle;
	private final LinkOption[] links;
	private final Set<OpenOption> readOptions;

	private LocalFolder(LocalConnection connection, RelPath path, SecureDirectoryStream<Path> handle) {
		this.connection = connection;
		this.path = path;
		this.handle = handle;
		boolean follow = connection.follows();
		this.links = follow ? FOLLOW : NOFOLLOW;
		this.readOptions = follow ? Set.of(StandardOpenOption.READ) : Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
	}

	/** Opens {@code directory} from the root, one folder at a time. */
	static LocalFolder open(LocalConnection connection, RelPath directory) throws ConnectorException {
		LinkOption[] links = connection.follows() ? FOLLOW : NOFOLLOW;
		SecureDirectoryStream<Path> at = null;
		try {
			DirectoryStream<Path> top = Files.newDirectoryStream(connection.root());
			if (!(top instanceof SecureDirectoryStream<Path> secure)) {
				top.close();
				throw new IOException("the file system gives no folder handles");
			}
			at = secure;
			for (String segment : directory.segments()) {
				Path step = Path.of(segment);
				// checked first: opening a pipe would wait for a writer
				BasicFileAttributes a = at.getFileAttributeView(step, BasicFileAttributeView.class, links).readAttributes();
				if (!a.isDirectory()) {
					throw new IOException("'" + segment + "' is not a folder");
				}
				SecureDirectoryStream<Path> next = at.newDirectoryStream(step, links);
				at.close();
				at = next;
			}
			return new LocalFolder(connection, directory, at);
		} catch (IOException | InvalidPathException e) {
			closeQuietly(at);
			IOException cause = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
			throw connection.folderError(directory, cause);
		}
	}

	@Override
	public RelPath path() {
		return path;
	}

	@Override
	public InputStream read(String name, IProgressMonitor monitor) throws ConnectorException {
		RelPath file = path.child(name);
		connection.opened(file, monitor);
		SeekableByteChannel channel = null;
		try {
			Path step = Path.of(name);
			// only plain files are opened here (a pipe would wait for a writer)
			BasicFileAttributes a = handle.getFileAttributeView(step, BasicFileAttributeView.class, links).readAttributes();
			if (a.isRegularFile()) {
				channel = handle.newByteChannel(step, readOptions);
			}
		} catch (IOException | InvalidPathException | IllegalStateException e) {
			// missing, closed handle, anything odd: the read by path says what it is
		}
		if (channel == null) {
			return connection.read(file, monitor);
		}
		return connection.track(file, channel, -1);
	}

	@Override
	public void list(Consumer<Entry> sink, IProgressMonitor monitor) throws ConnectorException {
		connection.opened(path, monitor);
		Duration precision = connection.facts().mtimePrecision();
		int n = 0;
		// a second stream on the same folder: a directory stream can be iterated once only
		try (SecureDirectoryStream<Path> listing = handle.newDirectoryStream(HERE, NOFOLLOW)) {
			for (Path child : listing) {
				if (++n % CANCEL_CHECK == 0) {
					connection.opened(path, monitor);
				}
				Path step = child.getFileName();
				String name = step.toString();
				if (TempNames.isHidden(name)) {
					continue;
				}
				RelPath rel = path.child(name);
				BasicFileAttributes a;
				try {
					a = listing.getFileAttributeView(step, BasicFileAttributeView.class, NOFOLLOW).readAttributes();
				} catch (NoSuchFileException gone) {
					continue; // deleted while we listed
				}
				if (a.isSymbolicLink() && connection.follows()) {
					// followed links (their targets, dangling ones, loops) are examined by path, as list() does
					connection.stat(rel, monitor).ifPresent(sink);
					continue;
				}
				EntryKind kind = a.isRegularFile() ? EntryKind.FILE
						: a.isDirectory() ? EntryKind.DIRECTORY : a.isSymbolicLink() ? EntryKind.SYMLINK : EntryKind.OTHER;
				sink.accept(new Entry(rel, kind, kind == EntryKind.DIRECTORY ? 0 : a.size(),
						Precision.truncate(a.lastModifiedTime().toInstant(), precision), Map.of(), ""));
			}
		} catch (DirectoryIteratorException e) {
			throw IoErrors.map(e.getCause(), path, "cannot list");
		} catch (IOException e) {
			throw IoErrors.map(e, path, "cannot list");
		} catch (ClosedDirectoryStreamException e) {
			throw new ConnectorException(ConnectorException.Reason.FATAL, path, "cannot list '" + path + "': its folder handle is closed");
		}
	}

	@Override
	public void close() {
		connection.forget(this);
		closeQuietly(handle);
	}

	private static void closeQuietly(DirectoryStream<Path> stream) {
		if (stream != null) {
			try {
				stream.close();
			} catch (IOException e) {
				// a folder handle: nothing to lose
			}
		}
	}
}
