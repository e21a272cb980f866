package org.karma.connector.s3.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.s3.internal.S3ConnectorFactory;

import software.amazon.awssdk.core.sync.RequestBody;

/**
 * S3 throttling between the connector and S3Proxy (503 SlowDown, 429 Too Many Requests, both with
 * {@code Retry-After}): retried honouring the announced wait, then transient; and folder deletes
 * counted at the relay.
 */
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

	/**
	 * The next 3 requests get the status with {@code Retry-After: 1}; the SDK's own backoff is 1 ms
	 * (5 ms for throttling), so only the header explains waits of a second.
	 */
	private static void retryAfterIsHonoured(int status) throws Exception {
		S3ConnectorFactory quick = new S3ConnectorFactory(Duration.ofSeconds(60), Duration.ofMillis(1), S3Fixture.JOURNALS);
		try (S3Fixture fixture = S3Fixture.create(server, S3Fixture.freshPrefix(), Map.of("endpoint", proxy.endpoint()),
				quick)) {
			Connection c = fixture.connection();
			c.write(RelPath.of("f.txt"), new ByteArrayInputStream("throttled".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT, null);
			proxy.throttleNext(3, status, 1);
			long start = System.nanoTime();
			Optional<Entry> seen = c.stat(RelPath.of("f.txt"), null);
			long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
			assertTrue(seen.isPresent(), "the request succeeded after the throttling");
			List<Long> answers = proxy.throttledAt;
			assertEquals(3, answers.size(), "three " + status + " answers were given");
			for (int i = 1; i < answers.size(); i++) {
				long gap = (answers.get(i) - answers.get(i - 1)) / 1_000_000;
				assertTrue(gap >= 990, "retry " + i + " came " + gap + " ms after a Retry-After of 1 s");
			}
			assertTrue(elapsedMillis >= 3000, "3 answers with Retry-After: 1 took only " + elapsedMillis + " ms");
			assertTrue(elapsedMillis < 15_000, "took " + elapsedMillis + " ms");
		} finally {
			proxy.throttleNext(0, 503, 1);
		}
	}

	@Test
	void tooManyRequestsWaitsRetryAfter() throws Exception {
		retryAfterIsHonoured(429);
	}

	@Test
	void slowDownWaitsRetryAfter() throws Exception {
		retryAfterIsHonoured(503);
	}

	@Test
	void folderDeleteSendsOneDeleteObjectsPerThousandKeys() throws Exception {
		String prefix = S3Fixture.freshPrefix();
		try (S3Fixture fixture = S3Fixture.create(server, prefix, Map.of("endpoint", proxy.endpoint()),
				S3Fixture.factory(S3Fixture.JOURNALS)); Admin admin = new Admin(server)) {
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<?>> puts = new ArrayList<>();
				for (int i = 0; i < 2500; i++) {
					String key = prefix + "/big/f" + i;
					puts.add(pool.submit(() -> admin.s3.putObject(b -> b.bucket(S3Fixture.BUCKET).key(key),
							RequestBody.fromString("x"))));
				}
				for (Future<?> put : puts) {
					put.get();
				}
			} finally {
				pool.shutdown();
			}
			Connection c = fixture.connection();
			assertTrue(c.stat(RelPath.of("big"), null).isPresent());
			proxy.clearRequests();
			c.delete(RelPath.of("big"), true, Precondition.NONE, null);
			long deletes = proxy.count(line -> line.startsWith("DELETE ") || line.startsWith("POST ") && line.contains("?delete"));
			assertEquals(3, deletes, "2,500 keys in 3 DeleteObjects requests: " + proxy.requests());
			assertEquals(0, admin.s3.listObjectsV2(b -> b.bucket(S3Fixture.BUCKET).prefix(prefix + "/")).keyCount());
			assertTrue(c.stat(RelPath.of("big"), null).isEmpty());
		}
	}
}
