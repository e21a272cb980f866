package org.karma.connector.zip.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.ForwardingConnection;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.connector.zip.internal.ZipConnectorFactory;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseSink;
import org.karma.engine.BaseState;
import org.karma.engine.Executor;
import org.karma.engine.ItemResult;
import org.karma.engine.Plan;
import org.karma.engine.PlanSettings;
import org.karma.engine.Planner;
import org.karma.engine.ScanSettings;
import org.karma.engine.Scanner;
import org.karma.model.profile.Direction;

/**
 * The executor and a ZIP archive: a run is one batch, so one archive rewrite; a failed commit
 * leaves the previous archive and records no base entries.
 */
class ZipSyncTest {

	private final MemoryConnectorFactory memory = new MemoryConnectorFactory();
	private final Map<RelPath, BaseEntry> base = Collections.synchronizedMap(new TreeMap<>());
	private Path dir;
	private Path zip;
	private Connection source;

	private final BaseSink sink = BaseSink.into(base);

	@BeforeEach
	void setUp() throws Exception {
		dir = Files.createTempDirectory("karma-zip-sync");
		zip = dir.resolve("backup.zip");
		source = memory.connect(ConnectionSpec.of("memory:/source-" + System.nanoTime()), null);
	}

	@AfterEach
	void tearDown() throws Exception {
		source.close();
		ZipFixture.deleteTree(dir);
	}

	private void fill(int files, String prefix) throws ConnectorException {
		for (int i = 0; i < files; i++) {
			String text = prefix + " content of file " + i;
			source.write(RelPath.of("d" + (i % 10) + "/f" + i + ".txt"),
					new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT.withCreateParents(true), null);
		}
	}

	private Executor.Result mirror(Connection target) throws Exception {
		PlanSettings settings = PlanSettings.defaults().withDirection(Direction.MIRROR).withForce(true);
		Plan plan = Planner.plan(new BaseState(new TreeMap<>(base)),
				new Scanner(source, ScanSettings.of(settings::takesPart)).scan(null),
				new Scanner(target, ScanSettings.of(settings::takesPart)).scan(null), settings);
		return new Executor(source, target, new Executor.Settings(4, false, true, Clock.systemUTC(), 0, millis -> {
		}), sink).execute(plan, new NullProgressMonitor());
	}

	@Test
	void aSyncIntoAnArchiveIsOneCommit() throws Exception {
		fill(300, "v1");
		Executor.Result result;
		Counting target;
		try (Connection zipConnection = new ZipConnectorFactory().connect(ConnectionSpec.of("zip:" + zip), null)) {
			target = new Counting(zipConnection, false);
			result = mirror(target);
		}
		assertEquals(0, result.errors(), result.toString());
		assertEquals(310, result.created(), "300 files in 10 folders");
		assertEquals(1, target.commits.get(), "one archive commit");
		assertEquals(0, target.changesOutsideBatch.get(), "every change was part of the batch");
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			for (int i = 0; i < 300; i++) {
				var entry = archive.getEntry("d" + (i % 10) + "/f" + i + ".txt");
				try (InputStream in = archive.getInputStream(entry)) {
					assertEquals("v1 content of file " + i, new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		assertEquals(310, base.size(), "base entries for every item, recorded after the commit");
	}

	@Test
	void aFailedCommitLeavesThePreviousArchiveAndNoBaseEntries() throws Exception {
		fill(20, "v1");
		try (Connection zipConnection = new ZipConnectorFactory().connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(0, mirror(zipConnection).errors());
		}
		byte[] before = Files.readAllBytes(zip);
		Map<RelPath, BaseEntry> baseBefore = new TreeMap<>(base);
		fill(20, "v2 changed");
		source.write(RelPath.of("new/added.txt"), new ByteArrayInputStream("added".getBytes(StandardCharsets.UTF_8)),
				WriteOptions.DEFAULT.withCreateParents(true), null);

		Executor.Result result;
		try (Connection zipConnection = new ZipConnectorFactory().connect(ConnectionSpec.of("zip:" + zip), null)) {
			result = mirror(new Counting(zipConnection, true));
		}

		assertEquals(22, result.errors(), "20 updates, a new folder and a new file, all failed: " + result);
		assertTrue(result.items().stream().filter(i -> i.outcome() == ItemResult.Outcome.FAILED)
				.allMatch(i -> i.message().contains("disk full")), result.toString());
		assertArrayEquals(before, Files.readAllBytes(zip), "the previous archive is intact");
		assertEquals(baseBefore, new TreeMap<>(base), "no base entry for the items of the failed batch");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("backup.zip"), files.map(p -> p.getFileName().toString()).toList(), "no temporary files");
		}
	}

	/**
	 * Time of a 2,000-file sync into an archive with and without the batch; run by hand with
	 * {@code -Dtycho.testArgLine=-Dkarma.zip.bench=2000}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "karma.zip.bench", matches = "\\d+")
	void benchmarkBatchedAndUnbatched() throws Exception {
		int n = Integer.parseInt(System.getProperty("karma.zip.bench"));
		fill(n, "bench");
		long unbatched = time(zipConnection -> new Hiding(zipConnection));
		Files.delete(zip);
		base.clear();
		long batched = time(zipConnection -> zipConnection);
		System.out.println("ZIP sync of " + n + " files: without batch " + unbatched + " ms, with batch " + batched
				+ " ms, ratio " + String.format("%.1f", (double) unbatched / batched));
	}

	private long time(java.util.function.Function<Connection, Connection> wrap) throws Exception {
		long start = System.nanoTime();
		try (Connection zipConnection = new ZipConnectorFactory().connect(ConnectionSpec.of("zip:" + zip), null)) {
			assertEquals(0, mirror(wrap.apply(zipConnection)).errors());
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Forwards everything; counts batch commits and changes made outside a batch; may fail the commit. */
	private static class Counting extends Hiding {
		final AtomicInteger commits = new AtomicInteger();
		final AtomicInteger changesOutsideBatch = new AtomicInteger();
		private final AtomicBoolean inBatch = new AtomicBoolean();
		private final boolean failCommit;

		Counting(Connection delegate, boolean failCommit) {
			super(delegate);
			this.failCommit = failCommit;
		}

		@Override
		void change() {
			if (!inBatch.get()) {
				changesOutsideBatch.incrementAndGet();
			}
		}

		@Override
		public <T extends Capability> Optional<T> capability(Class<T> type) {
			if (type != Capability.Batch.class) {
				return super.capability(type);
			}
			Capability.Batch real = delegate.capability(Capability.Batch.class).orElseThrow();
			Capability.Batch counting = new Capability.Batch() {
				@Override
				public void begin(IProgressMonitor monitor) throws ConnectorException {
					real.begin(monitor);
					inBatch.set(true);
				}

				@Override
				public void commit(IProgressMonitor monitor) throws ConnectorException {
					inBatch.set(false);
					commits.incrementAndGet();
					if (failCommit) {
						real.rollback(monitor);
						throw new ConnectorException(ConnectorException.Reason.QUOTA, null, "disk full");
					}
					real.commit(monitor);
				}

				@Override
				public void rollback(IProgressMonitor monitor) throws ConnectorException {
					inBatch.set(false);
					real.rollback(monitor);
				}
			};
			return Optional.of(type.cast(counting));
		}
	}

	/** Forwards everything but the batch capability (every change commits on its own, as before batches). */
	private static class Hiding extends ForwardingConnection {

		Hiding(Connection delegate) {
			super(delegate, Set.of(Capability.Batch.class));
		}

		void change() {
			// counted by subclasses
		}

		@Override
		public Entry write(RelPath path, InputStream content, WriteOptions options, IProgressMonitor monitor)
				throws ConnectorException {
			change();
			return super.write(path, content, options, monitor);
		}

		@Override
		public Entry mkdir(RelPath path, IProgressMonitor monitor) throws ConnectorException {
			change();
			return super.mkdir(path, monitor);
		}

		@Override
		public void delete(RelPath path, boolean recursive, Precondition precondition, IProgressMonitor monitor)
				throws ConnectorException {
			change();
			super.delete(path, recursive, precondition, monitor);
		}

		@Override
		public <T extends Capability> Optional<T> capability(Class<T> type) {
			Optional<T> c = super.capability(type);
			if (type == Capability.Rename.class && c.isPresent()) {
				Capability.Rename real = (Capability.Rename) c.get();
				return Optional.of(type.cast((Capability.Rename) (from, to, replace, monitor) -> {
					change();
					return real.rename(from, to, replace, monitor);
				}));
			}
			return c;
		}
	}
}
