package org.karma.connector.s3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;

/** S3 throttling (503 SlowDown) between the connector and S3Proxy: retried with backoff, then transient. */
class S3FaultsTest {

	private static S3ProxyServer server;
	private static FaultProxy proxy;

	@BeforeAll
	static void start() throws Exception {
		server = S3ProxyServer.start();
		proxy = new FaultProxy(server.port);
	}

	@AfterAll
	static void stop() throws Exception {
		if (proxy != null) {
			proxy.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	void slowDownIsRetriedAndTheConnectionSucceeds() throws Exception {
		// new connections get the 503s; the SDK keeps connections alive, so the faults are armed
		// before connecting, whose first request (the bucket check) opens one
		proxy.failNext(2);
		try (S3Fixture fixture = S3Fixture.create(server, Map.of("endpoint", proxy.endpoint()))) {
			assertEquals(2, proxy.failed.get(), "both 503 answers were given");
			Connection c = fixture.connection();
			c.write(RelPath.of("f.txt"), new ByteArrayInputStream("after throttling".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT, null);
			try (InputStream in = c.read(RelPath.of("f.txt"), null)) {
				assertEquals("after throttling", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		} finally {
			proxy.failNext(0);
		}
	}

	@Test
	void endlessSlowDownIsTransient() throws Exception {
		proxy.failNext(1000);
		try {
			ConnectorException e = assertThrows(ConnectorException.class,
					() -> S3Fixture.create(server, Map.of("endpoint", proxy.endpoint())).close());
			assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
			assertTrue(e.isRetryable());
			assertTrue(e.getMessage().contains("SlowDown"), e.getMessage());
		} finally {
			proxy.failNext(0);
		}
	}
}
