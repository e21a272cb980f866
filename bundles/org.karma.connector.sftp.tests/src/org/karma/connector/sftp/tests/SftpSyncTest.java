package org.karma.connector.sftp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
import org.karma.connector.sftp.internal.SftpConnectorFactory;
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
 * The engine (scan, plan, execute) between an in-memory folder and the SFTP server, with the
 * connection cut in the middle of a run, both ways, and the server gone between scan and execute:
 * nothing is lost, no partial file appears under a real name on either side, and the next run
 * converges.
 */
class SftpSyncTest {

	private static final int FILES = 12;
	private static final int BIG = 3 << 20;

	private final MemoryConnectorFactory memory = new MemoryConnectorFactory();
	private final Map<RelPath, BaseEntry> base = Collections.synchronizedMap(new TreeMap<>());
	private final BaseSink sink = BaseSink.into(base);
	private TestServer server;
	private Path folder;
	private DroppingProxy proxy;
	private Connection local;
	private Connection remote;

	@BeforeEach
	void setUp() throws Exception {
		server = TestServer.get();
		folder = server.newRoot();
		Path ssh = server.sshDir();
		proxy = DroppingProxy.to(new InetSocketAddress("127.0.0.1", server.port()));
		Files.writeString(ssh.resolve("known_hosts"), server.knownHostsLine(proxy.port()), StandardOpenOption.APPEND);
		local = memory.connect(ConnectionSpec.of("memory:/local-" + System.nanoTime()), null);
		remote = new SftpConnectorFactory(ssh, Duration.ofSeconds(20)).connect(TestServer.spec(server.url(proxy.port(), folder)),
				null);
	}

	@AfterEach
	void tearDown() throws Exception {
		remote.close();
		local.close();
		proxy.close();
		TestServer.deleteTree(folder);
	}

	private static byte[] content(int i) {
		int size = i == 0 ? BIG : 1000 + i;
		byte[] b = new byte[size];
		for (int k = 0; k < size; k++) {
			b[k] = (byte) (k * 7 + i);
		}
		return b;
	}

	private static String name(int i) {
		return "d" + (i % 3) + "/f" + i + ".bin";
	}

	private void fillLocal() throws ConnectorException {
		for (int i = 0; i < FILES; i++) {
			byte[] c = content(i);
			local.write(RelPath.of(name(i)), new ByteArrayInputStream(c), WriteOptions.DEFAULT.withSize(c.length)
					.withCreateParents(true), null);
		}
	}

	private Executor.Result run(Connection left, Connection right) throws Exception {
		PlanSettings settings = PlanSettings.defaults().withDirection(Direction.MIRROR).withForce(true);
		Plan plan = Planner.plan(new BaseState(new TreeMap<>(base)),
				new Scanner(left, ScanSettings.of(settings::takesPart)).scan(null),
				new Scanner(right, ScanSettings.of(settings::takesPart)).scan(null), settings);
		return execute(left, right, plan);
	}

	private Executor.Result execute(Connection left, Connection right, Plan plan) throws InterruptedException {
		return new Executor(left, right, new Executor.Settings(4, false, false, Clock.systemUTC(), 0, millis -> {
		}), sink).execute(plan, new NullProgressMonitor());
	}

	/** Every file under a real name on the server is whole; no other names than the expected ones and hidden temporaries. */
	private void serverHoldsOnlyWholeFiles() throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.filter(Files::isRegularFile).toList()) {
				String name = p.getFileName().toString();
				if (name.startsWith(".") && name.contains(".karma-tmp-")) {
					continue; // a temporary, hidden from listings
				}
				int i = Integer.parseInt(name.substring(1, name.indexOf('.')));
				assertArrayEquals(content(i), Files.readAllBytes(p), "whole or absent: " + folder.relativize(p));
			}
		}
	}

	private void localHoldsOnlyWholeFiles() throws Exception {
		for (int i = 0; i < FILES; i++) {
			if (local.stat(RelPath.of(name(i)), null).isPresent()) {
				try (InputStream in = local.read(RelPath.of(name(i)), null)) {
					assertArrayEquals(content(i), in.readAllBytes(), "whole or absent: " + name(i));
				}
			}
		}
	}

	private void allEqual() throws Exception {
		for (int i = 0; i < FILES; i++) {
			assertArrayEquals(content(i), Files.readAllBytes(folder.resolve(name(i))), name(i));
			try (InputStream in = local.read(RelPath.of(name(i)), null)) {
				assertArrayEquals(content(i), in.readAllBytes(), name(i));
			}
		}
	}

	@Test
	void uploadCutMidTransferLosesNothingAndTheNextRunConverges() throws Exception {
		fillLocal();
		proxy.cutAfter(1 << 20);
		Executor.Result cut = run(local, remote);
		assertTrue(cut.errors() > 0, "the cut failed something: " + cut);
		serverHoldsOnlyWholeFiles();
		Executor.Result again = run(local, remote);
		assertEquals(0, again.errors(), again.toString());
		allEqual();
		assertEquals(0, run(local, remote).created(), "converged");
	}

	@Test
	void downloadCutMidTransferLosesNothingAndTheNextRunConverges() throws Exception {
		for (int i = 0; i < FILES; i++) {
			Files.createDirectories(folder.resolve(name(i)).getParent());
			Files.write(folder.resolve(name(i)), content(i));
		}
		proxy.cutAfter(1 << 20);
		Executor.Result cut = run(remote, local);
		assertTrue(cut.errors() > 0, "the cut failed something: " + cut);
		localHoldsOnlyWholeFiles();
		Executor.Result again = run(remote, local);
		assertEquals(0, again.errors(), again.toString());
		allEqual();
	}

	@Test
	void serverGoneBetweenScanAndExecuteFailsCleanlyAndALaterRunConverges() throws Exception {
		fillLocal();
		PlanSettings settings = PlanSettings.defaults().withDirection(Direction.MIRROR).withForce(true);
		Plan plan = Planner.plan(new BaseState(new TreeMap<>(base)),
				new Scanner(local, ScanSettings.of(settings::takesPart)).scan(null),
				new Scanner(remote, ScanSettings.of(settings::takesPart)).scan(null), settings);
		proxy.refuseNew(true);
		proxy.cutAll();
		Executor.Result down = execute(local, remote, plan);
		assertTrue(down.errors() > 0, down.toString());
		assertTrue(down.items().stream().filter(i -> i.message() != null).allMatch(i -> !i.message().contains("\n")));
		serverHoldsOnlyWholeFiles();
		proxy.refuseNew(false);
		Executor.Result later = run(local, remote);
		assertEquals(0, later.errors(), later.toString());
		allEqual();
		List<Entry> listed = new java.util.ArrayList<>();
		remote.list(RelPath.ROOT, listed::add, null);
		assertEquals(3, listed.size(), "d0 d1 d2 only");
	}
}
