package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.ftp.internal.FtpConnectorFactory;

/** What goes wrong with FTP servers, and the implicit-TLS and certificate paths the kit does not take. */
class FtpErrorsTest {

	private TestServer server;
	private Path folder;
	private Path knownCerts;
	private FtpConnectorFactory factory;

	@BeforeEach
	void setUp() throws Exception {
		server = TestServer.get();
		folder = server.newRoot();
		knownCerts = Files.createTempDirectory("karma-ftp-certs").resolve("known-certs");
		factory = new FtpConnectorFactory(knownCerts, Duration.ofSeconds(20));
	}

	@AfterEach
	void tearDown() throws Exception {
		assertEquals(List.of(), TestServer.leftovers(folder));
		TestServer.deleteTree(folder);
		TestServer.deleteTree(knownCerts.getParent());
	}

	private ConnectorException refused(String location, Map<String, String> options, String password) {
		return assertThrows(ConnectorException.class,
				() -> factory.connect(TestServer.spec(location, options, password), null).close());
	}

	@Test
	void wrongPasswordIsAuthenticationWithTheServersReply() {
		ConnectorException e = refused(server.url("ftp", "ann", server.plainPort, folder), Map.of(), "not-the-password");
		assertEquals(Reason.AUTHENTICATION, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("530"), e.getMessage());
		assertTrue(e.getMessage().contains("ann"), e.getMessage());
		assertFalse(e.getMessage().contains("not-the-password"), "no secret in the message");
		assertFalse(e.isRetryable());
	}

	@Test
	void noPasswordAtAllIsAuthentication() {
		ConnectorException e = refused(server.url("ftp", "ann", server.plainPort, folder), Map.of(), null);
		assertEquals(Reason.AUTHENTICATION, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("karma credentials set"), e.getMessage());
	}

	@Test
	void unreachableServerIsTransient() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ConnectorException e = refused("ftp://ann@127.0.0.1:" + closedPort + "/x", Map.of(), "pw");
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertTrue(e.isRetryable());
		assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
	}

	@Test
	void missingRootIsNotFound() {
		ConnectorException e = refused(server.url("ftp", "ann", server.plainPort, folder) + "/nothing", Map.of(),
				TestServer.PASSWORD);
		assertEquals(Reason.NOT_FOUND, e.reason(), e.getMessage());
	}

	@Test
	void readOnlyUserIsPermissionDeniedOnWritesAndReadsStillWork() throws Exception {
		Files.writeString(folder.resolve("there.txt"), "readable");
		try (Connection c = factory.connect(
				TestServer.spec(server.url("ftp", "reader", server.plainPort, folder), Map.of(), TestServer.READER_PASSWORD),
				null)) {
			try (InputStream in = c.read(RelPath.of("there.txt"), null)) {
				assertEquals("readable", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			ConnectorException write = assertThrows(ConnectorException.class, () -> c.write(RelPath.of("new.txt"),
					new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT, null));
			assertEquals(Reason.PERMISSION_DENIED, write.reason(), write.getMessage());
			ConnectorException delete = assertThrows(ConnectorException.class,
					() -> c.delete(RelPath.of("there.txt"), false, org.karma.connector.api.Precondition.NONE, null));
			assertEquals(Reason.PERMISSION_DENIED, delete.reason(), delete.getMessage());
			ConnectorException mkdir = assertThrows(ConnectorException.class, () -> c.mkdir(RelPath.of("d"), null));
			assertEquals(Reason.PERMISSION_DENIED, mkdir.reason(), mkdir.getMessage());
			assertEquals(0, c.capability(Capability.OpenResources.class).orElseThrow().openResources());
		}
		assertEquals(List.of("there.txt"), List.of(folder.toFile().list()));
	}

	@Test
	void implicitTlsWorks() throws Exception {
		try (Connection c = factory.connect(TestServer.spec(server.url("ftps", "ann", server.implicitPort, folder),
				Map.of("tls", "implicit"), TestServer.PASSWORD), null)) {
			Entry e = c.write(RelPath.of("i.txt"), new ByteArrayInputStream("over implicit TLS".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT, null);
			assertEquals(17, e.size());
		}
		assertEquals("over implicit TLS", Files.readString(folder.resolve("i.txt")));
		assertTrue(Files.readString(knownCerts).contains("127.0.0.1:" + server.implicitPort + " SHA256:"));
	}

	@Test
	void certificateIsTrustedOnFirstUseAndAChangedOneIsRefused() throws Exception {
		String url = server.url("ftps", "ann", server.explicitPort, folder);
		factory.connect(TestServer.spec(url, Map.of(), TestServer.PASSWORD), null).close();
		String line = Files.readString(knownCerts).trim();
		assertTrue(line.startsWith("127.0.0.1:" + server.explicitPort + " SHA256:"), line);
		factory.connect(TestServer.spec(url, Map.of(), TestServer.PASSWORD), null).close(); // known: accepted again
		String wrong = "SHA256:" + "00:".repeat(31) + "00";
		Files.writeString(knownCerts, "127.0.0.1:" + server.explicitPort + " " + wrong + "\n");
		ConnectorException e = refused(url, Map.of(), TestServer.PASSWORD);
		assertEquals(Reason.FATAL, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("changed"), e.getMessage());
		assertTrue(e.getMessage().contains(line.substring(line.indexOf(' ') + 1)), "the new fingerprint is named: " + e.getMessage());
	}

	@Test
	void unknownCertificateIsRefusedWhenTrustOnFirstUseIsOff() {
		ConnectorException e = refused(server.url("ftps", "ann", server.explicitPort, folder),
				Map.of("trust_on_first_use", "false"), TestServer.PASSWORD);
		assertTrue(e.getMessage().contains("SHA256:"), e.getMessage());
		assertFalse(Files.exists(knownCerts));
	}

	@Test
	void caFileTrustsTheServerCertificate() throws Exception {
		Path pem = knownCerts.resolveSibling("ca.pem");
		java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(server.keystore)) {
			store.load(in, "changeit".toCharArray());
		}
		java.security.cert.Certificate cert = store.getCertificate("server");
		Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
				+ java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
				+ "\n-----END CERTIFICATE-----\n");
		factory.connect(TestServer.spec(server.url("ftps", "ann", server.explicitPort, folder),
				Map.of("ca_file", pem.toString()), TestServer.PASSWORD), null).close();
		assertFalse(Files.exists(knownCerts), "a CA file replaces trust on first use");
		Path otherCa = TestServer.generateKeystore(knownCerts.resolveSibling("other.p12"), "CN=other");
		java.security.KeyStore other = java.security.KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(otherCa)) {
			other.load(in, "changeit".toCharArray());
		}
		Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(other.getCertificate("server").getEncoded()) + "\n-----END CERTIFICATE-----\n");
		refused(server.url("ftps", "ann", server.explicitPort, folder), Map.of("ca_file", pem.toString()), TestServer.PASSWORD);
	}

	@Test
	void poolIsBoundedByConcurrencyAndStreamsHoldTheirSession() throws Exception {
		Files.writeString(folder.resolve("a.txt"), "a");
		try (Connection c = factory.connect(TestServer.spec(server.url("ftp", "ann", server.plainPort, folder),
				Map.of("concurrency", "2"), TestServer.PASSWORD), null)) {
			assertEquals(2, c.facts().maxConcurrency());
			Capability.OpenResources open = c.capability(Capability.OpenResources.class).orElseThrow();
			InputStream first = c.read(RelPath.of("a.txt"), null);
			InputStream second = c.read(RelPath.of("a.txt"), null);
			assertEquals(2, open.openResources());
			first.close();
			assertEquals(1, open.openResources());
			assertTrue(c.stat(RelPath.of("a.txt"), null).isPresent(), "a third call gets the released session");
			second.close();
			assertEquals(0, open.openResources());
		}
	}
}
