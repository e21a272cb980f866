package org.karma.connector.smb.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.smb.internal.SmbConnectorFactory;
import org.karma.connector.tck.DroppingProxy;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseSink;
import org.karma.engine.BaseState;
import org.karma.engine.Executor;
import org.karma.engine.Plan;
import org.karma.engine.PlanSettings;
import org.karma.engine.Planner;
import org.karma.engine.ScanSettings;
import org.karma.engine.Scanner;
import org.karma.model.profile.Direction;

/**
 * The engine (scanner, planner, executor) against smbd with faults: connections cut during
 * uploads and downloads, smbd down between scan and execute. Nothing partial appears under a real
 * name on either side, and a later run converges.
 */
class SmbSyncTest {

	private static final int FILES = 12;
	private static final int SIZE = 256 << 10;

	private final MemoryConnectorFactory memory = new MemoryConnectorFactory();
	private final Map<RelPath, BaseEntry> base = Collections.synchronizedMap(new TreeMap<>());
	private final BaseSink sink = BaseSink.into(base);
	private SambaServer server;
	private Path folder;
	private Connection local;
	private final Map<String, byte[]> contents = new TreeMap<>();

	@BeforeEach
	void setUp() throws Exception {
		server = SambaServer.get();
		folder = server.newFolder();
		local = memory.connect(ConnectionSpec.of("memory:/smb-sync-" + System.nanoTime()), null);
	}

	@AfterEach
	void tearDown() throws Exception {
		local.close();
		try {
			assertEquals(java.util.List.of(), SambaServer.leftovers(folder), "temporary files or locks left on the server");
		} finally {
			SambaServer.deleteTree(folder);
		}
	}

	private void fill(Connection c) throws ConnectorException {
		Random random = new Random(7);
		for (int i = 0; i < FILES; i++) {
			byte[] b = new byte[SIZE + i];
			random.nextBytes(b);
			String name = "d" + (i % 3) + "/f" + i + ".bin";
			contents.put(name, b);
			c.write(RelPath.of(name), new ByteArrayInputStream(b), WriteOptions.DEFAULT.withCreateParents(true), null);
		}
	}

	private Connection smb(int port) throws ConnectorException {
		return new SmbConnectorFactory(Duration.ofSeconds(10)).connect(SambaServer.spec(server.url(port, "rw", folder),
				Map.of("concurrency", "2"), SambaServer.PASSWORD), null);
	}

	private Plan plan(Connection source, Connection target) throws Exception {
		PlanSettings settings = PlanSettings.defaults().withDirection(Direction.MIRROR).withForce(true);
		return Planner.plan(new BaseState(new TreeMap<>(base)),
				new Scanner(source, ScanSettings.of(settings::takesPart)).scan(null),
				new Scanner(target, ScanSettings.of(settings::takesPart)).scan(null), settings);
	}

	private Executor.Result execute(Connection source, Connection target, Plan plan, int retries) throws Exception {
		return new Executor(source, target, new Executor.Settings(2, false, false, Clock.systemUTC(), retries, millis -> {
		}), sink).execute(plan, new NullProgressMonitor());
	}

	/** Every file on the server under a real name has exactly its full content. */
	private int checkServerFiles() throws IOException {
		int[] whole = { 0 };
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
				String rel = folder.relativize(p).toString();
				assertArrayEquals(contents.get(rel), Files.readAllBytes(p), "whole content of " + rel + " on the server");
				whole[0]++;
			}
		}
		return whole[0];
	}

	/** Every file in the memory side has exactly its full content. */
	private int checkLocalFiles(Connection c) throws Exception {
		int n = 0;
		for (Map.Entry<String, byte[]> e : contents.entrySet()) {
			var entry = c.stat(RelPath.of(e.getKey()), null);
			if (entry.isPresent()) {
				try (InputStream in = c.read(RelPath.of(e.getKey()), null)) {
					assertArrayEquals(e.getValue(), in.readAllBytes(), "whole content of " + e.getKey() + " locally");
				}
				n++;
			}
		}
		return n;
	}

	@Test
	void uploadCutsFailItemsWithoutPartialFilesAndTheNextRunConverges() throws Exception {
		fill(local);
		try (DroppingProxy proxy = DroppingProxy.to(server.address()); Connection target = smb(proxy.port())) {
			Plan plan = plan(local, target);
			proxy.cutAfter(SIZE * 3L);
			Executor.Result first = execute(local, target, plan, 0);
			// the proxy counts a cut after resetting the sockets: the client may see the failure first
			assertTrue(proxy.awaitCuts(1, 10, java.util.concurrent.TimeUnit.SECONDS), "the cut happened");
			assertEquals(1, proxy.cuts());
			assertTrue(first.errors() > 0, "the cut failed items: " + first);
			assertTrue(checkServerFiles() < FILES, "not everything arrived");
			Executor.Result second = execute(local, target, plan(local, target), 0);
			assertEquals(0, second.errors(), second.toString());
		}
		assertEquals(FILES, checkServerFiles());
	}

	@Test
	void retriesRideOutACutInTheSameRun() throws Exception {
		fill(local);
		try (DroppingProxy proxy = DroppingProxy.to(server.address()); Connection target = smb(proxy.port())) {
			Plan plan = plan(local, target);
			proxy.cutAfter(SIZE * 3L);
			Executor.Result run = execute(local, target, plan, 2);
			// the proxy counts a cut after resetting the sockets: the client may see the failure first
			assertTrue(proxy.awaitCuts(1, 10, java.util.concurrent.TimeUnit.SECONDS), "the cut happened");
			assertEquals(1, proxy.cuts());
			assertEquals(0, run.errors(), run.toString());
		}
		assertEquals(FILES, checkServerFiles());
	}

	@Test
	void downloadCutsLeaveNoPartialLocalFileAndTheNextRunConverges() throws Exception {
		try (Connection direct = smb(server.port)) {
			fill(direct);
		}
		try (DroppingProxy proxy = DroppingProxy.to(server.address()); Connection source = smb(proxy.port())) {
			Plan plan = plan(source, local);
			proxy.cutAfter(SIZE * 3L);
			Executor.Result first = execute(source, local, plan, 0);
			// the proxy counts a cut after resetting the sockets: the client may see the failure first
			assertTrue(proxy.awaitCuts(1, 10, java.util.concurrent.TimeUnit.SECONDS), "the cut happened");
			assertEquals(1, proxy.cuts());
			assertTrue(first.errors() > 0, "the cut failed items: " + first);
			assertTrue(checkLocalFiles(local) < FILES, "not everything arrived");
			Executor.Result second = execute(source, local, plan(source, local), 0);
			assertEquals(0, second.errors(), second.toString());
		}
		assertEquals(FILES, checkLocalFiles(local));
		assertEquals(FILES, checkServerFiles(), "the source is untouched");
	}

	@Test
	void serverDownBetweenScanAndExecuteFailsCleanlyAndTheNextRunConverges() throws Exception {
		fill(local);
		try (Connection target = smb(server.port)) {
			Plan plan = plan(local, target);
			server.stop();
			Executor.Result down;
			try {
				down = execute(local, target, plan, 0);
			} finally {
				server.start();
			}
			assertTrue(down.errors() > 0, down.toString());
			assertEquals(0, checkServerFiles(), "nothing written while smbd was down");
			Executor.Result again = execute(local, target, plan(local, target), 0);
			assertEquals(0, again.errors(), again.toString());
			Entry one = target.stat(RelPath.of("d0/f0.bin"), null).orElseThrow();
			assertEquals(SIZE, one.size());
		}
		assertEquals(FILES, checkServerFiles());
	}
}
