package org.karma.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.Precondition;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.engine.versions.VersionArchive;
import org.karma.model.profile.ConflictPolicy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Property: two-way sync never loses an edit. Random histories of user edits on both sides of
 * two memory endpoints, interleaved with full runs of the real engine (Scanner, Planner,
 * Executor with versions on, a BaseStore on disk), are checked after every run against
 * invariants and against a small independent reference model ({@link Model}).
 *
 * <p>Invariants after each run:
 * <ol>
 * <li>no content is lost: every file content present anywhere on either side before the run
 * (current, conflict copy or version under {@code .karma-versions/}) is still present somewhere
 * after it — the run only ever adds copies and moves old ones into the versions folder;</li>
 * <li>no run fails, and a run without reported conflicts converges: both sides hold the same
 * paths with the same contents and planning again finds nothing to do;</li>
 * <li>the reference model predicts, for every path that is a plain file (or absent) on both
 * sides and in the base, what each side holds after the run (one side changed, both changed
 * the same way, deleted on one side, conflicts per policy with KEEP_BOTH's conflict copies), and
 * when a run aborts because a side was emptied (documented safety, docs/profiles.md).</li>
 * </ol>
 *
 * <p>Tries: 2000 by default; {@code -Dkarma.pbt.tries=100000} for a long session (see
 * docs/development.md). The delete guard is set to 100 % (never triggers; it has its own golden
 * scenarios): the histories delete a large share of very small trees all the time.
 */
class TwoWaySyncPropertyTest {

	static final String[] FILES = { "a", "b", "d/c", "d/e/f" };
	static final String[] FOLDERS = { "d", "d/e" };
	static final String DIR = "<dir>";
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
			.withZone(ZoneOffset.UTC);

	// ------------------------------------------------------------------ the history

	enum S {
		L, R
	}

	/** One step of a history; toString is what a failure report shows. */
	sealed interface Op permits Write, Delete, Mkdir, FileToFolder, FolderToFile, CopyAcross, Sync {
	}

	/** Write fresh unique content to a file (create or modify). */
	record Write(S side, String path) implements Op {
		@Override
		public String toString() {
			return "write " + side + ":" + path;
		}
	}

	/** Delete a file or folder (recursively). */
	record Delete(S side, String path) implements Op {
		@Override
		public String toString() {
			return "delete " + side + ":" + path;
		}
	}

	record Mkdir(S side, String path) implements Op {
		@Override
		public String toString() {
			return "mkdir " + side + ":" + path;
		}
	}

	/** Replace a file by an (empty) folder of the same name. */
	record FileToFolder(S side, String path) implements Op {
		@Override
		public String toString() {
			return "file->folder " + side + ":" + path;
		}
	}

	/** Replace a folder (and all it holds) by a file of the same name with fresh content. */
	record FolderToFile(S side, String path) implements Op {
		@Override
		public String toString() {
			return "folder->file " + side + ":" + path;
		}
	}

	/** The user copies a file to the other side by hand, keeping its time (cp -p). */
	record CopyAcross(S from, String path) implements Op {
		@Override
		public String toString() {
			return "copy " + from + "->" + (from == S.L ? S.R : S.L) + ":" + path;
		}
	}

	record Sync(ConflictPolicy policy) implements Op {
		@Override
		public String toString() {
			return "SYNC " + policy;
		}
	}

	@Provide
	Arbitrary<List<Op>> histories() {
		Arbitrary<S> side = Arbitraries.of(S.values());
		Arbitrary<String> file = Arbitraries.of(FILES);
		Arbitrary<String> anyPath = Arbitraries.of(Stream.concat(Stream.of(FILES), Stream.of(FOLDERS)).toList());
		Arbitrary<String> folder = Arbitraries.of(FOLDERS);
		Arbitrary<ConflictPolicy> policy = Arbitraries.of(ConflictPolicy.KEEP_BOTH, ConflictPolicy.NEWER_WINS,
				ConflictPolicy.LEFT_WINS, ConflictPolicy.RIGHT_WINS, ConflictPolicy.SKIP);
		Arbitrary<Op> op = Arbitraries.frequencyOf(
				weighted(8, Combinators.combine(side, file).as(Write::new)),
				weighted(3, Combinators.combine(side, anyPath).as(Delete::new)),
				weighted(1, Combinators.combine(side, folder).as(Mkdir::new)),
				weighted(1, Combinators.combine(side, file).as(FileToFolder::new)),
				weighted(1, Combinators.combine(side, folder).as(FolderToFile::new)),
				weighted(1, Combinators.combine(side, file).as(CopyAcross::new)),
				weighted(5, policy.map(Sync::new)));
		return op.list().ofMinSize(1).ofMaxSize(40).map(ops -> {
			List<Op> withFinalSync = new ArrayList<>(ops);
			withFinalSync.add(new Sync(ConflictPolicy.KEEP_BOTH));
			return withFinalSync;
		});
	}

	private static Tuple2<Integer, Arbitrary<? extends Op>> weighted(int weight,
			Arbitrary<? extends Op> arbitrary) {
		return Tuple.of(weight, arbitrary);
	}

	// ------------------------------------------------------------------ the property

	@Property(shrinking = ShrinkingMode.FULL)
	@AddLifecycleHook(TriesFromSystemProperty.class)
	void noEditIsEverLost(@ForAll("histories") List<Op> history) throws Exception {
		try (World world = new World()) {
			for (Op op : history) {
				world.apply(op);
			}
		}
	}

	/** Tries from {@code -Dkarma.pbt.tries} (default 2000). */
	public static final class TriesFromSystemProperty implements AroundPropertyHook {
		@Override
		public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
			context.attributes().setTries(Integer.getInteger("karma.pbt.tries", 2000));
			return property.execute();
		}
	}

	// ------------------------------------------------------------------ the endpoints and the engine

	/** A tree as seen by a user: path -> content, or {@link #DIR}; plus all archived contents. */
	record Tree(TreeMap<RelPath, String> main, List<String> versions) {
		Set<String> allContents() {
			Set<String> all = new HashSet<>(versions);
			main.values().stream().filter(v -> !DIR.equals(v)).forEach(all::add);
			return all;
		}

		long fileCount() {
			return main.values().stream().filter(v -> !DIR.equals(v)).count();
		}
	}

	static final class MutableClock extends Clock {
		Instant now = Instant.parse("2026-11-21T12:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	static final class World implements AutoCloseable {
		private static final MemoryConnectorFactory FACTORY = new MemoryConnectorFactory();
		private static int worlds;

		final Connection left;
		final Connection right;
		final Path state;
		final MutableClock clock = new MutableClock();
		final Map<String, Instant> mtimes = new HashMap<>();
		final Model model = new Model(mtimes);
		final List<String> log = new ArrayList<>();
		int counter;

		World() throws Exception {
			int n;
			synchronized (World.class) {
				n = worlds++;
			}
			left = FACTORY.connect(ConnectionSpec.of("memory:/pbt-" + n + "-left"), null);
			right = FACTORY.connect(ConnectionSpec.of("memory:/pbt-" + n + "-right"), null);
			// tmpfs where there is one: the base store syncs its journal, thousands of times per session
			Path shm = Path.of("/dev/shm");
			state = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "karma-pbt-base")
					: Files.createTempDirectory("karma-pbt-base");
		}

		Connection side(S s) {
			return s == S.L ? left : right;
		}

		void apply(Op op) throws Exception {
			clock.now = clock.now.plusSeconds(10);
			log.add(op.toString());
			if (op instanceof Write w) {
				write(side(w.side()), RelPath.of(w.path()), w.side());
			} else if (op instanceof Delete d) {
				RelPath path = RelPath.of(d.path());
				if (side(d.side()).stat(path, null).isPresent()) {
					side(d.side()).delete(path, true, Precondition.NONE, null);
				}
			} else if (op instanceof Mkdir m) {
				mkdirs(side(m.side()), RelPath.of(m.path()));
			} else if (op instanceof FileToFolder f) {
				Connection c = side(f.side());
				RelPath path = RelPath.of(f.path());
				if (c.stat(path, null).filter(Entry::isFile).isPresent()) {
					c.delete(path, false, Precondition.NONE, null);
					c.mkdir(path, null);
				}
			} else if (op instanceof FolderToFile f) {
				Connection c = side(f.side());
				RelPath path = RelPath.of(f.path());
				if (c.stat(path, null).filter(Entry::isDirectory).isPresent()) {
					c.delete(path, true, Precondition.NONE, null);
					write(c, path, f.side());
				}
			} else if (op instanceof CopyAcross copy) {
				Connection from = side(copy.from());
				Connection to = side(copy.from() == S.L ? S.R : S.L);
				RelPath path = RelPath.of(copy.path());
				if (from.stat(path, null).filter(Entry::isFile).isPresent() && parentsAreFolders(to, path)
						&& to.stat(path, null).filter(Entry::isDirectory).isEmpty()) {
					String content = read(from, path);
					to.write(path, bytes(content), WriteOptions.DEFAULT.withMtime(mtimes.get(content)).withCreateParents(true),
							null);
				}
			} else if (op instanceof Sync s) {
				sync(s.policy());
			}
		}

		private void write(Connection c, RelPath path, S s) throws ConnectorException {
			if (!parentsAreFolders(c, path) || c.stat(path, null).filter(Entry::isDirectory).isPresent()) {
				return; // a file is in the way of a parent, or a folder of the file: the user cannot write here
			}
			String content = s + "" + (++counter) + "@" + path;
			mtimes.put(content, clock.now);
			c.write(path, bytes(content), WriteOptions.DEFAULT.withMtime(clock.now).withCreateParents(true), null);
		}

		private void mkdirs(Connection c, RelPath path) throws ConnectorException {
			if (parentsAreFolders(c, path) && c.stat(path, null).isEmpty()) {
				if (!path.parent().isRoot()) {
					mkdirs(c, path.parent());
				}
				c.mkdir(path, null);
			}
		}

		private static boolean parentsAreFolders(Connection c, RelPath path) throws ConnectorException {
			for (RelPath p = path.parent(); !p.isRoot(); p = p.parent()) {
				if (c.stat(p, null).filter(Entry::isFile).isPresent()) {
					return false;
				}
			}
			return true;
		}

		private static InputStream bytes(String content) {
			return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		}

		private static String read(Connection c, RelPath path) throws ConnectorException, IOException {
			try (InputStream in = c.read(path, null)) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}

		Tree tree(Connection c) throws ConnectorException, IOException {
			TreeMap<RelPath, String> main = new TreeMap<>();
			List<String> versions = new ArrayList<>();
			walk(c, RelPath.ROOT, main, versions);
			return new Tree(main, versions);
		}

		private void walk(Connection c, RelPath dir, TreeMap<RelPath, String> main, List<String> versions)
				throws ConnectorException, IOException {
			List<Entry> children = new ArrayList<>();
			c.list(dir, children::add, null);
			for (Entry e : children) {
				boolean archived = VersionArchive.isVersionsPath(e.path());
				if (e.isDirectory()) {
					if (!archived) {
						main.put(e.path(), DIR);
					}
					walk(c, e.path(), main, versions);
				} else if (archived) {
					versions.add(read(c, e.path()));
				} else {
					main.put(e.path(), read(c, e.path()));
				}
			}
		}

		private PlanSettings settings(ConflictPolicy policy) {
			PlanSettings d = PlanSettings.defaults().withPolicy(policy);
			return new PlanSettings(d.direction(), d.conflictPolicy(), d.method(), d.mtimeTolerance(), d.clockSkew(), 100,
					false, d.included(), d.leftCase(), d.rightCase());
		}

		private Plan plan(BaseStore store, PlanSettings settings) throws Exception {
			return Planner.plan(store.state(), new Scanner(left, ScanSettings.of(settings::takesPart)).scan(null),
					new Scanner(right, ScanSettings.of(settings::takesPart)).scan(null), settings);
		}

		void sync(ConflictPolicy policy) throws Exception {
			Tree l0 = tree(left);
			Tree r0 = tree(right);
			Model.Prediction predicted = model.predict(l0, r0, policy, clock.now);
			PlanSettings settings = settings(policy);
			Plan plan;
			Executor.Result result = null;
			try (BaseStore store = BaseStore.open(state, clock)) {
				plan = plan(store, settings);
				if (!plan.isAborted()) {
					BaseSink sink = store;
					result = new Executor(left, right, new Executor.Settings(4, true, true, clock, 0, millis -> {
					}), sink).execute(plan, new NullProgressMonitor());
				}
			}
			Tree l1 = tree(left);
			Tree r1 = tree(right);
			String where = "after run " + log.size() + " (" + String.join("; ", log) + ")\n  before: L=" + l0.main()
					+ " R=" + r0.main() + "\n  after:  L=" + l1.main() + " R=" + r1.main() + "\n  plan: " + plan
					+ (result == null ? "" : "\n  result: " + result.items());

			// 1. nothing is lost
			Set<String> after = new HashSet<>(l1.allContents());
			after.addAll(r1.allContents());
			for (String content : union(l0.allContents(), r0.allContents())) {
				check(after.contains(content), "content '" + content + "' was lost " + where);
			}
			// 3a. aborts exactly when the model says so, and then nothing changes
			check(plan.isAborted() == predicted.abort(), "abort: engine " + plan.abort() + ", model " + predicted.abort()
					+ " " + where);
			if (plan.isAborted()) {
				check(l0.equals(l1) && r0.equals(r1), "an aborted run changed something " + where);
				return;
			}
			// 2. no errors; without conflicts both sides are equal and nothing is left to do
			check(result.errors() == 0, "errors " + where);
			if (!predicted.anyComplex() && policy != ConflictPolicy.SKIP) {
				check(result.conflicts() == 0, "conflicts reported for plain files " + where);
			}
			if (result.conflicts() == 0) {
				check(l1.main().equals(r1.main()), "no conflict reported but the sides differ " + where);
				try (BaseStore store = BaseStore.open(state, clock)) {
					Plan again = plan(store, settings);
					check(again.items().stream().allMatch(i -> i.action() == Action.NOTHING),
							"a second run would still do something: " + again + " " + where);
				}
			}
			// 3b. the model's predictions for plain file paths
			predicted.left().forEach((path, content) -> check(Objects.equals(l1.main().get(path), content),
					"left " + path + ": model expects " + content + ", engine left " + l1.main().get(path) + " " + where));
			predicted.right().forEach((path, content) -> check(Objects.equals(r1.main().get(path), content),
					"right " + path + ": model expects " + content + ", engine left " + r1.main().get(path) + " " + where));
			model.afterRun(l1, r1);
		}

		private static Set<String> union(Set<String> a, Set<String> b) {
			Set<String> u = new HashSet<>(a);
			u.addAll(b);
			return u;
		}

		@Override
		public void close() throws Exception {
			left.close();
			right.close();
			try (Stream<Path> files = Files.walk(state)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}

	// ------------------------------------------------------------------ the reference model

	/**
	 * The reference model of two-way sync, written from docs/profiles.md and independent of the
	 * planner: a base (path -> content or folder, as the sides last agreed) and rules that predict
	 * each side after a run for paths that are plain files (or absent) everywhere.
	 */
	static final class Model {
		private final Map<String, Instant> mtimes;
		private final TreeMap<RelPath, String> base = new TreeMap<>();

		Model(Map<String, Instant> mtimes) {
			this.mtimes = mtimes;
		}

		/**
		 * @param left      expected content per path on the left (null: absent) after the run
		 * @param anyComplex whether some path was left unpredicted (folders, kind changes)
		 */
		record Prediction(boolean abort, Map<RelPath, String> left, Map<RelPath, String> right, boolean anyComplex) {
		}

		Prediction predict(Tree l, Tree r, ConflictPolicy policy, Instant now) {
			long baseFiles = base.values().stream().filter(v -> !DIR.equals(v)).count();
			if (baseFiles > 0 && (l.fileCount() == 0 || r.fileCount() == 0)) {
				return new Prediction(true, Map.of(), Map.of(), false); // an emptied side: not mounted? (safety)
			}
			Map<RelPath, String> expectLeft = new HashMap<>();
			Map<RelPath, String> expectRight = new HashMap<>();
			boolean anyComplex = false;
			Set<RelPath> paths = new HashSet<>(base.keySet());
			paths.addAll(l.main().keySet());
			paths.addAll(r.main().keySet());
			for (RelPath p : paths) {
				String b = base.get(p);
				String lc = l.main().get(p);
				String rc = r.main().get(p);
				if (DIR.equals(b) || DIR.equals(lc) || DIR.equals(rc) || underFile(p, l) || underFile(p, r)) {
					anyComplex |= !(DIR.equals(lc) && DIR.equals(rc)) && !(lc == null && rc == null);
					continue;
				}
				boolean leftChanged = !Objects.equals(lc, b);
				boolean rightChanged = !Objects.equals(rc, b);
				String newLeft;
				String newRight;
				if (!rightChanged || Objects.equals(lc, rc)) {
					newLeft = newRight = lc; // the left change (if any) goes everywhere; or both agree
				} else if (!leftChanged) {
					newLeft = newRight = rc;
				} else if (policy == ConflictPolicy.SKIP) {
					newLeft = lc;
					newRight = rc;
				} else if (lc == null || rc == null) {
					// changed on one side, deleted on the other: the edit is kept unless the policy
					// names the deleting side as the winner
					S kept = lc != null ? S.L : S.R;
					boolean deleteWins = policy == (kept == S.L ? ConflictPolicy.RIGHT_WINS : ConflictPolicy.LEFT_WINS);
					newLeft = newRight = deleteWins ? null : kept == S.L ? lc : rc;
				} else {
					S winner = switch (policy) {
					case LEFT_WINS -> S.L;
					case RIGHT_WINS -> S.R;
					case NEWER_WINS -> {
						int c = mtimes.get(lc).compareTo(mtimes.get(rc));
						yield c > 0 ? S.L : c < 0 ? S.R : null;
					}
					default -> null;
					};
					if (winner == null) { // keep both: the right one under a conflict name, on both sides
						RelPath copy = p.parent().child(p.name() + ".conflict-" + STAMP.format(now) + "-right");
						expectLeft.put(copy, rc);
						expectRight.put(copy, rc);
						newLeft = newRight = lc;
					} else {
						newLeft = newRight = winner == S.L ? lc : rc;
					}
				}
				expectLeft.put(p, newLeft);
				expectRight.put(p, newRight);
			}
			return new Prediction(false, expectLeft, expectRight, anyComplex);
		}

		private static boolean underFile(RelPath p, Tree t) {
			for (RelPath a = p.parent(); !a.isRoot(); a = a.parent()) {
				String v = t.main().get(a);
				if (v != null && !DIR.equals(v)) {
					return true;
				}
			}
			return false;
		}

		/** Where both sides agree after the run, that is the new base; elsewhere the old base stays. */
		void afterRun(Tree l, Tree r) {
			Set<RelPath> paths = new HashSet<>(base.keySet());
			paths.addAll(l.main().keySet());
			paths.addAll(r.main().keySet());
			for (RelPath p : paths) {
				String lc = l.main().get(p);
				String rc = r.main().get(p);
				if (Objects.equals(lc, rc)) {
					if (lc == null) {
						base.remove(p);
					} else {
						base.put(p, lc);
					}
				}
			}
		}
	}
}
