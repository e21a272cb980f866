package org.karma.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.karma.core.jobs.KarmaJobs;

/** Waiting in UI tests without sleeping: dispatch events until a condition holds, or fail after a timeout. */
final class UiWait {

	static final int TIMEOUT_MS = 120_000;

	private UiWait() {
	}

	/** Handles the pending events. */
	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/**
	 * Dispatches events until {@code condition} holds. The display sleeps between events; a timer
	 * wakes it now and then so a condition changed by another thread is seen.
	 */
	static void until(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		AtomicBoolean timedOut = new AtomicBoolean();
		Runnable timeout = () -> timedOut.set(true);
		display.timerExec(TIMEOUT_MS, timeout);
		try {
			while (!condition.getAsBoolean()) {
				if (timedOut.get()) {
					fail("timed out waiting for " + what);
				}
				if (!display.readAndDispatch()) {
					display.timerExec(20, () -> {
					}); // wakes the sleep below
					display.sleep();
				}
			}
		} finally {
			display.timerExec(-1, timeout);
		}
		processEvents();
	}

	/** Joins the KARMA job family while the display keeps dispatching, then handles what the jobs posted. */
	static void joinKarmaJobs() {
		AtomicBoolean done = new AtomicBoolean();
		Display display = Display.getCurrent();
		Thread joiner = new Thread(() -> {
			try {
				Job.getJobManager().join(KarmaJobs.FAMILY, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			done.set(true);
			display.wake();
		}, "join KARMA jobs");
		joiner.setDaemon(true);
		joiner.start();
		until("the KARMA jobs to finish", done::get);
		// what the jobs' listeners posted to the display before they ended runs now
		AtomicBoolean drained = new AtomicBoolean();
		display.asyncExec(() -> drained.set(true));
		until("the display to handle the jobs' results", drained::get);
	}
}
