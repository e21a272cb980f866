package org.karma.core.integrity;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.karma.core.history.HistoryException;
import org.karma.core.history.HistoryStore;

/**
 * The history database, opened on a thread of its own while a check runs: opening it loads the
 * SQLite driver and its native library, which takes a noticeable part of a short command's time
 * and needs nothing from the check. The check takes the open store when it records its result.
 */
final class HistoryOpening implements AutoCloseable {

	private final CompletableFuture<HistoryStore> store;
	private boolean taken;

	private HistoryOpening(CompletableFuture<HistoryStore> store) {
		this.store = store;
	}

	/** Starts opening the database file. */
	static HistoryOpening start(Path file, Clock clock) {
		CompletableFuture<HistoryStore> future = new CompletableFuture<>();
		Thread opener = new Thread(() -> {
			try {
				future.complete(HistoryStore.open(file, clock));
			} catch (HistoryException | RuntimeException e) {
				future.completeExceptionally(e);
			}
		}, "karma-history-open");
		opener.setDaemon(true);
		opener.start();
		return new HistoryOpening(future);
	}

	/** The open store, which the caller closes from now on. */
	HistoryStore take() throws HistoryException {
		taken = true;
		try {
			return store.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof HistoryException h) {
				throw h;
			}
			throw new CompletionException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new HistoryException("interrupted while opening the history database", e);
		}
	}

	/** Closes the store when nobody took it (the check failed before recording). */
	@Override
	public void close() {
		if (taken) {
			return;
		}
		try {
			store.get().close();
		} catch (ExecutionException | HistoryException e) {
			// it did not open, or did not close cleanly: nothing was written through it
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
