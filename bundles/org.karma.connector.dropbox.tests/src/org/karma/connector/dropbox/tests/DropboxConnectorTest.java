package org.karma.connector.dropbox.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.HashKind;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.dropbox.fake.FakeDropbox;
import org.karma.connector.dropbox.internal.ContentHash;
import org.karma.connector.dropbox.internal.DropboxConnectorFactory;

/** What the conformance kit does not pin down: upload sessions, paging, content_hash, rename, roots, credentials. */
class DropboxConnectorTest {

	private DropboxFixture fixture;
	private Connection c;
	private FakeDropbox fake;

	@BeforeEach
	void open() throws Exception {
		fixture = DropboxFixture.create();
		c = fixture.connection();
		fake = fixture.fakeDropbox();
	}

	@AfterEach
	void close() throws Exception {
		fixture.close();
	}

	private static RelPath p(String path) {
		return RelPath.of(path);
	}

	private static byte[] pattern(int size, int seed) {
		byte[] b = new byte[size];
		for (int i = 0; i < size; i++) {
			b[i] = (byte) (i * 13 + seed);
		}
		return b;
	}

	private byte[] read(String path) throws Exception {
		try (InputStream in = c.read(p(path), null)) {
			return in.readAllBytes();
		}
	}

	@Test
	void smallFilesGoInOneUploadLargeOnesThroughASession() throws Exception {
		int uploads = fake.calls("files/upload");
		int starts = fake.calls("files/upload_session/start");
		int appends = fake.calls("files/upload_session/append_v2");
		int finishes = fake.calls("files/upload_session/finish");
		byte[] small = pattern(1000, 1);
		c.write(p("small.bin"), new ByteArrayInputStream(small), WriteOptions.DEFAULT.withSize(small.length), null);
		assertEquals(uploads + 1, fake.calls("files/upload"));
		assertEquals(starts, fake.calls("files/upload_session/start"));

		byte[] large = pattern((3 << 20) + 5, 2); // threshold and chunk are 1 MiB in the fixture
		Entry written = c.write(p("large.bin"), new ByteArrayInputStream(large), WriteOptions.DEFAULT.withSize(large.length),
				null);
		assertEquals(starts + 1, fake.calls("files/upload_session/start"));
		assertEquals(appends + 2, fake.calls("files/upload_session/append_v2"));
		assertEquals(finishes + 1, fake.calls("files/upload_session/finish"));
		assertEquals(uploads + 1, fake.calls("files/upload"), "no single upload for the large file");
		assertEquals(large.length, written.size());
		assertArrayEquals(large, read("large.bin"));
	}

	@Test
	void unknownSizeBelowTheThresholdIsOneUpload() throws Exception {
		int uploads = fake.calls("files/upload");
		int starts = fake.calls("files/upload_session/start");
		c.write(p("u.bin"), new ByteArrayInputStream(pattern(5000, 3)), WriteOptions.DEFAULT, null);
		assertEquals(uploads + 1, fake.calls("files/upload"));
		assertEquals(starts, fake.calls("files/upload_session/start"));
	}

	@Test
	void contentHashIsTheCheapHashAndTheServerHash() throws Exception {
		byte[] content = pattern((4 << 20) + 100, 4); // two Dropbox blocks
		c.write(p("h.bin"), new ByteArrayInputStream(content), WriteOptions.DEFAULT, null);
		String expected = ContentHash.of(content);
		assertEquals(FakeDropbox.contentHash(content), expected, "the connector's and the fake's hash agree");
		Entry seen = c.stat(p("h.bin"), null).orElseThrow();
		assertEquals(Map.of(HashKind.DROPBOX, expected), seen.hashes());
		Capability.ServerHash server = c.capability(Capability.ServerHash.class).orElseThrow();
		assertEquals(expected, server.hash(p("h.bin"), HashKind.DROPBOX, null).orElseThrow());
		assertTrue(server.hash(p("h.bin"), HashKind.SHA256, null).isEmpty());
		assertEquals(Set.of(HashKind.DROPBOX), c.facts().cheapHashes());
	}

	@Test
	void mtimeIsClientModifiedInWholeSeconds() throws Exception {
		Instant wanted = Instant.parse("2020-02-03T04:05:06.999Z");
		Entry written = c.write(p("m.txt"), new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT.withMtime(wanted),
				null);
		assertEquals(Instant.parse("2020-02-03T04:05:06Z"), written.mtime());
		assertEquals(written.mtime(), c.stat(p("m.txt"), null).orElseThrow().mtime());
	}

	@Test
	void listingPagesThroughContinue() throws Exception {
		fake.pageSize(7);
		try {
			Set<String> expected = new TreeSet<>();
			for (int i = 0; i < 30; i++) {
				c.write(p("many/f" + i), new ByteArrayInputStream(new byte[] { (byte) i }),
						WriteOptions.DEFAULT.withCreateParents(true), null);
				expected.add("f" + i);
			}
			int continues = fake.calls("files/list_folder/continue");
			List<Entry> seen = new ArrayList<>();
			c.list(p("many"), seen::add, null);
			assertEquals(expected, new TreeSet<>(seen.stream().map(e -> e.path().name()).toList()));
			assertEquals(30, seen.size());
			assertEquals(continues + 4, fake.calls("files/list_folder/continue"), "30 entries in pages of 7");
		} finally {
			fake.pageSize(100);
		}
	}

	@Test
	void renameMovesFilesAndFolders() throws Exception {
		Capability.Rename rename = c.capability(Capability.Rename.class).orElseThrow();
		c.write(p("a/one.txt"), new ByteArrayInputStream("1".getBytes(StandardCharsets.UTF_8)),
				WriteOptions.DEFAULT.withCreateParents(true), null);
		Entry moved = rename.rename(p("a/one.txt"), p("a/two.txt"), false, null);
		assertEquals(p("a/two.txt"), moved.path());
		assertTrue(c.stat(p("a/one.txt"), null).isEmpty());
		assertEquals("1", new String(read("a/two.txt"), StandardCharsets.UTF_8));

		rename.rename(p("a"), p("b"), false, null);
		assertEquals("1", new String(read("b/two.txt"), StandardCharsets.UTF_8));
		assertTrue(c.stat(p("a"), null).isEmpty());

		c.write(p("b/three.txt"), new ByteArrayInputStream("3".getBytes(StandardCharsets.UTF_8)), WriteOptions.DEFAULT, null);
		ConnectorException exists = assertThrows(ConnectorException.class,
				() -> rename.rename(p("b/two.txt"), p("b/three.txt"), false, null));
		assertEquals(Reason.ALREADY_EXISTS, exists.reason());
		rename.rename(p("b/two.txt"), p("b/three.txt"), true, null);
		assertEquals("1", new String(read("b/three.txt"), StandardCharsets.UTF_8));
		assertEquals(Reason.NOT_FOUND, assertThrows(ConnectorException.class,
				() -> rename.rename(p("ghost"), p("b/x"), false, null)).reason());
		assertEquals(Reason.FATAL, assertThrows(ConnectorException.class,
				() -> rename.rename(p("b"), p("b/inner"), false, null)).reason());
	}

	@Test
	void revisionsAreRemoteVersionsNewestFirst() throws Exception {
		Capability.RemoteVersions versions = c.capability(Capability.RemoteVersions.class).orElseThrow();
		List<Entry> written = new ArrayList<>();
		for (String text : List.of("one", "two!", "three")) {
			written.add(c.write(p("v.txt"), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT.withMtime(Instant.parse("2022-01-01T00:00:00Z").plusSeconds(text.length())), null));
		}
		List<Capability.RemoteVersions.RemoteVersion> list = versions.versions(p("v.txt"), null);
		assertEquals(List.of(written.get(2).version(), written.get(1).version(), written.get(0).version()),
				list.stream().map(Capability.RemoteVersions.RemoteVersion::versionId).toList());
		assertEquals(List.of(5L, 4L, 3L), list.stream().map(Capability.RemoteVersions.RemoteVersion::size).toList());
		assertEquals(Instant.parse("2022-01-01T00:00:03Z"), list.get(2).mtime());
		try (InputStream in = versions.readVersion(p("v.txt"), written.get(0).version(), null)) {
			assertEquals("one", new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		assertEquals(Reason.NOT_FOUND, assertThrows(ConnectorException.class,
				() -> versions.versions(p("ghost.txt"), null)).reason());
		assertEquals(Reason.NOT_FOUND, assertThrows(ConnectorException.class,
				() -> versions.readVersion(p("v.txt"), "not-a-rev", null)).reason());
		assertEquals(0, c.capability(Capability.OpenResources.class).orElseThrow().openResources());
	}

	@Test
	void caseOnlyRenameKeepsTheFile() throws Exception {
		Capability.Rename rename = c.capability(Capability.Rename.class).orElseThrow();
		c.write(p("Name.txt"), new ByteArrayInputStream(new byte[] { 7 }), WriteOptions.DEFAULT, null);
		rename.rename(p("Name.txt"), p("NAME.txt"), true, null);
		List<String> names = new ArrayList<>();
		c.list(RelPath.ROOT, e -> names.add(e.path().name()), null);
		assertEquals(List.of("NAME.txt"), names);
		assertArrayEquals(new byte[] { 7 }, read("NAME.txt"));
	}

	@Test
	void rootMustExistAndBeAFolder() throws Exception {
		DropboxConnectorFactory factory = new DropboxConnectorFactory(DropboxFixture.requestor(fake));
		ConnectorException missing = assertThrows(ConnectorException.class,
				() -> factory.connect(DropboxFixture.spec("dropbox:/no-such-folder", Map.of()), null));
		assertEquals(Reason.NOT_FOUND, missing.reason(), missing.getMessage());
		c.write(p("file"), new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT, null);
		ConnectorException file = assertThrows(ConnectorException.class,
				() -> factory.connect(DropboxFixture.spec("dropbox:" + fixture.folder() + "/file", Map.of()), null));
		assertEquals(Reason.WRONG_KIND, file.reason(), file.getMessage());
	}

	@Test
	void optionsAreChecked() {
		DropboxConnectorFactory factory = new DropboxConnectorFactory(DropboxFixture.requestor(fake));
		ConnectorException big = assertThrows(ConnectorException.class, () -> factory.connect(
				DropboxFixture.spec("dropbox:" + fixture.folder(), Map.of("upload_threshold_mb", "151")), null));
		assertEquals(Reason.FATAL, big.reason());
		assertTrue(big.getMessage().contains("upload_threshold_mb"), big.getMessage());
		ConnectorException zero = assertThrows(ConnectorException.class,
				() -> factory.connect(DropboxFixture.spec("dropbox:" + fixture.folder(), Map.of("chunk_mb", "0")), null));
		assertTrue(zero.getMessage().contains("chunk_mb"), zero.getMessage());
	}

	@Test
	void missingOrWrongCredentialsAreAuthenticationErrorsWithoutTheSecret() {
		DropboxConnectorFactory factory = new DropboxConnectorFactory(DropboxFixture.requestor(fake));
		ConnectorException none = assertThrows(ConnectorException.class,
				() -> factory.connect(ConnectionSpec.of("dropbox:" + fixture.folder()), null));
		assertEquals(Reason.AUTHENTICATION, none.reason());
		assertTrue(none.getMessage().contains("karma credentials"), none.getMessage());

		ConnectionSpec noKey = new ConnectionSpec("dropbox:" + fixture.folder(), Map.of(),
				key -> key.equals("refresh_token") ? java.util.Optional.of("x".toCharArray()) : java.util.Optional.empty());
		assertEquals(Reason.AUTHENTICATION, assertThrows(ConnectorException.class, () -> factory.connect(noKey, null)).reason());

		String wrong = "wrong-refresh-token-s3cr3t";
		ConnectionSpec bad = new ConnectionSpec("dropbox:" + fixture.folder(), Map.of(), key -> switch (key) {
		case "refresh_token" -> java.util.Optional.of(wrong.toCharArray());
		case "app_key" -> java.util.Optional.of(FakeDropbox.APP_KEY.toCharArray());
		default -> java.util.Optional.empty();
		});
		ConnectorException refused = assertThrows(ConnectorException.class, () -> factory.connect(bad, null));
		assertEquals(Reason.AUTHENTICATION, refused.reason(), refused.getMessage());
		assertFalse(refused.getMessage().contains(wrong), "no secret in the message: " + refused.getMessage());

		String revoked = "revoked-access-token-s3cr3t";
		ConnectionSpec badAccess = new ConnectionSpec("dropbox:" + fixture.folder(), Map.of(),
				key -> key.equals("access_token") ? java.util.Optional.of(revoked.toCharArray()) : java.util.Optional.empty());
		ConnectorException rejected = assertThrows(ConnectorException.class, () -> factory.connect(badAccess, null));
		assertEquals(Reason.AUTHENTICATION, rejected.reason(), rejected.getMessage());
		assertFalse(rejected.getMessage().contains(revoked), "no secret in the message: " + rejected.getMessage());
	}

	@Test
	void anAccessTokenAloneWorks() throws Exception {
		DropboxConnectorFactory factory = new DropboxConnectorFactory(DropboxFixture.requestor(fake));
		ConnectionSpec spec = new ConnectionSpec("dropbox:" + fixture.folder(), Map.of(),
				key -> key.equals("access_token") ? java.util.Optional.of("fake-access-token".toCharArray())
						: java.util.Optional.empty());
		try (Connection direct = factory.connect(spec, null)) {
			direct.write(p("t.txt"), new ByteArrayInputStream(new byte[] { 9 }), WriteOptions.DEFAULT, null);
		}
		assertArrayEquals(new byte[] { 9 }, read("t.txt"));
	}
}
