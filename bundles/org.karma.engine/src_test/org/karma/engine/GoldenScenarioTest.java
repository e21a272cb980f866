package org.karma.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.EntryKind;
import org.karma.connector.api.RelPath;
import org.karma.model.Glob;
import org.karma.model.profile.ComparisonMethod;
import org.karma.model.profile.ConflictPolicy;
import org.karma.model.profile.Direction;

/**
 * Golden scenarios in testdata/scenarios (in the style of rclone bisync's test cases): the base,
 * both trees, the settings, the exact expected plan and the final trees. This test checks the plan;
 * {@code org.karma.engine.tests.GoldenScenarioRunTest} (OSGi, it needs the memory connector of the
 * conformance kit) writes both trees to memory endpoints, executes the plan with the real executor
 * and compares the endpoints with the final trees. Keep the two parsers in step. Format:
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
class GoldenScenarioTest {

	private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

	@TestFactory
	Stream<DynamicTest> scenarios() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(Path.of("testdata/scenarios"))) {
			files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		if (files.size() < 30) {
			throw new AssertionError("expected at least 30 golden scenarios, found " + files.size());
		}
		return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
	}

	private static void run(Path file) throws IOException {
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
		PlanSettings settings = settings(sections.getOrDefault("settings", List.of()));
		Map<RelPath, FileState> baseLeft = tree(sections.getOrDefault("base.left", sections.getOrDefault("base", List.of())));
		Map<RelPath, FileState> baseRight = tree(sections.getOrDefault("base.right", sections.getOrDefault("base", List.of())));
		Map<RelPath, BaseEntry> base = new LinkedHashMap<>();
		for (Map.Entry<RelPath, FileState> e : baseLeft.entrySet()) {
			base.put(e.getKey(), new BaseEntry(e.getValue(), baseRight.get(e.getKey())));
		}
		boolean leftMissing = sections.getOrDefault("settings", List.of()).stream().anyMatch(s -> s.contains("left-root=missing"));
		Snapshot left = leftMissing ? Snapshot.missingRoot() : new Snapshot(tree(sections.getOrDefault("left", List.of())), true);
		Snapshot right = new Snapshot(tree(sections.getOrDefault("right", List.of())), true);

		Plan plan = Planner.plan(new BaseState(base), left, right, settings);

		if (sections.containsKey("abort")) {
			String[] expected = sections.get("abort").get(0).split("\\s+");
			Optional<Plan.Abort> abort = plan.abort();
			assertEquals(expected[0] + " " + expected[1],
					abort.map(a -> a.kind() + " " + a.side()).orElse("no abort: " + render(plan)), file.toString());
			return;
		}
		assertEquals(Optional.empty(), plan.abort(), file.toString());
		List<String> expected = sections.getOrDefault("plan", List.of()).stream().map(l -> l.replaceAll("\\s+", " ")).toList();
		assertEquals(String.join("\n", expected), render(plan), file.toString());
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

	private static Map<RelPath, FileState> tree(List<String> lines) {
		Map<RelPath, FileState> tree = new LinkedHashMap<>();
		for (String line : lines) {
			String[] parts = line.split("\\s+");
			if (parts[0].endsWith("/")) {
				tree.put(RelPath.of(parts[0].substring(0, parts[0].length() - 1)), FileState.directory());
				continue;
			}
			long size = Long.parseLong(parts[1]);
			Instant mtime = EPOCH.plusMillis((long) (Double.parseDouble(parts[2].substring(1)) * 1000));
			String hash = null;
			for (int i = 3; i < parts.length; i++) {
				if (parts[i].startsWith("#")) {
					hash = parts[i].substring(1);
				}
			}
			tree.put(RelPath.of(parts[0]), new FileState(EntryKind.FILE, size, mtime, hash, "v"));
		}
		return tree;
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
