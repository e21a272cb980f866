package org.karma.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.IntegrityException;
import org.karma.model.profile.SyncProfile;

/**
 * Runs the scrubs of the profiles that ask for them ({@code integrity.scrubIntervalDays} > 0): the
 * profile's latest manifest verified against its right side again, every N days counted from the
 * last scrub (or the last manifest when there was no scrub yet). An overdue scrub runs once at start.
 * One scrub at a time per profile; time only through the clock and the {@link Timer}, so tests drive
 * it by hand. Used beside the {@link Scheduler} by {@code karma watch} and the workbench.
 */
public final class ScrubScheduler implements AutoCloseable {

	/** Verifies one profile's latest manifest (the product: {@code ProfileManifests::scrub}). */
	@FunctionalInterface
	public interface Scrubber {
		/** @return empty when the profile has no manifest yet */
		Optional<CheckOperation.Verified> scrub(SyncProfile profile, IProgressMonitor monitor) throws IntegrityException;
	}

	/** What the scrubs found, for the log and the user. Called from the executor's threads. */
	public interface Listener {
		/** @param result empty when there was no manifest to scrub */
		default void scrubbed(String profile, Optional<CheckOperation.Verified> result) {
		}

		default void scrubFailed(String profile, IntegrityException failure) {
		}

		default void nextScrub(String profile, Instant at) {
		}
	}

	private final Clock clock;
	private final Timer timer;
	private final Executor runs;
	private final Scrubber scrubber;
	private final Function<String, Optional<Instant>> lastScrubs;
	private final Listener listener;
	private final Map<String, Entry> entries = new LinkedHashMap<>();
	private boolean closed;

	/** @param lastScrubs when a profile's manifests were last verified or written (from the history) */
	public ScrubScheduler(Clock clock, Timer timer, Executor runs, Scrubber scrubber,
			Function<String, Optional<Instant>> lastScrubs, Listener listener) {
		this.clock = Objects.requireNonNull(clock);
		this.timer = Objects.requireNonNull(timer);
		this.runs = Objects.requireNonNull(runs);
		this.scrubber = Objects.requireNonNull(scrubber);
		this.lastScrubs = Objects.requireNonNull(lastScrubs);
		this.listener = Objects.requireNonNull(listener);
	}

	/** Scrubs these profiles (disabled ones and those without a scrub interval are left out). */
	public void update(List<SyncProfile> profiles) {
		Map<String, Integer> wanted = new LinkedHashMap<>();
		Map<String, SyncProfile> byName = new LinkedHashMap<>();
		for (SyncProfile p : profiles) {
			int days = p.getIntegrity() == null ? 0 : p.getIntegrity().getScrubIntervalDays();
			if (p.isEnabled() && days > 0) {
				wanted.put(p.getName(), days);
				byName.put(p.getName(), org.eclipse.emf.ecore.util.EcoreUtil.copy(p));
			}
		}
		List<Entry> started = new ArrayList<>();
		synchronized (this) {
			if (closed) {
				return;
			}
			for (var it = entries.entrySet().iterator(); it.hasNext();) {
				var e = it.next();
				if (!wanted.containsKey(e.getKey())
						|| !org.eclipse.emf.ecore.util.EcoreUtil.equals(byName.get(e.getKey()), e.getValue().profile)) {
					e.getValue().stop();
					it.remove();
				}
			}
			for (var w : wanted.entrySet()) {
				if (!entries.containsKey(w.getKey())) {
					Entry entry = new Entry(byName.get(w.getKey()), Duration.ofDays(w.getValue()));
					entries.put(w.getKey(), entry);
					started.add(entry);
				}
			}
		}
		for (Entry e : started) {
			Instant now = clock.instant();
			Instant due = lastScrubs.apply(e.profile.getName()).map(last -> last.plus(e.every)).orElse(now.plus(e.every));
			e.scheduleAt(due.isBefore(now) ? now : due);
		}
	}

	/** When the profile's next scrub is due, if it is scrubbed. */
	public synchronized Optional<Instant> nextScrub(String profile) {
		Entry e = entries.get(profile);
		return e == null ? Optional.empty() : Optional.ofNullable(e.next);
	}

	@Override
	public void close() {
		List<Entry> all;
		synchronized (this) {
			closed = true;
			all = new ArrayList<>(entries.values());
			entries.clear();
		}
		all.forEach(Entry::stop);
	}

	private final class Entry {
		final SyncProfile profile;
		final Duration every;
		final NullProgressMonitor monitor = new NullProgressMonitor();
		Timer.Task task;
		Instant next;
		boolean running;
		boolean stopped;

		Entry(SyncProfile profile, Duration every) {
			this.profile = profile;
			this.every = every;
		}

		synchronized void scheduleAt(Instant at) {
			if (stopped) {
				return;
			}
			next = at;
			task = timer.schedule(Duration.between(clock.instant(), at), () -> runs.execute(this::scrub));
			listener.nextScrub(profile.getName(), at);
		}

		private void scrub() {
			synchronized (this) {
				if (stopped || running) {
					return;
				}
				running = true;
			}
			try {
				listener.scrubbed(profile.getName(), scrubber.scrub(profile, monitor));
			} catch (IntegrityException e) {
				listener.scrubFailed(profile.getName(), e);
			} catch (RuntimeException e) {
				listener.scrubFailed(profile.getName(),
						new IntegrityException(IntegrityException.Kind.FAILED, "scrub failed: " + e, e));
			} finally {
				synchronized (this) {
					running = false;
				}
			}
			scheduleAt(clock.instant().plus(every));
		}

		synchronized void stop() {
			stopped = true;
			monitor.setCanceled(true);
			if (task != null) {
				task.cancel();
			}
		}
	}
}
