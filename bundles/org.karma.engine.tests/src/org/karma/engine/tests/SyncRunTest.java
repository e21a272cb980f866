package org.karma.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.engine.Action;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseSink;
import org.karma.engine.BaseStore;
import org.karma.engine.Executor;
import org.karma.engine.Plan;
import org.karma.engine.PlanSettings;
import org.karma.engine.Planner;
import org.karma.engine.ScanSettings;
import org.karma.engine.Scanner;

/** The engine's pieces together: scan both sides, plan, execute, keep the base in a BaseStore. */
class SyncRunTest {

	private final MemoryConnectorFactory factory = new MemoryConnectorFactory();

	private static Executor.Result sync(Connection left, Connection right, Path state) throws Exception {
		PlanSettings settings = PlanSettings.defaults();
		try (BaseStore store = BaseStore.open(state)) {
			Plan plan = Planner.plan(store.state(), new Scanner(left, ScanSettings.of(settings::takesPart)).scan(null),
					new Scanner(right, ScanSettings.of(settings::takesPart)).scan(null), settings);
			BaseSink sink = store;
			return new Executor(left, right,
					new Executor.Settings(4, true, true, Clock.systemUTC(), 2, millis -> {
					}), sink).execute(plan, new NullProgressMonitor());
		}
	}

	@Test
	void twoRunsConvergeAndTheStoredBaseSeesNothingToDo() throws Exception {
		Connection left = factory.connect(ConnectionSpec.of("memory:/run-left"), null);
		Connection right = factory.connect(ConnectionSpec.of("memory:/run-right"), null);
		Path state = Files.createTempDirectory("karma-base");
		try {
			for (int i = 0; i < 30; i++) {
				Connection side = i % 2 == 0 ? left : right;
				side.write(RelPath.of("dir" + (i % 3) + "/f" + i + ".txt"),
						new ByteArrayInputStream(("content " + i).getBytes(StandardCharsets.UTF_8)),
						WriteOptions.DEFAULT.withCreateParents(true), null);
			}
			Executor.Result first = sync(left, right, state);
			assertEquals(0, first.errors(), first.toString());
			assertEquals(30, first.created(), "30 files (the three folders exist on both sides already)");

			right.write(RelPath.of("dir0/f0.txt"), new ByteArrayInputStream("edited".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT, null);
			Executor.Result second = sync(left, right, state);
			assertEquals(1, second.updated(), second.toString());

			try (BaseStore store = BaseStore.open(state)) {
				assertEquals(BaseStore.Status.OK, store.status());
				PlanSettings settings = PlanSettings.defaults();
				Plan third = Planner.plan(store.state(), new Scanner(left, ScanSettings.of(settings::takesPart)).scan(null),
						new Scanner(right, ScanSettings.of(settings::takesPart)).scan(null), settings);
				Map<Action, Integer> counts = third.counts();
				assertEquals(Map.of(Action.NOTHING, 33), counts, "in sync after two runs: " + third.items());
			}
			try (var in = left.read(RelPath.of("dir0/f0.txt"), null)) {
				assertEquals("edited", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			assertTrue(right.stat(RelPath.of(".karma-versions"), null).isEmpty(), "no version needed on the right");
		} finally {
			left.close();
			right.close();
		}
	}
}
