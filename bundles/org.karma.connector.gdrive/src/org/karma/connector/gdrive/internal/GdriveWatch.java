package org.karma.connector.gdrive.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.karma.connector.api.FeedTimer;
import org.karma.connector.api.Capability.ChangeFeed.ChangeListener;
import org.karma.connector.api.Capability.ChangeFeed.Subscription;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;

import com.google.api.client.http.HttpResponseException;
import com.google.api.services.drive.model.Change;
import com.google.api.services.drive.model.ChangeList;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;

/**
 * The Google Drive change feed: {@code changes.getStartPageToken}, then every {@code poll_interval}
 * {@code changes.list} from the token (with removed items), page by page until Drive gives the
 * next start token. Each change names a file id; the watch keeps an index of every item below the
 * watched folder (id → parent id, name), taken at start and kept up to date from the changes, to
 * turn ids into paths: a file's new path from its parents chain (an unknown parent is looked up
 * with {@code files.get} up the chain), a removed or trashed file's path from the index (where it
 * was), a moved file both. Changes outside the watched folder are ignored. The paths of one poll
 * are delivered together. A token Drive refuses (400, 404, 410: expired) is an
 * {@link ChangeListener#overflow()} with a new start token and a new index; a failed poll (network,
 * 5xx after the client's retries) is tried again after twice the interval, four times, … up to
 * {@link #MAX_BACKOFF}, from the same token, so nothing is lost. In a shared drive the feed reads
 * that drive's own change log ({@code driveId}, see {@link DriveScope}).
 *
 * <p>The connection's own cache holds folder ids by path, for the folders it visited; the watch
 * needs the reverse (id → path) for every item, including files, hence its own index.
 *
 * <p>One daemon thread per subscription; {@link #close()} stops it.
 */
public final class GdriveWatch implements Subscription {

	static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
	private static final String CHANGE_FIELDS = "nextPageToken,newStartPageToken,"
			+ "changes(changeType,removed,fileId,file(id,name,mimeType,parents,trashed))";
	private static final String ITEM_FIELDS = "id,name,mimeType,parents,trashed";
	private static final int MAX_DEPTH = 100;

	/** One item of the index. */
	private record Node(String parent, String name, boolean folder) {
	}

	private final DriveScope scope;
	private final String rootId;
	private final RelPath directory;
	private final ChangeListener listener;
	private final Duration interval;
	private final FeedTimer timer;
	private final Consumer<GdriveWatch> onClose;
	private final Map<String, Node> index = new HashMap<>();
	private String token;
	/** The token was refused and starting over failed: the next poll starts over first. */
	private boolean restart;
	private int failures;
	private volatile boolean closed;

	GdriveWatch(DriveScope scope, String rootId, RelPath directory, ChangeListener listener, Duration interval, String name,
			Consumer<GdriveWatch> onClose) {
		this.scope = scope;
		this.rootId = rootId;
		this.directory = directory;
		this.listener = listener;
		this.interval = interval;
		this.onClose = onClose;
		this.timer = new FeedTimer("KARMA gdrive feed " + name);
	}

	/** Takes the start token and the index (failing at once if Drive refuses) and starts polling. */
	void start() throws ConnectorException {
		try {
			begin();
		} catch (IOException e) {
			throw GdriveConnection.map(e, directory, "watching");
		}
		schedule(interval);
	}

	/** A start token first, then the index: what changes meanwhile is reported by the first poll. */
	private void begin() throws IOException {
		token = scope.startPageToken();
		index.clear();
		List<String> folders = new ArrayList<>(List.of(rootId));
		while (!folders.isEmpty()) {
			if (closed) {
				return;
			}
			folders.addAll(indexChildren(folders.remove(folders.size() - 1)));
		}
	}

	/** Adds a folder's children to the index; returns the ids of the subfolders. */
	private List<String> indexChildren(String folderId) throws IOException {
		List<String> subfolders = new ArrayList<>();
		String page = null;
		do {
			FileList list = scope.list().setQ(GdriveConnection.literal(folderId) + " in parents and trashed = false")
					.setPageSize(1000).setPageToken(page).setFields("nextPageToken,files(" + ITEM_FIELDS + ")")
					.execute();
			for (File f : list.getFiles() == null ? List.<File>of() : list.getFiles()) {
				boolean folder = GdriveConnection.FOLDER.equals(f.getMimeType());
				index.put(f.getId(), new Node(folderId, f.getName(), folder));
				if (folder) {
					subfolders.add(f.getId());
				}
			}
			page = list.getNextPageToken();
		} while (page != null && !page.isEmpty());
		return subfolders;
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
		TreeSet<RelPath> changed = new TreeSet<>();
		boolean overflow = false;
		try {
			if (restart) {
				begin();
				restart = false;
				overflow = true;
			}
			String page = token;
			while (!overflow) {
				ChangeList list;
				try {
					list = scope.changes(page).setIncludeRemoved(true).setPageSize(1000)
							.setFields(CHANGE_FIELDS).execute();
				} catch (HttpResponseException e) {
					if (e.getStatusCode() != 400 && e.getStatusCode() != 404 && e.getStatusCode() != 410) {
						throw e;
					}
					restart = true; // the token expired or is unknown: start over
					begin();
					restart = false;
					overflow = true;
					break;
				}
				Set<String> outside = new HashSet<>();
				for (Change c : list.getChanges() == null ? List.<Change>of() : list.getChanges()) {
					if (c.getChangeType() == null || "file".equals(c.getChangeType())) {
						apply(c, changed, outside);
					}
				}
				if (list.getNextPageToken() != null) {
					page = list.getNextPageToken();
				} else {
					token = list.getNewStartPageToken();
					break;
				}
			}
		} catch (IOException | RuntimeException e) {
			failures++;
			schedule(backoff(interval, failures));
			return;
		}
		failures = 0;
		if (overflow) {
			deliver(null);
		} else if (!changed.isEmpty()) {
			deliver(new ArrayList<>(changed));
		}
		schedule(interval);
	}

	/** Notes the paths one change touches below the watched folder and updates the index. */
	private void apply(Change c, Set<RelPath> changed, Set<String> outside) throws IOException {
		String id = c.getFileId();
		if (id == null || id.equals(rootId)) {
			return;
		}
		RelPath before = path(id);
		File f = c.getFile();
		boolean gone = Boolean.TRUE.equals(c.getRemoved()) || f == null || Boolean.TRUE.equals(f.getTrashed());
		String parent = gone || f.getParents() == null || f.getParents().isEmpty() ? null : f.getParents().get(0);
		if (!gone && parent != null && inside(parent, outside)) {
			boolean folder = GdriveConnection.FOLDER.equals(f.getMimeType());
			index.put(id, new Node(parent, f.getName(), folder));
			RelPath after = path(id);
			if (after != null) {
				changed.add(after);
			}
			if (before != null && !before.equals(after)) {
				changed.add(before);
			}
			if (folder && before == null) {
				// a folder moved in from elsewhere brings its content: know it from now on
				List<String> folders = new ArrayList<>(List.of(id));
				while (!folders.isEmpty()) {
					folders.addAll(indexChildren(folders.remove(folders.size() - 1)));
				}
			}
			return;
		}
		// deleted, trashed or moved out of the watched folder: reported where it was
		if (before != null) {
			changed.add(before);
		}
		forget(id);
	}

	/** Whether a folder is the watched one or below it; unknown folders are looked up up the chain. */
	private boolean inside(String folderId, Set<String> outside) throws IOException {
		List<File> chain = new ArrayList<>();
		String at = folderId;
		for (int depth = 0; depth < MAX_DEPTH; depth++) {
			if (at.equals(rootId) || index.containsKey(at)) {
				for (File f : chain) {
					index.put(f.getId(), new Node(f.getParents().get(0), f.getName(), true));
				}
				return at.equals(rootId) || path(at) != null;
			}
			if (outside.contains(at)) {
				break;
			}
			File f;
			try {
				f = scope.get(at).setFields(ITEM_FIELDS).execute();
			} catch (HttpResponseException e) {
				if (e.getStatusCode() == 404) {
					break;
				}
				throw e;
			}
			if (Boolean.TRUE.equals(f.getTrashed()) || f.getParents() == null || f.getParents().isEmpty()) {
				break;
			}
			chain.add(f);
			at = f.getParents().get(0);
		}
		outside.add(folderId);
		for (File f : chain) {
			outside.add(f.getId());
		}
		return false;
	}

	/** An item's path from the index (null: not below the watched folder, or a name no path can hold). */
	private RelPath path(String id) {
		List<String> names = new ArrayList<>();
		String at = id;
		for (int depth = 0; depth < MAX_DEPTH && !at.equals(rootId); depth++) {
			Node n = index.get(at);
			if (n == null) {
				return null;
			}
			names.add(n.name());
			at = n.parent();
		}
		if (!at.equals(rootId)) {
			return null;
		}
		RelPath p = directory;
		try {
			for (int i = names.size() - 1; i >= 0; i--) {
				p = p.child(names.get(i));
			}
		} catch (IllegalArgumentException e) {
			return null; // a name with '/': invisible to KARMA, as in listings
		}
		return p;
	}

	/** Drops an item and everything below it from the index. */
	private void forget(String id) {
		index.remove(id);
		boolean removed = true;
		while (removed) {
			removed = index.values().removeIf(n -> !n.parent().equals(rootId) && !index.containsKey(n.parent()));
		}
	}

	/** The wait after {@code failures} failed polls in a row: twice the interval, four times, … up to {@link #MAX_BACKOFF}. */
	static Duration backoff(Duration interval, int failures) {
		long millis = interval.toMillis() << Math.min(failures, 20);
		return Duration.ofMillis(Math.min(millis, Math.max(MAX_BACKOFF.toMillis(), interval.toMillis())));
	}

	/** Delivers changes (null: overflow); a listener's failure does not stop the polling. */
	private void deliver(List<RelPath> changed) {
		if (!closed) {
			ChangeListener.deliver(listener, changed);
		}
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
