package org.karma.connector.tck.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;

/**
 * Real-time two-way sync through a connector's change feed, one scenario for every connector
 * that has one: the scheduler runs a REAL_TIME two-way profile between a local folder and the
 * endpoint under test. A file put on the remote side by another client arrives locally through a
 * {@code changes} run, a local change arrives remotely, and once both sides are equal the runs'
 * own writes (which the feeds report too) start at most one late run, which changes nothing (no
 * ping-pong). Waits are on the scheduler's run events with a time limit, not sleeps.
 */
public abstract class RealTimeContractTest {

	private Path dir;
	private Path local;
	private RealTimeHarness harness;

	/** Starts the scheduler with a two-way realtime profile from {@code local} to the endpoint under test. */
	protected abstract RealTimeHarness start(Path local, Path home, int debounceMillis) throws Exception;

	/** Writes a file (and its folders) on the remote side directly, as another client would. */
	protected abstract void putRemote(String path, String content) throws Exception;

	/** A connection to the remote side for the checks (not the scheduler's), unless the two methods below are overridden. */
	protected Connection remoteConnection() {
		throw new UnsupportedOperationException("override remoteConnection(), or readRemote() and remoteTree()");
	}

	/** A remote file's content, or null when it cannot be read (missing, changing). */
	protected String readRemote(String path) {
		return RealTimeHarness.read(remoteConnection(), path);
	}

	/** Path → content (folders: "/") of the remote side. */
	protected Map<String, String> remoteTree() throws Exception {
		return RealTimeHarness.tree(remoteConnection());
	}

	@BeforeEach
	final void createLocalFolder() throws Exception {
		dir = Files.createTempDirectory("karma-realtime");
		local = Files.createDirectories(dir.resolve("local"));
	}

	/** Stops the scheduler (again: nothing); subclasses that check the remote side after a test call it first. */
	protected final void stopScheduler() throws InterruptedException {
		if (harness != null) {
			harness.close();
			harness = null;
		}
	}

	@AfterEach
	final void stopAndDeleteLocalFolder() throws Exception {
		stopScheduler();
		try (Stream<Path> all = Files.walk(dir)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private boolean same() {
		try {
			return RealTimeHarness.tree(local).equals(remoteTree());
		} catch (Exception e) {
			return false; // changing under our feet: look again after the next run
		}
	}

	private static boolean changingRunAmong(List<String> runs, int from) {
		return runs.subList(from, runs.size()).stream().anyMatch(r -> r.startsWith("changes ") && !r.endsWith(" 0"));
	}

	@Test
	void changesOnEitherSideArriveAndComeToRest() throws Exception {
		Files.writeString(local.resolve("a.txt"), "first");
		harness = start(local, dir.resolve("home"), 500);
		harness.awaitRuns(() -> "first".equals(readRemote("a.txt")), "the start run copying a.txt to the remote side");
		int afterStart = harness.runs().size();

		putRemote("in/from-remote.txt", "put remotely");
		harness.awaitRuns(() -> "put remotely".equals(RealTimeHarness.read(local.resolve("in/from-remote.txt"))),
				"remote → local");
		assertTrue(changingRunAmong(harness.runs(), afterStart),
				"a changes run brought it (not only the start run): " + harness.runs());

		int beforeLocal = harness.runs().size();
		Files.writeString(local.resolve("a.txt"), "edited locally, longer");
		Files.writeString(local.resolve("b.txt"), "new locally");
		harness.awaitRuns(() -> "edited locally, longer".equals(readRemote("a.txt"))
				&& "new locally".equals(readRemote("b.txt")), "local → remote");
		assertTrue(changingRunAmong(harness.runs(), beforeLocal), "a changes run brought it: " + harness.runs());

		harness.awaitRuns(this::same, "both sides equal");
		harness.clearEvents();
		int before = harness.runs().size();
		// quiet for many poll intervals and several debounce periods: the feeds that see the runs'
		// own writes start nothing that changes anything, and nothing keeps going
		int more = harness.runsWithin(Duration.ofMillis(4000));
		List<String> runs = harness.runs();
		assertTrue(more <= 1, "at most one late run: " + runs);
		for (String run : runs.subList(before, runs.size())) {
			assertTrue(run.endsWith(" 0"), "a late run changes nothing: " + runs);
		}
		assertEquals(RealTimeHarness.tree(local), remoteTree());
	}
}
