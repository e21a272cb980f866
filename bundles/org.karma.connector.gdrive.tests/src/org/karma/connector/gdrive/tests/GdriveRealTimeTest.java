package org.karma.connector.gdrive.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.karma.connector.tck.realtime.RealTimeHarness.read;
import static org.karma.connector.tck.realtime.RealTimeHarness.tree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.connector.local.internal.LocalConnectorFactory;
import org.karma.connector.tck.realtime.RealTimeHarness;
import org.karma.core.connectors.ConnectorRegistry;

/**
 * The scheduler with a REAL_TIME two-way profile between a local folder and a folder on the fake
 * Google Drive, watched through the connector's change feed ({@code poll_interval} 100 ms): a file
 * put into Drive arrives locally through a {@code changes} run, a local edit arrives in Drive, and
 * once both sides are equal the runs' own uploads (which the feed reports too) start no run that
 * changes anything.
 */
class GdriveRealTimeTest {

	private FakeDrive drive;
	private GdriveFixture fixture;
	private Connection remote;
	private Path dir;
	private Path local;
	private RealTimeHarness harness;

	@BeforeEach
	void setUp() throws Exception {
		drive = new FakeDrive();
		fixture = GdriveFixture.create(drive, new GdriveConnectorFactory(), Map.of(), "access-1", null);
		remote = fixture.connection();
		dir = Files.createTempDirectory("karma-gdrive-realtime");
		local = Files.createDirectories(dir.resolve("local"));
	}

	@AfterEach
	void tearDown() throws Exception {
		if (harness != null) {
			harness.close();
		}
		fixture.close();
		drive.close();
		try (var all = Files.walk(dir)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private boolean same() {
		try {
			return tree(local).equals(tree(remote));
		} catch (Exception e) {
			return false; // changing under our feet: look again after the next run
		}
	}

	@Test
	void changesOnEitherSideArriveAndComeToRest() throws Exception {
		Files.writeString(local.resolve("a.txt"), "first");
		ConnectorRegistry registry = new ConnectorRegistry();
		registry.addFactory(new LocalConnectorFactory());
		registry.addFactory(new GdriveConnectorFactory());
		Map<String, String> options = Map.of("root_url", drive.rootUrl(), "token_url", drive.tokenUrl(), "client_id",
				"karma-test-client", "poll_interval", "100ms");
		String location = "gdrive:/" + fixture.folderName;
		harness = new RealTimeHarness("gdrive-rt", local, location, options, registry,
				key -> name -> name.equals("access_token") ? Optional.of("access-1".toCharArray()) : Optional.empty(),
				dir.resolve("home"), 500);
		harness.awaitRuns(() -> "first".equals(read(remote, "a.txt")), "the start run copying a.txt to Drive");
		int afterStart = harness.runs().size();

		// another client puts a file into Drive: the next changes.list has it
		String in = drive.put(fixture.folderId, "in", FakeDrive.FOLDER, new byte[0]);
		drive.put(in, "from-drive.txt", "text/plain", "put in Drive".getBytes(StandardCharsets.UTF_8));
		harness.awaitRuns(() -> "put in Drive".equals(RealTimeHarness.read(local.resolve("in/from-drive.txt"))), "Drive → local");
		List<String> runs = harness.runs();
		assertTrue(runs.subList(afterStart, runs.size()).stream().anyMatch(r -> r.startsWith("changes ") && !r.endsWith(" 0")),
				"a changes run brought it (not only the start run): " + runs);

		int beforeLocal = harness.runs().size();
		Files.writeString(local.resolve("a.txt"), "edited locally, longer");
		Files.writeString(local.resolve("b.txt"), "new locally");
		harness.awaitRuns(() -> "edited locally, longer".equals(read(remote, "a.txt"))
				&& "new locally".equals(read(remote, "b.txt")), "local → Drive");
		runs = harness.runs();
		assertTrue(runs.subList(beforeLocal, runs.size()).stream().anyMatch(r -> r.startsWith("changes ") && !r.endsWith(" 0")),
				"a changes run brought it: " + runs);

		harness.awaitRuns(this::same, "both sides equal");
		harness.clearEvents();
		int before = harness.runs().size();
		// quiet for forty poll intervals and several debounce periods: nothing that changes anything
		int more = harness.runsWithin(Duration.ofMillis(4000));
		runs = harness.runs();
		assertTrue(more <= 1, "at most one late run: " + runs);
		for (String run : runs.subList(before, runs.size())) {
			assertTrue(run.endsWith(" 0"), "a late run changes nothing: " + runs);
		}
		assertEquals(tree(local), tree(remote));
	}
}
