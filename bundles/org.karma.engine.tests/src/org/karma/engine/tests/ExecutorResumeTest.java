package org.karma.engine.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.ForwardingConnection;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseSink;
import org.karma.engine.BaseState;
import org.karma.engine.Executor;
import org.karma.engine.FileState;
import org.karma.engine.ItemResult.Outcome;
import org.karma.engine.PlanSettings;
import org.karma.engine.Planner;
import org.karma.engine.ProgressListener;
import org.karma.engine.Snapshot;

/**
 * A copy whose upload is cut is resumed by the executor's retry where the target offers
 * {@link Capability.ResumableUpload}: only the rest of the source is sent, the result is the same
 * as a whole write, and a failed resume falls back to a whole write.
 */
class ExecutorResumeTest {

	private static final AtomicInteger STORES = new AtomicInteger();
	private static final RelPath BIG = RelPath.of("big.bin");
	private final MemoryConnectorFactory factory = new MemoryConnectorFactory();
	private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:30:00Z"), ZoneOffset.UTC);
	private final Map<RelPath, BaseEntry> base = new ConcurrentHashMap<>();
	private CountingSource left;
	private ResumableTarget right;

	@BeforeEach
	void connect() throws Exception {
		int n = STORES.incrementAndGet();
		left = new CountingSource(factory.connect(ConnectionSpec.of("memory:/resume-left-" + n), null));
		right = new ResumableTarget(factory.connect(ConnectionSpec.of("memory:/resume-right-" + n), null));
	}

	@AfterEach
	void close() throws Exception {
		left.close();
		right.close();
	}

	/** The source: counts the bytes read from it, by whole reads and by range reads. */
	static final class CountingSource extends ForwardingConnection {
		final AtomicLong bytesRead = new AtomicLong();
		final AtomicInteger rangeReads = new AtomicInteger();

		CountingSource(Connection delegate) {
			super(delegate, Set.of());
		}

		private InputStream counted(InputStream in) {
			return new java.io.FilterInputStream(in) {
				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					int n = super.read(b, off, len);
					if (n > 0) {
						bytesRead.addAndGet(n);
					}
					return n;
				}
			};
		}

		@Override
		public InputStream read(RelPath path, IProgressMonitor monitor) throws ConnectorException {
			return counted(delegate.read(path, monitor));
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T extends Capability> Optional<T> capability(Class<T> type) {
			if (type == Capability.RangeRead.class) {
				Capability.RangeRead range = delegate.capability(Capability.RangeRead.class).get();
				return Optional.of((T) (Capability.RangeRead) (path, offset, length, monitor) -> {
					rangeReads.incrementAndGet();
					return counted(range.read(path, offset, length, monitor));
				});
			}
			return super.capability(type);
		}
	}

	/**
	 * The target: the first write is cut TRANSIENT after {@link #cutAfter} bytes, which are kept
	 * for a resume (like the FTP connector's hidden temporary file); a resume may be made to fail.
	 */
	static final class ResumableTarget extends ForwardingConnection implements Capability.ResumableUpload {
		volatile long cutAfter = -1;
		volatile ConnectorException resumeFailure;
		final Map<RelPath, byte[]> kept = new ConcurrentHashMap<>();
		final AtomicInteger writes = new AtomicInteger();
		final AtomicInteger resumes = new AtomicInteger();
		final AtomicLong resent = new AtomicLong();

		ResumableTarget(Connection delegate) {
			super(delegate, Set.of());
		}

		@Override
		public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
				throws ConnectorException {
			writes.incrementAndGet();
			kept.remove(path); // written anew: a kept upload is dropped
			if (cutAfter >= 0 && options.size() > cutAfter) {
				long cut = cutAfter;
				cutAfter = -1;
				try {
					kept.put(path, content.readNBytes((int) cut));
				} catch (IOException e) {
					throw new ConnectorException(Reason.FATAL, path, e.getMessage(), e);
				}
				throw new ConnectorException(Reason.TRANSIENT, path, "connection lost");
			}
			return delegate.write(path, content, options, monitor);
		}

		@Override
		public long resumableBytes(RelPath path, IProgressMonitor monitor) {
			byte[] k = kept.get(path);
			return k == null ? 0 : k.length;
		}

		@Override
		public Entry resume(RelPath path, InputStream rest, WriteOptions options, IProgressMonitor monitor)
				throws ConnectorException {
			resumes.incrementAndGet();
			byte[] k = kept.get(path);
			if (k == null) {
				throw new ConnectorException(Reason.FATAL, path, "nothing to resume");
			}
			if (resumeFailure != null) {
				throw resumeFailure;
			}
			byte[] tail;
			try {
				tail = rest.readAllBytes();
			} catch (IOException e) {
				throw new ConnectorException(Reason.FATAL, path, e.getMessage(), e);
			}
			resent.addAndGet(tail.length);
			kept.remove(path);
			return delegate.write(path, new SequenceInputStream(new ByteArrayInputStream(k), new ByteArrayInputStream(tail)),
					options, monitor);
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T extends Capability> Optional<T> capability(Class<T> type) {
			return type == Capability.ResumableUpload.class ? Optional.of((T) this) : super.capability(type);
		}
	}

	private static byte[] content(int seed, int size) {
		byte[] b = new byte[size];
		for (int i = 0; i < size; i++) {
			b[i] = (byte) (seed * 31 + i * 7 + (i >> 9));
		}
		return b;
	}

	private static void put(Connection c, RelPath path, byte[] content) throws Exception {
		c.write(path, new ByteArrayInputStream(content), WriteOptions.DEFAULT.withSize(content.length), null);
	}

	private static byte[] get(Connection c, RelPath path) throws Exception {
		try (InputStream in = c.read(path, null)) {
			return in.readAllBytes();
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

	private Executor.Result sync(boolean verifyHash, ProgressListener listener) throws Exception {
		Executor executor = new Executor(left, right, new Executor.Settings(2, verifyHash, true, clock, 2, millis -> {
		}), BaseSink.into(base));
		return executor.execute(Planner.plan(new BaseState(new TreeMap<>(base)), scan(left), scan(right),
				PlanSettings.defaults()), null, listener);
	}

	private Executor.Result sync() throws Exception {
		return sync(false, ProgressListener.NONE);
	}

	@Test
	void aRetriedCopyResumesAndSendsOnlyTheRest() throws Exception {
		byte[] data = content(1, 1 << 20);
		put(left, BIG, data);
		right.cutAfter = 600_000;
		AtomicLong transferred = new AtomicLong();

		Executor.Result result = sync(false, new ProgressListener() {
			@Override
			public void transferred(long bytes) {
				transferred.addAndGet(bytes);
			}
		});

		assertEquals(Outcome.DONE, result.items().get(0).outcome(), result.toString());
		assertArrayEquals(data, get(right, BIG));
		assertEquals(1, right.resumes.get());
		assertEquals(data.length - 600_000, right.resent.get(), "only the rest is sent again");
		assertEquals(1, left.rangeReads.get(), "the source is read from the kept bytes on");
		assertEquals(data.length, left.bytesRead.get(), "600,000 bytes for the cut write, the rest for the resume");
		assertEquals(data.length, transferred.get(), "the kept bytes are counted once, when they were streamed");
		assertEquals(data.length, result.bytes());
		assertEquals(data.length, base.get(BIG).right().size(), "the base records the resumed copy");
	}

	@Test
	void aResumedUpdateKeepsTheOldVersionAndVerifiesTheHash() throws Exception {
		put(left, BIG, content(1, 300_000));
		assertEquals(0, sync().errors());
		byte[] data = content(2, 1 << 20);
		put(left, BIG, data);
		right.cutAfter = 100_000;

		Executor.Result result = sync(true, ProgressListener.NONE);

		assertEquals(1, result.updated(), result.toString());
		assertArrayEquals(data, get(right, BIG));
		assertEquals(data.length - 100_000, right.resent.get());
		assertEquals(0, left.rangeReads.get(), "the hash needs the kept bytes too: read, not skipped");
		Map<RelPath, FileState> versions = new TreeMap<>(scan(right).entries());
		versions.keySet().removeIf(p -> !p.toString().startsWith(".karma-versions/") || versions.get(p).isDirectory());
		assertEquals(1, versions.size(), "the replaced file is kept once: " + versions.keySet());
		assertArrayEquals(content(1, 300_000), get(right, versions.keySet().iterator().next()));
	}

	@Test
	void aResumeThatFailsTransientIsFollowedByAWholeWrite() throws Exception {
		byte[] data = content(3, 1 << 20);
		put(left, BIG, data);
		right.cutAfter = 500_000;
		right.resumeFailure = new ConnectorException(Reason.TRANSIENT, BIG, "connection lost again");

		Executor.Result result = sync();

		assertEquals(Outcome.DONE, result.items().get(0).outcome(), result.toString());
		assertArrayEquals(data, get(right, BIG));
		assertEquals(1, right.resumes.get());
		assertEquals(2, right.writes.get(), "the cut write, then a whole write");
	}

	@Test
	void aResumeThatIsRefusedFallsBackToAWholeWriteAtOnce() throws Exception {
		byte[] data = content(4, 1 << 20);
		put(left, BIG, data);
		right.cutAfter = 500_000;
		right.resumeFailure = new ConnectorException(Reason.FATAL, BIG, "no interrupted upload with this size and time");

		Executor.Result result = sync(true, ProgressListener.NONE);

		assertEquals(Outcome.DONE, result.items().get(0).outcome(), result.toString());
		assertArrayEquals(data, get(right, BIG));
		assertEquals(1, right.resumes.get());
		assertEquals(2, right.writes.get());
	}

	@Test
	void noResumeForAFileSmallerThanTheKeptBytes() throws Exception {
		byte[] data = content(5, 1000);
		put(left, BIG, data);
		right.kept.put(BIG, content(6, 2000)); // an earlier, bigger upload of that name

		Executor.Result result = sync();

		assertEquals(Outcome.DONE, result.items().get(0).outcome(), result.toString());
		assertArrayEquals(data, get(right, BIG));
		assertEquals(0, right.resumes.get());
		assertEquals(1, right.writes.get());
		assertTrue(right.kept.isEmpty(), "the whole write replaced the kept upload");
	}
}
