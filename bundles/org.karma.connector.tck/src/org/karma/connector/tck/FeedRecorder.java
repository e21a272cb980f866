package org.karma.connector.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.karma.connector.api.Capability.ChangeFeed;
import org.karma.connector.api.RelPath;

/** Collects what a change feed delivers, for tests that wait (with a time limit) for paths or an overflow. */
public final class FeedRecorder implements ChangeFeed.ChangeListener {

	private final long waitSeconds;
	private final List<List<RelPath>> calls = new ArrayList<>();
	private final Set<RelPath> seen = new HashSet<>();
	private int overflows;

	/** Waits of {@link #await} and {@link #awaitOverflow} end (failing) after {@code waitSeconds}. */
	public FeedRecorder(long waitSeconds) {
		this.waitSeconds = waitSeconds;
	}

	@Override
	public synchronized void changed(List<RelPath> paths) {
		calls.add(List.copyOf(paths));
		seen.addAll(paths);
		notifyAll();
	}

	@Override
	public synchronized void overflow() {
		overflows++;
		notifyAll();
	}

	/** Waits until all these paths were delivered (since the last {@link #clear}). */
	public synchronized void await(String... paths) throws InterruptedException {
		Set<RelPath> wanted = new HashSet<>();
		for (String p : paths) {
			wanted.add(RelPath.of(p));
		}
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
		while (!seen.containsAll(wanted)) {
			long left = end - System.nanoTime();
			assertTrue(left > 0, "not delivered in time: " + wanted + ", got " + calls);
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	/** Waits until an overflow was reported. */
	public synchronized void awaitOverflow() throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
		while (overflows == 0) {
			long left = end - System.nanoTime();
			assertTrue(left > 0, "no overflow in time; got " + calls);
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
	}

	public synchronized void clear() {
		calls.clear();
		seen.clear();
	}

	public synchronized int callCount() {
		return calls.size();
	}

	public synchronized int overflows() {
		return overflows;
	}

	/** Every path delivered since the last {@link #clear}. */
	public synchronized Set<RelPath> seen() {
		return Set.copyOf(seen);
	}

	/** The deliveries since the last {@link #clear}, for messages. */
	public synchronized List<List<RelPath>> calls() {
		return List.copyOf(calls);
	}
}
