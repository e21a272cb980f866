package org.karma.connector.ftp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.ForwardingConnection;
import org.karma.connector.ftp.internal.FtpConnectorFactory;
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
 * Faults at the engine level (Scanner, Planner, Executor between a local folder and an FTP
 * folder): the server goes away between scan and execute, and a data connection is cut in the
 * middle of a run. Nothing is lost, nothing partial appears under a real name on either side, and
 * the next run converges.
 */
class FtpSyncFaultsTest {

	private static FaultServer server;
	private final Map<RelPath, BaseEntry> base = Collections.synchronizedMap(new TreeMap<>());
	private final BaseSink sink = BaseSink.into(base);
	private Path remote;
	private Path local;
	private Connection ftp;
	private Connection disk;

	@BeforeAll
	static void startServer() throws Exception {
		server = new FaultServer();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@BeforeEach
	void setUp() throws Exception {
		remote = server.newRoot();
		local = Files.createTempDirectory("karma-ftp-sync-faults");
		ftp = new FtpConnectorFactory(server.base.resolve("known-certs"), Duration.ofSeconds(20)).connect(server.spec(remote),
				null);
		disk = localConnection(local);
	}

	@AfterEach
	void tearDown() throws Exception {
		server.control.refuseNew(false);
		server.data.refuseNew(false);
		server.data.disarm();
		try {
			ftp.close();
			disk.close();
			assertEquals(List.of(), TestServer.leftovers(remote), "temporary files left on the server");
			assertEquals(List.of(), TestServer.leftovers(local), "temporary files left locally");
		} finally {
			TestServer.deleteTree(remote);
			TestServer.deleteTree(local);
		}
	}

	static Connection localConnection(Path root) throws Exception {
		var context = org.osgi.framework.FrameworkUtil.getBundle(FtpSyncFaultsTest.class).getBundleContext();
		for (var ref : context.getServiceReferences(org.karma.connector.api.ConnectorFactory.class, null)) {
			var factory = context.getService(ref);
			if (factory.schemes().contains("file")) {
				return factory.connect(org.karma.connector.api.ConnectionSpec.of(root.toString()), null);
			}
			context.ungetService(ref);
		}
		throw new AssertionError("no local connector service");
	}

	private Plan plan(Connection left, Connection right) throws Exception {
		PlanSettings settings = PlanSettings.defaults().withDirection(Direction.MIRROR).withForce(true);
		return Planner.plan(new BaseState(new TreeMap<>(base)),
				new Scanner(left, ScanSettings.of(settings::takesPart)).scan(null),
				new Scanner(right, ScanSettings.of(settings::takesPart)).scan(null), settings);
	}

	private Executor.Result execute(Connection left, Connection right, Plan plan, int retries) throws Exception {
		return new Executor(left, right, new Executor.Settings(4, false, false, Clock.systemUTC(), retries, millis -> {
		}), sink).execute(plan, new NullProgressMonitor());
	}

	private Executor.Result mirror(Connection left, Connection right, int retries) throws Exception {
		return execute(left, right, plan(left, right), retries);
	}

	/** 12 files in 3 folders, two of them 1 MiB. */
	private static void fill(Path root, String version) throws IOException {
		for (int i = 0; i < 12; i++) {
			Path file = root.resolve("d" + i % 3).resolve("f" + i + ".bin");
			Files.createDirectories(file.getParent());
			byte[] bytes = i < 2 ? FtpFaultsTest.content((1 << 20) + version.length(), i + version.hashCode())
					: (version + " content of " + i).getBytes();
			Files.write(file, bytes);
		}
	}

	/** Every file below a folder with its content; the connectors' hidden temporary files left out. */
	private static Map<String, String> tree(Path root) throws IOException {
		Map<String, String> all = new TreeMap<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path p : files.filter(Files::isRegularFile)
					.filter(p -> !org.karma.connector.api.TempNames.isTemporary(p.getFileName().toString())).toList()) {
				all.put(root.relativize(p).toString(), Integer.toHexString(Arrays.hashCode(Files.readAllBytes(p))) + "/" + Files.size(p));
			}
		}
		return all;
	}

	private void assertOnlyFailedOrDoneAndClear(Executor.Result result) {
		for (ItemResult item : result.items()) {
			if (item.outcome() == ItemResult.Outcome.FAILED) {
				assertTrue(item.message() != null && !item.message().isBlank() && !item.message().contains("\n"),
						"a clear one-line message: " + item.message());
			}
		}
	}

	@Test
	void uploadServerDownBetweenScanAndExecuteLosesNothingAndTheNextRunConverges() throws Exception {
		fill(local, "v1");
		assertEquals(0, mirror(disk, ftp, 0).errors());
		assertEquals(tree(local), tree(remote));
		Map<String, String> before = tree(remote);
		fill(local, "v2-changed");
		Files.delete(local.resolve("d0/f3.bin"));
		Files.writeString(local.resolve("d1/new.txt"), "new");

		Plan plan = plan(disk, ftp);
		server.control.refuseNew(true); // the server goes away: sessions cut, new ones refused
		server.control.cutAll();
		server.data.cutAll();
		Executor.Result down = execute(disk, ftp, plan, 1);

		assertTrue(down.errors() > 0, down.toString());
		assertEquals(0, down.created() + down.updated() + down.deleted(), down.toString());
		assertOnlyFailedOrDoneAndClear(down);
		assertTrue(down.items().stream().filter(i -> i.outcome() == ItemResult.Outcome.FAILED)
				.anyMatch(i -> i.message().contains("127.0.0.1")), "names the server: " + down.items());
		assertEquals(before, tree(remote), "the server's files are as they were");

		server.control.refuseNew(false); // back: the same connection reconnects
		Executor.Result again = mirror(disk, ftp, 0);
		assertEquals(0, again.errors(), again.toString());
		assertEquals(tree(local), tree(remote));
	}

	@Test
	void downloadServerDownBetweenScanAndExecuteLosesNothingAndTheNextRunConverges() throws Exception {
		fill(remote, "v1");
		assertEquals(0, mirror(ftp, disk, 0).errors());
		assertEquals(tree(remote), tree(local));
		Map<String, String> before = tree(local);
		fill(remote, "v2-changed");
		Files.writeString(remote.resolve("d2/new.txt"), "new");

		Plan plan = plan(ftp, disk);
		server.control.refuseNew(true);
		server.control.cutAll();
		server.data.cutAll();
		Executor.Result down = execute(ftp, disk, plan, 1);

		assertTrue(down.errors() > 0, down.toString());
		assertEquals(0, down.created() + down.updated(), down.toString());
		assertOnlyFailedOrDoneAndClear(down);
		assertEquals(before, tree(local), "the local files are as they were");

		server.control.refuseNew(false);
		Executor.Result again = mirror(ftp, disk, 0);
		assertEquals(0, again.errors(), again.toString());
		assertEquals(tree(remote), tree(local));
	}

	@Test
	void aDataConnectionCutMidRunFailsOneItemAndARetryOrTheNextRunConverges() throws Exception {
		fill(local, "v1");
		int cuts = server.data.cuts();
		server.data.cutAfter(300_000); // in the middle of the first 1 MiB file
		Executor.Result cut = mirror(disk, ftp, 0);
		assertEquals(cuts + 1, server.data.cuts());
		assertEquals(1, cut.errors(), cut.toString());
		assertOnlyFailedOrDoneAndClear(cut);
		Map<String, String> expected = tree(local);
		Map<String, String> partial = tree(remote);
		partial.forEach((name, content) -> assertEquals(expected.get(name), content, "complete or absent: " + name));
		assertEquals(expected.size() - 1, partial.size());
		assertEquals(1, TestServer.leftovers(remote).size(), "the cut upload (1 MiB) is kept hidden for a resume");

		Executor.Result again = mirror(disk, ftp, 0);
		assertEquals(0, again.errors(), again.toString());
		assertEquals(1, again.created(), again.toString());
		assertEquals(expected, tree(remote));

		fill(local, "v2-changed");
		server.data.cutAfter(1_500_000);
		Executor.Result retried = mirror(disk, ftp, 2);
		assertEquals(cuts + 2, server.data.cuts());
		assertEquals(0, retried.errors(), "the executor's retry recovered: " + retried);
		assertEquals(tree(local), tree(remote));
	}

	@Test
	void anUploadCutAtSixtyPercentIsCompletedByTheRetryWithRest() throws Exception {
		int size = 4 << 20;
		byte[] bytes = FtpFaultsTest.content(size, 21);
		Files.write(local.resolve("big.bin"), bytes);
		Plan plan = plan(disk, ftp);
		// the FTP connection as the executor sees it, telling how much the server held at the retry
		Capability.ResumableUpload real = ftp.capability(Capability.ResumableUpload.class).orElseThrow();
		AtomicLong held = new AtomicLong();
		Connection target = new ForwardingConnection(ftp, Set.of()) {
			@Override
			public <T extends Capability> Optional<T> capability(Class<T> type) {
				if (type != Capability.ResumableUpload.class) {
					return super.capability(type);
				}
				return Optional.of(type.cast(new Capability.ResumableUpload() {
					@Override
					public long resumableBytes(RelPath path, IProgressMonitor monitor) throws ConnectorException {
						long n = real.resumableBytes(path, monitor);
						held.compareAndSet(0, n);
						return n;
					}

					@Override
					public Entry resume(RelPath path, InputStream rest, WriteOptions options, IProgressMonitor monitor)
							throws ConnectorException {
						return real.resume(path, rest, options, monitor);
					}
				}));
			}
		};
		int cuts = server.data.cuts();
		long before = server.data.forwarded();
		long cutAt = size * 6L / 10;
		server.data.cutAfter(cutAt);

		Executor.Result result = execute(disk, target, plan, 2);

		assertEquals(cuts + 1, server.data.cuts(), "the upload was cut once");
		assertEquals(0, result.errors(), "the executor's retry completed it: " + result);
		assertEquals(1, result.created(), result.toString());
		assertTrue(Arrays.equals(bytes, Files.readAllBytes(remote.resolve("big.bin"))), "the content is equal");
		// the server stores only what it read before the reset (the rest of the 60% was still in its socket buffer)
		assertTrue(held.get() > 0 && held.get() <= cutAt, "the server held part of the upload: " + held.get());
		long carried = server.data.forwarded() - before;
		assertEquals(size - held.get(), carried - cutAt, "the retry sent only what the server did not hold");
		assertTrue(carried < 2L * size, carried + " bytes carried for a file of " + size);
	}
}
