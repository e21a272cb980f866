package org.karma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** `karma versions list` and `karma versions restore` on versions made by real syncs, through the headless product. */
class VersionsCliTest {

	private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "versions-cli");
	private final Path left = work.resolve("left");
	private final Path right = work.resolve("right");

	@BeforeEach
	void clean() throws Exception {
		Proc.deleteTree(work);
		Files.createDirectories(left.resolve("docs"));
		Files.createDirectories(right);
		Files.writeString(left.resolve("a.txt"), "v1");
		Files.writeString(left.resolve("docs/b.txt"), "doc");
	}

	private Proc.Result karma(String... args) throws Exception {
		return Proc.karma(product, work, Map.of("KARMA_HOME", work.resolve("home").toString()), Duration.ofSeconds(60), args);
	}

	private void sync() throws Exception {
		Proc.Result sync = karma("sync", "--profile", "docs");
		assertEquals(0, sync.exitCode(), sync::toString);
	}

	/**
	 * Versions from real syncs: right a.txt "v1" (replaced by the left's "v2"), left a.txt "v2"
	 * (replaced by the right's "v3"), left docs/b.txt "doc" (replaced by the right's "doc, edited").
	 */
	private void makeVersions() throws Exception {
		assertEquals(0, karma("profile", "add", "docs", "--left", left.toString(), "--right", right.toString()).exitCode());
		sync();
		Files.writeString(left.resolve("a.txt"), "v2");
		sync();
		Files.writeString(right.resolve("a.txt"), "v3");
		Files.writeString(right.resolve("docs/b.txt"), "doc, edited");
		sync();
		assertEquals("v3", Files.readString(left.resolve("a.txt")));
	}

	/** The contents of every version file of {@code name} below an endpoint's .karma-versions folder. */
	private static List<String> versionContents(Path root, String prefix) throws Exception {
		try (Stream<Path> files = Files.walk(root.resolve(".karma-versions"))) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).map(p -> {
				try {
					return Files.readString(p);
				} catch (Exception e) {
					throw new AssertionError(e);
				}
			}).sorted().toList();
		}
	}

	@Test
	void listsBothSidesOfAProfileOrOneEndpoint() throws Exception {
		makeVersions();
		Proc.Result json = karma("versions", "list", "docs", "--json");
		assertEquals(0, json.exitCode(), json::toString);
		assertTrue(json.out().matches("\\[\\{\"side\":\"left\",\"path\":\"a.txt\",\"time\":\"" + TIME + "\",\"size\":2,"
				+ "\"version\":\"\\.karma-versions/a~\\d{8}-\\d{6}\\.\\d{3}\\.txt\"\\},"
				+ "\\{\"side\":\"left\",\"path\":\"docs/b.txt\",\"time\":\"" + TIME + "\",\"size\":3,"
				+ "\"version\":\"\\.karma-versions/docs/b~\\d{8}-\\d{6}\\.\\d{3}\\.txt\"\\},"
				+ "\\{\"side\":\"right\",\"path\":\"a.txt\",\"time\":\"" + TIME + "\",\"size\":2,\"version\":\"[^\"]+\"\\}\\]\n"),
				json::toString);

		Proc.Result table = karma("versions", "list", "docs");
		assertEquals(0, table.exitCode(), table::toString);
		List<String> lines = table.out().lines().toList();
		assertEquals(4, lines.size(), table::toString);
		assertTrue(lines.get(0).matches("SIDE   PATH +TIME +SIZE"), table::toString);
		assertTrue(lines.get(2).matches("left   docs/b\\.txt  " + TIME + " +3 B"), table::toString);
		assertTrue(lines.get(3).matches("right  a\\.txt +" + TIME + " +2 B"), table::toString);

		Proc.Result one = karma("versions", "list", right.toString(), "a.txt");
		assertEquals(0, one.exitCode(), one::toString);
		assertTrue(one.out().matches("SIDE  PATH   TIME {22}SIZE\n-     a\\.txt  " + TIME + "   2 B\n"), one::toString);
		Proc.Result none = karma("versions", "list", right.toString(), "docs/b.txt", "--json");
		assertEquals("[]\n", none.out(), none::toString);

		Proc.Result unknown = karma("versions", "list", "nope");
		assertEquals(2, unknown.exitCode(), unknown::toString);
		assertTrue(unknown.err().startsWith("karma: no profile named 'nope' and no folder "), unknown::toString);
		assertEquals(2, karma("versions", "list").exitCode());
		assertEquals(2, karma("versions", "frobnicate", "docs").exitCode());
		assertEquals(2, karma("versions", "list", "docs", "../x").exitCode());

		Path folder = work.resolve("not-a-zip");
		Files.createDirectories(folder);
		Proc.Result unreachable = karma("versions", "list", "zip:" + folder);
		assertEquals(5, unreachable.exitCode(), unreachable::toString);
		assertTrue(unreachable.err().contains("is a folder, not a ZIP archive"), unreachable::toString);
	}

	@Test
	void restoreKeepsTheReplacedFileAsAVersion() throws Exception {
		makeVersions();
		Proc.Result ambiguous = karma("versions", "restore", "docs", "a.txt");
		assertEquals(2, ambiguous.exitCode(), ambiguous::toString);
		assertEquals("karma: a.txt has versions on both sides; choose one with --side left or --side right\n",
				ambiguous.err());

		Proc.Result restored = karma("versions", "restore", "docs", "a.txt", "--side", "right", "--json");
		assertEquals(0, restored.exitCode(), restored::toString);
		assertTrue(restored.out().matches("\\{\"side\":\"right\",\"path\":\"a.txt\",\"time\":\"" + TIME
				+ "\",\"size\":2,\"version\":\"[^\"]+\",\"restoredTo\":\"a.txt\",\"archivedCurrent\":\\{\"side\":\"right\","
				+ "\"path\":\"a.txt\",\"time\":\"" + TIME + "\",\"size\":2,\"version\":\"[^\"]+\"\\}\\}\n"), restored::toString);
		assertEquals("v1", Files.readString(right.resolve("a.txt")));
		assertEquals(List.of("v1", "v3"), versionContents(right, "a~"), "the replaced v3 is now a version: nothing lost");

		Proc.Result elsewhere = karma("versions", "restore", "docs", "a.txt", "--side", "left", "--to", "restored/a.txt");
		assertEquals(0, elsewhere.exitCode(), elsewhere::toString);
		assertTrue(elsewhere.out().matches("restored restored/a\\.txt from the version of a\\.txt at " + TIME + " \\(left\\)\n"),
				elsewhere::toString);
		assertEquals("v2", Files.readString(left.resolve("restored/a.txt")));
		assertEquals("v3", Files.readString(left.resolve("a.txt")), "the original place is untouched");

		Proc.Result early = karma("versions", "restore", left.toString(), "docs/b.txt", "--at", "2000-01-01T00:00:00Z");
		assertEquals(2, early.exitCode(), early::toString);
		assertTrue(early.err().startsWith("karma: no version of docs/b.txt archived at or before 2000-01-01T00:00:00.999Z"),
				early::toString);
		String listed = karma("versions", "list", left.toString(), "docs/b.txt").out().lines().toList().get(1);
		Matcher time = Pattern.compile(TIME).matcher(listed);
		assertTrue(time.find(), listed);
		Proc.Result at = karma("versions", "restore", left.toString(), "docs/b.txt", "--at", time.group());
		assertEquals(0, at.exitCode(), at::toString);
		assertTrue(at.out().contains("\nthe file that was there is kept as the version at "), at::toString);
		assertEquals("doc", Files.readString(left.resolve("docs/b.txt")));
		assertEquals(List.of("doc", "doc, edited"), versionContents(left, "b~"));

		Proc.Result missing = karma("versions", "restore", "docs", "nope.txt");
		assertEquals(2, missing.exitCode(), missing::toString);
		assertEquals("karma: no version of nope.txt (see 'karma versions list')\n", missing.err());
		assertEquals(2, karma("versions", "restore", "docs", "a.txt", "--at", "yesterday").exitCode());
		assertEquals(2, karma("versions", "restore", "docs", "a.txt", "--side", "middle").exitCode());
		assertEquals(2, karma("versions", "restore", left.toString(), "a.txt", "--side", "left").exitCode());
		assertEquals(2, karma("versions", "restore", "docs", "a.txt", "--side", "left", "--to", ".karma-versions/x")
				.exitCode());
		Path folder = work.resolve("not-a-zip");
		Files.createDirectories(folder);
		assertEquals(5, karma("versions", "restore", "zip:" + folder, "a.txt").exitCode());
	}
}
