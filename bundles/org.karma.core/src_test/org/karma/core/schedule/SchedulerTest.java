package org.karma.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability.ChangeFeed.ChangeListener;
import org.karma.connector.api.Capability.ChangeFeed.Subscription;
import org.karma.connector.api.RelPath;
import org.karma.core.history.RunStatus;
import org.karma.core.schedule.Scheduler.RunResult;
import org.karma.core.schedule.Scheduler.Trigger;
import org.karma.core.sync.SyncException;
import org.karma.model.Profiles;
import org.karma.model.profile.IntervalUnit;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;

/** The scheduler on a hand-driven clock and timer, with runs recorded instead of synced: no waiting for time. */
class SchedulerTest {

	private static final Instant T0 = Instant.parse("2026-11-22T00:10:00Z");

	final FakeTime time = new FakeTime(T0, ZoneOffset.UTC);
	final List<String> runs = new CopyOnWriteArrayList<>(); // "trigger@time"
	final List<String> failures = new CopyOnWriteArrayList<>();
	final Map<String, ChangeListener> feeds = new ConcurrentHashMap<>();
	Map<String, Instant> lastRuns = new ConcurrentHashMap<>();
	Scheduler.Runner runner = (profile, trigger, monitor) -> {
		runs.add(trigger.word() + "@" + time.instant());
		return new RunResult(runs.size(), RunStatus.OK, 0, Set.of(), "ok");
	};
	Scheduler scheduler;

	@AfterEach
	void tearDown() {
		if (scheduler != null) {
			scheduler.close();
		}
	}

	Scheduler start(SyncProfile... profiles) {
		Function<String, Optional<Instant>> last = name -> Optional.ofNullable(lastRuns.get(name));
		scheduler = new Scheduler(time, time, Runnable::run, (p, t, m) -> runner.run(p, t, m), (profile, endpoint, listener) -> {
			feeds.put(endpoint.getUri(), listener);
			return Optional.of((Subscription) () -> feeds.remove(endpoint.getUri()));
		}, last, new Scheduler.Listener() {
			@Override
			public void runFailed(String profile, Trigger trigger, SyncException failure, Optional<Duration> retryIn) {
				failures.add(trigger.word() + "@" + time.instant() + " retry " + retryIn.map(Duration::toSeconds).orElse(-1L));
			}
		}, new Random(42));
		scheduler.update(List.of(profiles));
		return scheduler;
	}

	static SyncProfile every(int n, IntervalUnit unit) {
		SyncProfile p = Profiles.create("p", "/tmp/left", "/tmp/right");
		p.getSchedule().setKind(ScheduleKind.INTERVAL);
		p.getSchedule().setInterval(n);
		p.getSchedule().setIntervalUnit(unit);
		return p;
	}

	static SyncProfile cron(String expression) {
		SyncProfile p = Profiles.create("p", "/tmp/left", "/tmp/right");
		p.getSchedule().setKind(ScheduleKind.CRON);
		p.getSchedule().setCronExpression(expression);
		return p;
	}

	static SyncProfile realTime() {
		SyncProfile p = Profiles.create("p", "/tmp/left", "/tmp/right");
		p.getSchedule().setKind(ScheduleKind.REAL_TIME);
		p.getSchedule().setRescanIntervalMinutes(0);
		return p;
	}

	@Test
	void intervalRunsEveryNMinutes() {
		start(every(30, IntervalUnit.MINUTES));
		assertEquals(Optional.of(T0.plus(Duration.ofMinutes(30))), scheduler.nextRun("p"));
		time.advance(Duration.ofMinutes(29));
		assertEquals(List.of(), runs);
		time.advance(Duration.ofMinutes(1));
		assertEquals(List.of("scheduled@2026-11-22T00:40:00Z"), runs);
		time.advance(Duration.ofMinutes(61));
		assertEquals(List.of("scheduled@2026-11-22T00:40:00Z", "scheduled@2026-11-22T01:10:00Z",
				"scheduled@2026-11-22T01:40:00Z"), runs);
		assertEquals(Optional.of(Instant.parse("2026-11-22T02:10:00Z")), scheduler.nextRun("p"));
	}

	@Test
	void intervalInHours() {
		start(every(2, IntervalUnit.HOURS));
		time.advance(Duration.ofHours(7));
		assertEquals(List.of("scheduled@2026-11-22T02:10:00Z", "scheduled@2026-11-22T04:10:00Z",
				"scheduled@2026-11-22T06:10:00Z"), runs);
	}

	@Test
	void cronRunsAtItsTimes() {
		start(cron("30 2 * * mon-fri")); // T0 is a Sunday
		assertEquals(Optional.of(Instant.parse("2026-11-23T02:30:00Z")), scheduler.nextRun("p"));
		time.advance(Duration.ofDays(7));
		assertEquals(List.of("scheduled@2026-11-23T02:30:00Z", "scheduled@2026-11-24T02:30:00Z",
				"scheduled@2026-11-25T02:30:00Z", "scheduled@2026-11-26T02:30:00Z", "scheduled@2026-11-27T02:30:00Z"),
				runs);
	}

	@Test
	void aMissedRunRunsOnceAtStartMarkedOverdue() {
		lastRuns.put("p", T0.minus(Duration.ofHours(5))); // every hour: four due times were missed
		start(every(1, IntervalUnit.HOURS));
		assertEquals(List.of("overdue@2026-11-22T00:10:00Z"), runs, "once, not four times");
		assertEquals(Optional.of(T0.plus(Duration.ofHours(1))), scheduler.nextRun("p"));
		time.advance(Duration.ofHours(1));
		assertEquals(List.of("overdue@2026-11-22T00:10:00Z", "scheduled@2026-11-22T01:10:00Z"), runs);
	}

	@Test
	void aRecentRunIsNotOverdue() {
		lastRuns.put("p", T0.minus(Duration.ofMinutes(20)));
		start(every(1, IntervalUnit.HOURS));
		assertEquals(List.of(), runs);
		assertEquals(Optional.of(T0.plus(Duration.ofMinutes(40))), scheduler.nextRun("p"), "an hour after the last run");
	}

	@Test
	void cronOverdueAfterDowntime() {
		lastRuns.put("p", Instant.parse("2026-11-20T02:00:00Z")); // missed the 21st and the 22nd
		start(cron("0 2 * * *"));
		time.advance(Duration.ofMinutes(1));
		assertEquals(List.of("overdue@2026-11-22T00:10:00Z"), runs);
		time.advance(Duration.ofDays(1));
		assertEquals(List.of("overdue@2026-11-22T00:10:00Z", "scheduled@2026-11-22T02:00:00Z"), runs);
	}

	@Test
	void manualNeverRuns() {
		SyncProfile p = Profiles.create("p", "/tmp/left", "/tmp/right");
		start(p);
		time.advance(Duration.ofDays(30));
		assertEquals(List.of(), runs);
		assertEquals(Optional.empty(), scheduler.nextRun("p"));
	}

	@Test
	void disabledProfilesAreNotScheduledAndReloadStopsAndStarts() {
		SyncProfile p = every(10, IntervalUnit.MINUTES);
		p.setEnabled(false);
		start(p);
		time.advance(Duration.ofHours(1));
		assertEquals(List.of(), runs);
		assertEquals(List.of(), scheduler.profiles());
		SyncProfile enabled = every(10, IntervalUnit.MINUTES);
		scheduler.update(List.of(enabled));
		time.advance(Duration.ofMinutes(10));
		assertEquals(1, runs.size());
		scheduler.update(List.of(enabled)); // unchanged: goes on as it was
		assertEquals(Optional.of(time.instant().plus(Duration.ofMinutes(10))), scheduler.nextRun("p"));
		SyncProfile hourly = every(1, IntervalUnit.HOURS);
		scheduler.update(List.of(hourly)); // changed: restarted with the new schedule
		time.advance(Duration.ofMinutes(59));
		assertEquals(1, runs.size(), runs.toString());
		scheduler.update(List.of());
		time.advance(Duration.ofHours(5));
		assertEquals(1, runs.size(), runs.toString());
	}

	@Test
	void realTimeDebouncesAndCoalescesABurst() {
		start(realTime());
		assertEquals(List.of("start@2026-11-22T00:10:00Z"), runs);
		ChangeListener left = feeds.get("/tmp/left");
		ChangeListener right = feeds.get("/tmp/right");
		for (int i = 0; i < 10_000; i++) {
			(i % 2 == 0 ? left : right).changed(List.of(RelPath.of("d" + i % 100 + "/f" + i)));
			time.advance(Duration.ofMillis(1));
		}
		assertEquals(1, runs.size(), "nothing during the burst: " + runs);
		// the last event came at 9.999 s; the clock is at 10.000 s
		time.advance(Duration.ofMillis(798));
		assertEquals(1, runs.size(), "not before 800 ms of quiet: " + runs);
		time.advance(Duration.ofMillis(1));
		assertEquals(List.of("start@2026-11-22T00:10:00Z", "changes@2026-11-22T00:10:10.799Z"), runs);
		time.advance(Duration.ofMinutes(10));
		assertEquals(2, runs.size());
	}

	@Test
	void constantChangeStillRunsEveryThirtySeconds() {
		start(realTime());
		ChangeListener left = feeds.get("/tmp/left");
		for (int i = 0; i < 600; i++) { // an event every 100 ms for a minute
			left.changed(List.of(RelPath.of("log.txt")));
			time.advance(Duration.ofMillis(100));
		}
		assertEquals(List.of("start@2026-11-22T00:10:00Z", "changes@2026-11-22T00:10:30Z", "changes@2026-11-22T00:11:00Z"),
				runs);
	}

	@Test
	void theRunsOwnWritesDoNotStartAnotherRunButOtherChangesDo() {
		ChangeListener[] left = new ChangeListener[1];
		runner = (profile, trigger, monitor) -> {
			runs.add(trigger.word() + "@" + time.instant());
			if (trigger == Trigger.CHANGES && runs.size() == 2) {
				// the run copies a.txt to the right: the right's feed reports it, during and just after the run
				feeds.get("/tmp/right").changed(List.of(RelPath.of("docs/a.txt")));
				time.jumpTo(time.instant().plusMillis(50));
				return new RunResult(2, RunStatus.OK, 1, Set.of("docs/a.txt"), "1 created");
			}
			return new RunResult(runs.size(), RunStatus.OK, 0, Set.of(), "nothing to do");
		};
		start(realTime());
		left[0] = feeds.get("/tmp/left");
		left[0].changed(List.of(RelPath.of("docs/a.txt")));
		time.advance(Duration.ofMillis(800));
		assertEquals(2, runs.size(), runs.toString());
		// the feed delivers the write (and its folder) again a little after the run
		feeds.get("/tmp/right").changed(List.of(RelPath.of("docs"), RelPath.of("docs/a.txt")));
		time.advance(Duration.ofSeconds(10));
		assertEquals(2, runs.size(), "no run for our own writes: " + runs);
		// a real change afterwards is synced
		feeds.get("/tmp/right").changed(List.of(RelPath.of("docs/a.txt")));
		time.advance(Duration.ofSeconds(1));
		assertEquals(3, runs.size(), runs.toString());
	}

	@Test
	void theVersionsFolderIsNoChange() {
		start(realTime());
		feeds.get("/tmp/left").changed(List.of(RelPath.of(".karma-versions"), RelPath.of(".karma-versions/a~1.txt")));
		time.advance(Duration.ofSeconds(5));
		assertEquals(List.of("start@2026-11-22T00:10:00Z"), runs);
	}

	@Test
	void aChangeDuringARunStartsOneMoreRunAfterIt() {
		runner = (profile, trigger, monitor) -> {
			runs.add(trigger.word() + "@" + time.instant());
			if (runs.size() == 2) {
				feeds.get("/tmp/left").changed(List.of(RelPath.of("b.txt"))); // the user, not the run
			}
			return new RunResult(runs.size(), RunStatus.OK, runs.size() == 2 ? 1 : 0,
					runs.size() == 2 ? Set.of("a.txt") : Set.of(), "");
		};
		start(realTime());
		feeds.get("/tmp/left").changed(List.of(RelPath.of("a.txt")));
		time.advance(Duration.ofSeconds(5));
		assertEquals(List.of("start@2026-11-22T00:10:00Z", "changes@2026-11-22T00:10:00.800Z",
				"changes@2026-11-22T00:10:01.600Z"), runs);
	}

	@Test
	void anOverflowRunsAFullRescan() {
		start(realTime());
		feeds.get("/tmp/right").overflow();
		time.advance(Duration.ofSeconds(1));
		assertEquals(List.of("start@2026-11-22T00:10:00Z", "rescan@2026-11-22T00:10:00.800Z"), runs);
	}

	@Test
	void periodicRescanIsJitteredAroundItsInterval() {
		SyncProfile p = realTime();
		p.getSchedule().setRescanIntervalMinutes(60);
		start(p);
		time.advance(Duration.ofHours(10));
		List<Instant> rescans = runs.stream().filter(r -> r.startsWith("rescan@"))
				.map(r -> Instant.parse(r.substring(7))).toList();
		assertTrue(rescans.size() >= 9 && rescans.size() <= 11, rescans.toString());
		Instant previous = T0;
		boolean varied = false;
		for (Instant r : rescans) {
			long minutes = Duration.between(previous, r).toSeconds();
			assertTrue(minutes >= 54 * 60 && minutes <= 66 * 60, "within a tenth of an hour: " + rescans);
			varied |= minutes != 3600;
			previous = r;
		}
		assertTrue(varied, "jittered: " + rescans);
	}

	@Test
	void endpointsWithoutAFeedArePolled() {
		SyncProfile p = realTime();
		p.getSchedule().setPollIntervalSeconds(60);
		Function<String, Optional<Instant>> last = name -> Optional.empty();
		scheduler = new Scheduler(time, time, Runnable::run, runner, Scheduler.Feeds.NONE, last, new Scheduler.Listener() {
		}, new Random(1));
		scheduler.update(List.of(p));
		time.advance(Duration.ofSeconds(180));
		// both sides lack a feed: each is polled, and a poll asked for during another run is not doubled
		assertEquals("start", runs.get(0).split("@")[0]);
		long polls = runs.stream().filter(r -> r.startsWith("poll@")).count();
		assertTrue(polls >= 3 && polls <= 6, runs.toString());
	}

	@Test
	void aSideThatRunsOutOfWatchesIsPolledInstead() {
		SyncProfile p = realTime();
		p.getSchedule().setPollIntervalSeconds(30);
		int[] attempts = new int[1];
		scheduler = new Scheduler(time, time, Runnable::run, runner, (profile, endpoint, listener) -> {
			attempts[0]++;
			throw new org.karma.connector.api.ConnectorException(org.karma.connector.api.ConnectorException.Reason.QUOTA,
					null, "the system's limit on watches was reached");
		}, name -> Optional.empty(), new Scheduler.Listener() {
		}, new Random(1));
		scheduler.update(List.of(p));
		time.advance(Duration.ofSeconds(61));
		assertEquals(2, attempts[0], "not retried");
		long polls = runs.stream().filter(r -> r.startsWith("poll@")).count();
		assertEquals(4, polls, runs.toString());
	}

	@Test
	void failuresAreRetriedWithGrowingBackoffNeverInATightLoop() {
		runner = (profile, trigger, monitor) -> {
			runs.add(trigger.word() + "@" + time.instant());
			throw new SyncException(SyncException.Kind.CANNOT_CONNECT, "left: connection refused", null);
		};
		start(realTime());
		time.advance(Duration.ofMinutes(10));
		assertEquals(List.of("start@2026-11-22T00:10:00Z retry 5", "retry@2026-11-22T00:10:05Z retry 10",
				"retry@2026-11-22T00:10:15Z retry 20", "retry@2026-11-22T00:10:35Z retry 40",
				"retry@2026-11-22T00:11:15Z retry 80", "retry@2026-11-22T00:12:35Z retry 160",
				"retry@2026-11-22T00:15:15Z retry 300"), failures);
		assertEquals(Scheduler.MAX_BACKOFF, Scheduler.backoff(30));
	}

	@Test
	void changesWhileARetryWaitsDoNotHurryIt() {
		int[] n = { 0 };
		runner = (profile, trigger, monitor) -> {
			runs.add(trigger.word() + "@" + time.instant());
			if (++n[0] == 1) {
				throw new SyncException(SyncException.Kind.CANNOT_CONNECT, "right: host is down", null);
			}
			return new RunResult(n[0], RunStatus.OK, 0, Set.of(), "");
		};
		start(realTime());
		feeds.get("/tmp/left").changed(List.of(RelPath.of("a.txt")));
		time.advance(Duration.ofSeconds(4));
		assertEquals(List.of("start@2026-11-22T00:10:00Z"), runs);
		time.advance(Duration.ofSeconds(10));
		assertEquals(List.of("start@2026-11-22T00:10:00Z", "retry@2026-11-22T00:10:05Z"), runs);
	}

	@Test
	void aFeedThatCannotStartIsRetriedWithBackoff() {
		int[] attempts = new int[1];
		List<String> notes = new CopyOnWriteArrayList<>();
		scheduler = new Scheduler(time, time, Runnable::run, runner, (profile, endpoint, listener) -> {
			attempts[0]++;
			if (attempts[0] < 4) {
				throw new org.karma.connector.api.ConnectorException(
						org.karma.connector.api.ConnectorException.Reason.TRANSIENT, null, "server down");
			}
			return Optional.of(() -> {
			});
		}, name -> Optional.empty(), new Scheduler.Listener() {
			@Override
			public void note(String profile, String message) {
				notes.add(message);
			}
		}, new Random(1));
		scheduler.update(List.of(realTime()));
		time.advance(Duration.ofMinutes(2));
		assertTrue(attempts[0] >= 4 && attempts[0] <= 6, "attempts " + attempts[0] + " " + notes);
		assertTrue(notes.contains("trying to watch again in 5 s"), notes.toString());
	}

	@Test
	void closeCancelsTheRunUnderWayAndWaitsForIt() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		List<String> ended = new ArrayList<>();
		runner = (profile, trigger, monitor) -> {
			started.countDown();
			while (!monitor.isCanceled()) {
				Thread.onSpinWait();
			}
			synchronized (ended) {
				ended.add("cancelled");
			}
			throw new SyncException(SyncException.Kind.CANCELLED, "cancelled", null);
		};
		Function<String, Optional<Instant>> last = name -> Optional.empty();
		scheduler = new Scheduler(time, time, r -> new Thread(r).start(), runner, Scheduler.Feeds.NONE, last,
				new Scheduler.Listener() {
				}, new Random(1));
		scheduler.update(List.of(realTime()));
		assertTrue(started.await(30, TimeUnit.SECONDS));
		assertTrue(scheduler.isRunning("p"));
		scheduler.close();
		synchronized (ended) {
			assertEquals(List.of("cancelled"), ended, "close returned after the run ended");
		}
		assertFalse(scheduler.isRunning("p"));
		time.advance(Duration.ofHours(2));
		assertEquals(0, time.pendingTasks(), "nothing left scheduled");
	}
}
