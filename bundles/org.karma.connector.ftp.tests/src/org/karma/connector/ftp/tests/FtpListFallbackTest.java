package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.ftp.internal.FtpConnectorFactory;

/** A server without MLST/MLSD/MFMT: listing, stat and writes go through LIST (Unix format). */
class FtpListFallbackTest {

	private Path folder;
	private Connection c;

	@BeforeEach
	void connect() throws Exception {
		TestServer server = TestServer.get();
		folder = server.newRoot();
		c = new FtpConnectorFactory(server.base.resolve("known-certs"), Duration.ofSeconds(20)).connect(
				TestServer.spec(server.url("ftp", "legacy", server.plainPort, folder), Map.of(), TestServer.LEGACY_PASSWORD),
				null);
	}

	@AfterEach
	void close() throws Exception {
		assertEquals(0, c.capability(Capability.OpenResources.class).orElseThrow().openResources());
		c.close();
		assertEquals(List.of(), TestServer.leftovers(folder));
		TestServer.deleteTree(folder);
	}

	private Entry write(String path, String text, WriteOptions options) throws ConnectorException {
		return c.write(RelPath.of(path), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options, null);
	}

	@Test
	void factsSayWhatListCanDo() {
		assertEquals(Duration.ofMinutes(1), c.facts().mtimePrecision());
		assertFalse(c.facts().mtimeWritable());
		assertTrue(c.capability(Capability.SetModificationTime.class).isEmpty());
	}

	@Test
	void everythingWorksThroughList() throws Exception {
		write("a b.txt", "hello", WriteOptions.DEFAULT);
		write("sub/deeper/c.txt", "world!", WriteOptions.DEFAULT.withCreateParents(true));
		c.mkdir(RelPath.of("empty"), null);
		Map<String, Entry> root = new TreeMap<>();
		c.list(RelPath.ROOT, e -> root.put(e.path().name(), e), null);
		assertEquals(List.of("a b.txt", "empty", "sub"), new ArrayList<>(root.keySet()));
		assertEquals(EntryKind.FILE, root.get("a b.txt").kind());
		assertEquals(5, root.get("a b.txt").size());
		assertEquals(EntryKind.DIRECTORY, root.get("sub").kind());
		Instant mtime = root.get("a b.txt").mtime();
		assertTrue(Duration.between(mtime, Instant.now()).abs().compareTo(Duration.ofMinutes(2)) < 0, mtime.toString());

		Entry c1 = c.stat(RelPath.of("sub/deeper/c.txt"), null).orElseThrow();
		assertEquals(6, c1.size());
		assertTrue(c.stat(RelPath.of("sub/nothing"), null).isEmpty());
		try (InputStream in = c.read(RelPath.of("sub/deeper/c.txt"), null)) {
			assertEquals("world!", new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}

		Entry again = write("a b.txt", "hello, again", WriteOptions.DEFAULT.withPrecondition(
				Precondition.unchanged(root.get("a b.txt").version())));
		assertEquals(12, again.size());
		assertEquals("hello, again", Files.readString(folder.resolve("a b.txt")));
		ConnectorException absent = org.junit.jupiter.api.Assertions.assertThrows(ConnectorException.class,
				() -> write("a b.txt", "x", WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT)));
		assertEquals(Reason.PRECONDITION_FAILED, absent.reason());

		c.capability(Capability.Rename.class).orElseThrow().rename(RelPath.of("a b.txt"), RelPath.of("sub/moved.txt"), false,
				null);
		assertTrue(Files.exists(folder.resolve("sub/moved.txt")));
		c.delete(RelPath.of("sub"), true, Precondition.NONE, null);
		assertEquals(List.of("empty"), List.of(folder.toFile().list()));
		ConnectorException missing = org.junit.jupiter.api.Assertions.assertThrows(ConnectorException.class,
				() -> c.list(RelPath.of("sub"), e -> {
				}, null));
		assertEquals(Reason.NOT_FOUND, missing.reason());
	}

	@Test
	void aTimeAskedForIsIgnoredNotFailed() throws Exception {
		Entry e = write("t.txt", "t", WriteOptions.DEFAULT.withMtime(Instant.parse("2020-01-01T00:00:00Z")));
		assertEquals(1, e.size());
	}
}
