package org.karma.connector.dropbox.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.karma.connector.api.Capability.ChangeFeed.ChangeListener;
import org.karma.connector.api.Capability.ChangeFeed.Subscription;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;

import com.dropbox.core.DbxException;
import com.dropbox.core.v2.DbxClientV2;
import com.dropbox.core.v2.files.ListFolderContinueErrorException;
import com.dropbox.core.v2.files.ListFolderErrorException;
import com.dropbox.core.v2.files.ListFolderLongpollError;
import com.dropbox.core.v2.files.ListFolderLongpollErrorException;
import com.dropbox.core.v2.files.ListFolderLongpollResult;
import com.dropbox.core.v2.files.ListFolderResult;
import com.dropbox.core.v2.files.Metadata;

/**
 * The Dropbox change feed: a cursor of the watched folder ({@code list_folder/get_latest_cursor},
 * recursive), then a loop of {@code list_folder/longpoll} (served by the notify host, blocks until
 * something below the folder changed or {@link #LONGPOLL_SECONDS} passed; its {@code backoff} is
 * waited before the next long poll) and {@code list_folder/continue}, paged, whose entries (files,
 * folders, deleted entries) are delivered as paths relative to the connection's root, together, in
 * one call per round. A {@code reset} error (Dropbox invalidated the cursor) is an
 * {@link ChangeListener#overflow()} and a fresh cursor. A failed call (network, server) is retried
 * after 1 s, 2 s, 4 s … up to {@link #MAX_BACKOFF}; the cursor keeps its place, so nothing is lost.
 *
 * <p>One daemon thread per subscription; {@link #close()} aborts the long poll under way (its own
 * HTTP requestor, {@link AbortableRequestor}) and ends the thread.
 */
public final class DropboxWatch implements Subscription {

	/** Seconds a long poll may wait (Dropbox: 30 to 480; it adds up to 90 s of its own). */
	static final long LONGPOLL_SECONDS = 30;
	static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	/** The client and requestor of the long polls. */
	record Notify(DbxClientV2 client, AbortableRequestor requestor) {
	}

	private final DbxClientV2 client;
	private final Notify notify;
	private final DropboxLocation location;
	private final RelPath directory;
	private final ChangeListener listener;
	private final Consumer<DropboxWatch> onClose;
	/** How long {@link #close()} waits for the thread to end (the long poll is aborted at once). */
	private static final long CLOSE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(5);

	private final Thread thread;
	private String cursor;
	private volatile boolean closed;

	DropboxWatch(DbxClientV2 client, Notify notify, DropboxLocation location, RelPath directory, ChangeListener listener,
			Consumer<DropboxWatch> onClose) {
		this.client = client;
		this.notify = notify;
		this.location = location;
		this.directory = directory;
		this.listener = listener;
		this.onClose = onClose;
		this.thread = new Thread(this::loop, "KARMA dropbox feed " + location.remote(directory));
		this.thread.setDaemon(true);
	}

	/** Takes the first cursor (failing at once if the folder cannot be listed) and starts the long polls. */
	void start() throws ConnectorException {
		cursor = latestCursor();
		thread.start();
	}

	private String latestCursor() throws ConnectorException {
		try {
			return client.files().listFolderGetLatestCursorBuilder(location.remote(directory)).withRecursive(true)
					.withIncludeDeleted(true).start().getCursor();
		} catch (ListFolderErrorException e) {
			if (e.errorValue.isPath()) {
				throw Errors.lookup("watching", e.errorValue.getPathValue(), directory);
			}
			throw Errors.of("watching", e, directory);
		} catch (DbxException e) {
			throw Errors.of("watching", e, directory);
		}
	}

	private void loop() {
		int failures = 0;
		while (!closed) {
			try {
				ListFolderLongpollResult poll;
				try {
					poll = notify.client().files().listFolderLongpoll(cursor, LONGPOLL_SECONDS);
				} catch (ListFolderLongpollErrorException e) {
					if (e.errorValue != ListFolderLongpollError.RESET) {
						throw e;
					}
					reset();
					failures = 0;
					continue;
				}
				if (poll.getChanges()) {
					drain();
				}
				failures = 0;
				if (poll.getBackoff() != null && poll.getBackoff() > 0) {
					pause(TimeUnit.SECONDS.toMillis(poll.getBackoff()));
				}
			} catch (DbxException | ConnectorException | RuntimeException e) {
				if (closed) {
					return;
				}
				failures++;
				pause(backoff(failures).toMillis());
			}
		}
	}

	/** {@code list_folder/continue} until {@code has_more} is false; delivers what changed. */
	private void drain() throws DbxException, ConnectorException {
		TreeSet<RelPath> changed = new TreeSet<>();
		String next = cursor;
		while (true) {
			ListFolderResult page;
			try {
				page = client.files().listFolderContinue(next);
			} catch (ListFolderContinueErrorException e) {
				if (!e.errorValue.isReset()) {
					throw e;
				}
				reset();
				return;
			}
			for (Metadata m : page.getEntries()) {
				RelPath path = relative(m.getPathDisplay() != null ? m.getPathDisplay() : m.getPathLower());
				if (path != null) {
					changed.add(path);
				}
			}
			next = page.getCursor();
			if (!page.getHasMore()) {
				break;
			}
		}
		cursor = next; // only a whole round moves the cursor: a failure half-way repeats the round
		if (!changed.isEmpty()) {
			deliver(new ArrayList<>(changed));
		}
	}

	/** The cursor is no longer valid: everything must be rescanned, from a fresh cursor on. */
	private void reset() throws ConnectorException {
		cursor = latestCursor();
		deliver(null);
	}

	/** A Dropbox path as a path of the connection, or null when it is not below the watched folder. */
	RelPath relative(String remote) {
		if (remote == null) {
			return null;
		}
		String watched = location.remote(directory).toLowerCase(Locale.ROOT);
		String lower = remote.toLowerCase(Locale.ROOT);
		if (!lower.startsWith(watched + "/")) {
			return null;
		}
		String root = location.root();
		String rest = remote.substring(root.length() + 1);
		try {
			return RelPath.of(rest);
		} catch (IllegalArgumentException e) {
			return null; // a name KARMA cannot hold: the next scan reports it
		}
	}

	/** The wait after {@code failures} failed rounds in a row: 1 s, 2 s, 4 s … up to {@link #MAX_BACKOFF}. */
	static Duration backoff(int failures) {
		long seconds = 1L << Math.min(Math.max(failures - 1, 0), 20);
		return seconds >= MAX_BACKOFF.toSeconds() ? MAX_BACKOFF : Duration.ofSeconds(seconds);
	}

	private void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			closed = true;
		}
	}

	/** Delivers changes (null: overflow); a listener's failure does not stop the feed. */
	private void deliver(List<RelPath> changed) {
		if (!closed) {
			ChangeListener.deliver(listener, changed);
		}
	}

	/** Waits until the feed's thread has ended after {@link #close()}; for tests. */
	public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
		thread.join(Math.max(1, unit.toMillis(timeout)));
		return !thread.isAlive();
	}

	@Override
	public void close() {
		closed = true;
		notify.requestor().abort();
		thread.interrupt();
		onClose.accept(this);
		if (Thread.currentThread() != thread) {
			try {
				thread.join(CLOSE_WAIT_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
