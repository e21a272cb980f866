package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.ftp.internal.FtpConnectorFactory;

/**
 * Resuming an interrupted upload with REST + STOR ({@link Capability.ResumableUpload}): an upload
 * cut at ~60% by the data proxy keeps its hidden temporary file, {@code resumableBytes} says how
 * much the server holds, {@code resume} sends the rest and renames; the content is equal.
 */
class FtpResumeTest {

	private static final int SIZE = 4 << 20;
	private static FaultServer server;
	private Path folder;
	private Connection ftp;
	private Capability.ResumableUpload resumable;

	@BeforeAll
	static void startServer() throws Exception {
		server = new FaultServer();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@BeforeEach
	void setUp() throws Exception {
		folder = server.newRoot();
		ftp = new FtpConnectorFactory(server.base.resolve("known-certs"), Duration.ofSeconds(20)).connect(server.spec(folder),
				null);
		resumable = ftp.capability(Capability.ResumableUpload.class).orElseThrow(); // FtpServer's FEAT lists REST STREAM
	}

	@AfterEach
	void tearDown() throws Exception {
		server.data.disarm();
		try {
			ftp.close();
			assertEquals(List.of(), TestServer.leftovers(folder), "temporary files left on the server");
		} finally {
			TestServer.deleteTree(folder);
		}
	}

	private static WriteOptions options(long size, Instant mtime) {
		return WriteOptions.DEFAULT.withSize(size).withMtime(mtime);
	}

	private void interruptedUpload(RelPath path, byte[] bytes, WriteOptions options) throws Exception {
		server.data.cutAfter(bytes.length * 6L / 10);
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> ftp.write(path, new ByteArrayInputStream(bytes), options, null));
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		if (!path.name().startsWith("old")) {
			assertFalse(Files.exists(folder.resolve(path.toString())), "nothing under the real name");
		}
		assertEquals(1, TestServer.leftovers(folder).size(), "the partial upload is kept, hidden");
	}

	@Test
	void anUploadCutAtSixtyPercentIsResumedAndTheContentIsEqual() throws Exception {
		byte[] bytes = FtpFaultsTest.content(SIZE, 11);
		Instant mtime = Instant.parse("2026-03-01T10:00:00Z");
		RelPath path = RelPath.of("big.bin");
		interruptedUpload(path, bytes, options(SIZE, mtime));
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("big.bin")));
		}

		long held = resumable.resumableBytes(path, null);
		assertTrue(held > 0 && held <= SIZE * 6L / 10, "the server holds part of it: " + held);
		Entry e = resumable.resume(path, new ByteArrayInputStream(bytes, (int) held, SIZE - (int) held), options(SIZE, mtime),
				null);
		assertEquals(SIZE, e.size());
		assertEquals(mtime, e.mtime());
		assertArrayEquals(bytes, Files.readAllBytes(folder.resolve("big.bin")));
		assertEquals(0, resumable.resumableBytes(path, null), "nothing left to resume");
	}

	@Test
	void aResumedUploadReplacesAnOldFileOnlyWhenComplete() throws Exception {
		Files.writeString(folder.resolve("old.bin"), "old content");
		byte[] bytes = FtpFaultsTest.content(SIZE, 12);
		RelPath path = RelPath.of("old.bin");
		interruptedUpload(path, bytes, options(SIZE, null));
		assertEquals("old content", Files.readString(folder.resolve("old.bin")));
		long held = resumable.resumableBytes(path, null);
		assertTrue(held > 0, "held " + held);
		// cut the resume too: still the old file, and it can be resumed again
		server.data.cutAfter((SIZE - held) / 2);
		ConnectorException again = assertThrows(ConnectorException.class, () -> resumable.resume(path,
				new ByteArrayInputStream(bytes, (int) held, SIZE - (int) held), options(SIZE, null), null));
		assertEquals(Reason.TRANSIENT, again.reason(), again.getMessage());
		assertEquals("old content", Files.readString(folder.resolve("old.bin")));
		long more = resumable.resumableBytes(path, null);
		assertTrue(more > held, more + " > " + held);
		resumable.resume(path, new ByteArrayInputStream(bytes, (int) more, SIZE - (int) more), options(SIZE, null), null);
		assertArrayEquals(bytes, Files.readAllBytes(folder.resolve("old.bin")));
	}

	@Test
	void otherContentIsNeverResumedOntoAPartialUpload() throws Exception {
		byte[] bytes = FtpFaultsTest.content(SIZE, 13);
		RelPath path = RelPath.of("x.bin");
		interruptedUpload(path, bytes, options(SIZE, Instant.parse("2026-03-01T10:00:00Z")));
		ConnectorException e = assertThrows(ConnectorException.class, () -> resumable.resume(path,
				new ByteArrayInputStream(new byte[10]), options(SIZE, Instant.parse("2026-03-02T10:00:00Z")), null));
		assertEquals(Reason.FATAL, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("write it again"), e.getMessage());
		assertEquals(0, resumable.resumableBytes(RelPath.of("other.bin"), null));
		assertFalse(Files.exists(folder.resolve("x.bin")));
	}

	@Test
	void smallUploadsAreNotKept() throws Exception {
		byte[] bytes = FtpFaultsTest.content(500_000, 14);
		server.data.cutAfter(300_000);
		assertThrows(ConnectorException.class,
				() -> ftp.write(RelPath.of("s.bin"), new ByteArrayInputStream(bytes), options(bytes.length, null), null));
		assertEquals(List.of(), TestServer.leftovers(folder));
		assertEquals(0, resumable.resumableBytes(RelPath.of("s.bin"), null));
	}
}
