package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.ftp.internal.FtpConnectorFactory;
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
import org.karma.model.profile.ConnectorOption;
import org.karma.model.profile.Direction;
import org.karma.model.profile.ProfileFactory;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;

/**
 * The scheduler with a REAL_TIME two-way profile between a local folder and a folder on the
 * embedded FTP server: the local side is watched, the FTP side is polled by the connector's
 * change feed ({@code poll_interval} 100 ms). A file put into the server's folder arrives locally
 * through a {@code changes} run, a local change arrives on the server, and once both sides are
 * equal the runs' own writes (seen by the next polls) start no more changing runs. Waits are on
 * the scheduler's run events with a time limit, not sleeps.
 */
class FtpRealTimeTest {

	private static final long WAIT_MINUTES = 3;

	private Path dir;
	private Path local;
	private Path remote;
	private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
	private final List<String> runs = new CopyOnWriteArrayList<>();
	private ExecutorService executor;
	private Timer timer;
	private Scheduler scheduler;

	@BeforeEach
	void setUp() throws Exception {
		dir = Files.createTempDirectory("karma-ftp-realtime");
		local = Files.createDirectories(dir.resolve("local"));
		remote = TestServer.get().newRoot();
	}

	@AfterEach
	void tearDown() throws Exception {
		if (scheduler != null) {
			scheduler.close();
		}
		if (timer != null) {
			timer.close();
		}
		if (executor != null) {
			executor.shutdownNow();
			executor.awaitTermination(30, TimeUnit.SECONDS);
		}
		assertEquals(List.of(), TestServer.leftovers(remote), "temporary files or locks left on the server");
		TestServer.deleteTree(remote);
		TestServer.deleteTree(dir);
	}

	private void start(int debounceMillis) throws Exception {
		TestServer server = TestServer.get();
		ConnectorRegistry registry = new ConnectorRegistry();
		registry.addFactory(new LocalConnectorFactory());
		registry.addFactory(new FtpConnectorFactory(server.base.resolve("known-certs"), Duration.ofSeconds(30)));
		SyncProfile profile = Profiles.create("ftp-rt", local.toString(), server.url("ftp", "ann", server.plainPort, remote));
		ConnectorOption poll = ProfileFactory.eINSTANCE.createConnectorOption();
		poll.setKey("poll_interval");
		poll.setValue("100ms");
		profile.getRight().getOptions().add(poll);
		profile.setDirection(Direction.TWO_WAY);
		profile.getSchedule().setKind(ScheduleKind.REAL_TIME);
		profile.getSchedule().setDebounceMillis(debounceMillis);
		profile.getSchedule().setRescanIntervalMinutes(0);
		SecretSource secrets = key -> name -> name.equals("password") ? Optional.of(TestServer.PASSWORD.toCharArray())
				: Optional.empty();
		executor = Executors.newCachedThreadPool();
		timer = Timer.system();
		Clock clock = Clock.systemUTC();
		scheduler = new Scheduler(clock, timer, executor,
				new SyncRunner(KarmaHome.at(dir.resolve("home")), registry, clock, secrets, note -> {
				}), new ConnectorFeeds(registry, secrets), name -> Optional.empty(), new Scheduler.Listener() {
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

					@Override
					public void note(String name, String message) {
						events.add("note " + message);
					}
				}, new Random());
		scheduler.update(List.of(profile));
	}

	/** Waits for run events until {@code condition} holds with no run under way; a failed run fails the test. */
	private void awaitRuns(BooleanSupplier condition, String what) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(WAIT_MINUTES);
		while (true) {
			if (condition.getAsBoolean() && !scheduler.isRunning("ftp-rt")) {
				return;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				fail(what + " not reached; runs " + runs);
			}
			String event = events.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
			if (event != null && event.startsWith("failed")) {
				fail(event + "; runs " + runs);
			}
		}
	}

	/** Counts the runs that finish until none finishes for {@code quiet}. */
	private int runsWithin(Duration quiet) throws InterruptedException {
		int n = 0;
		String event;
		while ((event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
			if (event.startsWith("finished") || event.startsWith("failed")) {
				n++;
			}
		}
		return n;
	}

	private static Map<String, String> tree(Path root) throws Exception {
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

	private boolean same() {
		try {
			return tree(local).equals(tree(remote));
		} catch (Exception e) {
			return false; // changing under our feet: look again after the next run
		}
	}

	private static String read(Path p) {
		try {
			return Files.readString(p);
		} catch (Exception e) {
			return null;
		}
	}

	@Test
	void changesOnEitherSideArriveAndComeToRest() throws Exception {
		Files.writeString(local.resolve("a.txt"), "first");
		start(500);
		awaitRuns(() -> "first".equals(read(remote.resolve("a.txt"))), "the start run copying a.txt to the server");
		int afterStart = runs.size();

		// put on the server's side (its own file system, as another FTP client would): the poll sees it
		Files.createDirectories(remote.resolve("in"));
		Files.writeString(remote.resolve("in/from-server.txt"), "put on the server");
		awaitRuns(() -> "put on the server".equals(read(local.resolve("in/from-server.txt"))), "server → local");
		assertTrue(runs.subList(afterStart, runs.size()).stream().anyMatch(r -> r.startsWith("changes ") && !r.endsWith(" 0")),
				"a changes run brought it (not only the start run): " + runs);

		// changed locally: the local watch sees it
		int beforeLocal = runs.size();
		Files.writeString(local.resolve("a.txt"), "edited locally, longer");
		Files.writeString(local.resolve("b.txt"), "new locally");
		awaitRuns(() -> "edited locally, longer".equals(read(remote.resolve("a.txt")))
				&& "new locally".equals(read(remote.resolve("b.txt"))), "local → server");
		assertTrue(runs.subList(beforeLocal, runs.size()).stream().anyMatch(r -> r.startsWith("changes ") && !r.endsWith(" 0")),
				"a changes run brought it: " + runs);

		awaitRuns(this::same, "both sides equal");
		events.clear();
		int before = runs.size();
		// quiet for ten poll intervals and several debounce periods: the polls that see the runs'
		// own uploads start nothing that changes anything, and nothing keeps going
		int more = runsWithin(Duration.ofMillis(4000));
		List<String> late = runs.subList(before, runs.size());
		assertTrue(more <= 1, "at most one late run: " + runs);
		for (String run : late) {
			assertTrue(run.endsWith(" 0"), "a late run changes nothing: " + runs);
		}
		assertEquals(tree(local), tree(remote));
	}
}
