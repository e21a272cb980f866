package org.karma.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.Entry;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseSink;
import org.karma.engine.BaseState;
import org.karma.engine.ConflictKind;
import org.karma.engine.Executor;
import org.karma.engine.FileState;
import org.karma.engine.Plan;
import org.karma.engine.PlanItem;
import org.karma.engine.PlanSettings;
import org.karma.engine.Planner;
import org.karma.engine.Snapshot;
import org.karma.model.Glob;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;

/**
 * Golden scenarios in {@code org.karma.engine/testdata/scenarios} (in the style of rclone bisync's
 * test cases): the base, both trees, the settings, the exact expected plan and the final trees.
 * Both trees are written to two memory endpoints (each file with its size, modification time and
 * content marker padded with dots to the size), the plan is checked, then executed by the real
 * {@link Executor} (versions kept, clock fixed at 2026-11-21T14:30:05Z), and the endpoints are
 * compared with {@code final-left:} and {@code final-right:}. An aborted plan must be refused with
 * both trees untouched. (It runs in OSGi because it needs the conformance kit's memory connector.)
 * Format:
 *
 * <pre>
 * # what the scenario shows
 * settings: two-way keep-both [compare=time|checksum|size] [tolerance=S] [skew=S] [guard=P] [force]
 *           [exclude=GLOB] [include=GLOB] [right-case=insensitive] [left-root=missing]
 * base:                       (both sides as listed; or base.left: / base.right:)
 *   docs/                     a folder
 *   docs/a.txt 5 @10 #h1      a file: size, mtime in seconds after 2026-01-01T00:00:00Z, optional hash
 * left:
 *   docs/a.txt 5 @10 =L1      a file's content is its marker (after '=') padded with dots to its size
 * right:
 * plan:                       every item, in path order
 *   docs/a.txt MODIFIED UNCHANGED COPY_LEFT_TO_RIGHT [CONFLICT_KIND]
 * abort: DELETE_GUARD RIGHT   (instead of plan:; the final trees are then the initial ones)
 * final-left:                 everything on the left endpoint after the run, the versions folder too
 *   docs/                     a folder
 *   docs/a.txt 5 =L1          a file: size and content marker (the content without trailing dots)
 *   a.conflict-*-right.txt 7 =R1    '*' matches any text except '/' (conflict copies, versions)
 * final-right:
 * </pre>
 *
 * Markers are L&lt;n&gt; for a left file, R&lt;n&gt; for a right one and B&lt;n&gt; for a file that is the
 * same on both sides (n numbers the paths), cut to the file's size.
 */
class GoldenScenarioRunTest {

	private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T14:30:05Z"), ZoneOffset.UTC);

	@TestFactory
	Stream<DynamicTest> scenarios() throws IOException {
		Path folder = scenarioFolder();
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		if (files.size() < 30) {
			throw new AssertionError("expected at least 30 golden scenarios, found " + files.size());
		}
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
	}

	/** The engine bundle's scenarios, found from the working directory of the test run. */
	private static Path scenarioFolder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			for (String candidate : List.of("org.karma.engine/testdata/scenarios", "bundles/org.karma.engine/testdata/scenarios")) {
				if (Files.isDirectory(dir.resolve(candidate))) {
					return dir.resolve(candidate);
				}
			}
		}
		throw new AssertionError("org.karma.engine/testdata/scenarios not found above " + Path.of("").toAbsolutePath());
	}

	private static void run(Path file) throws Exception {
		Map<String, List<String>> sections = sections(file);
		for (String required : List.of("final-left", "final-right")) {
			if (!sections.containsKey(required)) {
				throw new AssertionError(file + ": no " + required + ": section");
			}
		}
		List<String> settingLines = sections.getOrDefault("settings", List.of());
		PlanSettings settings = settings(settingLines);
		Map<RelPath, FileState> baseLeft = tree(sections.getOrDefault("base.left", sections.getOrDefault("base", List.of())));
		Map<RelPath, FileState> baseRight = tree(sections.getOrDefault("base.right", sections.getOrDefault("base", List.of())));
		Map<RelPath, BaseEntry> base = new TreeMap<>();
		for (Map.Entry<RelPath, FileState> e : baseLeft.entrySet()) {
			base.put(e.getKey(), new BaseEntry(e.getValue(), baseRight.get(e.getKey())));
		}
		boolean leftMissing = settingLines.stream().anyMatch(s -> s.contains("left-root=missing"));
		List<String> leftLines = sections.getOrDefault("left", List.of());
		List<String> rightLines = sections.getOrDefault("right", List.of());

		MemoryConnectorFactory factory = new MemoryConnectorFactory();
		try (Connection left = factory.connect(ConnectionSpec.of("memory:/left"), null);
				Connection right = factory.connect(ConnectionSpec.of("memory:/right"), null)) {
			materialize(left, leftLines);
			materialize(right, rightLines);
			Snapshot leftSnapshot = leftMissing ? Snapshot.missingRoot() : new Snapshot(tree(leftLines), true);
			Plan plan = Planner.plan(new BaseState(base), leftSnapshot, new Snapshot(tree(rightLines), true), settings);
			BaseSink sink = BaseSink.into(base);
			Executor executor = new Executor(left, right, new Executor.Settings(4, true, true, CLOCK, 2, millis -> {
			}), sink);
			if (sections.containsKey("abort")) {
				assertEquals(sections.get("abort").get(0).trim().replaceAll("\\s+", " "),
						plan.abort().map(a -> a.kind() + " " + a.side()).orElse("no abort"), file.toString());
				assertThrows(IllegalArgumentException.class, () -> executor.execute(plan, new NullProgressMonitor()));
			} else {
				assertEquals(Optional.empty(), plan.abort(), file.toString());
				assertEquals(String.join("\n", sections.getOrDefault("plan", List.of()).stream()
						.map(l -> l.replaceAll("\\s+", " ")).toList()), render(plan), file + ": plan");
				executor.execute(plan, new NullProgressMonitor());
			}
			compare(file + ": final-left", sections.get("final-left"), tree(left));
			compare(file + ": final-right", sections.get("final-right"), tree(right));
		}
	}

	static Map<String, List<String>> sections(Path file) throws IOException {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		String current = null;
		for (String raw : Files.readAllLines(file)) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (!raw.startsWith(" ") && line.contains(":") && !line.contains(" ")
					|| line.startsWith("settings:") || line.startsWith("abort:")) {
				int colon = line.indexOf(':');
				current = line.substring(0, colon);
				sections.put(current, new ArrayList<>());
				String rest = line.substring(colon + 1).strip();
				if (!rest.isEmpty()) {
					sections.get(current).add(rest);
				}
				continue;
			}
			if (current == null) {
				throw new AssertionError(file + ": line outside a section: " + raw);
			}
			sections.get(current).add(line);
		}
		return sections;
	}

	/** Writes a scenario tree: folders, and files with their size, time and content marker. */
	private static void materialize(Connection c, List<String> lines) throws Exception {
		for (String line : lines) {
			String[] parts = line.split("\\s+");
			if (parts[0].endsWith("/")) {
				c.mkdir(RelPath.of(parts[0].substring(0, parts[0].length() - 1)), null);
				continue;
			}
			long size = Long.parseLong(parts[1]);
			String marker = "";
			for (int i = 3; i < parts.length; i++) {
				if (parts[i].startsWith("=")) {
					marker = parts[i].substring(1);
				}
			}
			if (marker.length() > size) {
				throw new AssertionError("the marker of '" + line + "' is longer than the file");
			}
			byte[] content = (marker + ".".repeat((int) size - marker.length())).getBytes(StandardCharsets.UTF_8);
			c.write(RelPath.of(parts[0]), new ByteArrayInputStream(content),
					WriteOptions.DEFAULT.withCreateParents(true).withMtime(mtime(parts[2])), null);
		}
	}

	private static Instant mtime(String token) {
		return EPOCH.plusMillis((long) (Double.parseDouble(token.substring(1)) * 1000));
	}

	/** A scenario tree as the planner sees it (no version tokens: the executor compares size and time). */
	private static Map<RelPath, FileState> tree(List<String> lines) {
		Map<RelPath, FileState> tree = new LinkedHashMap<>();
		for (String line : lines) {
			String[] parts = line.split("\\s+");
			if (parts[0].endsWith("/")) {
				tree.put(RelPath.of(parts[0].substring(0, parts[0].length() - 1)), FileState.directory());
				continue;
			}
			String hash = null;
			for (int i = 3; i < parts.length; i++) {
				if (parts[i].startsWith("#")) {
					hash = parts[i].substring(1);
				}
			}
			tree.put(RelPath.of(parts[0]),
					new FileState(EntryKind.FILE, Long.parseLong(parts[1]), mtime(parts[2]), hash, ""));
		}
		return tree;
	}

	/** Everything on an endpoint (the versions folder included): {@code dir/}, {@code path size =marker}. */
	private static List<String> tree(Connection c) throws Exception {
		List<String> lines = new ArrayList<>();
		walk(c, RelPath.ROOT, lines);
		lines.sort(null);
		return lines;
	}

	private static void walk(Connection c, RelPath dir, List<String> lines) throws Exception {
		List<Entry> children = new ArrayList<>();
		c.list(dir, children::add, null);
		for (Entry e : children) {
			if (e.isDirectory()) {
				lines.add(e.path() + "/");
				walk(c, e.path(), lines);
			} else {
				String content;
				try (InputStream in = c.read(e.path(), null)) {
					content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				lines.add(e.path() + " " + e.size() + " =" + content.replaceAll("\\.+$", ""));
			}
		}
	}

	/** Compares a tree with the expected lines; {@code *} in an expected line matches any text but '/'. */
	private static void compare(String what, List<String> expected, List<String> actual) {
		List<String> unmatched = new ArrayList<>(actual);
		List<String> missing = new ArrayList<>();
		for (String line : expected) {
			String normalized = line.replaceAll("\\s+", " ");
			Pattern pattern = Pattern.compile(String.join("[^/]*",
					java.util.Arrays.stream(normalized.split("\\*", -1)).map(Pattern::quote).toList()));
			boolean found = false;
			for (Iterator<String> it = unmatched.iterator(); it.hasNext();) {
				if (pattern.matcher(it.next()).matches()) {
					it.remove();
					found = true;
					break;
				}
			}
			if (!found) {
				missing.add(normalized);
			}
		}
		if (!missing.isEmpty() || !unmatched.isEmpty()) {
			throw new AssertionError(what + ": expected but not there: " + missing + "; there but not expected: " + unmatched
					+ "\nthe whole tree:\n  " + String.join("\n  ", actual));
		}
	}

	private static String render(Plan plan) {
		List<String> lines = new ArrayList<>();
		for (PlanItem item : plan.items()) {
			lines.add(item.path() + (item.left() != null && item.left().isDirectory()
					|| item.right() != null && item.right().isDirectory() ? "/" : "") + " " + item.leftChange() + " "
					+ item.rightChange() + " " + item.action()
					+ (item.conflict() == ConflictKind.NONE ? "" : " " + item.conflict()));
		}
		return String.join("\n", lines);
	}

	private static PlanSettings settings(List<String> lines) {
		PlanSettings s = PlanSettings.defaults();
		Duration tolerance = Duration.ofSeconds(2);
		Duration skew = Duration.ZERO;
		int guard = 50;
		List<Glob> excludes = new ArrayList<>();
		List<Glob> includes = new ArrayList<>();
		for (String token : String.join(" ", lines).split("\\s+")) {
			if (token.isEmpty()) {
				continue;
			}
			String value = token.contains("=") ? token.substring(token.indexOf('=') + 1) : "";
			switch (token.contains("=") ? token.substring(0, token.indexOf('=')) : token) {
			case "two-way" -> s = s.withDirection(Direction.TWO_WAY);
			case "mirror" -> s = s.withDirection(Direction.MIRROR);
			case "update" -> s = s.withDirection(Direction.UPDATE);
			case "keep-both" -> s = s.withPolicy(ConflictPolicy.KEEP_BOTH);
			case "newer" -> s = s.withPolicy(ConflictPolicy.NEWER_WINS);
			case "left-wins" -> s = s.withPolicy(ConflictPolicy.LEFT_WINS);
			case "right-wins" -> s = s.withPolicy(ConflictPolicy.RIGHT_WINS);
			case "skip" -> s = s.withPolicy(ConflictPolicy.SKIP);
			case "compare" -> s = s.withMethod(switch (value) {
			case "checksum" -> ComparisonMethod.CHECKSUM;
			case "size" -> ComparisonMethod.SIZE_ONLY;
			default -> ComparisonMethod.TIME_AND_SIZE;
			});
			case "force" -> s = s.withForce(true);
			case "tolerance" -> tolerance = Duration.ofSeconds(Long.parseLong(value));
			case "skew" -> skew = Duration.ofSeconds(Long.parseLong(value));
			case "guard" -> guard = Integer.parseInt(value);
			case "exclude" -> excludes.add(glob(value));
			case "include" -> includes.add(glob(value));
			case "right-case" -> s = s.withCase(CaseSensitivity.SENSITIVE, CaseSensitivity.INSENSITIVE_PRESERVING);
			case "left-root" -> {
				// handled by the caller
			}
			default -> throw new AssertionError("unknown setting " + token);
			}
		}
		PlanSettings base = s;
		return new PlanSettings(base.direction(), base.conflictPolicy(), base.method(), tolerance, skew, guard, base.force(),
				path -> excludes.stream().noneMatch(g -> g.matches(path.toString()))
						&& (includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(path.toString()))),
				base.leftCase(), base.rightCase());
	}

	private static Glob glob(String text) {
		try {
			return Glob.compile(text);
		} catch (Glob.GlobSyntaxException e) {
			throw new AssertionError(e);
		}
	}
}
