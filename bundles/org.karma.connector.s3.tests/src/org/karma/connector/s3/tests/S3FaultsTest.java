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
	void aListingAsksForTheFilesMetadataInParallel() throws Exception {
		String prefix = S3Fixture.freshPrefix();
		try (S3Fixture fixture = S3Fixture.create(server, prefix, Map.of("endpoint", proxy.endpoint(), "concurrency", "4"),
				S3Fixture.factory(S3Fixture.JOURNALS)); Admin admin = new Admin(server)) {
			for (int i = 0; i < 12; i++) {
				String key = prefix + "/slow/f" + i;
				admin.s3.putObject(b -> b.bucket(S3Fixture.BUCKET).key(key), RequestBody.fromString("content " + i));
			}
			Connection c = fixture.connection();
			proxy.delayWhen(line -> line.startsWith("HEAD ") && line.contains("/slow/f"), 1000);
			List<String> names = new ArrayList<>();
			List<Long> arrived;
			try {
				c.list(RelPath.of("slow"), e -> names.add(e.path().name() + "=" + e.size()), null);
			} finally {
				arrived = new ArrayList<>(proxy.delayedAt);
				proxy.delayWhen(line -> false, 0);
			}
			List<String> keys = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				keys.add("f" + i);
			}
			keys.sort(null); // S3 lists keys in their byte order: f0, f1, f10, f11, f2 …
			List<String> expected = keys.stream().map(k -> k + "=" + ("content " + k.substring(1)).length()).toList();
			assertEquals(expected, names, "every file once, in the listing's order");
			arrived.sort(null);
			assertEquals(12, arrived.size(), "one HEAD per file");
			long closest = Long.MAX_VALUE;
			for (int i = 1; i < arrived.size(); i++) {
				closest = Math.min(closest, arrived.get(i) - arrived.get(i - 1));
			}
			// one after another, each HEAD would be sent only after the 1 s answer of the one before
			assertTrue(closest < 500_000_000L, "HEADs were sent while others were still waiting: closest gap "
					+ closest / 1_000_000 + " ms");
		}
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
