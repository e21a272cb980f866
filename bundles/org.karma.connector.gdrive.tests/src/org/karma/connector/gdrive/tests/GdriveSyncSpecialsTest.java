package org.karma.connector.gdrive.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.connector.local.internal.LocalConnectorFactory;
import org.karma.connector.tck.realtime.RealTimeHarness;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.sync.SyncOperation;
import org.karma.engine.ItemResult;
import org.karma.model.profile.SyncProfile;

/**
 * A whole sync between a local folder and a Drive folder holding what only Drive has: two items
 * of one name in a folder, and a Google document. The other files sync; the duplicate name is a
 * name-collision conflict and the document is skipped with its reason: neither is downloaded as a
 * file, overwritten or deleted.
 */
class GdriveSyncSpecialsTest {

	private FakeDrive drive;
	private GdriveFixture fixture;
	private Path dir;

	@BeforeEach
	void setUp() throws Exception {
		drive = new FakeDrive();
		fixture = GdriveFixture.create(drive, new GdriveConnectorFactory(), Map.of(), "access-1", null);
		dir = Files.createTempDirectory("karma-gdrive-specials");
	}

	@AfterEach
	void tearDown() throws Exception {
		fixture.close();
		drive.close();
		try (var all = Files.walk(dir)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void duplicateNamesAndGoogleDocumentsAreReportedAndTheRestSyncs() throws Exception {
		drive.put(fixture.folderId, "twice.txt", "text/plain", "one".getBytes(StandardCharsets.UTF_8));
		drive.put(fixture.folderId, "twice.txt", "text/plain", "two".getBytes(StandardCharsets.UTF_8));
		drive.put(fixture.folderId, "Notes", "application/vnd.google-apps.document", new byte[0]);
		drive.put(fixture.folderId, "plain.txt", "text/plain", "plain".getBytes(StandardCharsets.UTF_8));
		Path local = Files.createDirectories(dir.resolve("local"));
		Files.writeString(local.resolve("mine.txt"), "mine");

		ConnectorRegistry registry = new ConnectorRegistry();
		registry.addFactory(new LocalConnectorFactory());
		registry.addFactory(new GdriveConnectorFactory());
		SyncProfile profile = RealTimeHarness.twoWay("specials", local, "gdrive:/" + fixture.folderName,
				Map.of("root_url", drive.rootUrl(), "token_url", drive.tokenUrl(), "client_id", "karma-test-client"));
		List<String> notes = new ArrayList<>();
		SyncOperation.Outcome outcome = new SyncOperation(KarmaHome.at(dir.resolve("home")), registry, Clock.systemUTC(),
				key -> name -> name.equals("access_token") ? Optional.of("access-1".toCharArray()) : Optional.empty())
				.run(profile, SyncOperation.pairId(profile, true), false, false, null, notes::add, new NullProgressMonitor());
		Map<String, ItemResult> byPath = outcome.result().items().stream()
				.collect(Collectors.toMap(i -> i.item().path().toString(), i -> i));
		String report = byPath.values().stream()
				.map(i -> i.item().path() + " " + i.item().action() + " " + i.outcome() + " " + i.message())
				.collect(Collectors.joining("\n")) + "\nnotes " + notes + "\nstatus " + outcome.status();

		assertEquals("plain", Files.readString(local.resolve("plain.txt")), report);
		assertEquals("mine", RealTimeHarness.read(fixture.connection(), "mine.txt"), report);
		assertFalse(Files.exists(local.resolve("twice.txt")), "no duplicate picked: " + report);
		assertFalse(Files.exists(local.resolve("Notes")), "no empty file for a Google document: " + report);
		assertEquals(ItemResult.Outcome.CONFLICT, byPath.get("twice.txt").outcome(), report);
		assertTrue(byPath.get("twice.txt").message().contains("several items are named 'twice.txt'"), report);
		assertEquals(ItemResult.Outcome.SKIPPED, byPath.get("Notes").outcome(), report);
		assertTrue(byPath.get("Notes").message().contains("not synced"), report);
		assertTrue(byPath.values().stream().noneMatch(i -> i.outcome() == ItemResult.Outcome.FAILED), report);
		assertEquals(1, outcome.result().conflicts(), report);
		assertEquals(0, outcome.result().errors(), report);
		assertEquals(7, drive.count(), "My Drive, the folder, the two twice.txt, Notes, plain.txt and the new mine.txt: " + report);
	}
}
