package org.karma.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.local.internal.LocalConnectorFactory;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;
import org.karma.core.schedule.ConnectorFeeds;
import org.karma.core.schedule.Scheduler;
import org.karma.core.schedule.SyncRunner;
import org.karma.core.schedule.Timer;
import org.karma.core.sync.SyncException;
import org.karma.model.Profiles;
import org.karma.model.profile.Direction;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;

/**
 * The scheduler with real local folders, their real watches and real syncs: two-way changes on
 * either side converge, a burst of 10,000 files ends in a handful of runs, and the runs' own writes
 * do not start more runs. Waits are on the scheduler's run events (with a time limit), not sleeps.
 */
class RealTimeLocalTest {

	@TempDir
	Path dir;
	Path left;
	Path right;
	final BlockingQueue<String> events = new LinkedBlockingQueue<>();
	final List<String> runs = new java.util.concurrent.CopyOnWriteArrayList<>();
	ExecutorService executor;
	Timer timer;
	Scheduler scheduler;

	@BeforeEach
	void setUp() throws Exception {
		left = Files.createDirectories(dir.resolve("left"));
		right = Files.createDirectories(dir.resolve("right"));
	}

	@AfterEach
	void tearDown() {
		if (scheduler != null) {
			scheduler.close();
		}
		if (timer != null) {
			timer.close();
		}
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	void start(int debounceMillis) {
		ConnectorRegistry registry = new ConnectorRegistry();
		registry.addFactory(new LocalConnectorFactory());
		SyncProfile profile = Profiles.create("rt", left.toString(), right.toString());
		profile.setDirection(Direction.TWO_WAY);
		profile.getSchedule().setKind(ScheduleKind.REAL_TIME);
		profile.getSchedule().setDebounceMillis(debounceMillis);
		profile.getSchedule().setRescanIntervalMinutes(0);
		executor = Executors.newCachedThreadPool();
		timer = Timer.system();
		Clock clock = Clock.systemUTC();
		scheduler = new Scheduler(clock, timer, executor,
				new SyncRunner(KarmaHome.at(dir.resolve("home")), registry, clock, SecretSource.NONE, note -> {
				}), new ConnectorFeeds(registry, SecretSource.NONE), name -> Optional.empty(), new Scheduler.Listener() {
					@Override
					public void runFinished(String name, Scheduler.Trigger trigger, Scheduler.RunResult result, Duration d) {
						runs.add(trigger.word() + " " + result.changes());
						events.add("finished " + trigger.word() + " " + result.changes());
					}

					@Override
					public void runFailed(String name, Scheduler.Trigger trigger, SyncException failure,
							Optional<Duration> retryIn) {
						events.add("failed " + trigger.word() + " " + failure.getMessage());
					}
				}, new Random());
		scheduler.update(List.of(profile));
	}

	/** Waits for runs until {@code condition} holds after one of them (3 minutes at most: a loaded machine). */
	void awaitRuns(BooleanSupplier condition, String what) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (true) {
			if (condition.getAsBoolean() && !scheduler.isRunning("rt")) {
				return;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				fail(what + " not reached; runs " + runs);
			}
			String event = events.poll(left, TimeUnit.NANOSECONDS);
			if (event != null && event.startsWith("failed")) {
				fail(event + "; runs " + runs);
			}
		}
	}

	/** Waits until no run starts for {@code quiet}; returns the number of runs seen meanwhile. */
	int runsWithin(Duration quiet) throws InterruptedException {
		int n = 0;
		while (events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) != null) {
			n++;
		}
		return n;
	}

	static Map<String, String> tree(Path root) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				String rel = root.relativize(p).toString().replace('\\', '/');
				if (rel.isEmpty() || rel.startsWith(".karma")) {
					continue;
				}
				files.put(rel, Files.isDirectory(p) ? "/" : Files.readString(p));
			}
		}
		return files;
	}

	BooleanSupplier same() {
		return () -> {
			try {
				return tree(left).equals(tree(right));
			} catch (Exception e) {
				return false; // changing under our feet: look again after the next run
			}
		};
	}

	@Test
	void twoWayChangesOnBothSidesConverge() throws Exception {
		Files.writeString(left.resolve("a.txt"), "a");
		start(300);
		awaitRuns(() -> Files.exists(right.resolve("a.txt")), "the start run");

		long t0 = System.nanoTime();
		Files.writeString(left.resolve("b.txt"), "created left");
		awaitRuns(() -> "created left".equals(read(right.resolve("b.txt"))), "create");
		System.out.println("RealTimeLocalTest: create to complete on the other side (300 ms debounce): "
				+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");

		Files.writeString(right.resolve("a.txt"), "modified right");
		awaitRuns(() -> "modified right".equals(read(left.resolve("a.txt"))), "modify");

		Files.delete(left.resolve("b.txt"));
		awaitRuns(() -> !Files.exists(right.resolve("b.txt")), "delete");

		Files.move(right.resolve("a.txt"), right.resolve("renamed.txt"));
		awaitRuns(() -> "modified right".equals(read(left.resolve("renamed.txt"))) && !Files.exists(left.resolve("a.txt")),
				"rename");

		Files.createDirectories(left.resolve("new/nested/deep"));
		Files.writeString(left.resolve("new/nested/deep/n.txt"), "nested");
		awaitRuns(() -> "nested".equals(read(right.resolve("new/nested/deep/n.txt"))), "new nested folder");
		// a file in the folder that appeared after the watch started is seen too
		Files.writeString(left.resolve("new/nested/deep/m.txt"), "later");
		awaitRuns(() -> "later".equals(read(right.resolve("new/nested/deep/m.txt"))), "file in the new folder");

		awaitRuns(same(), "both sides equal");
		assertEquals(tree(left), tree(right));
	}

	@Test
	void noPingPongAfterConvergence() throws Exception {
		start(300);
		awaitRuns(() -> runs.size() >= 1, "the start run");
		for (int i = 0; i < 20; i++) {
			Files.writeString(left.resolve("l" + i + ".txt"), "left " + i);
			Files.writeString(right.resolve("r" + i + ".txt"), "right " + i);
		}
		awaitRuns(() -> same().getAsBoolean() && countFiles(left) == 40, "converged");
		events.clear();
		int before = runs.size();
		// quiet for ten debounce periods: the runs' own writes started nothing that keeps going
		int more = runsWithin(Duration.ofMillis(3000));
		List<String> after = runs.subList(before, runs.size());
		assertTrue(more <= 1, "at most one late run: " + runs);
		for (String run : after) {
			assertTrue(run.endsWith(" 0"), "a late run changes nothing: " + runs);
		}
		assertEquals(tree(left), tree(right));
	}

	@Test
	void aBurstOfTenThousandFilesEndsInAHandfulOfRuns() throws Exception {
		start(800);
		awaitRuns(() -> runs.size() >= 1, "the start run");
		int before = runs.size();
		for (int i = 0; i < 10_000; i++) {
			Path f = left.resolve("d" + i % 100).resolve("f" + i + ".txt");
			if (i < 100) {
				Files.createDirectories(f.getParent());
			}
			Files.writeString(f, "burst " + i);
		}
		awaitRuns(() -> countFiles(right) == 10_000, "10,000 files on the right");
		List<String> burstRuns = runs.subList(before, runs.size());
		assertTrue(burstRuns.size() <= 5, "a handful of runs, not thousands: " + burstRuns);
		assertFalse(burstRuns.isEmpty());
		int more = runsWithin(Duration.ofMillis(2500));
		assertTrue(more <= 1, "comes to rest: " + runs);
	}

	static long countFiles(Path root) {
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(p -> Files.isRegularFile(p) && !root.relativize(p).toString().startsWith(".karma")).count();
		} catch (Exception e) {
			return -1;
		}
	}

	static String read(Path p) {
		try {
			return Files.readString(p);
		} catch (Exception e) {
			return null;
		}
	}
}
