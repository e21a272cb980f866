package org.karma.connector.dropbox.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.dropbox.fake.FakeDropbox;

/** Rate limits, unavailable service and expired access tokens, injected by the fake Dropbox. */
class DropboxFaultsTest {

	private DropboxFixture fixture;

	@AfterEach
	void close() throws Exception {
		if (fixture != null) {
			fixture.fakeDropbox().failNext(0, 429, 0);
			fixture.close();
		}
	}

	private static byte[] read(Connection c, String path) throws Exception {
		try (InputStream in = c.read(RelPath.of(path), null)) {
			return in.readAllBytes();
		}
	}

	@Test
	void rateLimitedCallsBackOffAsToldAndSucceed() throws Exception {
		fixture = DropboxFixture.create();
		Connection c = fixture.connection();
		FakeDropbox fake = fixture.fakeDropbox();
		int before = fake.calls("files/upload");
		fake.failNext(2, 429, 1);
		long start = System.nanoTime();
		c.write(RelPath.of("r.txt"), new ByteArrayInputStream(new byte[] { 42 }), WriteOptions.DEFAULT, null);
		long tookMillis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(before + 3, fake.calls("files/upload"), "two refused attempts and the one that succeeded");
		assertTrue(tookMillis >= 1900, "waited the Retry-After of 1 s twice, took " + tookMillis + " ms");
		assertArrayEquals(new byte[] { 42 }, read(c, "r.txt"));
	}

	@Test
	void unavailableServiceIsRetriedToo() throws Exception {
		fixture = DropboxFixture.create();
		Connection c = fixture.connection();
		FakeDropbox fake = fixture.fakeDropbox();
		int before = fake.calls("files/get_metadata");
		fake.failNext(1, 503, 0);
		c.write(RelPath.of("s.txt"), new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT, null);
		assertTrue(c.stat(RelPath.of("s.txt"), null).isPresent());
		assertEquals(before + 1, fake.calls("files/get_metadata"));
		assertTrue(fake.calls("files/upload") >= 2);
	}

	@Test
	void whenRetriesRunOutTheErrorIsTransientAndRetryable() throws Exception {
		fixture = DropboxFixture.create(Map.of("retries", "1"));
		Connection c = fixture.connection();
		fixture.fakeDropbox().failNext(5, 429, 0);
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> c.write(RelPath.of("x.txt"), new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT, null));
		assertEquals(Reason.TRANSIENT, e.reason(), e.getMessage());
		assertTrue(e.isRetryable());
		assertTrue(e.getMessage().contains("rate limit"), e.getMessage());
	}

	@Test
	void anExpiredAccessTokenIsRefreshedAndTheCallSucceeds() throws Exception {
		fixture = DropboxFixture.create();
		Connection c = fixture.connection();
		FakeDropbox fake = fixture.fakeDropbox();
		c.write(RelPath.of("before.txt"), new ByteArrayInputStream(new byte[] { 1 }), WriteOptions.DEFAULT, null);
		int refreshes = fake.refreshes();
		fake.expireAccessTokens();
		c.write(RelPath.of("after.txt"), new ByteArrayInputStream(new byte[] { 2 }), WriteOptions.DEFAULT, null);
		assertEquals(refreshes + 1, fake.refreshes(), "one refresh");
		assertArrayEquals(new byte[] { 2 }, read(c, "after.txt"));
	}
}
