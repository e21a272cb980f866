package org.karma.connector.tck.realtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
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
 * The scheduler running one REAL_TIME two-way profile between a local folder and a connector's
 * endpoint (watched through its change feed), for real-time tests of connectors: runs are waited
 * for on the scheduler's run events with a time limit, not with sleeps.
 */
public final class RealTimeHarness implements AutoCloseable {

	private static final long WAIT_MINUTES = 3;

	private final String name;
	private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
	private final List<String> runs = new CopyOnWriteArrayList<>();
	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final Timer timer = Timer.system();
	private final Scheduler scheduler;

	/**
	 * Starts the schedule of a profile {@code name} from {@code local} to {@code right} (with these
	 * endpoint options, reached through {@code rightFactory} with these secrets) with the given
	 * debounce and no periodic rescan; its state lives in {@code home}.
	 */
	public RealTimeHarness(String name, Path local, String right, Map<String, String> rightOptions,
			ConnectorFactory rightFactory, SecretSource secrets, Path home, int debounceMillis) {
		this.name = name;
		ConnectorRegistry registry = new ConnectorRegistry();
		registry.addFactory(new LocalConnectorFactory());
		registry.addFactory(rightFactory);
		SyncProfile profile = twoWay(name, local, right, rightOptions);
		profile.getSchedule().setKind(ScheduleKind.REAL_TIME);
		profile.getSchedule().setDebounceMillis(debounceMillis);
		profile.getSchedule().setRescanIntervalMinutes(0);
		Clock clock = Clock.systemUTC();
		scheduler = new Scheduler(clock, timer, executor, new SyncRunner(KarmaHome.at(home), registry, clock, secrets, note -> {
		}), new ConnectorFeeds(registry, secrets), n -> Optional.empty(), new Scheduler.Listener() {
			@Override
			public void runFinished(String profileName, Scheduler.Trigger trigger, Scheduler.RunResult result, Duration d) {
				runs.add(trigger.word() + " " + result.changes());
				events.add("finished " + trigger.word() + " " + result.changes());
			}

			@Override
			public void runFailed(String profileName, Scheduler.Trigger trigger, SyncException failure,
					Optional<Duration> retryIn) {
				events.add("failed " + trigger.word() + " " + failure.getMessage());
			}

			@Override
			public void note(String profileName, String message) {
				events.add("note " + message);
			}
		}, new Random());
		scheduler.update(List.of(profile));
	}

	/** A two-way profile from a local folder to {@code right} with these endpoint options. */
	public static SyncProfile twoWay(String name, Path local, String right, Map<String, String> rightOptions) {
		SyncProfile profile = Profiles.create(name, local.toString(), right);
		for (Map.Entry<String, String> o : new TreeMap<>(rightOptions).entrySet()) {
			ConnectorOption option = ProfileFactory.eINSTANCE.createConnectorOption();
			option.setKey(o.getKey());
			option.setValue(o.getValue());
			profile.getRight().getOptions().add(option);
		}
		profile.setDirection(Direction.TWO_WAY);
		return profile;
	}

	/** The runs so far: why each ran and how many changes it made ({@code "changes 1"}). */
	public List<String> runs() {
		return new ArrayList<>(runs);
	}

	/** Waits for run events until {@code condition} holds with no run under way; a failed run fails the test. */
	public void awaitRuns(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(WAIT_MINUTES);
		while (true) {
			if (condition.getAsBoolean() && !scheduler.isRunning(name)) {
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

	/** Forgets the events seen so far (the runs stay). */
	public void clearEvents() {
		events.clear();
	}

	/** Counts the runs that finish (or fail) until none does for {@code quiet}. */
	public int runsWithin(Duration quiet) throws InterruptedException {
		int n = 0;
		String event;
		while ((event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
			if (event.startsWith("finished") || event.startsWith("failed")) {
				n++;
			}
		}
		return n;
	}

	/** Path → content (folders: "/") of a local tree, without KARMA's own {@code .karma} folder. */
	public static Map<String, String> tree(Path root) throws Exception {
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

	/** The same through a connection (its root), read with the connector. */
	public static Map<String, String> tree(Connection connection) throws Exception {
		Map<String, String> files = new TreeMap<>();
		List<RelPath> folders = new ArrayList<>(List.of(RelPath.ROOT));
		while (!folders.isEmpty()) {
			List<Entry> entries = new ArrayList<>();
			connection.list(folders.remove(folders.size() - 1), entries::add, null);
			for (Entry e : entries) {
				if (e.path().toString().startsWith(".karma")) {
					continue;
				}
				if (e.isDirectory()) {
					files.put(e.path().toString(), "/");
					folders.add(e.path());
				} else {
					try (InputStream in = connection.read(e.path(), null)) {
						files.put(e.path().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return files;
	}

	/** A file's content through a connection, or null when it cannot be read (missing, changing). */
	public static String read(Connection connection, String path) {
		try (InputStream in = connection.read(RelPath.of(path), null)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (ConnectorException | java.io.IOException e) {
			return null;
		}
	}

	/** A local file's content, or null. */
	public static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (Exception e) {
			return null;
		}
	}

	@Override
	public void close() throws InterruptedException {
		scheduler.close();
		timer.close();
		executor.shutdownNow();
		executor.awaitTermination(30, TimeUnit.SECONDS);
	}
}
