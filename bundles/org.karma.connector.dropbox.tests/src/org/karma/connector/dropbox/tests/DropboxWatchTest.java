package org.karma.connector.dropbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Capability.ChangeFeed;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.dropbox.fake.FakeDropbox;
import org.karma.connector.dropbox.internal.DropboxWatch;
import org.karma.connector.tck.FeedRecorder;

/**
 * The Dropbox change feed (cursor, {@code list_folder/longpoll}, {@code list_folder/continue})
 * against the fake: changes made by a second client or directly in the fake arrive as paths within
 * a time limit, a reset cursor is an overflow, the longpoll's backoff is waited, and close() ends
 * the feed's thread.
 */
class DropboxWatchTest {

	private static final long WAIT_SECONDS = 20;

	private DropboxFixture fixture;
	private FakeDropbox fake;
	private Connection dropbox;
	private Connection other;

	@BeforeEach
	void setUp() throws Exception {
		fixture = DropboxFixture.create();
		fake = fixture.fakeDropbox();
		dropbox = fixture.connection();
		other = fixture.openAnother();
	}

	@AfterEach
	void tearDown() throws Exception {
		fake.longpollBackoff(0);
		other.close();
		fixture.close();
	}

	private ChangeFeed feed() {
		return dropbox.capability(Capability.ChangeFeed.class).orElseThrow();
	}

	private void write(Connection c, String path, String content) throws ConnectorException {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		c.write(RelPath.of(path), new ByteArrayInputStream(bytes), WriteOptions.DEFAULT.withSize(bytes.length), null);
	}

	private static List<String> feedThreads(String folder) {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
				.filter(n -> n.equals("KARMA dropbox feed " + folder)).toList();
	}

	@Test
	void changesOfAnotherClientArrive() throws Exception {
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.ROOT, r, null)) {
			write(other, "a.txt", "one");
			other.mkdir(RelPath.of("sub"), null);
			write(other, "sub/b.txt", "bee");
			r.await("a.txt", "sub", "sub/b.txt");
			r.clear();

			fake.putFile(fixture.folder() + "/a.txt", "changed in Dropbox".getBytes(StandardCharsets.UTF_8));
			r.await("a.txt");
			r.clear();

			other.delete(RelPath.of("sub/b.txt"), false, Precondition.NONE, null);
			r.await("sub/b.txt");
			r.clear();

			other.capability(Capability.Rename.class).orElseThrow().rename(RelPath.of("a.txt"), RelPath.of("c.txt"), false, null);
			r.await("a.txt", "c.txt");
			r.clear();

			fake.putFile("/outside-" + fixture.folder().substring(1) + ".txt", new byte[] { 1 });
			fake.removeTree(fixture.folder() + "/sub");
			r.await("sub");
			assertFalse(r.seen().stream().anyMatch(p -> p.toString().contains("outside")), "outside the folder: " + r.calls());
		}
	}

	@Test
	void aWatchOfASubfolderSeesOnlyThatSubtree() throws Exception {
		dropbox.mkdir(RelPath.of("in"), null);
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.of("in"), r, null)) {
			write(other, "out.txt", "elsewhere");
			write(other, "in/here.txt", "here");
			r.await("in/here.txt");
			assertFalse(r.seen().contains(RelPath.of("out.txt")), r.calls().toString());
		}
	}

	@Test
	void aResetCursorIsAnOverflowAndTheFeedGoesOn() throws Exception {
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.ROOT, r, null)) {
			write(other, "before.txt", "1");
			r.await("before.txt");
			fake.resetCursors();
			r.awaitOverflow();
			r.clear();
			write(other, "after.txt", "2");
			r.await("after.txt");
			assertEquals(1, r.overflows());
		}
	}

	@Test
	void theBackoffOfALongpollIsWaited() throws Exception {
		fake.longpollBackoff(2);
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.ROOT, r, null)) {
			write(other, "x.txt", "x");
			r.await("x.txt");
			int answered = fake.longpolls().size();
			write(other, "y.txt", "y");
			r.await("y.txt");
			List<long[]> polls = fake.longpolls();
			assertTrue(polls.size() > answered, "a second longpoll");
			long[] first = polls.get(answered - 1);
			long[] next = polls.get(answered);
			assertEquals(2, first[2], "the answer carried the backoff");
			long gapMillis = (next[0] - first[1]) / 1_000_000L;
			assertTrue(gapMillis >= 1900, "the next longpoll waited the backoff of 2 s: " + gapMillis + " ms");
		}
	}

	@Test
	void closeEndsTheFeedAndItsThread() throws Exception {
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		DropboxWatch sub = (DropboxWatch) feed().watch(RelPath.ROOT, r, null);
		write(other, "seen.txt", "1");
		r.await("seen.txt");
		assertEquals(1, feedThreads(fixture.folder()).size(), "one feed thread");
		long before = System.nanoTime();
		sub.close();
		assertTrue(sub.awaitStopped(WAIT_SECONDS, TimeUnit.SECONDS), "the feed's thread ended");
		assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(10), "close aborted the longpoll (30 s) at once");
		assertEquals(List.of(), feedThreads(fixture.folder()), "no feed thread left");
		int calls = r.callCount();
		write(other, "unseen.txt", "2");
		FeedRecorder second = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription another = feed().watch(RelPath.ROOT, second, null)) {
			write(other, "later.txt", "3");
			second.await("later.txt");
		}
		assertEquals(calls, r.callCount(), "nothing delivered after close");
		dropbox.close();
		assertEquals(List.of(), feedThreads(fixture.folder()), "closing the connection ends its feeds");
	}

	@Test
	void aMissingFolderCannotBeWatched() {
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> feed().watch(RelPath.of("nothing"), new FeedRecorder(WAIT_SECONDS), null));
		assertEquals(ConnectorException.Reason.NOT_FOUND, e.reason(), e.getMessage());
	}
}
