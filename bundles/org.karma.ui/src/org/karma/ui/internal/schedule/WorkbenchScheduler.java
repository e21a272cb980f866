package org.karma.ui.internal.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.karma.connector.api.ConnectorException;
import org.karma.core.history.HistoryException;
import org.karma.core.history.Run;
import org.karma.core.jobs.SyncJob;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.core.schedule.ConnectorFeeds;
import org.karma.core.schedule.Scheduler;
import org.karma.core.schedule.SyncRunner;
import org.karma.core.schedule.Timer;
import org.karma.core.settings.KarmaSettings;
import org.karma.core.settings.SettingsException;
import org.karma.core.sync.SyncException;
import org.karma.core.sync.SyncOperation;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;
import org.karma.ui.internal.KarmaServices;
import org.karma.ui.internal.WorkbenchCredentials;

/**
 * The core {@link Scheduler} inside the workbench, while the setting {@code scheduler.workbench}
 * is {@code true}: the same scheduler {@code karma watch} runs, for all enabled profiles. Its runs
 * are {@link SyncJob}s (KARMA job family: they show in the Progress view, Stop cancels them, they
 * land in the history with the reason noted like {@code karma watch}'s). Started at workbench start
 * ({@link SchedulerStartup}) and by the preference page, reloaded from the Profiles view's refresh,
 * closed at workbench shutdown.
 *
 * <p>Starting, reloading and stopping run on a thread of their own: a reload of an edited profile
 * waits for its run under way, which must not hold up the display.
 */
public final class WorkbenchScheduler {

	/** What the Profiles view shows for one profile. */
	public enum State {
		/** The scheduler is off, or does not schedule this profile. */
		OFF,
		/** Scheduled by time (INTERVAL, CRON), waiting. */
		WAITING,
		/** REAL_TIME with every endpoint watched (or polled). */
		WATCHING,
		/** REAL_TIME with an endpoint that cannot be watched now (tried again with backoff). */
		NOT_WATCHING,
		/** A run of the scheduler is under way. */
		RUNNING
	}

	private static final WorkbenchScheduler INSTANCE = new WorkbenchScheduler();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final ExecutorService control = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "karma-workbench-scheduler");
		t.setDaemon(true);
		return t;
	});
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final Set<String> running = ConcurrentHashMap.newKeySet();
	/** profile + endpoint URI of the endpoints watched (or polled) now. */
	private final Set<String> watched = ConcurrentHashMap.newKeySet();
	/** profile + endpoint URI of the endpoints that cannot be watched now. */
	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	private volatile Clock clock = Clock.systemDefaultZone();
	private Supplier<Timer> timers = Timer::system;
	private Scheduler.Feeds feeds;
	private volatile Scheduler scheduler;
	private volatile org.karma.core.schedule.ScrubScheduler scrubs;
	private Timer timer;
	private ExecutorService runs;

	private WorkbenchScheduler() {
	}

	public static WorkbenchScheduler get() {
		return INSTANCE;
	}

	/**
	 * For tests: the clock, timers and change feeds of the schedulers started from now on ({@code null}:
	 * the system's clock and timer, the connectors' feeds). Stops the running scheduler; call
	 * {@link #reload()} to start it again.
	 */
	public void useForTests(Clock testClock, Supplier<Timer> testTimers, Scheduler.Feeds testFeeds) {
		await(() -> {
			stopNow();
			clock = testClock == null ? Clock.systemDefaultZone() : testClock;
			timers = testTimers == null ? Timer::system : testTimers;
			feeds = testFeeds;
		});
	}

	/** Called (on any thread) whenever the schedule, a run or a watch changes. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}

	/** Reads the setting: starts the scheduler for all enabled profiles, reloads them, or stops it. In the background. */
	public void reload() {
		control.execute(this::reloadNow);
	}

	/** Schedules these profiles (they were loaded by the caller) if the scheduler runs. In the background. */
	public void update(List<SyncProfile> profiles) {
		List<SyncProfile> copy = List.copyOf(profiles);
		control.execute(() -> {
			Scheduler s = scheduler;
			if (s != null) {
				s.update(copy);
				changed();
			}
		});
	}

	/** Stops the scheduler and waits for it (workbench shutdown): a run under way is cancelled. */
	public void shutdown() {
		await(this::stopNow);
	}

	private void await(Runnable task) {
		try {
			control.submit(task).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (java.util.concurrent.ExecutionException e) {
			log("the workbench scheduler failed: " + e.getCause());
		}
	}

	private void reloadNow() {
		boolean on;
		try {
			on = KarmaSettings.load(KarmaServices.home()).schedulerInWorkbench();
		} catch (SettingsException e) {
			log(e.getMessage() + "; the scheduler keeps its state");
			return;
		}
		if (!on) {
			stopNow();
			changed();
			return;
		}
		if (scheduler == null) {
			timer = timers.get();
			runs = Executors.newCachedThreadPool(r -> {
				Thread t = new Thread(r, "karma-workbench-run");
				t.setDaemon(true);
				return t;
			});
			Scheduler.Feeds base = feeds != null ? feeds
					: new ConnectorFeeds(KarmaServices.connectors(), WorkbenchCredentials.secrets(java.util.Map.of()));
			scheduler = new Scheduler(clock, timer, runs, this::run, tracked(base), this::lastRun, listener(),
					new java.util.Random());
			org.karma.core.integrity.ProfileManifests manifests = new org.karma.core.integrity.ProfileManifests(
					KarmaServices.home(), KarmaServices.connectors(), Clock.systemUTC(),
					WorkbenchCredentials.secrets(java.util.Map.of()));
			scrubs = new org.karma.core.schedule.ScrubScheduler(clock, timer, runs, manifests::scrub, manifests::lastChecked,
					new org.karma.core.schedule.ScrubScheduler.Listener() {
						@Override
						public void scrubbed(String profile, Optional<org.karma.core.integrity.CheckOperation.Verified> result) {
							result.ifPresent(v -> log(profile + ": scrub " + (v.report().clean() ? "found every file as recorded"
									: "found " + v.report().findings().size() + " files not as recorded (see the Integrity view)")));
						}

						@Override
						public void scrubFailed(String profile, org.karma.core.integrity.IntegrityException failure) {
							log(profile + ": scrub failed: " + failure.getMessage());
						}
					});
		}
		try {
			ProfileStore.Contents contents = KarmaServices.profiles().loadAll();
			java.util.List<SyncProfile> all = contents.profiles().stream().map(ProfileStore.Entry::profile).toList();
			scheduler.update(all);
			scrubs.update(all);
		} catch (ProfileStoreException | RuntimeException e) {
			log("the workbench scheduler cannot load the profiles: " + e.getMessage());
		}
		changed();
	}

	private void stopNow() {
		Scheduler s = scheduler;
		scheduler = null;
		if (s != null) {
			scrubs.close();
			scrubs = null;
			s.close();
			timer.close();
			runs.shutdown();
		}
		running.clear();
		watched.clear();
		failing.clear();
	}

	/** A run of the scheduler: a sync job of the profile, cancelled when the scheduler stops. */
	private Scheduler.RunResult run(SyncProfile profile, Scheduler.Trigger trigger, IProgressMonitor monitor)
			throws SyncException {
		SyncJob job = new SyncJob(KarmaServices.syncOperation(), profile);
		job.setUser(false);
		job.setProperty(org.karma.ui.internal.notify.RunNotice.SCHEDULED, Boolean.TRUE);
		job.schedule();
		try {
			// waits for the job; the timeout only lets a stop of the scheduler cancel it
			while (!job.join(200, null)) {
				if (monitor.isCanceled()) {
					job.cancel();
				}
			}
		} catch (InterruptedException e) {
			job.cancel();
			Thread.currentThread().interrupt();
			throw new SyncException(SyncException.Kind.CANCELLED, "interrupted", e);
		}
		if (job.failure().isPresent()) {
			throw job.failure().get();
		}
		SyncOperation.Outcome outcome = job.outcome().orElseThrow(
				() -> new SyncException(SyncException.Kind.CANCELLED, "stopped before it started", null));
		SyncRunner.note(KarmaServices.home(), Clock.systemUTC(), profile, outcome, trigger, WorkbenchScheduler::log);
		return SyncRunner.result(outcome);
	}

	private Optional<Instant> lastRun(String profile) {
		try {
			return KarmaServices.history().runs(Optional.of(profile), 50).stream().filter(r -> !r.dryRun())
					.map(Run::start).findFirst();
		} catch (HistoryException e) {
			log(profile + ": cannot read the history (" + e.getMessage() + "); not treated as overdue");
			return Optional.empty();
		}
	}

	private static String key(SyncProfile profile, String uri) {
		return profile.getName() + "\n" + uri;
	}

	/** The feeds, noting which endpoints are watched now. */
	private Scheduler.Feeds tracked(Scheduler.Feeds base) {
		return (profile, endpoint, listener) -> {
			String key = key(profile, endpoint.getUri());
			try {
				var subscription = base.subscribe(profile, endpoint, listener);
				failing.remove(key);
				watched.add(key);
				changed();
				return subscription.map(s -> () -> {
					watched.remove(key);
					s.close();
				});
			} catch (ConnectorException e) {
				if (e.reason() == ConnectorException.Reason.QUOTA) {
					watched.add(key); // polled instead
				} else {
					watched.remove(key);
					failing.add(key);
				}
				changed();
				throw e;
			} catch (RuntimeException e) {
				watched.remove(key);
				failing.add(key);
				changed();
				throw e;
			}
		};
	}

	private Scheduler.Listener listener() {
		return new Scheduler.Listener() {
			@Override
			public void runStarted(String profile, Scheduler.Trigger trigger) {
				running.add(profile);
				changed();
			}

			@Override
			public void runFinished(String profile, Scheduler.Trigger trigger, Scheduler.RunResult result, Duration duration) {
				running.remove(profile);
				changed();
			}

			@Override
			public void runFailed(String profile, Scheduler.Trigger trigger, SyncException failure,
					Optional<Duration> retryIn) {
				running.remove(profile);
				log(profile + ": " + trigger.word() + " run failed: " + failure.getMessage()
						+ retryIn.map(d -> "; again in " + d.toSeconds() + " s").orElse(""));
				changed();
			}

			@Override
			public void note(String profile, String message) {
				changed();
			}

			@Override
			public void nextRun(String profile, Optional<Instant> at) {
				changed();
			}
		};
	}

	/** Whether the scheduler runs now. */
	public boolean isOn() {
		return scheduler != null;
	}

	/** The state of a profile. */
	public State state(SyncProfile profile) {
		Scheduler s = scheduler;
		String name = profile.getName();
		if (s == null || !s.profiles().contains(name)) {
			return State.OFF;
		}
		if (running.contains(name)) {
			return State.RUNNING;
		}
		if (profile.getSchedule().getKind() != ScheduleKind.REAL_TIME) {
			return State.WAITING;
		}
		if (failing.contains(key(profile, profile.getLeft().getUri())) || failing.contains(key(profile, profile.getRight().getUri()))) {
			return State.NOT_WATCHING;
		}
		return watched.contains(key(profile, profile.getLeft().getUri()))
				&& watched.contains(key(profile, profile.getRight().getUri())) ? State.WATCHING : State.WAITING;
	}

	/** The Profiles view's "State" cell: {@code watching}, {@code running…}, {@code not watching} or empty. */
	public String stateText(SyncProfile profile) {
		return switch (state(profile)) {
		case RUNNING -> "running…";
		case WATCHING -> "watching";
		case NOT_WATCHING -> "not watching (retrying)";
		default -> "";
		};
	}

	/** The Profiles view's "Next run" cell: a time, {@code on change} for REAL_TIME, {@code —} otherwise. */
	public String nextRunText(SyncProfile profile) {
		Scheduler s = scheduler;
		if (s == null || !s.profiles().contains(profile.getName())) {
			return "—";
		}
		return switch (profile.getSchedule().getKind()) {
		case REAL_TIME -> "on change";
		case INTERVAL, CRON -> s.nextRun(profile.getName())
				.map(at -> TIME.format(at.atZone(clock.getZone()))).orElse("—");
		default -> "—";
		};
	}

	/** The status line: {@code KARMA: watching 2 profiles, 1 running}, or empty while off. */
	public String statusText() {
		Scheduler s = scheduler;
		if (s == null) {
			return "";
		}
		List<String> names = s.profiles();
		long run = names.stream().filter(running::contains).count();
		String text = "KARMA: watching " + names.size() + (names.size() == 1 ? " profile" : " profiles");
		return run == 0 ? text : text + ", " + run + " running";
	}

	private static void log(String message) {
		ILog.of(WorkbenchScheduler.class).warn(message);
	}
}
