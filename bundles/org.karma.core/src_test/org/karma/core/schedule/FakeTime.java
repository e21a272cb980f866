package org.karma.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A clock and timer driven by hand: {@link #advance} moves time and runs the tasks that fall due, in order. */
final class FakeTime extends Clock implements Timer {

	private final ZoneId zone;
	private Instant now;
	private long sequence;
	private final List<Pending> pending = new ArrayList<>();

	private final class Pending implements Task {
		final Instant at;
		final long seq = sequence++;
		final Runnable task;
		boolean cancelled;

		Pending(Instant at, Runnable task) {
			this.at = at;
			this.task = task;
		}

		@Override
		public void cancel() {
			synchronized (FakeTime.this) {
				cancelled = true;
				pending.remove(this);
			}
		}
	}

	FakeTime(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	@Override
	public synchronized Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		throw new UnsupportedOperationException();
	}

	@Override
	public synchronized Task schedule(Duration delay, Runnable task) {
		Pending p = new Pending(delay.isNegative() ? now : now.plus(delay), task);
		pending.add(p);
		return p;
	}

	/** Moves the clock forward by {@code d}, running each task as its time comes (tasks may schedule more). */
	void advance(Duration d) {
		Instant end;
		synchronized (this) {
			end = now.plus(d);
		}
		while (true) {
			Pending next;
			synchronized (this) {
				next = pending.stream().filter(p -> !p.at.isAfter(end))
						.min(Comparator.<Pending, Instant>comparing(p -> p.at).thenComparingLong(p -> p.seq)).orElse(null);
				if (next == null) {
					now = end;
					return;
				}
				pending.remove(next);
				if (next.at.isAfter(now)) {
					now = next.at;
				}
			}
			next.task.run();
		}
	}

	/** Sets the clock without running anything (time passed while the process was not running). */
	synchronized void jumpTo(Instant instant) {
		now = instant;
	}

	synchronized int pendingTasks() {
		return pending.size();
	}

	@Override
	public void close() {
	}
}
