package org.karma.connector.dropbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.karma.connector.tck.realtime.RealTimeHarness.read;
import static org.karma.connector.tck.realtime.RealTimeHarness.tree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.dropbox.internal.DropboxConnectorFactory;
import org.karma.connector.local.internal.LocalConnectorFactory;
import org.karma.connector.tck.realtime.RealTimeHarness;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.credentials.SecretSource;

/**
 * The scheduler with a REAL_TIME two-way profile between a local folder and a folder on the fake
 * Dropbox, watched through the connector's change feed (longpoll): a file put into Dropbox by
 * another client arrives locally through a {@code changes} run, a local edit arrives in Dropbox, and
 * once both sides are equal the runs' own writes (which the feed reports too) start no run that
 * changes anything.
 */
class DropboxRealTimeTest {

	private DropboxFixture fixture;
	private FakeDropbox fake;
	private Connection remote;
	private Path dir;
	private Path local;
	private RealTimeHarness harness;

	@BeforeEach
	void setUp() throws Exception {
		fixture = DropboxFixture.create();
		fake = fixture.fakeDropbox();
		remote = fixture.connection();
		dir = Files.createTempDirectory("karma-dropbox-realtime");
		local = Files.createDirectories(dir.resolve("local"));
	}

	@AfterEach
	void tearDown() throws Exception {
		if (harness != null) {
			harness.close();
		}
		fixture.close();
		try (var all = Files.walk(dir)) {
			all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
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
		registry.addFactory(new DropboxConnectorFactory(new FakeRequestor(fake)));
		Map<String, char[]> secrets = Map.of("refresh_token", FakeDropbox.REFRESH_TOKEN.toCharArray(), "app_key",
				FakeDropbox.APP_KEY.toCharArray());
		SecretSource source = key -> name -> Optional.ofNullable(secrets.get(name)).map(char[]::clone);
		harness = new RealTimeHarness("dropbox-rt", local, "dropbox:" + fixture.folder(), Map.of(), registry, source,
				dir.resolve("home"), 500);
		harness.awaitRuns(() -> "first".equals(read(remote, "a.txt")), "the start run copying a.txt to Dropbox");
		int afterStart = harness.runs().size();

		// another client puts a file into Dropbox: the longpoll wakes up
		fake.putFile(fixture.folder() + "/in/from-dropbox.txt", "put in Dropbox".getBytes(StandardCharsets.UTF_8));
		harness.awaitRuns(() -> "put in Dropbox".equals(read(local.resolve("in/from-dropbox.txt"))), "Dropbox → local");
		List<String> runs = harness.runs();
		assertTrue(runs.subList(afterStart, runs.size()).stream().anyMatch(r -> r.startsWith("changes ") && !r.endsWith(" 0")),
				"a changes run brought it (not only the start run): " + runs);

		int beforeLocal = harness.runs().size();
		Files.writeString(local.resolve("a.txt"), "edited locally, longer");
		Files.writeString(local.resolve("b.txt"), "new locally");
		harness.awaitRuns(() -> "edited locally, longer".equals(read(remote, "a.txt"))
				&& "new locally".equals(read(remote, "b.txt")), "local → Dropbox");
		runs = harness.runs();
		assertTrue(runs.subList(beforeLocal, runs.size()).stream().anyMatch(r -> r.startsWith("changes ") && !r.endsWith(" 0")),
				"a changes run brought it: " + runs);

		harness.awaitRuns(this::same, "both sides equal");
		harness.clearEvents();
		int before = harness.runs().size();
		// quiet for several debounce periods: the feed reports the runs' own uploads, which start
		// nothing that changes anything, and nothing keeps going
		int more = harness.runsWithin(Duration.ofMillis(4000));
		runs = harness.runs();
		assertTrue(more <= 1, "at most one late run: " + runs);
		for (String run : runs.subList(before, runs.size())) {
			assertTrue(run.endsWith(" 0"), "a late run changes nothing: " + runs);
		}
		assertEquals(tree(local), tree(remote));
	}
}
