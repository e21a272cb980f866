package org.karma.core.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks after a delay. The {@link Scheduler} measures time only through its clock and this
 * timer, so tests drive both by hand instead of waiting.
 */
public interface Timer extends AutoCloseable {

	/** A task waiting to run. */
	interface Task {
		/** Stops the task if it has not started; does nothing otherwise. */
		void cancel();
	}

	/** Runs {@code task} once after {@code delay} (at once for zero or negative delays), on the timer's thread. */
	Task schedule(Duration delay, Runnable task);

	/** Drops the waiting tasks and stops the thread. */
	@Override
	void close();

	/** A timer on one daemon thread. */
	static Timer system() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "karma-scheduler-timer");
			t.setDaemon(true);
			return t;
		});
		return new Timer() {
			@Override
			public Task schedule(Duration delay, Runnable task) {
				ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
				return () -> future.cancel(false);
			}

			@Override
			public void close() {
				executor.shutdownNow();
			}
		};
	}
}
