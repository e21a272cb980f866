package org.karma.connector.ftp.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.FeedTimer;
import org.karma.connector.api.Capability.ChangeFeed.ChangeListener;
import org.karma.connector.api.Capability.ChangeFeed.Subscription;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;

/**
 * The FTP change feed: FTP has no notifications, so the tree below the watched folder is listed
 * every {@code poll_interval} and compared with the listing before (kind, size and the server's
 * version text, i.e. size plus modification time, of every entry). The paths that were created,
 * changed or deleted in between are delivered together, in one call per poll. A poll that fails
 * (server down, connection lost) is retried after twice the interval, then four times, up to
 * {@link #MAX_BACKOFF}; the first poll that succeeds again reports {@link ChangeListener#overflow()}
 * (changes may have come and gone meanwhile) and becomes the new reference.
 *
 * <p>One daemon thread per subscription polls and delivers; {@link #close()} stops it. Each poll
 * borrows sessions of the connection's pool, one at a time.
 */
public final class FtpWatch implements Subscription {

	static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	/** What a poll compares of an entry. */
	record Stamp(EntryKind kind, long size, String version) {
	}

	private final Connection connection;
	private final RelPath directory;
	private final ChangeListener listener;
	private final Duration interval;
	private final FeedTimer timer;
	private final Consumer<FtpWatch> onClose;
	private Map<RelPath, Stamp> last;
	private int failures;
	private volatile long polls;
	private volatile boolean closed;

	FtpWatch(Connection connection, RelPath directory, ChangeListener listener, Duration interval, String host,
			Consumer<FtpWatch> onClose) {
		this.onClose = onClose;
		this.connection = connection;
		this.directory = directory;
		this.listener = listener;
		this.interval = interval;
		this.timer = new FeedTimer("KARMA ftp poll " + host + " " + directory);
	}

	/** Takes the first listing (failing at once if the folder cannot be listed) and starts polling. */
	void start(IProgressMonitor monitor) throws ConnectorException {
		last = snapshot(monitor);
		schedule(interval);
	}

	private void schedule(Duration delay) {
		if (!closed) {
			timer.schedule(this::poll, delay.toMillis());
		}
	}

	private void poll() {
		if (closed) {
			return;
		}
		Map<RelPath, Stamp> now;
		try {
			now = snapshot(null);
		} catch (ConnectorException | RuntimeException e) {
			failures++;
			counted();
			schedule(backoff(interval, failures));
			return;
		}
		counted();
		if (failures > 0) {
			failures = 0;
			last = now;
			deliver(null);
		} else {
			List<RelPath> changed = diff(last, now);
			last = now;
			if (!changed.isEmpty()) {
				deliver(changed);
			}
		}
		schedule(interval);
	}

	/** The wait after {@code failures} failed polls in a row: twice the interval, four times, … up to {@link #MAX_BACKOFF} (never below the interval). */
	static Duration backoff(Duration interval, int failures) {
		if (interval.compareTo(MAX_BACKOFF) >= 0) {
			return interval;
		}
		Duration d = interval;
		for (int i = 0; i < failures && d.compareTo(MAX_BACKOFF) < 0; i++) {
			d = d.multipliedBy(2);
		}
		return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
	}

	private void counted() {
		synchronized (this) {
			polls++;
			notifyAll();
		}
	}

	/** Delivers changes (null: overflow); a listener's failure does not stop the polling. */
	private void deliver(List<RelPath> changed) {
		if (!closed) {
			ChangeListener.deliver(listener, changed);
		}
	}

	static List<RelPath> diff(Map<RelPath, Stamp> before, Map<RelPath, Stamp> after) {
		TreeSet<RelPath> changed = new TreeSet<>();
		for (Map.Entry<RelPath, Stamp> e : after.entrySet()) {
			if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
				changed.add(e.getKey());
			}
		}
		for (RelPath gone : before.keySet()) {
			if (!after.containsKey(gone)) {
				changed.add(gone);
			}
		}
		return new ArrayList<>(changed);
	}

	/** Every entry below the watched folder (the connection hides its own temporary files and locks). */
	private Map<RelPath, Stamp> snapshot(IProgressMonitor monitor) throws ConnectorException {
		Map<RelPath, Stamp> all = new HashMap<>();
		List<RelPath> folders = new ArrayList<>(List.of(directory));
		while (!folders.isEmpty()) {
			if (closed) {
				throw new ConnectorException(ConnectorException.Reason.CANCELLED, directory, "the watch is closed");
			}
			RelPath folder = folders.remove(folders.size() - 1);
			List<Entry> entries = new ArrayList<>();
			try {
				connection.list(folder, entries::add, monitor);
			} catch (ConnectorException e) {
				if (e.reason() == ConnectorException.Reason.NOT_FOUND && !folder.equals(directory)) {
					continue; // deleted between its parent's listing and its own
				}
				throw e;
			}
			for (Entry e : entries) {
				all.put(e.path(), new Stamp(e.kind(), e.kind() == EntryKind.DIRECTORY ? 0 : e.size(),
						e.kind() == EntryKind.DIRECTORY ? "" : e.version()));
				if (e.kind() == EntryKind.DIRECTORY) {
					folders.add(e.path());
				}
			}
		}
		return all;
	}

	/** Polls done so far (also the failed ones); for tests. */
	public long polls() {
		return polls;
	}

	/** Waits until at least {@code n} polls were done; false on timeout. For tests. */
	public synchronized boolean awaitPolls(long n, long timeout, TimeUnit unit) throws InterruptedException {
		long end = System.nanoTime() + unit.toNanos(timeout);
		while (polls < n) {
			long left = end - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return true;
	}

	/** Waits until the polling thread has ended after {@link #close()}; for tests. */
	public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
		return timer.awaitStopped(timeout, unit);
	}

	@Override
	public void close() {
		closed = true;
		timer.close();
		onClose.accept(this);
	}
}
