package org.karma.connector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The wait loop of lock folders, against a pretend server. */
class LockFoldersTest {

	static final RelPath PATH = RelPath.of("a.txt");
	static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void aHeldLockIsWaitedForUntilItsHolderReleasesIt() throws Exception {
		AtomicInteger tries = new AtomicInteger();
		LockFolders.acquire(PATH, ".a.txt.karma-lock", null, () -> tries.incrementAndGet() >= 4,
				() -> Optional.of(NOW.minusSeconds(5)), () -> {
					throw new AssertionError("a fresh lock is never broken");
				}, CLOCK, Duration.ofSeconds(60));
		assertEquals(4, tries.get(), "made on the fourth try, after the holder let go");
	}

	@Test
	void aStaleLockIsBrokenAndTaken() throws Exception {
		AtomicInteger broken = new AtomicInteger();
		LockFolders.acquire(PATH, ".a.txt.karma-lock", null, () -> broken.get() > 0,
				() -> Optional.of(NOW.minus(LockFolders.STALE).minusSeconds(1)), () -> {
					broken.incrementAndGet();
					return null;
				}, CLOCK, Duration.ofSeconds(60));
		assertEquals(1, broken.get());
	}

	@Test
	void aLockHeldTooLongIsATransientFailureNamingTheLock() {
		ConnectorException e = assertThrows(ConnectorException.class, () -> LockFolders.acquire(PATH, "/d/.a.txt.karma-lock",
				null, () -> false, Optional::empty, () -> null, CLOCK, Duration.ofMillis(30)));
		assertEquals(ConnectorException.Reason.TRANSIENT, e.reason());
		assertEquals("'a.txt' is locked by another KARMA client (/d/.a.txt.karma-lock)", e.getMessage());
	}
}
