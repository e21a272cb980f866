package org.karma.connector.smb.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.smb.internal.SmbConnectorFactory;
import org.karma.connector.tck.DroppingProxy;

/**
 * What goes wrong with SMB servers: wrong or missing password, unreachable server, missing
 * share, read-only share, connections cut in the middle of an upload or a download, and smbd
 * restarted between a scan and the changes. Nothing partial ever appears under a real name.
 */
class SmbFaultsTest {

	private static final int BIG = 2 << 20;

	private SambaServer server;
	private Path folder;
	private SmbConnectorFactory factory;

	@BeforeEach
	void setUp() throws Exception {
		server = SambaServer.get();
		folder = server.newFolder();
		factory = new SmbConnectorFactory(Duration.ofSeconds(10));
	}

	@AfterEach
	void tearDown() throws Exception {
		try {
			assertEquals(List.of(), SambaServer.leftovers(folder), "temporary files or locks left on the server");
		} finally {
			SambaServer.deleteTree(folder);
		}
	}

	private Connection connect(int port, String share, Path in) throws ConnectorException {
		return factory.connect(SambaServer.spec(server.url(port, share, in), Map.of(), SambaServer.PASSWORD), null);
	}

	private ConnectorException refused(String location, String password) {
		return assertThrows(ConnectorException.class,
				() -> factory.connect(SambaServer.spec(location, Map.of(), password), null).close());
	}

	private static byte[] content(int size, long seed) {
		byte[] b = new byte[size];
		new Random(seed).nextBytes(b);
		return b;
	}

	private List<String> namesOnServer() throws IOException {
		List<String> names = new ArrayList<>();
		try (var s = Files.list(folder)) {
			s.forEach(p -> names.add(p.getFileName().toString()));
		}
		return names;
	}

	@Test
	void wrongPasswordIsAuthenticationWithAClearMessage() {
		ConnectorException e = refused(server.url(server.port, "rw", folder), "not-the-password");
		assertEquals(Reason.AUTHENTICATION, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("'nobody'"), e.getMessage());
		assertTrue(e.getMessage().contains("127.0.0.1:" + server.port), e.getMessage());
		assertTrue(e.getMessage().contains("wrong user name, password or domain"), e.getMessage());
		assertFalse(e.getMessage().contains("not-the-password"), "no secret in the message");
		assertFalse(e.isRetryable());
	}

	@Test
	void noPasswordIsAuthenticationAndSaysWhereToStoreIt() {
		ConnectorException e = refused(server.url(server.port, "rw", folder), null);
		assertEquals(Reason.AUTHENTICATION, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("karma credentials set smb://nobody@127.0.0.1:" + server.port), e.getMessage());
	}

	@Test
	void credentialKeyIsTheAccount() throws Exception {
		assertEquals("smb://nobody@127.0.0.1:" + server.port, factory.credentialKey(server.url(server.port, "rw", folder)));
		assertEquals("smb://ann@files.example:445", factory.credentialKey("smb://ann@files.example/share/a/b"));
	}

	@Test
	void unreachableServerIsTransient() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ConnectorException e = refused("smb://nobody@127.0.0.1:" + closedPort + "/rw", SambaServer.PASSWORD);
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertTrue(e.isRetryable());
		assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
	}

	@Test
	void missingShareOrFolderIsNotFound() {
		ConnectorException share = refused("smb://nobody@127.0.0.1:" + server.port + "/nosuchshare", SambaServer.PASSWORD);
		assertEquals(Reason.NOT_FOUND, share.reason(), share.getMessage());
		assertTrue(share.getMessage().contains("share 'nosuchshare' does not exist"), share.getMessage());
		ConnectorException dir = refused(server.url(server.port, "rw", folder) + "/nothing", SambaServer.PASSWORD);
		assertEquals(Reason.NOT_FOUND, dir.reason(), dir.getMessage());
	}

	@Test
	void readOnlyShareIsPermissionDeniedOnWritesAndReadsStillWork() throws Exception {
		Path ro = server.share("ro");
		Files.writeString(ro.resolve("there.txt"), "readable");
		try (Connection c = connect(server.port, "ro", null)) {
			try (InputStream in = c.read(RelPath.of("there.txt"), null)) {
				assertEquals("readable", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			ConnectorException write = assertThrows(ConnectorException.class, () -> c.write(RelPath.of("new.txt"),
					new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT, null));
			assertEquals(Reason.PERMISSION_DENIED, write.reason(), write.getMessage());
			ConnectorException delete = assertThrows(ConnectorException.class,
					() -> c.delete(RelPath.of("there.txt"), false, Precondition.NONE, null));
			assertEquals(Reason.PERMISSION_DENIED, delete.reason(), delete.getMessage());
			ConnectorException mkdir = assertThrows(ConnectorException.class, () -> c.mkdir(RelPath.of("d"), null));
			assertEquals(Reason.PERMISSION_DENIED, mkdir.reason(), mkdir.getMessage());
			assertEquals(0, c.capability(Capability.OpenResources.class).orElseThrow().openResources());
		} finally {
			List<String> left = new ArrayList<>();
			try (var s = Files.list(ro)) {
				s.forEach(p -> left.add(p.getFileName().toString()));
			}
			Files.delete(ro.resolve("there.txt"));
			assertEquals(List.of("there.txt"), left);
		}
	}

	@Test
	void uploadCutMidTransferLeavesNothingUnderTheRealNameAndARetryWorks() throws Exception {
		byte[] old = "the old content".getBytes(StandardCharsets.UTF_8);
		Files.write(folder.resolve("kept.bin"), old);
		byte[] data = content(BIG, 1);
		try (DroppingProxy proxy = DroppingProxy.to(server.address()); Connection c = connect(proxy.port(), "rw", folder)) {
			assertTrue(c.stat(RelPath.of("kept.bin"), null).isPresent());
			for (String name : List.of("new.bin", "kept.bin")) {
				proxy.cutAfter(BIG / 3);
				ConnectorException e = assertThrows(ConnectorException.class,
						() -> c.write(RelPath.of(name), new ByteArrayInputStream(data), WriteOptions.DEFAULT.withSize(BIG), null));
				assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
				assertTrue(e.isRetryable());
				assertEquals(1, proxy.cuts() - (name.equals("new.bin") ? 0 : 1), "the cut happened");
			}
			assertFalse(Files.exists(folder.resolve("new.bin")), "no partial new file");
			assertArrayEquals(old, Files.readAllBytes(folder.resolve("kept.bin")), "the old content is untouched");
			// the same connection reconnects: the retry succeeds
			Entry written = c.write(RelPath.of("new.bin"), new ByteArrayInputStream(data), WriteOptions.DEFAULT.withSize(BIG),
					null);
			assertEquals(BIG, written.size());
			c.write(RelPath.of("kept.bin"), new ByteArrayInputStream(data), WriteOptions.DEFAULT.withSize(BIG), null);
			assertEquals(0, c.capability(Capability.OpenResources.class).orElseThrow().openResources());
		}
		assertArrayEquals(data, Files.readAllBytes(folder.resolve("new.bin")));
		assertArrayEquals(data, Files.readAllBytes(folder.resolve("kept.bin")));
	}

	/**
	 * The session dies between two chunks of an upload (no request in flight). jCIFS's output stream
	 * then reopens the file on a new session with the flags it was opened with and writes on at the
	 * same offset: with its default O_TRUNC that "succeeded" with the first megabyte zeroed. The
	 * upload must fail instead.
	 */
	@Test
	void sessionLostBetweenChunksFailsTheUploadInsteadOfLeavingAHole() throws Exception {
		byte[] data = content(BIG, 3);
		int half = BIG / 2;
		try (DroppingProxy proxy = DroppingProxy.to(server.address()); Connection c = connect(proxy.port(), "rw", folder)) {
			InputStream cutting = new InputStream() {
				private boolean done;

				@Override
				public int read() {
					return -1;
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					if (!done) {
						done = true;
						proxy.cutAll();
						try {
							assertTrue(proxy.awaitCuts(1, 10, TimeUnit.SECONDS));
						} catch (InterruptedException e) {
							throw new IOException(e);
						}
					}
					return -1;
				}
			};
			InputStream content = new SequenceInputStream(Collections.enumeration(List.of(
					new ByteArrayInputStream(data, 0, half), cutting, new ByteArrayInputStream(data, half, BIG - half))));
			ConnectorException e = assertThrows(ConnectorException.class,
					() -> c.write(RelPath.of("holes.bin"), content, WriteOptions.DEFAULT.withSize(BIG), null));
			assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
			assertFalse(Files.exists(folder.resolve("holes.bin")), "nothing under the real name");
			c.write(RelPath.of("holes.bin"), new ByteArrayInputStream(data), WriteOptions.DEFAULT.withSize(BIG), null);
		}
		assertArrayEquals(data, Files.readAllBytes(folder.resolve("holes.bin")));
	}

	@Test
	void aFileReplacedWhileItIsReadFailsTheReadAtItsEnd() throws Exception {
		byte[] data = content(BIG, 4);
		Files.write(folder.resolve("moving.bin"), data);
		try (Connection c = connect(server.port, "rw", folder); InputStream in = c.read(RelPath.of("moving.bin"), null)) {
			assertEquals(1000, in.readNBytes(1000).length);
			Path replacement = folder.resolve("replacement.tmp");
			Files.write(replacement, content(BIG + 1, 5));
			Files.move(replacement, folder.resolve("moving.bin"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			IOException e = assertThrows(IOException.class, () -> in.readAllBytes());
			assertTrue(e.getCause() instanceof ConnectorException ce && ce.reason() == Reason.TRANSIENT, String.valueOf(e));
			assertTrue(e.getMessage().contains("changed while it was read"), e.getMessage());
		}
	}

	@Test
	void downloadCutMidTransferFailsAndARetryReadsTheWhole() throws Exception {
		byte[] data = content(BIG, 2);
		Files.write(folder.resolve("big.bin"), data);
		try (DroppingProxy proxy = DroppingProxy.to(server.address()); Connection c = connect(proxy.port(), "rw", folder)) {
			InputStream in = c.read(RelPath.of("big.bin"), null);
			proxy.cutAfter(BIG / 3);
			IOException e = assertThrows(IOException.class, () -> in.readAllBytes());
			assertTrue(e.getCause() instanceof ConnectorException ce && ce.reason() == Reason.TRANSIENT, String.valueOf(e));
			in.close();
			// the proxy counts a cut after resetting the sockets: the client may see the failure first
			assertTrue(proxy.awaitCuts(1, 10, java.util.concurrent.TimeUnit.SECONDS), "the cut happened");
			assertEquals(1, proxy.cuts());
			assertEquals(0, c.capability(Capability.OpenResources.class).orElseThrow().openResources());
			try (InputStream again = c.read(RelPath.of("big.bin"), null)) {
				assertArrayEquals(data, again.readAllBytes());
			}
		}
		assertArrayEquals(data, Files.readAllBytes(folder.resolve("big.bin")), "the server's file is untouched");
	}

	@Test
	void serverRestartBetweenScanAndExecute() throws Exception {
		Files.writeString(folder.resolve("a.txt"), "a");
		try (Connection c = connect(server.port, "rw", folder)) {
			List<Entry> scan = new ArrayList<>();
			c.list(RelPath.ROOT, scan::add, null);
			assertEquals(1, scan.size());
			server.stop();
			try {
				ConnectorException down = assertThrows(ConnectorException.class, () -> c.write(RelPath.of("b.txt"),
						new ByteArrayInputStream("b".getBytes(StandardCharsets.UTF_8)), WriteOptions.DEFAULT, null));
				assertEquals(Reason.TRANSIENT, down.reason(), down.getMessage());
				assertTrue(down.getMessage().contains("127.0.0.1:" + server.port), down.getMessage());
			} finally {
				server.start();
			}
			assertEquals(List.of("a.txt"), namesOnServer(), "nothing written while the server was down");
			// the connection opens a new session by itself
			c.write(RelPath.of("b.txt"), new ByteArrayInputStream("b".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT), null);
			c.delete(RelPath.of("a.txt"), false, Precondition.unchanged(scan.get(0).version()), null);
		}
		assertEquals(List.of("b.txt"), namesOnServer());
		assertEquals("b", Files.readString(folder.resolve("b.txt")));
	}
}
