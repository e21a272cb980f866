package org.karma.connector.local.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Capability.ChangeFeed.ChangeListener;
import org.karma.connector.api.Capability.ChangeFeed.Subscription;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * A change feed on a folder tree, on the JDK's {@link WatchService} (inotify on Linux).
 *
 * <p>Every real folder of the tree is registered (links are never followed); folders that appear
 * later are registered when their creation is seen, and what they already hold by then is reported
 * as changed, so nothing created in that moment is missed. Folders deleted or moved away lose their
 * registration. Events are mapped to {@link RelPath}s, the connection's own temporary files are
 * left out, and events that arrive together are coalesced into one call. A queue overflow, or a
 * folder that cannot be registered (e.g. the system's limit on watches), is reported as
 * {@link ChangeListener#overflow()}.
 *
 * <p>One daemon thread per subscription delivers the events; {@link #close()} stops it.
 */
final class LocalWatch implements Subscription {

	/** How long events are gathered after the first one before they are delivered together. */
	private static final long COALESCE_MILLIS = 20;

	private final SafePaths paths;
	private final Path base;
	private final ChangeListener listener;
	private final Consumer<LocalWatch> onClose;
	private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
	private final Map<Path, WatchKey> registered = new ConcurrentHashMap<>();
	private WatchService service;
	private Thread thread;
	private volatile boolean closed;

	LocalWatch(SafePaths paths, Path base, ChangeListener listener, Consumer<LocalWatch> onClose) {
		this.paths = paths;
		this.base = base;
		this.listener = listener;
		this.onClose = onClose;
	}

	/** Registers the tree and starts the delivering thread. */
	void start(IProgressMonitor monitor) throws ConnectorException {
		RelPath rel = paths.toRel(base);
		try {
			service = base.getFileSystem().newWatchService();
			registerTree(base, null, monitor, true);
		} catch (IOException e) {
			String text = String.valueOf(IoErrors.reasonText(e));
			throw text.contains("inotify") ? limit(rel, e) : IoErrors.map(e, rel, "cannot watch");
		}
		thread = new Thread(this::run, "KARMA watch " + base);
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Registers a folder and every real folder below it.
	 *
	 * @param found  collects what is found below (for folders that appeared after the start), or null
	 * @param strict throw on failure (at start) rather than report an overflow
	 */
	private void registerTree(Path dir, Set<RelPath> found, IProgressMonitor monitor, boolean strict)
			throws IOException, ConnectorException {
		List<Path> pending = new ArrayList<>();
		pending.add(dir);
		while (!pending.isEmpty() && !closed) {
			Path d = pending.remove(pending.size() - 1);
			ConnectorException.checkCancelled(monitor, paths.toRel(d));
			try {
				WatchKey key = d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
				keys.put(key, d);
				registered.put(d, key);
			} catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException gone) {
				continue; // vanished meanwhile
			} catch (IOException e) {
				if (strict) {
					throw e;
				}
				throw new OverflowSignal();
			}
			try (DirectoryStream<Path> children = Files.newDirectoryStream(d)) {
				for (Path child : children) {
					String name = child.getFileName().toString();
					if (TempNames.isHidden(name)) {
						continue;
					}
					if (found != null) {
						RelPath rel = paths.toRel(child);
						if (rel != null) {
							found.add(rel);
						}
					}
					if (isRealDirectory(child)) {
						pending.add(child);
					}
				}
			} catch (java.nio.file.NoSuchFileException | DirectoryIteratorException gone) {
				// vanished meanwhile
			}
		}
	}

	private static boolean isRealDirectory(Path p) {
		try {
			return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
		} catch (IOException e) {
			return false;
		}
	}

	/** Thrown inside the thread when a new folder cannot be registered. */
	private static final class OverflowSignal extends RuntimeException {
		private static final long serialVersionUID = 1L;

		OverflowSignal() {
			super(null, null, false, false);
		}
	}

	private void run() {
		try {
			while (!closed) {
				WatchKey key = service.take();
				Set<RelPath> changed = new LinkedHashSet<>();
				boolean overflow = handle(key, changed);
				// gather what arrives together into one delivery
				while ((key = service.poll(COALESCE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
					overflow |= handle(key, changed);
				}
				if (closed) {
					return;
				}
				if (overflow) {
					deliver(listener::overflow);
				}
				if (!changed.isEmpty()) {
					List<RelPath> list = List.copyOf(changed);
					deliver(() -> listener.changed(list));
				}
			}
		} catch (ClosedWatchServiceException | InterruptedException e) {
			// closed: stop
		}
	}

	private void deliver(Runnable call) {
		try {
			call.run();
		} catch (RuntimeException e) {
			// a listener's bug must not stop the feed: report it like an uncaught exception, go on
			Thread t = Thread.currentThread();
			t.getUncaughtExceptionHandler().uncaughtException(t, e);
		}
	}

	/** Handles one key's events; true when events were lost. */
	private boolean handle(WatchKey key, Set<RelPath> changed) {
		Path dir = keys.get(key);
		boolean overflow = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
				overflow = true;
				continue;
			}
			if (dir == null || !(event.context() instanceof Path name)) {
				continue;
			}
			if (TempNames.isHidden(name.toString())) {
				continue;
			}
			Path child = dir.resolve(name);
			RelPath rel = paths.toRel(child);
			if (rel == null) {
				continue;
			}
			changed.add(rel);
			if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
				forget(child); // deleted or moved away: its registrations now point nowhere
			} else if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && isRealDirectory(child)) {
				try {
					registerTree(child, changed, null, false);
				} catch (OverflowSignal | IOException | ConnectorException e) {
					overflow = true;
				}
			}
		}
		if (!key.reset()) {
			Path gone = keys.remove(key);
			if (gone != null) {
				registered.remove(gone, key);
			}
			if (gone != null && gone.equals(base)) {
				RelPath rel = paths.toRel(base);
				if (rel != null) {
					changed.add(rel); // the watched folder itself went away
				}
			}
		}
		return overflow;
	}

	private void forget(Path removed) {
		if (!registered.containsKey(removed)) {
			return; // a file, or a folder never registered
		}
		for (Map.Entry<Path, WatchKey> e : registered.entrySet()) {
			if (e.getKey().startsWith(removed)) {
				e.getValue().cancel();
				keys.remove(e.getValue());
				registered.remove(e.getKey());
			}
		}
	}

	/** Stops watching; the thread ends. Idempotent. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			if (service != null) {
				service.close();
			}
		} catch (IOException e) {
			// closing inotify: nothing to lose
		} finally {
			onClose.accept(this);
		}
		Thread t = thread;
		if (t != null && t != Thread.currentThread()) {
			try {
				t.join(TimeUnit.SECONDS.toMillis(5));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether the delivering thread still runs (for tests). */
	boolean isRunning() {
		Thread t = thread;
		return t != null && t.isAlive();
	}

	/** The system's limit on watches was reached at start. */
	private static ConnectorException limit(RelPath rel, IOException e) {
		return new ConnectorException(Reason.QUOTA, rel, "cannot watch '" + rel + "': " + IoErrors.reasonText(e), e);
	}
}
