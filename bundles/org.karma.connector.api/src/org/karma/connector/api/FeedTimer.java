package org.karma.connector.api;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread of a polling change feed ({@link Capability.ChangeFeed}). {@link #close()}
 * stops it and, unless called from that thread itself (a listener closing its own feed), waits up
 * to 5 s for the poll under way to end, so that when a subscription's {@code close()} returns its
 * thread is gone and nothing more is delivered.
 */
public final class FeedTimer implements AutoCloseable {
	private static final long CLOSE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(5);

	private final ScheduledExecutorService executor;
	private volatile Thread thread;

	/** {@code name}: the thread's name, as shown in thread dumps. */
	public FeedTimer(String name) {
		this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			thread = t;
			return t;
		});
	}

	/** Runs {@code task} once after {@code delayMillis}; false when the timer is closed. */
	public boolean schedule(Runnable task, long delayMillis) {
		try {
			executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
			return true;
		} catch (RejectedExecutionException closed) {
			return false;
		}
	}

	/**
	 * Waits until the thread has ended after {@link #close()}: the executor's termination, then the
	 * thread itself (the executor counts as terminated a moment before its thread has exited).
	 */
	public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
		long deadline = System.nanoTime() + unit.toNanos(timeout);
		if (!executor.awaitTermination(timeout, unit)) {
			return false;
		}
		Thread t = thread;
		if (t == null || t == Thread.currentThread()) {
			return true;
		}
		t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
		return !t.isAlive();
	}

	/** Stops the thread (interrupting a poll under way) and waits for it to end; idempotent. */
	@Override
	public void close() {
		executor.shutdownNow();
		if (Thread.currentThread() == thread) {
			return;
		}
		try {
			awaitStopped(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
