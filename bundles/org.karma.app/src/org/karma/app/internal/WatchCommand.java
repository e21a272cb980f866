package org.karma.app.internal;

import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;
import org.karma.core.history.History;
import org.karma.core.history.HistoryException;
import org.karma.core.history.Run;
import org.karma.core.integrity.CheckOperation;
import org.karma.core.integrity.IntegrityException;
import org.karma.core.integrity.ProfileManifests;
import org.karma.core.profiles.ProfileStore;
import org.karma.core.profiles.ProfileStoreException;
import org.karma.core.profiles.ScheduleText;
import org.karma.core.schedule.ConnectorFeeds;
import org.karma.core.schedule.Scheduler;
import org.karma.core.schedule.ScrubScheduler;
import org.karma.core.schedule.SyncRunner;
import org.karma.core.schedule.Timer;
import org.karma.core.sync.SyncException;
import org.karma.engine.integrity.ManifestVerifier;
import org.karma.model.profile.SyncProfile;

/**
 * {@code karma watch [PROFILE...]}: runs the scheduler in the foreground for the given profiles
 * (all enabled ones by default) until SIGTERM or SIGINT. One line per run on stdout; notes on
 * stderr; details in the history. The profile files are checked every {@link #RELOAD_EVERY} and
 * reloaded when they change. The first signal stops cleanly (the run under way is cancelled and
 * finishes or abandons its current item; files are written to a temporary name and renamed, so
 * nothing partial stays) and exits with 0; a second one stops at once with 130.
 */
final class WatchCommand {

	static final String SYNOPSIS = "watch [PROFILE...] [--password-env VAR]";
	static final Duration RELOAD_EVERY = Duration.ofSeconds(2);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final KarmaHome home;
	private final ProfileStore store;
	private final ConnectorRegistry connectors;
	private final PrintStream out;
	private final PrintStream err;
	private final Interrupts interrupts;
	private CredentialsAccess credentials;

	WatchCommand(KarmaHome home, ProfileStore store, ConnectorRegistry connectors, PrintStream out, PrintStream err) {
		this(home, store, connectors, out, err, Interrupts.system());
	}

	WatchCommand(KarmaHome home, ProfileStore store, ConnectorRegistry connectors, PrintStream out, PrintStream err,
			Interrupts interrupts) {
		this.home = home;
		this.store = store;
		this.connectors = connectors;
		this.out = out;
		this.err = err;
		this.interrupts = interrupts;
	}

	WatchCommand withCredentials(CredentialsAccess access) {
		this.credentials = access;
		return this;
	}

	ExitCode run(List<String> raw) throws UsageException {
		Args args = Args.parse("watch", raw, Set.of(CredentialsAccess.PASSWORD_ENV), Set.of());
		List<String> names = args.positionals();
		for (String name : names) {
			try {
				store.load(name);
			} catch (ProfileStoreException e) {
				throw new UsageException(e.getMessage());
			}
		}
		SecretSource secrets = credentials == null ? SecretSource.NONE : credentials.secrets(args);
		Clock clock = Clock.systemDefaultZone();
		CountDownLatch stop = new CountDownLatch(1);
		ExecutorService runs = Executors.newCachedThreadPool(r -> {
			Thread t = new Thread(r, "karma-watch-run");
			t.setDaemon(true);
			return t;
		});
		Timer timer = Timer.system();
		Scheduler scheduler = new Scheduler(clock, timer, runs,
				new SyncRunner(home, connectors, clock, secrets, note -> note(note)), new ConnectorFeeds(connectors, secrets),
				this::lastRun, listener(clock), new java.util.Random());
		ProfileManifests manifests = new ProfileManifests(home, connectors, clock, secrets);
		ScrubScheduler scrubs = new ScrubScheduler(clock, timer, runs, manifests::scrub, manifests::lastChecked,
				scrubListener(clock));
		try (Interrupts.Handle signals = interrupts.install(() -> {
			note("stopping: finishing what is under way (interrupt again to stop at once)");
			stop.countDown();
		}, () -> {
			note("stopped at once");
			Runtime.getRuntime().halt(ExitCode.CANCELLED.code());
		})) {
			Reloader reloader = new Reloader(names, scheduler, scrubs);
			reloader.reload(true);
			Timer.Task[] check = new Timer.Task[1];
			java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean();
			Runnable poll = new Runnable() {
				@Override
				public void run() {
					// off the timer's thread: a reload waits for the run under way of an edited profile
					if (reloading.compareAndSet(false, true)) {
						runs.execute(() -> {
							try {
								reloader.reloadIfChanged();
							} finally {
								reloading.set(false);
							}
						});
					}
					synchronized (check) {
						check[0] = timer.schedule(RELOAD_EVERY, this);
					}
				}
			};
			synchronized (check) {
				check[0] = timer.schedule(RELOAD_EVERY, poll);
			}
			stop.await();
			synchronized (check) {
				check[0].cancel();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			scrubs.close();
			scheduler.close();
			timer.close();
			runs.shutdown();
		}
		note("stopped");
		return ExitCode.OK;
	}

	private synchronized void note(String message) {
		err.println("karma: " + message);
		err.flush();
	}

	private synchronized void line(String text) {
		out.println(text);
		out.flush();
	}

	private Scheduler.Listener listener(Clock clock) {
		return new Scheduler.Listener() {
			@Override
			public void runFinished(String profile, Scheduler.Trigger trigger, Scheduler.RunResult result, Duration duration) {
				line(now(clock) + " " + profile + " " + trigger.word() + " run " + result.runId() + ": " + result.summary());
			}

			@Override
			public void runFailed(String profile, Scheduler.Trigger trigger, SyncException failure, Optional<Duration> retryIn) {
				if (failure.kind() == SyncException.Kind.CANCELLED) {
					line(now(clock) + " " + profile + " " + trigger.word() + " run cancelled");
					return;
				}
				line(now(clock) + " " + profile + " " + trigger.word() + " run failed: " + failure.getMessage()
						+ retryIn.map(d -> "; retrying in " + d.toSeconds() + " s").orElse(""));
			}

			@Override
			public void note(String profile, String message) {
				WatchCommand.this.note(profile + ": " + message);
			}

			@Override
			public void nextRun(String profile, Optional<Instant> at) {
				at.ifPresent(t -> WatchCommand.this.note(profile + ": next run " + TIME.format(t.atZone(clock.getZone()))));
			}
		};
	}

	private ScrubScheduler.Listener scrubListener(Clock clock) {
		return new ScrubScheduler.Listener() {
			@Override
			public void scrubbed(String profile, Optional<CheckOperation.Verified> result) {
				if (result.isEmpty()) {
					line(now(clock) + " " + profile + " scrub: no manifest yet (integrity.manifestAfterSync writes one)");
					return;
				}
				ManifestVerifier.Report r = result.get().report();
				line(now(clock) + " " + profile + " scrub " + result.get().record().id() + ": "
						+ (r.clean() ? "all " + r.count(ManifestVerifier.Status.OK) + " files match"
								: r.findings().size() + " files differ (" + r.count(ManifestVerifier.Status.CORRUPTED)
										+ " corrupted); see 'karma check list'"));
			}

			@Override
			public void scrubFailed(String profile, IntegrityException failure) {
				line(now(clock) + " " + profile + " scrub failed: " + failure.getMessage());
			}

			@Override
			public void nextScrub(String profile, Instant at) {
				WatchCommand.this.note(profile + ": next scrub " + TIME.format(at.atZone(clock.getZone())));
			}
		};
	}

	private static String now(Clock clock) {
		return TIME.format(clock.instant().atZone(clock.getZone()));
	}

	/** The start of the newest real (not dry) run of a profile. */
	private Optional<Instant> lastRun(String profile) {
		try (History history = History.open(home, Clock.systemUTC())) {
			return history.store().runs(Optional.of(profile), 50).stream().filter(r -> !r.dryRun()).map(Run::start)
					.findFirst();
		} catch (HistoryException e) {
			note(profile + ": cannot read the history (" + e.getMessage() + "); not treated as overdue");
			return Optional.empty();
		}
	}

	/** Loads the profiles to watch, and again when their files change. */
	private final class Reloader {
		private final List<String> names;
		private final Scheduler scheduler;
		private TreeMap<String, String> stamps = new TreeMap<>();

		private final ScrubScheduler scrubs;

		Reloader(List<String> names, Scheduler scheduler, ScrubScheduler scrubs) {
			this.scrubs = scrubs;
			this.names = names;
			this.scheduler = scheduler;
		}

		void reloadIfChanged() {
			if (!stamps().equals(stamps)) {
				reload(false);
			}
		}

		void reload(boolean first) {
			stamps = stamps();
			List<SyncProfile> profiles = new ArrayList<>();
			try {
				ProfileStore.Contents contents = store.loadAll();
				for (ProfileStore.Problem problem : contents.problems()) {
					note(problem.file().getFileName() + ": " + problem.message() + " (not watched)");
				}
				for (ProfileStore.Entry entry : contents.profiles()) {
					SyncProfile p = entry.profile();
					if (!names.isEmpty() && !names.contains(p.getName())) {
						continue;
					}
					List<String> problems = store.validate(p);
					if (!problems.isEmpty()) {
						problems.forEach(problem -> note(problem + " (not watched)"));
						continue;
					}
					if (!p.isEnabled()) {
						if (!names.isEmpty()) {
							note(p.getName() + ": disabled (not watched)");
						}
						continue;
					}
					profiles.add(p);
				}
			} catch (ProfileStoreException e) {
				note(e.getMessage() + (first ? "" : " (keeping the profiles as they were)"));
				if (!first) {
					return;
				}
			}
			List<String> before = scheduler.profiles();
			scheduler.update(profiles);
			scrubs.update(profiles);
			if (first || !before.equals(scheduler.profiles())) {
				note("watching " + profiles.size() + " profile(s)" + (profiles.isEmpty() ? "" : ": "
						+ String.join(", ", profiles.stream().map(p -> p.getName() + " (" + ScheduleText.format(p.getSchedule())
								+ ")").toList())));
			} else {
				note("profiles reloaded");
			}
		}

		/** Name, size and time of each profile file: what tells a change. */
		private TreeMap<String, String> stamps() {
			TreeMap<String, String> map = new TreeMap<>();
			Path dir = store.directory();
			if (!Files.isDirectory(dir)) {
				return map;
			}
			try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
				for (Path f : files) {
					try {
						map.put(f.getFileName().toString(), Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
					} catch (java.io.IOException e) {
						// vanished meanwhile: left out, the next check sees the folder as it is
					}
				}
			} catch (java.io.IOException e) {
				map.put("", "unreadable");
			}
			return map;
		}
	}
}
