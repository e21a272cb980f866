package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.ftp.internal.FtpConnectorFactory;

/**
 * What a lost connection and a full disk do to single transfers, with the control and the data
 * connections of the FTP session going through {@link org.karma.connector.tck.DroppingProxy}s
 * (see {@link FaultServer}): nothing partial under a real name on either side, a clear reason,
 * and the connection goes on working.
 */
class FtpFaultsTest {

	private static final int SIZE = 4 << 20;

	private static FaultServer server;
	private Path folder;
	private Path local;
	private Connection ftp;

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
		local = Files.createTempDirectory("karma-ftp-faults-local");
		ftp = new FtpConnectorFactory(server.base.resolve("known-certs"), Duration.ofSeconds(20)).connect(server.spec(folder),
				null);
	}

	@AfterEach
	void tearDown() throws Exception {
		server.data.disarm();
		server.control.disarm();
		server.diskFullAfter(-1);
		server.storeOnly(-1);
		try {
			assertEquals(0, ftp.capability(Capability.OpenResources.class).orElseThrow().openResources(), "sessions leaked");
			ftp.close();
			assertEquals(List.of(), TestServer.leftovers(folder), "temporary files left on the server");
			assertEquals(List.of(), TestServer.leftovers(local), "temporary files left locally");
		} finally {
			TestServer.deleteTree(folder);
			TestServer.deleteTree(local);
		}
	}

	static byte[] content(int size, long seed) {
		byte[] b = new byte[size];
		new Random(seed).nextBytes(b);
		return b;
	}

	private static WriteOptions sized(long size) {
		return WriteOptions.DEFAULT.withSize(size);
	}

	private ConnectorException failedUpload(String name, byte[] bytes) {
		return assertThrows(ConnectorException.class,
				() -> ftp.write(RelPath.of(name), new ByteArrayInputStream(bytes), sized(bytes.length), null));
	}

	private void assertWorksAgain(String name) throws Exception {
		byte[] bytes = content(300_000, 7);
		ftp.write(RelPath.of(name), new ByteArrayInputStream(bytes), sized(bytes.length), null);
		assertArrayEquals(bytes, Files.readAllBytes(folder.resolve(name)));
		try (InputStream in = ftp.read(RelPath.of(name), null)) {
			assertArrayEquals(bytes, in.readAllBytes());
		}
	}

	// ------------------------------------------------------------------ data connection cut

	@Test
	void uploadCutMidTransferLeavesNoFileAndTheSessionIsReplaced() throws Exception {
		int cuts = server.data.cuts();
		server.data.cutAfter(SIZE * 6L / 10);
		ConnectorException e = failedUpload("new.bin", content(SIZE, 1));
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertTrue(e.isRetryable());
		assertTrue(e.getMessage().contains("new.bin"), e.getMessage());
		assertEquals(cuts + 1, server.data.cuts());
		assertFalse(Files.exists(folder.resolve("new.bin")), "no partial file under the real name");
		assertWorksAgain("new.bin"); // and the kept partial (for a resume) is removed by the new write
	}

	@Test
	void uploadCutMidTransferKeepsTheOldFile() throws Exception {
		Files.writeString(folder.resolve("old.bin"), "the old content");
		server.data.cutAfter(SIZE / 2);
		ConnectorException e = failedUpload("old.bin", content(SIZE, 2));
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertEquals("the old content", Files.readString(folder.resolve("old.bin")));
		assertWorksAgain("old.bin");
	}

	@Test
	void downloadCutMidTransferFailsTheLocalWriteAndTheSessionIsKept() throws Exception {
		byte[] bytes = content(SIZE, 3);
		Files.write(folder.resolve("big.bin"), bytes);
		try (Connection target = local()) {
			int sessions = server.control.accepted();
			int cuts = server.data.cuts();
			server.data.cutAfter(SIZE * 6L / 10);
			ConnectorException e = assertThrows(ConnectorException.class, () -> {
				try (InputStream in = ftp.read(RelPath.of("big.bin"), null)) {
					target.write(RelPath.of("big.bin"), in, sized(bytes.length), null);
				}
			});
			assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
			assertTrue(e.getMessage().contains("big.bin"), e.getMessage());
			assertEquals(cuts + 1, server.data.cuts());
			assertFalse(Files.exists(local.resolve("big.bin")), "no partial file under the real name locally");
			try (InputStream in = ftp.read(RelPath.of("big.bin"), null)) {
				assertArrayEquals(bytes, in.readAllBytes());
			}
			assertEquals(sessions, server.control.accepted(), "the session survived the lost data connection (426)");
		}
	}

	/** The local connector, as the OSGi service for {@code file}. */
	private static Connection local(Path root) throws Exception {
		org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(FtpFaultsTest.class)
				.getBundleContext();
		for (var ref : context.getServiceReferences(ConnectorFactory.class, null)) {
			ConnectorFactory factory = context.getService(ref);
			if (factory.schemes().contains("file")) {
				return factory.connect(ConnectionSpec.of(root.toString()), null);
			}
			context.ungetService(ref);
		}
		throw new AssertionError("no local connector service");
	}

	private Connection local() throws Exception {
		return local(local);
	}

	// ------------------------------------------------------------------ control connection cut

	/** Delivers its content and cuts every control connection once {@code at} bytes were read. */
	private static final class CuttingStream extends FilterInputStream {
		private final long at;
		private long read;

		CuttingStream(InputStream in, long at) {
			super(in);
			this.at = at;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0 && read < at && (read += n) >= at) {
				server.control.cutAll();
			}
			return n;
		}
	}

	/** An upload too small to be resumed (see FtpResumeTest): its temporary file goes. */
	@Test
	void controlCutMidUploadLeavesAHiddenTempThatTheNextCallRemoves() throws Exception {
		byte[] bytes = content(900_000, 4);
		int sessions = server.control.accepted();
		ConnectorException e = assertThrows(ConnectorException.class, () -> ftp.write(RelPath.of("c.bin"),
				new CuttingStream(new ByteArrayInputStream(bytes), bytes.length / 2), sized(bytes.length), null));
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertFalse(Files.exists(folder.resolve("c.bin")), "no partial file under the real name");
		ftp.list(RelPath.ROOT, x -> fail("nothing listed: " + x), null);
		assertTrue(sessions < server.control.accepted(), "a fresh session replaced the broken one");
		assertEquals(List.of(), TestServer.leftovers(folder), "the next call removed the temporary file");
		assertWorksAgain("c.bin");
	}

	/**
	 * Issue 6: a write with a precondition whose session is cut while it holds the lock folder.
	 * The retry must not wait for that lock as if another client held it (before the fix it waited
	 * the whole lock wait of 60 s and failed "locked by another KARMA client"; the lock only
	 * counted as stale after 2 minutes): the next call removes what the lost one left behind.
	 */
	@Test
	void controlCutUnderThePreconditionLockLeavesNoLockForTheRetry() throws Exception {
		Files.writeString(folder.resolve("p.txt"), "old");
		Entry old = ftp.stat(RelPath.of("p.txt"), null).orElseThrow();
		byte[] bytes = "new content".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		WriteOptions options = sized(bytes.length).withPrecondition(Precondition.unchanged(old.version()));
		int cuts = server.locksCut();
		server.cutAfterNextLock();
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> ftp.write(RelPath.of("p.txt"), new ByteArrayInputStream(bytes), options, null));
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertEquals(cuts + 1, server.locksCut(), "the session was cut under the lock");
		assertEquals("old", Files.readString(folder.resolve("p.txt")));
		assertTrue(TestServer.leftovers(folder).stream().anyMatch(n -> n.endsWith(".karma-lock")),
				"the lost session left its lock folder: " + TestServer.leftovers(folder));

		// the retry (same precondition: nothing changed) takes the lock at once and succeeds
		Entry written = ftp.write(RelPath.of("p.txt"), new ByteArrayInputStream(bytes), options, null);
		assertEquals(bytes.length, written.size());
		assertEquals("new content", Files.readString(folder.resolve("p.txt")));
		assertEquals(List.of(), TestServer.leftovers(folder), "lock folder and temporary file removed");
	}

	private static void fail(String message) {
		throw new AssertionError(message);
	}

	@Test
	void controlCutMidDownloadFailsTheReadAndTheNextReadWorks() throws Exception {
		// big, and cut early: the server must not have sent everything (and its 226) into the
		// socket buffers before the cut, or the download is complete and rightly succeeds
		byte[] bytes = content(8 * SIZE, 5);
		Files.write(folder.resolve("d.bin"), bytes);
		try (Connection target = local()) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> {
				try (InputStream in = new CuttingStream(ftp.read(RelPath.of("d.bin"), null), 64 * 1024)) {
					target.write(RelPath.of("d.bin"), in, sized(bytes.length), null);
				}
			});
			assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
			assertFalse(Files.exists(local.resolve("d.bin")), "no file under the real name locally");
			try (InputStream in = ftp.read(RelPath.of("d.bin"), null)) {
				assertArrayEquals(bytes, in.readAllBytes());
			}
		}
	}

	// ------------------------------------------------------------------ data lost by the server

	@Test
	void aServerThatAcknowledgesAShortFileFailsTheWriteAndKeepsTheOldFile() throws Exception {
		Files.writeString(folder.resolve("kept.bin"), "old");
		server.storeOnly(70_000);
		ConnectorException e = failedUpload("kept.bin", content(300_000, 10));
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("70000 of its 300000 bytes"), e.getMessage());
		ConnectorException fresh = failedUpload("fresh.bin", content(100_000, 11));
		assertEquals(Reason.TRANSIENT, fresh.reason(), fresh.getMessage());
		assertEquals("old", Files.readString(folder.resolve("kept.bin")));
		assertFalse(Files.exists(folder.resolve("fresh.bin")), "no short file under the real name");
		server.storeOnly(-1);
		assertWorksAgain("kept.bin");
	}

	// ------------------------------------------------------------------ disk full

	@Test
	void diskFullAtTheStartIsQuotaAndNothingIsWritten() throws Exception {
		Files.writeString(folder.resolve("kept.txt"), "old");
		server.diskFullAfter(0);
		ConnectorException e = failedUpload("kept.txt", content(100_000, 6));
		assertEquals(Reason.QUOTA, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("552"), e.getMessage());
		ConnectorException fresh = failedUpload("fresh.txt", content(100, 6));
		assertEquals(Reason.QUOTA, fresh.reason(), fresh.getMessage());
		assertEquals("old", Files.readString(folder.resolve("kept.txt")));
		assertFalse(Files.exists(folder.resolve("fresh.txt")));
		server.diskFullAfter(-1);
		assertWorksAgain("kept.txt");
	}

	@Test
	void diskFullMidUploadIsQuotaAndTheOldFileIsIntact() throws Exception {
		Files.writeString(folder.resolve("kept.bin"), "old");
		server.diskFullAfter(1_000_000);
		ConnectorException e = failedUpload("kept.bin", content(SIZE, 8));
		assertEquals(Reason.QUOTA, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("552"), e.getMessage());
		ConnectorException fresh = failedUpload("fresh.bin", content(SIZE, 9));
		assertEquals(Reason.QUOTA, fresh.reason(), fresh.getMessage());
		assertEquals("old", Files.readString(folder.resolve("kept.bin")));
		assertFalse(Files.exists(folder.resolve("fresh.bin")));
		server.diskFullAfter(-1);
		assertWorksAgain("kept.bin");
	}
}
