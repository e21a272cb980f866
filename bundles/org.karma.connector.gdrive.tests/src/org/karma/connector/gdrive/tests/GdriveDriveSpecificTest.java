package org.karma.connector.gdrive.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;

/** What only Drive has: duplicate names, Google documents, token refresh, 429/503 with Retry-After. */
class GdriveDriveSpecificTest {
	private FakeDrive drive;
	private final List<Long> pauses = new ArrayList<>();
	private GdriveConnectorFactory factory;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeEach
	void start() throws Exception {
		drive = new FakeDrive();
		factory = new GdriveConnectorFactory(pauses::add, GdriveFixture.JOURNALS);
	}

	@AfterEach
	void stop() {
		drive.close();
	}

	private static List<Entry> list(Connection c, String dir) throws ConnectorException {
		List<Entry> entries = new ArrayList<>();
		c.list(RelPath.of(dir), entries::add, new NullProgressMonitor());
		return entries;
	}

	@Test
	void duplicateNamesAreListedOnceAsOtherAndRefused() throws Exception {
		try (GdriveFixture f = GdriveFixture.create(drive, factory, Map.of(), "access-1", null)) {
			drive.put(f.folderId, "twice.txt", "text/plain", "one".getBytes(StandardCharsets.UTF_8));
			drive.put(f.folderId, "twice.txt", "text/plain", "two".getBytes(StandardCharsets.UTF_8));
			drive.put(f.folderId, "single.txt", "text/plain", "s".getBytes(StandardCharsets.UTF_8));
			Map<String, Entry> byName = new HashMap<>();
			for (Entry e : list(f.connection(), "")) {
				assertTrue(byName.put(e.path().name(), e) == null, "listed once: " + e.path());
			}
			assertEquals(EntryKind.OTHER, byName.get("twice.txt").kind());
			assertEquals(EntryKind.FILE, byName.get("single.txt").kind());
			assertEquals(EntryKind.OTHER, f.connection().stat(RelPath.of("twice.txt"), monitor).orElseThrow().kind());
			ConnectorException e = assertThrows(ConnectorException.class,
					() -> f.connection().read(RelPath.of("twice.txt"), monitor).close());
			assertTrue(e.getMessage().contains("2 items are named 'twice.txt'"), e.getMessage());
			assertThrows(ConnectorException.class, () -> f.connection().write(RelPath.of("twice.txt"),
					new ByteArrayInputStream(new byte[1]), WriteOptions.DEFAULT, monitor));
		}
	}

	@Test
	void googleDocumentsAreListedAsOtherAndNotDownloaded() throws Exception {
		try (GdriveFixture f = GdriveFixture.create(drive, factory, Map.of(), "access-1", null)) {
			drive.put(f.folderId, "Notes", "application/vnd.google-apps.document", new byte[0]);
			Entry doc = list(f.connection(), "").get(0);
			assertEquals(EntryKind.OTHER, doc.kind());
			ConnectorException e = assertThrows(ConnectorException.class,
					() -> f.connection().read(RelPath.of("Notes"), monitor).close());
			assertEquals(Reason.WRONG_KIND, e.reason());
			assertTrue(e.getMessage().contains("Google document"), e.getMessage());
		}
	}

	@Test
	void anExpiredAccessTokenIsRefreshed() throws Exception {
		try (GdriveFixture f = GdriveFixture.create(drive, factory, Map.of(), "expired", "refresh-1")) {
			f.connection().write(RelPath.of("a.txt"), new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT, monitor);
			assertEquals(1, drive.refreshes.get(), "refreshed once");
			assertEquals(1, f.connection().stat(RelPath.of("a.txt"), monitor).orElseThrow().size());
		}
	}

	@Test
	void aRevokedRefreshTokenIsAnAuthenticationError() {
		drive.refreshToken = "another";
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> GdriveFixture.create(drive, factory, Map.of(), "expired", "refresh-1").close());
		assertEquals(Reason.AUTHENTICATION, e.reason(), e.getMessage());
		assertTrue(!e.getMessage().contains("refresh-1") && !e.getMessage().contains("expired"), "no token in " + e.getMessage());
	}

	@Test
	void rateLimitsAndBusyServersAreRetriedAfterRetryAfter() throws Exception {
		try (GdriveFixture f = GdriveFixture.create(drive, factory, Map.of(), "access-1", null)) {
			drive.faults.add(429);
			drive.faults.add(503);
			Entry written = f.connection().write(RelPath.of("r.txt"), new ByteArrayInputStream(new byte[] { 7, 8 }),
					WriteOptions.DEFAULT, monitor);
			assertEquals(2, written.size());
			assertEquals(List.of(1000L, 1000L), pauses, "waited Retry-After (1 s) twice");
		}
	}

	@Test
	void missingTokensAndBadOptionsAreClearErrors() {
		ConnectorException none = assertThrows(ConnectorException.class,
				() -> GdriveFixture.create(drive, factory, Map.of(), null, null).close());
		assertEquals(Reason.AUTHENTICATION, none.reason());
		ConnectorException chunk = assertThrows(ConnectorException.class,
				() -> GdriveFixture.create(drive, factory, Map.of("chunk_size", "1000"), "access-1", null).close());
		assertEquals(Reason.FATAL, chunk.reason());
		ConnectorException missing = assertThrows(ConnectorException.class,
				() -> factory.connect(GdriveFixture.spec(drive, "gdrive:/no/such", Map.of(), "access-1", null), monitor));
		assertEquals(Reason.NOT_FOUND, missing.reason());
	}
}
