package org.karma.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.karma.connector.api.Capability.ChangeFeed.ChangeListener;
import org.karma.connector.api.Capability.ChangeFeed.Subscription;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;
import org.karma.core.history.RunStatus;
import org.karma.core.sync.SyncException;
import org.karma.engine.versions.VersionArchive;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;

/**
 * Runs profiles by their schedules: INTERVAL and CRON at their due times, REAL_TIME when files
 * change (debounced and coalesced), MANUAL never.
 *
 * <ul>
 * <li><b>One run at a time per profile.</b> A run asked for while one is under way is remembered
 * (once) and started when it ends.</li>
 * <li><b>Overdue.</b> At start, an INTERVAL or CRON profile whose last run (from the history) is
 * older than the due time after it runs once at once, with {@link Trigger#OVERDUE}.</li>
 * <li><b>Real time.</b> Each endpoint's change feed is subscribed (local folders: a recursive
 * watch; FTP: its polling feed); an endpoint without a feed is polled by running the profile
 * every {@code pollIntervalSeconds}. Events start a run after {@code debounceMillis} of quiet (at
 * most {@link #MAX_DEBOUNCE_WAIT} after the first one under constant change). A full rescan runs
 * every {@code rescanIntervalMinutes} (jittered by up to a tenth) and after a feed overflow. A
 * real-time profile also runs once at start.</li>
 * <li><b>No ping-pong.</b> Events that arrive during a run, or within one debounce period after it,
 * for paths that run itself changed (or their parent folders) are the run's own writes and are
 * dropped. Anything else starts another run; a run that finds nothing to do changes nothing, so
 * it causes no events and the profile comes to rest.</li>
 * <li><b>Transient errors.</b> A run that fails (endpoint offline, state locked by another run) is
 * retried after 5 s, then 10 s, 20 s, … up to {@link #MAX_BACKOFF}; a feed that cannot be
 * subscribed is retried the same way. Never a tight loop.</li>
 * </ul>
 *
 * <p>All time comes from the injected {@link Clock} and {@link Timer}; runs go to the injected
 * {@link Runner} on the injected {@link Executor}, and everything that happens is reported to the
 * {@link Listener}, which tests wait on.
 */
public final class Scheduler implements AutoCloseable {

	/** The longest a burst of events can put a run off. */
	public static final Duration MAX_DEBOUNCE_WAIT = Duration.ofSeconds(30);
	/** The longest wait before a failed run or subscription is tried again. */
	public static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
	/** The first wait before a failed run or subscription is tried again. */
	public static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);

	/** Why a run started. */
	public enum Trigger {
		/** An INTERVAL or CRON due time. */
		SCHEDULED,
		/** A due time missed while nothing ran (downtime, sleep): run once at start. */
		OVERDUE,
		/** A REAL_TIME profile when watching starts. */
		START,
		/** Files changed (after the debounce). */
		CHANGES,
		/** The periodic full rescan of a REAL_TIME profile, or a feed lost events. */
		RESCAN,
		/** An endpoint without a change feed is polled. */
		POLL,
		/** A failed run is tried again. */
		RETRY;

		/** The word used in history notes and log lines. */
		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** What a finished run did. */
	public record RunResult(long runId, RunStatus status, int changes, Set<String> changedPaths, String summary) {
		public RunResult {
			changedPaths = Set.copyOf(changedPaths);
		}

		/** Whether the run found nothing to do. */
		public boolean noOp() {
			return changes == 0;
		}
	}

	/** Runs one profile (the product: {@link SyncRunner}, through the sync operation). */
	@FunctionalInterface
	public interface Runner {
		/**
		 * @param monitor cancelled when the scheduler stops
		 * @throws SyncException when the run could not run or was cancelled before changing anything
		 */
		RunResult run(SyncProfile profile, Trigger trigger, IProgressMonitor monitor) throws SyncException;
	}

	/** Subscribes to the change feed of one endpoint (the product: {@link ConnectorFeeds}). */
	@FunctionalInterface
	public interface Feeds {
		/**
		 * @return the running subscription, or empty when the endpoint has no change feed (it is polled)
		 * @throws ConnectorException when the endpoint cannot be reached now (tried again later)
		 */
		Optional<Subscription> subscribe(SyncProfile profile, Endpoint endpoint, ChangeListener listener)
				throws ConnectorException;

		/** No endpoint has a feed: every real-time profile is polled. */
		Feeds NONE = (profile, endpoint, listener) -> Optional.empty();
	}

	/** What the scheduler does, for the log and for tests. Called from the scheduler's threads; must not block. */
	public interface Listener {
		default void runStarted(String profile, Trigger trigger) {
		}

		default void runFinished(String profile, Trigger trigger, RunResult result, Duration duration) {
		}

		/** A run failed; it is tried again after {@code retryIn} (empty: at the next due time or change). */
		default void runFailed(String profile, Trigger trigger, SyncException failure, Optional<Duration> retryIn) {
		}

		/** Something worth a line in the log (a feed lost, a profile stopped). */
		default void note(String profile, String message) {
		}

		/** The next due time of a profile changed (empty: none, e.g. MANUAL or REAL_TIME). */
		default void nextRun(String profile, Optional<Instant> at) {
		}
	}

	private final Clock clock;
	private final ZoneId zone;
	private final Timer timer;
	private final Executor runs;
	private final Runner runner;
	private final Feeds feeds;
	private final Function<String, Optional<Instant>> lastRuns;
	private final Listener listener;
	private final java.util.Random jitter;
	private final Map<String, Entry> entries = new LinkedHashMap<>();
	private boolean closed;

	/**
	 * @param lastRuns the start of each profile's newest run in the history, for overdue runs
	 * @param jitter   spreads the periodic rescans
	 */
	public Scheduler(Clock clock, Timer timer, Executor runs, Runner runner, Feeds feeds,
			Function<String, Optional<Instant>> lastRuns, Listener listener, java.util.Random jitter) {
		this.clock = Objects.requireNonNull(clock);
		this.zone = clock.getZone();
		this.timer = Objects.requireNonNull(timer);
		this.runs = Objects.requireNonNull(runs);
		this.runner = Objects.requireNonNull(runner);
		this.feeds = Objects.requireNonNull(feeds);
		this.lastRuns = Objects.requireNonNull(lastRuns);
		this.listener = Objects.requireNonNull(listener);
		this.jitter = Objects.requireNonNull(jitter);
	}

	/**
	 * Schedules these profiles (disabled ones are left out) and stops the ones not among them; a
	 * profile whose content changed is restarted, one that did not change goes on as it is.
	 */
	public void update(List<SyncProfile> profiles) {
		Map<String, SyncProfile> wanted = new LinkedHashMap<>();
		for (SyncProfile p : profiles) {
			if (p.isEnabled()) {
				wanted.put(p.getName(), p);
			}
		}
		List<Entry> stopped = new ArrayList<>();
		List<Entry> started = new ArrayList<>();
		synchronized (this) {
			if (closed) {
				return;
			}
			for (var it = entries.entrySet().iterator(); it.hasNext();) {
				var e = it.next();
				SyncProfile now = wanted.get(e.getKey());
				if (now == null || !org.eclipse.emf.ecore.util.EcoreUtil.equals(now, e.getValue().profile)) {
					it.remove();
					stopped.add(e.getValue());
				}
			}
			for (SyncProfile p : wanted.values()) {
				if (!entries.containsKey(p.getName())) {
					Entry entry = new Entry(org.eclipse.emf.ecore.util.EcoreUtil.copy(p));
					entries.put(p.getName(), entry);
					started.add(entry);
				}
			}
		}
		for (Entry e : stopped) {
			e.stop(false);
			listener.note(e.name, "stopped watching");
		}
		for (Entry e : started) {
			e.start();
		}
	}

	/** The profiles scheduled now. */
	public synchronized List<String> profiles() {
		return List.copyOf(entries.keySet());
	}

	/** The next due time of a profile (INTERVAL, CRON), if it has one. */
	public synchronized Optional<Instant> nextRun(String profile) {
		Entry e = entries.get(profile);
		return e == null ? Optional.empty() : Optional.ofNullable(e.nextRun);
	}

	/** Whether a run of the profile is under way. */
	public synchronized boolean isRunning(String profile) {
		Entry e = entries.get(profile);
		return e != null && e.running;
	}

	/**
	 * Stops: no new runs start, feeds are closed, a run under way is cancelled through its monitor
	 * (it finishes or abandons the item it is on; files are written to a temporary name and renamed,
	 * so nothing partial is left) and waited for.
	 */
	@Override
	public void close() {
		List<Entry> all;
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
			all = new ArrayList<>(entries.values());
			entries.clear();
		}
		for (Entry e : all) {
			e.stop(true);
		}
	}

	/** One scheduled profile. Its fields are guarded by the entry. */
	private final class Entry implements ChangeListener {
		final SyncProfile profile;
		final String name;
		final ScheduleKind kind;
		final Duration debounce;
		final List<Subscription> subscriptions = new ArrayList<>();
		final List<Endpoint> unsubscribed = new ArrayList<>();
		final List<Timer.Task> timers = new ArrayList<>();
		Timer.Task dueTask;
		Timer.Task debounceTask;
		/** The retry of a failed run, while it waits: other triggers leave it to the retry. */
		Timer.Task retryTask;
		Instant firstEvent;
		boolean running;
		Trigger pending;
		IProgressMonitor monitor;
		int failures;
		int feedFailures;
		Instant nextRun;
		/** Paths seen changing while the current run went on. */
		final Set<String> seenDuringRun = new HashSet<>();
		/** The last run's own changes, ignored as events until {@link #ignoreUntil}. */
		Set<String> ownChanges = Set.of();
		Instant ignoreUntil = Instant.MIN;
		boolean stopped;

		Entry(SyncProfile profile) {
			this.profile = profile;
			this.name = profile.getName();
			this.kind = profile.getSchedule().getKind();
			this.debounce = Duration.ofMillis(Math.max(1, profile.getSchedule().getDebounceMillis()));
		}

		void start() {
			switch (kind) {
			case INTERVAL, CRON -> startTimed();
			case REAL_TIME -> startRealTime();
			default -> listener.nextRun(name, Optional.empty());
			}
		}

		private void startTimed() {
			Instant now = clock.instant();
			Optional<Instant> last = lastRuns.apply(name);
			Optional<Instant> due;
			try {
				due = Schedules.next(profile.getSchedule(), last.orElse(now), zone);
			} catch (IllegalArgumentException e) {
				listener.note(name, "not scheduled: " + e.getMessage());
				return;
			}
			if (last.isPresent() && due.isPresent() && !due.get().isAfter(now)) {
				request(Trigger.OVERDUE);
			} else {
				scheduleAt(due);
			}
		}

		/** Sets the next due time. */
		private void scheduleAt(Optional<Instant> due) {
			synchronized (this) {
				if (stopped) {
					return;
				}
				if (dueTask != null) {
					dueTask.cancel();
				}
				nextRun = due.orElse(null);
				dueTask = due.map(at -> timer.schedule(Duration.between(clock.instant(), at), () -> request(Trigger.SCHEDULED)))
						.orElse(null);
			}
			listener.nextRun(name, due);
		}

		private void scheduleAfterRun(Instant runStart) {
			Instant now = clock.instant();
			Optional<Instant> due;
			try {
				due = Schedules.next(profile.getSchedule(), runStart, zone);
				if (due.isPresent() && !due.get().isAfter(now)) {
					due = Schedules.next(profile.getSchedule(), now, zone);
				}
			} catch (IllegalArgumentException e) {
				return;
			}
			scheduleAt(due);
		}

		private void startRealTime() {
			listener.nextRun(name, Optional.empty());
			synchronized (this) {
				unsubscribed.add(profile.getLeft());
				unsubscribed.add(profile.getRight());
			}
			subscribeMissing();
			int rescan = profile.getSchedule().getRescanIntervalMinutes();
			if (rescan > 0) {
				scheduleRescan(Duration.ofMinutes(rescan));
			}
			request(Trigger.START);
		}

		private void scheduleRescan(Duration every) {
			long spread = every.toMillis() / 10;
			Duration delay = every.plusMillis(spread == 0 ? 0 : jitter.nextLong(-spread, spread + 1));
			synchronized (this) {
				if (stopped) {
					return;
				}
				timers.add(timer.schedule(delay, () -> {
					request(Trigger.RESCAN);
					scheduleRescan(every);
				}));
			}
		}

		/** Subscribes the endpoints not subscribed yet; a failure is tried again with backoff. */
		private void subscribeMissing() {
			List<Endpoint> todo;
			synchronized (this) {
				if (stopped) {
					return;
				}
				todo = new ArrayList<>(unsubscribed);
			}
			boolean failed = false;
			for (Endpoint endpoint : todo) {
				try {
					Optional<Subscription> s = feeds.subscribe(profile, endpoint, this);
					boolean keep;
					synchronized (this) {
						unsubscribed.remove(endpoint);
						keep = !stopped;
						if (keep) {
							s.ifPresent(subscriptions::add);
						}
					}
					if (!keep) {
						s.ifPresent(Subscription::close);
						return;
					}
					if (s.isEmpty()) {
						schedulePoll(Duration.ofSeconds(Math.max(1, profile.getSchedule().getPollIntervalSeconds())));
						listener.note(name, endpoint.getUri() + " has no change feed: polled every "
								+ profile.getSchedule().getPollIntervalSeconds() + " s");
					}
				} catch (ConnectorException e) {
					if (e.reason() == ConnectorException.Reason.QUOTA) {
						// e.g. the system's limit on watches: polled instead, never retried in a loop
						synchronized (this) {
							unsubscribed.remove(endpoint);
						}
						schedulePoll(Duration.ofSeconds(Math.max(1, profile.getSchedule().getPollIntervalSeconds())));
						listener.note(name, "cannot watch " + endpoint.getUri() + ": " + e.getMessage() + "; polled every "
								+ profile.getSchedule().getPollIntervalSeconds() + " s instead");
						continue;
					}
					failed = true;
					listener.note(name, "cannot watch " + endpoint.getUri() + ": " + e.getMessage());
				} catch (RuntimeException e) {
					failed = true;
					listener.note(name, "cannot watch " + endpoint.getUri() + ": " + e.getMessage());
				}
			}
			if (failed) {
				Duration wait;
				synchronized (this) {
					wait = backoff(++feedFailures);
					if (!stopped) {
						timers.add(timer.schedule(wait, this::subscribeMissing));
					}
				}
				listener.note(name, "trying to watch again in " + wait.toSeconds() + " s");
			} else {
				synchronized (this) {
					feedFailures = 0;
				}
			}
		}

		private void schedulePoll(Duration every) {
			synchronized (this) {
				if (stopped) {
					return;
				}
				timers.add(timer.schedule(every, () -> {
					request(Trigger.POLL);
					schedulePoll(every);
				}));
			}
		}

		@Override
		public void changed(List<RelPath> all) {
			// the versions folder is never synced: a run archiving an old version is no change
			List<RelPath> paths = all.stream().filter(p -> !VersionArchive.isVersionsPath(p)).toList();
			if (paths.isEmpty()) {
				return;
			}
			synchronized (this) {
				if (stopped) {
					return;
				}
				if (running) {
					for (RelPath p : paths) {
						seenDuringRun.add(p.toString());
					}
					return;
				}
				boolean own = clock.instant().isBefore(ignoreUntil);
				if (paths.stream().allMatch(p -> own && isOwn(p.toString()))) {
					return;
				}
			}
			debounced(Trigger.CHANGES);
		}

		@Override
		public void overflow() {
			listener.note(name, "the change feed lost events: full rescan");
			debounced(Trigger.RESCAN);
		}

		private boolean isOwn(String path) {
			if (ownChanges.contains(path)) {
				return true;
			}
			// a folder whose content the run changed
			String prefix = path.isEmpty() ? "" : path + "/";
			for (String own : ownChanges) {
				if (own.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

		/** (Re)starts the quiet period after an event. */
		private void debounced(Trigger trigger) {
			synchronized (this) {
				if (stopped) {
					return;
				}
				Instant now = clock.instant();
				if (firstEvent == null) {
					firstEvent = now;
				}
				if (debounceTask != null) {
					debounceTask.cancel();
				}
				Duration delay = debounce;
				Duration waited = Duration.between(firstEvent, now);
				if (waited.plus(delay).compareTo(MAX_DEBOUNCE_WAIT) > 0) {
					delay = MAX_DEBOUNCE_WAIT.minus(waited);
					if (delay.isNegative()) {
						delay = Duration.ZERO;
					}
				}
				debounceTask = timer.schedule(delay, () -> {
					synchronized (this) {
						firstEvent = null;
						debounceTask = null;
					}
					request(trigger);
				});
			}
		}

		/** Starts a run now, or after the one under way. */
		void request(Trigger trigger) {
			IProgressMonitor m;
			synchronized (this) {
				if (stopped) {
					return;
				}
				if (retryTask != null && trigger != Trigger.RETRY) {
					return; // a failed run waits for its retry: changes, polls and due times do not hurry it
				}
				if (running) {
					if (pending == null) {
						pending = trigger;
					}
					return;
				}
				running = true;
				seenDuringRun.clear();
				m = monitor = new NullProgressMonitor();
			}
			try {
				runs.execute(() -> run(trigger, m));
			} catch (RuntimeException e) { // rejected: shutting down
				synchronized (this) {
					running = false;
					notifyAll();
				}
			}
		}

		private void run(Trigger trigger, IProgressMonitor m) {
			Instant start = clock.instant();
			listener.runStarted(name, trigger);
			RunResult result = null;
			SyncException failure = null;
			try {
				result = runner.run(profile, trigger, m);
			} catch (SyncException e) {
				failure = e;
			} catch (RuntimeException e) {
				failure = new SyncException(SyncException.Kind.INTERNAL, String.valueOf(e.getMessage()), e);
			}
			Instant end = clock.instant();
			Trigger next;
			boolean changedMeanwhile;
			Optional<Duration> retry = Optional.empty();
			synchronized (this) {
				running = false;
				monitor = null;
				if (result != null) {
					failures = 0;
					ownChanges = result.changedPaths();
					ignoreUntil = end.plus(debounce);
				}
				changedMeanwhile = seenDuringRun.stream().anyMatch(p -> !isOwn(p));
				seenDuringRun.clear();
				next = pending;
				pending = null;
				if (failure != null && !stopped && failure.kind() != SyncException.Kind.BAD_INPUT
						&& failure.kind() != SyncException.Kind.CANCELLED) {
					Duration wait = backoff(++failures);
					retry = Optional.of(wait);
					retryTask = timer.schedule(wait, () -> {
						synchronized (this) {
							retryTask = null;
						}
						request(Trigger.RETRY);
					});
					timers.add(retryTask);
				}
				notifyAll();
			}
			if (result != null) {
				listener.runFinished(name, trigger, result, Duration.between(start, end));
			} else {
				listener.runFailed(name, trigger, failure, retry);
			}
			if (stoppedNow()) {
				return;
			}
			if (kind == ScheduleKind.INTERVAL || kind == ScheduleKind.CRON) {
				scheduleAfterRun(start);
			}
			if (kind == ScheduleKind.REAL_TIME && result != null && hasUnsubscribed()) {
				subscribeMissing();
			}
			if (next == Trigger.CHANGES || (next == null && changedMeanwhile)) {
				debounced(Trigger.CHANGES);
			} else if (next != null && retry.isEmpty()) {
				request(next);
			}
		}

		private synchronized boolean hasUnsubscribed() {
			return !unsubscribed.isEmpty() && feedFailures == 0;
		}

		private synchronized boolean stoppedNow() {
			return stopped;
		}

		/**
		 * Stops timers and feeds and waits for the run under way; with {@code cancel} that run is
		 * cancelled first (else, for a reloaded profile, it finishes: the next run uses the new profile).
		 */
		void stop(boolean cancel) {
			List<Subscription> subs;
			synchronized (this) {
				stopped = true;
				timers.forEach(Timer.Task::cancel);
				timers.clear();
				if (dueTask != null) {
					dueTask.cancel();
				}
				if (debounceTask != null) {
					debounceTask.cancel();
				}
				subs = new ArrayList<>(subscriptions);
				subscriptions.clear();
			}
			subs.forEach(Subscription::close);
			synchronized (this) {
				if (cancel && monitor != null) {
					monitor.setCanceled(true);
				}
				while (running) {
					try {
						wait();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			}
		}
	}

	/** 5 s, 10 s, 20 s, … up to {@link #MAX_BACKOFF}. */
	static Duration backoff(int failures) {
		int shift = Math.min(failures - 1, 16);
		Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.max(0, shift));
		return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
	}
}
