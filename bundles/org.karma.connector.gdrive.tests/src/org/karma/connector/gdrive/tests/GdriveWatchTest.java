package org.karma.connector.gdrive.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Capability.ChangeFeed;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.gdrive.internal.GdriveConnectorFactory;
import org.karma.connector.gdrive.internal.GdriveWatch;
import org.karma.connector.tck.FeedRecorder;

/**
 * The Google Drive change feed (changes.getStartPageToken, changes.list every 100 ms) against the
 * fake: creates, edits, deletes, trashes, renames and moves by a second client or directly in the
 * fake arrive as paths within a time limit; changes outside the watched folder do not; an expired
 * token is an overflow; close() ends the polling thread.
 */
class GdriveWatchTest {

	private static final long WAIT_SECONDS = 20;

	private FakeDrive drive;
	private GdriveFixture fixture;
	private Connection gdrive;
	private Connection other;
	private final NullProgressMonitor monitor = new NullProgressMonitor();

	@BeforeEach
	void setUp() throws Exception {
		drive = new FakeDrive();
		fixture = fixture(drive, Map.of("poll_interval", "100ms"));
		gdrive = fixture.connection();
		other = fixture.openAnother();
	}

	/** A folder in My Drive; {@link GdriveSharedDriveWatchTest}: in a shared drive. */
	GdriveFixture fixture(FakeDrive fake, Map<String, String> options) throws ConnectorException {
		return GdriveFixture.create(fake, new GdriveConnectorFactory(), options, "access-1", null);
	}

	@AfterEach
	void tearDown() throws Exception {
		other.close();
		fixture.close();
		drive.close();
	}

	private ChangeFeed feed() {
		return gdrive.capability(Capability.ChangeFeed.class).orElseThrow();
	}

	private void write(String path, String content) throws ConnectorException {
		other.write(RelPath.of(path), new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
				WriteOptions.DEFAULT, monitor);
	}

	private List<String> feedThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
				.filter(n -> n.equals("KARMA gdrive feed " + fixture.folderId)).toList();
	}

	@Test
	void changesOfAnotherClientArrive() throws Exception {
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.ROOT, r, monitor)) {
			write("a.txt", "one");
			other.mkdir(RelPath.of("sub"), monitor);
			write("sub/b.txt", "bee");
			r.await("a.txt", "sub", "sub/b.txt");
			r.clear();

			String a = drive.idOf(fixture.folderId, "a.txt");
			drive.setContent(a, "edited in Drive".getBytes(StandardCharsets.UTF_8));
			r.await("a.txt");
			r.clear();

			other.delete(RelPath.of("sub/b.txt"), false, Precondition.NONE, monitor); // to the trash
			r.await("sub/b.txt");
			r.clear();

			drive.move(a, null, "c.txt");
			r.await("a.txt", "c.txt");
			r.clear();

			// in from elsewhere (with content), then something in it trashed
			String elsewhere = drive.put(fixture.driveRootId, "elsewhere", FakeDrive.FOLDER, new byte[0]);
			String inner = drive.put(elsewhere, "inner.txt", "text/plain", new byte[] { 1 });
			drive.move(elsewhere, fixture.folderId, "moved-in");
			r.await("moved-in");
			drive.trash(inner);
			r.await("moved-in/inner.txt");
			r.clear();

			// out to elsewhere: gone from here; then changed there: not ours
			String c = drive.idOf(fixture.folderId, "c.txt");
			drive.move(c, fixture.driveRootId, null);
			r.await("c.txt");
			drive.setContent(c, new byte[] { 2 });
			drive.put(fixture.driveRootId, "outside.txt", "text/plain", new byte[] { 3 });
			drive.remove(drive.idOf(fixture.folderId, "sub")); // deleted for good, not trashed
			r.await("sub");
			assertFalse(r.seen().stream().anyMatch(p -> p.name().startsWith("outside")), "outside: " + r.calls());
			assertEquals(1, r.calls().stream().filter(call -> call.contains(RelPath.of("c.txt"))).count(),
					"a file moved out is reported once: " + r.calls());
		}
	}

	@Test
	void aWatchOfASubfolderSeesOnlyThatSubtree() throws Exception {
		gdrive.mkdir(RelPath.of("in"), monitor);
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.of("in"), r, monitor)) {
			write("out.txt", "elsewhere");
			write("in/here.txt", "here");
			r.await("in/here.txt");
			assertFalse(r.seen().contains(RelPath.of("out.txt")), r.calls().toString());
		}
	}

	@Test
	void anExpiredTokenIsAnOverflowAndTheFeedGoesOn() throws Exception {
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.ROOT, r, monitor)) {
			write("before.txt", "1");
			r.await("before.txt");
			drive.expireChangeTokens();
			r.awaitOverflow();
			r.clear();
			write("after.txt", "2");
			r.await("after.txt");
			assertEquals(1, r.overflows());
		}
	}

	@Test
	void closeStopsPollingAndItsThread() throws Exception {
		FeedRecorder first = new FeedRecorder(WAIT_SECONDS);
		GdriveWatch sub = (GdriveWatch) feed().watch(RelPath.ROOT, first, monitor);
		write("seen.txt", "polling");
		first.await("seen.txt");
		assertEquals(1, feedThreads().size(), "one feed thread");
		sub.close();
		assertTrue(sub.awaitStopped(WAIT_SECONDS, TimeUnit.SECONDS), "the polling thread ended");
		assertEquals(List.of(), feedThreads(), "no feed thread left");
		int calls = first.callCount();
		FeedRecorder second = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription another = feed().watch(RelPath.ROOT, second, monitor)) {
			write("after.txt", "after the close");
			second.await("after.txt"); // a poll interval has passed for sure
		}
		assertEquals(calls, first.callCount(), "nothing delivered after close: " + first.calls());
		gdrive.close();
		assertEquals(List.of(), feedThreads(), "closing the connection ends its feeds");
	}

	@Test
	void aMissingFolderOrABadIntervalIsAClearError() throws Exception {
		ConnectorException missing = assertThrows(ConnectorException.class,
				() -> feed().watch(RelPath.of("nothing"), new FeedRecorder(WAIT_SECONDS), monitor));
		assertEquals(Reason.NOT_FOUND, missing.reason(), missing.getMessage());
		ConnectorException bad = assertThrows(ConnectorException.class, () -> fixture(drive, Map.of("poll_interval", "soon")).close());
		assertEquals(Reason.FATAL, bad.reason());
		assertTrue(bad.getMessage().contains("poll_interval"), bad.getMessage());
	}
}
