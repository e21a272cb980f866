package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Capability.ChangeFeed;
import org.karma.connector.api.Connection;
import org.karma.connector.api.RelPath;
import org.karma.connector.ftp.internal.FtpConnectorFactory;
import org.karma.connector.ftp.internal.FtpWatch;
import org.karma.connector.tck.FeedRecorder;

/**
 * The polling change feed against a real server: changes made directly in the server's folder
 * arrive as events (waited for with a timeout, polling every 100 ms), closing stops the polling,
 * and a server that goes away and comes back is reported as an overflow.
 */
class FtpWatchTest {

	private static final long WAIT_SECONDS = 20;

	private TestServer server;
	private Path folder;
	private Connection ftp;

	@BeforeEach
	void setUp() throws Exception {
		server = TestServer.get();
		folder = server.newRoot();
		ftp = factory().connect(TestServer.spec(server.url("ftp", "ann", server.plainPort, folder),
				Map.of("poll_interval", "100ms"), TestServer.PASSWORD), null);
	}

	private static FtpConnectorFactory factory() throws Exception {
		return new FtpConnectorFactory(TestServer.get().base.resolve("known-certs"), Duration.ofSeconds(20));
	}

	@AfterEach
	void tearDown() throws Exception {
		ftp.close();
		TestServer.deleteTree(folder);
	}

	private ChangeFeed feed() {
		return ftp.capability(Capability.ChangeFeed.class).orElseThrow();
	}

	@Test
	void changesMadeOnTheServerArriveAsEvents() throws Exception {
		Files.writeString(folder.resolve("a.txt"), "one");
		Files.createDirectories(folder.resolve("sub"));
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.ROOT, r, null)) {
			Files.writeString(folder.resolve("sub/new.txt"), "new");
			Files.writeString(folder.resolve("a.txt"), "longer now");
			r.await("sub/new.txt", "a.txt");
			r.clear();

			// same size, other time: a change too
			Files.writeString(folder.resolve("sub/new.txt"), "NEW");
			Files.setLastModifiedTime(folder.resolve("sub/new.txt"), FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L));
			r.await("sub/new.txt");
			r.clear();

			Files.delete(folder.resolve("a.txt"));
			Files.createDirectories(folder.resolve("deep/er"));
			Files.writeString(folder.resolve("deep/er/x.txt"), "x");
			Files.writeString(folder.resolve(".x.txt.karma-tmp-0123456789abcdef"), "a temporary file");
			r.await("a.txt", "deep", "deep/er", "deep/er/x.txt");
			assertFalse(r.seen().stream().anyMatch(p -> p.name().contains("karma-tmp")), "temporary files are not events: " + r.calls());
		}
	}

	@Test
	void aWatchOfASubfolderSeesOnlyThatSubtree() throws Exception {
		Files.createDirectories(folder.resolve("in"));
		FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription sub = feed().watch(RelPath.of("in"), r, null)) {
			Files.writeString(folder.resolve("out.txt"), "elsewhere");
			Files.writeString(folder.resolve("in/here.txt"), "here");
			r.await("in/here.txt");
			assertFalse(r.seen().contains(RelPath.of("out.txt")), r.calls().toString());
		}
	}

	@Test
	void closeStopsPolling() throws Exception {
		FeedRecorder first = new FeedRecorder(WAIT_SECONDS);
		FtpWatch sub = (FtpWatch) feed().watch(RelPath.ROOT, first, null);
		assertTrue(sub.awaitPolls(1, WAIT_SECONDS, TimeUnit.SECONDS));
		sub.close();
		assertTrue(sub.awaitStopped(WAIT_SECONDS, TimeUnit.SECONDS), "the polling thread ended");
		long polls = sub.polls();
		int calls = first.callCount();

		FeedRecorder second = new FeedRecorder(WAIT_SECONDS);
		try (ChangeFeed.Subscription other = feed().watch(RelPath.ROOT, second, null)) {
			Files.writeString(folder.resolve("after.txt"), "after the close");
			second.await("after.txt"); // a poll interval has passed for sure
		}
		assertEquals(polls, sub.polls(), "no poll after close");
		assertEquals(calls, first.callCount(), "no event after close");
		assertEquals(0, ftp.capability(Capability.OpenResources.class).orElseThrow().openResources());
	}

	@Test
	void aMissingFolderCannotBeWatched() {
		var e = org.junit.jupiter.api.Assertions.assertThrows(org.karma.connector.api.ConnectorException.class,
				() -> feed().watch(RelPath.of("nothing"), new FeedRecorder(WAIT_SECONDS), null));
		assertEquals(org.karma.connector.api.ConnectorException.Reason.NOT_FOUND, e.reason(), e.getMessage());
	}

	@Test
	void aServerThatGoesAwayAndComesBackIsAnOverflow() throws Exception {
		try (FaultServer faults = new FaultServer()) {
			Path root = faults.newRoot();
			try (Connection c = factory().connect(faults.spec(root, Map.of("poll_interval", "100ms")), null)) {
				FeedRecorder r = new FeedRecorder(WAIT_SECONDS);
				FtpWatch sub = (FtpWatch) c.capability(Capability.ChangeFeed.class).orElseThrow().watch(RelPath.ROOT, r, null);
				try {
					assertTrue(sub.awaitPolls(1, WAIT_SECONDS, TimeUnit.SECONDS));
					faults.control.refuseNew(true);
					faults.control.cutAll();
					long polls = sub.polls();
					Files.writeString(root.resolve("while-down.txt"), "missed");
					assertTrue(sub.awaitPolls(polls + 2, WAIT_SECONDS, TimeUnit.SECONDS), "polls go on (and fail)");
					assertEquals(0, r.overflows());
					assertEquals(0, r.callCount(), "nothing delivered while the server is away");
					faults.control.refuseNew(false);
					r.awaitOverflow();
					assertEquals(0, r.callCount(), "the first poll after the reconnect reports an overflow, not a diff");
					Files.writeString(root.resolve("back.txt"), "seen again");
					r.await("back.txt");
				} finally {
					sub.close();
				}
			}
		}
	}
}
