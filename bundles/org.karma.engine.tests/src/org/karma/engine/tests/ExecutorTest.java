package org.karma.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.engine.Action;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseSink;
import org.karma.engine.BaseState;
import org.karma.engine.Executor;
import org.karma.engine.FileState;
import org.karma.engine.ItemResult;
import org.karma.engine.Plan;
import org.karma.engine.PlanItem;
import org.karma.engine.PlanSettings;
import org.karma.engine.Planner;
import org.karma.engine.Snapshot;
import org.karma.model.profile.Direction;

/** Plans and executes real runs between two memory endpoints and checks the trees afterwards. */
class ExecutorTest {

	private static final AtomicInteger STORES = new AtomicInteger();
	private final MemoryConnectorFactory factory = new MemoryConnectorFactory();
	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T14:30:05Z"), ZoneOffset.UTC);
	private final Map<RelPath, BaseEntry> base = new TreeMap<>();
	private String leftLocation;
	private String rightLocation;
	private Connection left;
	private Connection right;

	private final BaseSink sink = BaseSink.into(base);

	@BeforeEach
	void connect() throws Exception {
		int n = STORES.incrementAndGet();
		leftLocation = "memory:/left-" + n;
		rightLocation = "memory:/right-" + n;
		left = factory.connect(ConnectionSpec.of(leftLocation), null);
		right = factory.connect(ConnectionSpec.of(rightLocation), null);
	}

	@AfterEach
	void close() throws Exception {
		left.close();
		right.close();
	}

	private static void put(Connection c, String path, String content) throws ConnectorException {
		c.write(RelPath.of(path), new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
				WriteOptions.DEFAULT.withCreateParents(true), null);
	}

	private static String get(Connection c, String path) throws Exception {
		try (InputStream in = c.read(RelPath.of(path), null)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Every file and folder (the versions folder included) with its content, for comparing trees. */
	private static Map<String, String> tree(Connection c) throws Exception {
		Map<String, String> tree = new TreeMap<>();
		walk(c, RelPath.ROOT, tree);
		return tree;
	}

	private static void walk(Connection c, RelPath dir, Map<String, String> tree) throws Exception {
		List<Entry> children = new java.util.ArrayList<>();
		c.list(dir, children::add, null);
		for (Entry e : children) {
			if (e.isDirectory()) {
				tree.put(e.path() + "/", "");
				walk(c, e.path(), tree);
			} else {
				tree.put(e.path().toString(), get(c, e.path().toString()));
			}
		}
	}

	private static Snapshot scan(Connection c) throws Exception {
		Map<RelPath, FileState> entries = new HashMap<>();
		scan(c, RelPath.ROOT, entries);
		return new Snapshot(entries, true);
	}

	private static void scan(Connection c, RelPath dir, Map<RelPath, FileState> entries) throws Exception {
		List<Entry> children = new java.util.ArrayList<>();
		c.list(dir, children::add, null);
		for (Entry e : children) {
			entries.put(e.path(), FileState.of(e, null));
			if (e.isDirectory()) {
				scan(c, e.path(), entries);
			}
		}
	}

	private Plan plan(PlanSettings settings) throws Exception {
		return Planner.plan(new BaseState(base), scan(left), scan(right), settings);
	}

	private Executor.Result execute(Plan plan, boolean verify) throws Exception {
		Executor executor = new Executor(left, right, new Executor.Settings(4, verify, true, clock, 2, millis -> {
		}), sink);
		return executor.execute(plan, new NullProgressMonitor());
	}

	private static Map<String, String> withoutVersions(Map<String, String> tree) {
		Map<String, String> result = new TreeMap<>(tree);
		result.keySet().removeIf(k -> k.startsWith(".karma-versions"));
		return result;
	}

	@Test
	void firstTwoWayRunMakesBothSidesEqualAndKeepsBothVersionsOfAConflict() throws Exception {
		put(left, "a.txt", "A");
		put(left, "docs/b.txt", "B");
		put(right, "c.txt", "C");
		put(left, "report.txt", "left report");
		put(right, "report.txt", "right report, longer");

		Executor.Result result = execute(plan(PlanSettings.defaults()), true);

		Map<String, String> expected = new TreeMap<>(Map.of("a.txt", "A", "docs/", "", "docs/b.txt", "B", "c.txt", "C",
				"report.txt", "left report", "report.conflict-20261121-143005-right.txt", "right report, longer"));
		assertEquals(expected, withoutVersions(tree(left)));
		assertEquals(expected, withoutVersions(tree(right)));
		assertEquals(0, result.errors(), result.toString());
		assertEquals(0, result.conflicts(), result.toString());
		// a second run finds nothing to do
		Plan again = plan(PlanSettings.defaults());
		assertEquals(Map.of(Action.NOTHING, expected.size()), again.counts(), again.toString());
	}

	@Test
	void overwrittenAndDeletedFilesAreKeptAsVersions() throws Exception {
		put(left, "keep.txt", "k");
		put(left, "edit.txt", "old");
		put(left, "gone.txt", "was here");
		execute(plan(PlanSettings.defaults()), false);

		put(left, "edit.txt", "new content");
		left.delete(RelPath.of("gone.txt"), false, org.karma.connector.api.Precondition.NONE, null);
		Executor.Result result = execute(plan(PlanSettings.defaults()), true);
		assertEquals(1, result.updated(), result.toString());
		assertEquals(1, result.deleted(), result.toString());

		assertEquals("new content", get(right, "edit.txt"));
		assertTrue(right.stat(RelPath.of("gone.txt"), null).isEmpty());
		Map<String, String> versions = new TreeMap<>(tree(right));
		versions.keySet().removeIf(k -> !k.startsWith(".karma-versions/") || k.endsWith("/"));
		assertEquals(List.of("old", "was here"), versions.values().stream().sorted().toList(),
				"the replaced and the deleted file are both kept: " + versions.keySet());
	}

	@Test
	void anItemSkippedByTheUserIsLeftAsItIsAndIsNoConflict() throws Exception {
		put(left, "a.txt", "A");
		put(left, "b.txt", "B");
		Plan planned = plan(PlanSettings.defaults());
		PlanItem a = planned.items().stream().filter(i -> i.path().equals(RelPath.of("a.txt"))).findFirst().orElseThrow();
		List<PlanItem> items = new java.util.ArrayList<>(planned.items());
		items.set(items.indexOf(a), new PlanItem(a.path(), a.leftChange(), a.rightChange(), Action.SKIP, a.conflict(),
				"skipped by the user", a.left(), a.right(), a.base()));

		Executor.Result result = execute(new Plan(items, planned.abort()), false);

		ItemResult skipped = result.items().stream().filter(r -> r.item().path().equals(RelPath.of("a.txt"))).findFirst()
				.orElseThrow();
		assertEquals(ItemResult.Outcome.SKIPPED, skipped.outcome(), result.toString());
		assertEquals(0, result.conflicts(), result.toString());
		assertEquals(1, result.created(), "b.txt only: " + result);
		assertEquals(Map.of("b.txt", "B"), tree(right));
		assertEquals(null, base.get(RelPath.of("a.txt")), "the base does not record a skipped item");
	}

	@Test
	void aChangeAfterTheScanIsNeverOverwritten() throws Exception {
		put(left, "f.txt", "v1");
		execute(plan(PlanSettings.defaults()), false);
		put(left, "f.txt", "v2 from the left");
		Plan plan = plan(PlanSettings.defaults());
		assertEquals(Action.COPY_LEFT_TO_RIGHT, plan.items().get(0).action());
		put(right, "f.txt", "someone edited the right meanwhile");
		BaseEntry before = base.get(RelPath.of("f.txt"));

		Executor.Result result = execute(plan, false);

		assertEquals(ItemResult.Outcome.CONFLICT, result.items().get(0).outcome(), result.toString());
		assertEquals("someone edited the right meanwhile", get(right, "f.txt"));
		assertEquals(before, base.get(RelPath.of("f.txt")), "the base does not run ahead of the endpoints");
		// the next run sees both changes and keeps both
		Executor.Result next = execute(plan(PlanSettings.defaults()), false);
		assertEquals(0, next.errors());
		assertEquals("v2 from the left", get(right, "f.txt"));
		assertTrue(tree(left).containsValue("someone edited the right meanwhile"));
	}

	@Test
	void deletesAreHeldBackOnASideWithErrors() throws Exception {
		for (String name : List.of("a.txt", "b.txt", "c.txt")) {
			put(left, name, name);
		}
		execute(plan(PlanSettings.defaults().withDirection(Direction.MIRROR)), false);
		put(left, "a.txt", "changed");
		left.delete(RelPath.of("c.txt"), false, org.karma.connector.api.Precondition.NONE, null);
		factory.store(rightLocation).setFaults((operation, path) -> operation.equals("write") && path.name().equals("a.txt")
				? Optional.of(new ConnectorException(ConnectorException.Reason.QUOTA, path, "disk full"))
				: Optional.empty());

		Executor.Result result = execute(plan(PlanSettings.defaults().withDirection(Direction.MIRROR)), false);

		assertEquals(1, result.errors(), result.toString());
		assertEquals(0, result.deleted(), "no delete on a side that had errors");
		assertEquals("c.txt", get(right, "c.txt"));
		assertEquals("a.txt", get(right, "a.txt"), "the failed write left the old content");
		assertFalse(base.get(RelPath.of("a.txt")).left().size() == "changed".length(), "base not updated for the failure");
	}

	@Test
	void transientErrorsAreRetried() throws Exception {
		put(left, "t.txt", "retry me");
		AtomicInteger failures = new AtomicInteger(2);
		factory.store(rightLocation).setFaults((operation, path) -> operation.equals("write") && failures.getAndDecrement() > 0
				? Optional.of(new ConnectorException(ConnectorException.Reason.TRANSIENT, path, "connection reset"))
				: Optional.empty());
		Executor.Result result = execute(plan(PlanSettings.defaults()), false);
		assertEquals(0, result.errors(), result.toString());
		assertEquals("retry me", get(right, "t.txt"));
	}

	@Test
	void aFolderReplacedByAFileIsEmptiedIntoVersionsFirst() throws Exception {
		put(left, "docs/x.txt", "x old");
		put(left, "docs/sub/y.txt", "y old");
		execute(plan(PlanSettings.defaults()), false);
		left.delete(RelPath.of("docs"), true, org.karma.connector.api.Precondition.NONE, null);
		put(left, "docs", "now a file");

		Executor.Result result = execute(plan(PlanSettings.defaults()), false);

		assertEquals(0, result.errors() + result.conflicts(), result.toString());
		assertEquals("now a file", get(right, "docs"));
		Map<String, String> versions = new TreeMap<>(tree(right));
		versions.keySet().removeIf(k -> !k.startsWith(".karma-versions/") || k.endsWith("/"));
		assertEquals(List.of("x old", "y old"), versions.values().stream().sorted().toList(), versions.toString());
		assertEquals(Map.of(Action.NOTHING, 1), plan(PlanSettings.defaults()).counts(), "in sync afterwards");
	}

	@Test
	void aFolderThatChangedAfterThePlanIsNotReplacedAndNothingInItIsLost() throws Exception {
		put(left, "docs/x.txt", "x old");
		put(left, "docs/y.txt", "y old");
		execute(plan(PlanSettings.defaults()), false);
		left.delete(RelPath.of("docs"), true, org.karma.connector.api.Precondition.NONE, null);
		put(left, "docs", "now a file");
		Plan plan = plan(PlanSettings.defaults());
		assertEquals(List.of(Action.COPY_LEFT_TO_RIGHT, Action.DELETE_RIGHT, Action.DELETE_RIGHT),
				plan.items().stream().map(i -> i.action()).toList(), plan.toString());
		// between plan and execution someone edits a file in the folder on the right
		put(right, "docs/y.txt", "y edited meanwhile");
		Map<RelPath, BaseEntry> baseBefore = new TreeMap<>(base);

		Executor.Result result = execute(plan, false);

		assertEquals(ItemResult.Outcome.CONFLICT, result.items().get(0).outcome(), result.toString());
		assertEquals(0, result.deleted(), result.toString());
		Map<String, String> expected = new TreeMap<>(Map.of("docs/", "", "docs/x.txt", "x old", "docs/y.txt",
				"y edited meanwhile"));
		assertEquals(expected, tree(right), "the folder is left as it was, nothing was archived or deleted");
		assertEquals("now a file", get(left, "docs"));
		assertEquals(baseBefore, base, "the base is unchanged");

		// and a new file in the folder is as good a reason to leave it alone
		Plan again = plan(PlanSettings.defaults());
		put(right, "docs/z.txt", "new meanwhile");
		Executor.Result second = execute(again, false);
		assertTrue(second.items().stream().anyMatch(i -> i.item().path().equals(RelPath.of("docs"))
				&& i.outcome() == ItemResult.Outcome.CONFLICT), second.toString());
		assertEquals("new meanwhile", get(right, "docs/z.txt"));
	}

	@Test
	void anAbortedPlanIsRefused() throws Exception {
		Plan aborted = Planner.plan(BaseState.EMPTY, Snapshot.missingRoot(), scan(right), PlanSettings.defaults());
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> execute(aborted, false));
	}
}
