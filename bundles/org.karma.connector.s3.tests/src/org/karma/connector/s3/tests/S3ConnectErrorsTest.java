package org.karma.connector.s3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import org.karma.connector.s3.internal.S3ConnectorFactory;

/** Connecting with bad settings, and what the kit does not cover: multipart, server copy, hashes. */
class S3ConnectErrorsTest {

	private static S3ProxyServer server;
	private final S3ConnectorFactory factory = S3Fixture.factory(S3Fixture.JOURNALS);

	@BeforeAll
	static void startServer() throws Exception {
		server = S3ProxyServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	private ConnectorException connectFails(String location, Map<String, String> changes, ConnectionSpec.Secrets secrets) {
		Map<String, String> options = S3Fixture.options(server);
		options.putAll(changes);
		options.values().removeIf(v -> v == null || v.isEmpty());
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> factory.connect(new ConnectionSpec(location, options, secrets), null).close());
		assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
		assertFalse(e.getMessage().contains(S3ProxyServer.CREDENTIAL), "no secret in: " + e.getMessage());
		return e;
	}

	@Test
	void missingBucketIsNotFoundUnlessCreateBucket() throws Exception {
		ConnectorException e = connectFails("s3://" + S3ProxyServer.IDENTITY + "@no-such-bucket/x",
				Map.of("create_bucket", "false"), S3Fixture.secrets());
		assertEquals(Reason.NOT_FOUND, e.reason());
		assertTrue(e.getMessage().contains("create_bucket=true"), e.getMessage());
	}

	@Test
	void wrongSecretIsAuthentication() {
		ConnectorException e = connectFails(S3Fixture.location("x"), Map.of(),
				key -> Optional.of("wrong-secret".toCharArray()));
		assertEquals(Reason.AUTHENTICATION, e.reason(), e.getMessage());
	}

	@Test
	void missingSecretOrKeyIdIsAuthenticationNamingTheWays() {
		ConnectorException noSecret = connectFails(S3Fixture.location("x"), Map.of(), ConnectionSpec.Secrets.NONE);
		assertEquals(Reason.AUTHENTICATION, noSecret.reason());
		assertTrue(noSecret.getMessage().contains("secret_key"), noSecret.getMessage());
		ConnectorException noId = connectFails("s3://" + S3Fixture.BUCKET + "/x", Map.of(), S3Fixture.secrets());
		assertEquals(Reason.AUTHENTICATION, noId.reason());
		assertTrue(noId.getMessage().contains("access_key_id"), noId.getMessage());
	}

	@Test
	void badOptionsAreFatal() {
		assertEquals(Reason.FATAL, connectFails(S3Fixture.location("x"), Map.of("part_size_mb", "4"), S3Fixture.secrets())
				.reason());
		assertEquals(Reason.FATAL, connectFails(S3Fixture.location("x"), Map.of("endpoint", "ftp://h"), S3Fixture.secrets())
				.reason());
	}

	@Test
	void unreachableEndpointIsTransient() throws Exception {
		int closed;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = probe.getLocalPort();
		}
		ConnectorException e = connectFails(S3Fixture.location("x"), Map.of("endpoint", "http://127.0.0.1:" + closed),
				S3Fixture.secrets());
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
	}

	@Test
	void multipartUploadServerCopyAndHashes() throws Exception {
		try (S3Fixture fixture = S3Fixture.create(server, Map.of("part_size_mb", "5"))) {
			Connection c = fixture.connection();
			byte[] content = new byte[11 << 20]; // three parts of at most 5 MiB
			new Random(42).nextBytes(content);
			Instant mtime = Instant.parse("2020-01-02T03:04:05.678901234Z");
			Entry big = c.write(RelPath.of("big.bin"), new ByteArrayInputStream(content),
					WriteOptions.DEFAULT.withSize(content.length).withMtime(mtime), null);
			assertEquals(content.length, big.size());
			assertEquals(mtime, big.mtime());
			assertTrue(big.version().contains("-3@"), "a multipart ETag names its 3 parts: " + big.version());
			assertEquals(Optional.empty(), Optional.ofNullable(big.hashes().get(HashKind.MD5)), "no MD5 for multipart");
			assertEquals(sha256(content), big.hashes().get(HashKind.SHA256));

			Capability.ServerCopy copy = c.capability(Capability.ServerCopy.class).orElseThrow();
			Entry copied = copy.copy(RelPath.of("big.bin"), RelPath.of("sub/copy.bin"),
					WriteOptions.DEFAULT.withCreateParents(true), null);
			assertEquals(content.length, copied.size());
			assertEquals(mtime, copied.mtime(), "the copy keeps the metadata");
			assertEquals(sha256(content), copied.hashes().get(HashKind.SHA256));
			try (InputStream in = c.read(RelPath.of("sub/copy.bin"), null)) {
				assertEquals(sha256(content), sha256(in.readAllBytes()));
			}
			Entry small = c.write(RelPath.of("small.txt"), new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT, null);
			assertEquals("900150983cd24fb0d6963f7d28e17f72", small.hashes().get(HashKind.MD5));
			Capability.ServerHash hash = c.capability(Capability.ServerHash.class).orElseThrow();
			assertEquals(Optional.of("900150983cd24fb0d6963f7d28e17f72"), hash.hash(RelPath.of("small.txt"), HashKind.MD5, null));
			assertEquals(Optional.empty(), hash.hash(RelPath.of("small.txt"), HashKind.SHA1, null));
		}
	}

	private static String sha256(byte[] data) throws Exception {
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
	}
}
