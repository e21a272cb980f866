package org.karma.connector.gdrive.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;

/**
 * The option {@code drive}: a shared drive found by name or id, clear errors for an unknown or
 * ambiguous name, files landing in the shared drive and not in My Drive, and the fake's rule that
 * shared drives' items are invisible to requests without {@code supportsAllDrives=true} (what
 * makes the shared-drive conformance and watch tests prove the connector sends it).
 */
class GdriveSharedDriveTest {
	private FakeDrive drive;
	private final GdriveConnectorFactory factory = new GdriveConnectorFactory();
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeEach
	void start() throws Exception {
		drive = new FakeDrive();
	}

	@AfterEach
	void stop() {
		drive.close();
	}

	private Connection connect(String location, Map<String, String> options) throws ConnectorException {
		return factory.connect(GdriveFixture.spec(drive, location, options, "access-1", null), monitor);
	}

	private static List<String> names(Connection c) throws ConnectorException {
		List<String> names = new ArrayList<>();
		c.list(RelPath.ROOT, (Entry e) -> names.add(e.path().name()), new NullProgressMonitor());
		return names;
	}

	@Test
	void byNameOrIdTheFilesGoToTheSharedDriveNotToMyDrive() throws Exception {
		String team = drive.addSharedDrive("Team Karma");
		String shared = drive.put(team, "Reports", FakeDrive.FOLDER, new byte[0]);
		String mine = drive.put(FakeDrive.ROOT, "Reports", FakeDrive.FOLDER, new byte[0]);
		drive.put(mine, "private.txt", "text/plain", new byte[] { 1 });
		try (Connection byName = connect("gdrive:/Reports", Map.of("drive", "Team Karma"))) {
			byName.write(RelPath.of("q3/summary.txt"), new ByteArrayInputStream("numbers".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT.withCreateParents(true), monitor);
			assertEquals(List.of("q3"), names(byName), "My Drive's Reports/private.txt is not in the shared drive");
		}
		try (Connection byId = connect("gdrive:/Reports", Map.of("drive", team))) {
			assertEquals(List.of("q3"), names(byId));
		}
		assertEquals(Map.of("q3", "/", "q3/summary.txt", sha256("numbers")), drive.tree(shared));
		try (Connection myDrive = connect("gdrive:/Reports", Map.of())) {
			assertEquals(List.of("private.txt"), names(myDrive), "the shared drive's q3 is not in My Drive");
		}
	}

	@Test
	void anUnknownOrAmbiguousDriveIsAClearErrorAndAnIdStillWorks() throws Exception {
		String first = drive.addSharedDrive("Twins");
		drive.addSharedDrive("Twins");
		drive.addSharedDrive("Finance");
		ConnectorException unknown = assertThrows(ConnectorException.class,
				() -> connect("gdrive:/", Map.of("drive", "Marketing")).close());
		assertEquals(Reason.FATAL, unknown.reason(), "not NOT_FOUND: a sync would say 'not mounted?'");
		assertEquals("no shared drive has the name or id 'Marketing' for this account (its shared drives: 'Twins', 'Twins',"
				+ " 'Finance')", unknown.getMessage());
		ConnectorException ambiguous = assertThrows(ConnectorException.class,
				() -> connect("gdrive:/", Map.of("drive", "Twins")).close());
		assertEquals(Reason.FATAL, ambiguous.reason());
		assertTrue(ambiguous.getMessage().startsWith("2 shared drives are named 'Twins': give the id of one in the option drive ("
				+ first + ", "), ambiguous.getMessage());
		try (Connection byId = connect("gdrive:/", Map.of("drive", first))) {
			assertEquals(List.of(), names(byId));
		}
		ConnectorException missingFolder = assertThrows(ConnectorException.class,
				() -> connect("gdrive:/Nope", Map.of("drive", first)).close());
		assertEquals(Reason.NOT_FOUND, missingFolder.reason());
		assertEquals("folder '/Nope' does not exist in shared drive 'Twins' ('Nope' is missing)", missingFolder.getMessage());
	}

	@Test
	void theFakeHidesSharedDrivesFromRequestsWithoutSupportsAllDrives() throws Exception {
		String team = drive.addSharedDrive("Team Karma");
		String file = drive.put(team, "a.txt", "text/plain", new byte[] { 1 });
		HttpClient http = HttpClient.newHttpClient();
		String get = drive.rootUrl() + "drive/v3/files/" + file;
		String list = drive.rootUrl() + "drive/v3/files?q=" + java.net.URLEncoder.encode("'" + team
				+ "' in parents and trashed = false", StandardCharsets.UTF_8) + "&driveId=" + team + "&supportsAllDrives=true";
		assertEquals(404, status(http, get));
		assertEquals(200, status(http, get + "?supportsAllDrives=true"));
		assertEquals(403, status(http, list), "a shared drive's listing needs corpora=drive and includeItemsFromAllDrives");
		assertEquals(200, status(http, list + "&corpora=drive&includeItemsFromAllDrives=true"));
	}

	private static int status(HttpClient http, String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer access-1").build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static String sha256(String s) throws Exception {
		return java.util.HexFormat.of().formatHex(
				java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
	}
}
