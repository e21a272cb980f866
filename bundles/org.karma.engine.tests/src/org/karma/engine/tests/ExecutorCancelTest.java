package org.karma.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseSink;
import org.karma.engine.BaseState;
import org.karma.engine.Executor;
import org.karma.engine.FileState;
import org.karma.engine.ItemResult;
import org.karma.engine.ItemResult.Outcome;
import org.karma.engine.Plan;
import org.karma.engine.PlanSettings;
import org.karma.engine.Planner;
import org.karma.engine.ProgressListener;
import org.karma.engine.Snapshot;

/**
 * Cancelling an execution between memory endpoints: it stops starting items, abandons a transfer
 * under way, records base entries only for the items done, and reports progress consistently.
 */
class ExecutorCancelTest {

	private static final AtomicInteger STORES = new AtomicInteger();
	private final MemoryConnectorFactory factory = new MemoryConnectorFactory();
	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T14:30:05Z"), ZoneOffset.UTC);
	private final Map<RelPath, BaseEntry> base = new ConcurrentHashMap<>();
	private final NullProgressMonitor monitor = new NullProgressMonitor();
	private Connection left;
	private Connection right;

	private final BaseSink sink = BaseSink.into(base);

	@BeforeEach
	void connect() throws Exception {
		int n = STORES.incrementAndGet();
		left = factory.connect(ConnectionSpec.of("memory:/cancel-left-" + n), null);
		right = factory.connect(ConnectionSpec.of("memory:/cancel-right-" + n), null);
	}

	@AfterEach
	void close() throws Exception {
		left.close();
		right.close();
	}

	private static void put(Connection c, String path, byte[] content) throws Exception {
		c.write(RelPath.of(path), new ByteArrayInputStream(content), WriteOptions.DEFAULT.withCreateParents(true), null);
	}

	private static byte[] get(Connection c, String path) throws Exception {
		try (InputStream in = c.read(RelPath.of(path), null)) {
			return in.readAllBytes();
		}
	}

	private static Map<String, byte[]> files(Connection c) throws Exception {
		Map<String, byte[]> files = new TreeMap<>();
		walk(c, RelPath.ROOT, files);
		return files;
	}

	private static void walk(Connection c, RelPath dir, Map<String, byte[]> files) throws Exception {
		List<Entry> children = new ArrayList<>();
		c.list(dir, children::add, null);
		for (Entry e : children) {
			if (e.isDirectory()) {
				walk(c, e.path(), files);
			} else {
				files.put(e.path().toString(), get(c, e.path().toString()));
			}
		}
	}

	private static Snapshot scan(Connection c) throws Exception {
		Map<RelPath, FileState> entries = new HashMap<>();
		scan(c, RelPath.ROOT, entries);
		return new Snapshot(entries, true);
	}

	private static void scan(Connection c, RelPath dir, Map<RelPath, FileState> entries) throws Exception {
		List<Entry> children = new ArrayList<>();
		c.list(dir, children::add, null);
		for (Entry e : children) {
			entries.put(e.path(), FileState.of(e, null));
			if (e.isDirectory()) {
				scan(c, e.path(), entries);
			}
		}
	}

	private Plan plan() throws Exception {
		return Planner.plan(new BaseState(new TreeMap<>(base)), scan(left), scan(right), PlanSettings.defaults());
	}

	private Executor executor() {
		return new Executor(left, right, new Executor.Settings(2, false, true, clock, 2, millis -> {
		}), sink);
	}

	private static byte[] content(int i, int size) {
		byte[] b = new byte[size];
		for (int j = 0; j < size; j++) {
			b[j] = (byte) (i * 31 + j);
		}
		return b;
	}

	/** Counts events; cancels the monitor when told to. */
	private final class Recorder implements ProgressListener {
		final AtomicInteger started = new AtomicInteger();
		final AtomicInteger finishedDone = new AtomicInteger();
		final AtomicLong transferred = new AtomicLong();
		final Set<RelPath> done = ConcurrentHashMap.newKeySet();
		volatile int totalFiles = -1;
		volatile long totalBytes = -1;
		final int cancelAfterStarted;
		final long cancelAfterBytes;

		Recorder(int cancelAfterStarted, long cancelAfterBytes) {
			this.cancelAfterStarted = cancelAfterStarted;
			this.cancelAfterBytes = cancelAfterBytes;
		}

		@Override
		public void totals(int files, long bytes) {
			totalFiles = files;
			totalBytes = bytes;
		}

		@Override
		public void itemStarted(RelPath path, long bytes) {
			if (started.incrementAndGet() >= cancelAfterStarted) {
				monitor.setCanceled(true);
			}
		}

		@Override
		public void itemFinished(RelPath path, long bytes, boolean ok) {
			if (ok) {
				finishedDone.incrementAndGet();
				done.add(path);
			}
		}

		@Override
		public void transferred(long bytes) {
			if (transferred.addAndGet(bytes) >= cancelAfterBytes) {
				monitor.setCanceled(true);
			}
		}
	}

	@Test
	void progressOfACompleteRunAddsUp() throws Exception {
		put(left, "docs/a", content(1, 100_000));
		put(left, "b", content(2, 10));
		put(right, "c", content(3, 7));
		Recorder recorder = new Recorder(Integer.MAX_VALUE, Long.MAX_VALUE);
		Executor.Result result = executor().execute(plan(), monitor, recorder);
		assertFalse(result.cancelled());
		assertEquals(3, recorder.totalFiles);
		assertEquals(100_017, recorder.totalBytes);
		assertEquals(3, recorder.started.get());
		assertEquals(3, recorder.finishedDone.get());
		assertEquals(100_017, recorder.transferred.get(), "bytes counted as they stream");
		assertEquals(100_017, result.bytes());
	}

	@Test
	void cancellingStopsStartingItemsAndRecordsOnlyWhatWasDone() throws Exception {
		Map<String, byte[]> source = new TreeMap<>();
		for (int i = 0; i < 60; i++) {
			String path = "d" + (i % 3) + "/f" + i;
			source.put(path, content(i, 1000 + i));
			put(left, path, source.get(path));
		}
		Recorder recorder = new Recorder(10, Long.MAX_VALUE);
		Executor.Result result = executor().execute(plan(), monitor, recorder);

		assertTrue(result.cancelled());
		List<ItemResult> files = result.items().stream().filter(r -> source.containsKey(r.item().path().toString()))
				.toList();
		assertEquals(60, files.size());
		long done = files.stream().filter(r -> r.outcome() == Outcome.DONE).count();
		long notRun = files.stream().filter(r -> r.outcome() == Outcome.NOT_RUN).count();
		assertEquals(60, done + notRun, result.toString());
		assertTrue(done >= 1 && done <= 11, "at most the items started before or while cancelling: " + done);
		assertTrue(notRun >= 49, "the rest is not started: " + notRun);
		assertEquals(done, recorder.finishedDone.get());

		Map<String, byte[]> copied = files(right);
		for (ItemResult r : files) {
			String path = r.item().path().toString();
			if (r.outcome() == Outcome.DONE) {
				assertTrue(java.util.Arrays.equals(source.get(path), copied.get(path)), path + " complete");
				assertTrue(base.containsKey(r.item().path()), path + " has a base entry");
			} else {
				assertFalse(copied.containsKey(path), path + " not written");
				assertFalse(base.containsKey(r.item().path()), path + " has no base entry");
			}
		}
		assertEquals(done, copied.size(), "nothing else on the right: " + copied.keySet());
		assertEquals(0, openResources(left) + openResources(right), "no stream left open");

		// the next run does the rest
		NullProgressMonitor fresh = new NullProgressMonitor();
		Executor.Result rest = executor().execute(plan(), fresh, ProgressListener.NONE);
		assertFalse(rest.cancelled());
		assertEquals(notRun, rest.created(), rest.toString());
		assertEquals(source.keySet(), files(right).keySet());
	}

	@Test
	void aLongTransferIsAbandonedAndTheReplacedFileRestored() throws Exception {
		byte[] old = content(7, 3000);
		put(left, "big.bin", old);
		executor().execute(plan(), monitor, ProgressListener.NONE);
		BaseEntry before = base.get(RelPath.of("big.bin"));
		byte[] big = content(8, 4 * 1024 * 1024);
		put(left, "big.bin", big);
		Recorder recorder = new Recorder(Integer.MAX_VALUE, 200_000); // cancel a few buffers in

		Executor.Result result = executor().execute(plan(), monitor, recorder);

		assertTrue(result.cancelled());
		ItemResult item = result.items().stream().filter(r -> r.item().path().toString().equals("big.bin")).findFirst()
				.orElseThrow();
		assertEquals(Outcome.NOT_RUN, item.outcome(), item.toString());
		assertEquals("cancelled", item.message());
		assertTrue(recorder.transferred.get() < big.length, "stopped before the end: " + recorder.transferred.get());
		Map<String, byte[]> after = files(right);
		assertTrue(java.util.Arrays.equals(old, after.get("big.bin")), "the old file is back under its name");
		assertEquals(Set.of("big.bin"), after.keySet().stream().filter(k -> !k.startsWith(".karma-versions/"))
				.collect(java.util.stream.Collectors.toSet()));
		assertEquals(before, base.get(RelPath.of("big.bin")), "the base entry is unchanged");
		assertEquals(0, openResources(left) + openResources(right), "no stream left open");
	}

	private static int openResources(Connection c) {
		return c.capability(Capability.OpenResources.class).map(Capability.OpenResources::openResources).orElse(0);
	}
}
