package org.karma.connector.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Capability.ChangeFeed;
import org.karma.connector.api.Capability.ChangeFeed.Subscription;
import org.karma.connector.api.RelPath;
import org.karma.connector.local.internal.LocalConnection;

/** The change feed: real file system changes arrive as relative paths, on the feed's own thread. */
class WatchTest {

	private static final long TIMEOUT_SECONDS = 30;

	private Path root;
	private LocalConnection c;
	private ChangeFeed feed;

	/** Collects what the feed reports; tests wait on it, never sleep. */
	static class Recorder implements ChangeFeed.ChangeListener {
		private final Set<RelPath> seen = new HashSet<>();
		private int overflows;
		final Set<String> threads = new HashSet<>();

		@Override
		public synchronized void changed(List<RelPath> paths) {
			threads.add(Thread.currentThread().getName());
			seen.addAll(paths);
			notifyAll();
		}

		@Override
		public synchronized void overflow() {
			overflows++;
			notifyAll();
		}

		/** Waits until every path was reported (generous timeout), then forgets what was seen. */
		synchronized void await(String... paths) throws InterruptedException {
			Set<RelPath> wanted = new HashSet<>();
			for (String p : paths) {
				wanted.add(RelPath.of(p));
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
			while (!seen.containsAll(wanted)) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					Set<RelPath> missing = new HashSet<>(wanted);
					missing.removeAll(seen);
					throw new AssertionError("not reported within " + TIMEOUT_SECONDS + " s: " + missing + " (seen " + seen + ")");
				}
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			seen.clear();
		}

		synchronized void awaitOverflow() throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
			while (overflows == 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("no overflow reported");
				}
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
		}

		synchronized Set<RelPath> seen() {
			return new HashSet<>(seen);
		}
	}

	@BeforeEach
	void open() throws Exception {
		root = Fixtures.newRoot("watch");
		c = Fixtures.connect(root);
		feed = c.capability(Capability.ChangeFeed.class).orElseThrow();
	}

	@AfterEach
	void close() throws Exception {
		c.close();
		Fixtures.deleteTree(root);
	}

	@Test
	void createsModificationsRenamesAndDeletesArrive() throws Exception {
		Files.createDirectories(root.resolve("old/deep"));
		Recorder r = new Recorder();
		try (Subscription s = feed.watch(RelPath.ROOT, r, new NullProgressMonitor())) {
			Files.writeString(root.resolve("a.txt"), "a");
			r.await("a.txt");
			Files.writeString(root.resolve("old/deep/b.txt"), "b"); // registered at the start
			r.await("old/deep/b.txt");
			Files.writeString(root.resolve("a.txt"), "changed");
			r.await("a.txt");
			Files.move(root.resolve("a.txt"), root.resolve("renamed.txt"));
			r.await("a.txt", "renamed.txt");
			Files.delete(root.resolve("renamed.txt"));
			r.await("renamed.txt");
			assertEquals(Set.of("KARMA watch " + root), r.threads, "delivered on the feed's own thread");
		}
	}

	@Test
	void foldersCreatedLaterAreWatchedToo() throws Exception {
		Recorder r = new Recorder();
		try (Subscription s = feed.watch(RelPath.ROOT, r, new NullProgressMonitor())) {
			// a whole tree at once: what lands before the new folders are registered is still reported
			Files.createDirectories(root.resolve("new/sub/leaf"));
			Files.writeString(root.resolve("new/sub/leaf/x.txt"), "x");
			r.await("new", "new/sub", "new/sub/leaf", "new/sub/leaf/x.txt");
			Files.writeString(root.resolve("new/sub/leaf/y.txt"), "y");
			r.await("new/sub/leaf/y.txt");
		}
	}

	@Test
	void movedFoldersReportUnderTheirNewName() throws Exception {
		Files.createDirectories(root.resolve("before/inner"));
		Recorder r = new Recorder();
		try (Subscription s = feed.watch(RelPath.ROOT, r, new NullProgressMonitor())) {
			Files.move(root.resolve("before"), root.resolve("after"));
			r.await("before", "after");
			Files.writeString(root.resolve("after/inner/z.txt"), "z");
			r.await("after/inner/z.txt");
		}
	}

	@Test
	void ownWritesAreReportedWithoutTheirTemporaryFiles() throws Exception {
		Recorder r = new Recorder();
		try (Subscription s = feed.watch(RelPath.ROOT, r, new NullProgressMonitor())) {
			Fixtures.write(c, "written.txt", "via the connection");
			r.await("written.txt");
			c.delete(RelPath.of("written.txt"), false, org.karma.connector.api.Precondition.NONE, null);
			Files.writeString(root.resolve("marker"), "m"); // the last event: everything before it arrived
			r.await("marker");
			for (RelPath p : r.seen()) {
				assertFalse(p.name().contains("karma-tmp"), "temporary file reported: " + p);
			}
		}
	}

	@Test
	void watchingASubfolderReportsPathsFromTheRoot() throws Exception {
		Files.createDirectories(root.resolve("docs"));
		Recorder r = new Recorder();
		try (Subscription s = feed.watch(RelPath.of("docs"), r, new NullProgressMonitor())) {
			Files.writeString(root.resolve("outside-the-watch.txt"), "o");
			Files.writeString(root.resolve("docs/inside.txt"), "i");
			r.await("docs/inside.txt");
			assertFalse(r.seen().contains(RelPath.of("outside-the-watch.txt")));
		}
	}

	@Test
	void lostEventsAreAnOverflow() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch blocked = new CountDownLatch(1);
		Recorder r = new Recorder() {
			@Override
			public void changed(List<RelPath> paths) {
				blocked.countDown();
				try {
					release.await(TIMEOUT_SECONDS, TimeUnit.SECONDS); // a slow listener
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				super.changed(paths);
			}
		};
		try (Subscription s = feed.watch(RelPath.ROOT, r, new NullProgressMonitor())) {
			Files.writeString(root.resolve("first"), "1");
			assertTrue(blocked.await(TIMEOUT_SECONDS, TimeUnit.SECONDS));
			for (int i = 0; i < 2000; i++) { // more than the JDK queues per folder (512)
				Files.createFile(root.resolve("f" + i));
			}
			release.countDown();
			r.awaitOverflow();
		}
	}

	@Test
	void closingStopsTheThreadAndTheConnectionClosesFeeds() throws Exception {
		Recorder r = new Recorder();
		Subscription s = feed.watch(RelPath.ROOT, r, new NullProgressMonitor());
		String name = "KARMA watch " + root;
		assertTrue(threadAlive(name));
		assertEquals(1, c.openResources(), "a running feed is an open resource");
		s.close();
		s.close(); // idempotent
		assertFalse(threadAlive(name), "close() stops the thread");
		assertEquals(0, c.openResources());

		feed.watch(RelPath.ROOT, new Recorder(), new NullProgressMonitor());
		assertTrue(threadAlive(name));
		c.close();
		assertFalse(threadAlive(name), "closing the connection stops its feeds");
		assertEquals(0, c.openResources());
	}

	private static boolean threadAlive(String name) {
		return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
	}
}
