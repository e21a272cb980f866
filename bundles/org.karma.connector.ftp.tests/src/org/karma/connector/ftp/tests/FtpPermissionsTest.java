package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.ftp.internal.FtpConnectorFactory;

/**
 * Permission denied where FtpErrorsTest does not look: rename, replacing an existing file, and a
 * write or delete with a precondition (its lock folder must not be taken for another client's
 * lock) as the read-only user; the files stay as they were. (MINA FtpServer lets a read-only user
 * set times with MFMT, so that is not tested here.)
 */
class FtpPermissionsTest {

	private TestServer server;
	private Path folder;
	private Connection reader;

	@BeforeEach
	void setUp() throws Exception {
		server = TestServer.get();
		folder = server.newRoot();
		Files.writeString(folder.resolve("there.txt"), "readable");
		reader = new FtpConnectorFactory(server.base.resolve("known-certs"), Duration.ofSeconds(20)).connect(
				TestServer.spec(server.url("ftp", "reader", server.plainPort, folder), Map.of(), TestServer.READER_PASSWORD),
				null);
	}

	@AfterEach
	void tearDown() throws Exception {
		try {
			assertEquals(0, reader.capability(Capability.OpenResources.class).orElseThrow().openResources());
			reader.close();
			assertEquals(List.of("there.txt"), List.of(folder.toFile().list()), "nothing changed, nothing left");
			assertEquals("readable", Files.readString(folder.resolve("there.txt")));
		} finally {
			TestServer.deleteTree(folder);
		}
	}

	private static void assertDenied(ConnectorException e) {
		assertEquals(Reason.PERMISSION_DENIED, e.reason(), e.getMessage());
	}

	@Test
	void renameIsPermissionDenied() {
		assertDenied(assertThrows(ConnectorException.class, () -> reader.capability(Capability.Rename.class).orElseThrow()
				.rename(RelPath.of("there.txt"), RelPath.of("moved.txt"), false, null)));
	}

	@Test
	void replacingAFileIsPermissionDenied() {
		assertDenied(assertThrows(ConnectorException.class, () -> reader.write(RelPath.of("there.txt"),
				new ByteArrayInputStream(new byte[] { 1, 2 }), WriteOptions.DEFAULT.withSize(2), null)));
	}

	@Test
	void aWriteWithAPreconditionIsPermissionDenied() {
		assertDenied(assertThrows(ConnectorException.class, () -> reader.write(RelPath.of("new.txt"),
				new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT.withPrecondition(Precondition.ABSENT), null)));
	}

	@Test
	void aDeleteWithAPreconditionIsPermissionDenied() throws Exception {
		String version = reader.stat(RelPath.of("there.txt"), null).orElseThrow().version();
		assertDenied(assertThrows(ConnectorException.class,
				() -> reader.delete(RelPath.of("there.txt"), false, Precondition.unchanged(version), null)));
	}
}
