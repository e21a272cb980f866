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

/** `karma history` and `karma history show` after real syncs, through the headless product. */
class HistoryCliTest {

	private static final Pattern RUN_ID = Pattern.compile("\"runId\":(\\d+)");

	private final Path product = Proc.dir("karma.headless.product");
	private final Path work = Path.of(System.getProperty("karma.it.work"), "history-cli");
	private final Path left = work.resolve("left");
	private final Path right = work.resolve("right");

	@BeforeEach
	void clean() throws Exception {
		Proc.deleteTree(work);
		Files.createDirectories(left.resolve("docs"));
		Files.createDirectories(right);
		Files.writeString(left.resolve("a.txt"), "hello");
		Files.writeString(left.resolve("docs/b.txt"), "doc");
	}

	private Proc.Result karma(String... args) throws Exception {
		return Proc.karma(product, work, Map.of("KARMA_HOME", work.resolve("home").toString(), "TZ", "UTC"),
				Duration.ofSeconds(60), args);
	}

	private static long runId(Proc.Result sync) {
		Matcher m = RUN_ID.matcher(sync.out());
		assertTrue(m.find(), sync::toString);
		return Long.parseLong(m.group(1));
	}

	@Test
	void anEmptyHistoryIsAnEmptyListAndBadInputIsExitTwo() throws Exception {
		Proc.Result empty = karma("history", "--json");
		assertEquals(0, empty.exitCode(), empty::toString);
		assertEquals("[]\n", empty.out());
		assertTrue(Files.notExists(work.resolve("home/state/history.db")), "reading creates no database");
		Proc.Result text = karma("history");
		assertEquals(0, text.exitCode(), text::toString);
		assertEquals("", text.out());
		assertEquals("karma: no runs in the history\n", text.err());

		for (String limit : List.of("x", "0", "-1", "")) {
			Proc.Result bad = karma("history", "--limit", limit);
			assertEquals(2, bad.exitCode(), bad::toString);
			assertEquals(1, bad.err().lines().count(), bad::toString);
			assertTrue(bad.err().startsWith("karma: --limit must be"), bad::toString);
		}
		assertEquals(2, karma("history", "a", "b").exitCode());
		assertEquals(2, karma("history", "--nope").exitCode());
		Proc.Result noRun = karma("history", "show", "999");
		assertEquals(2, noRun.exitCode(), noRun::toString);
		assertEquals("karma: no run 999 in the history (see 'karma history')\n", noRun.err());
		assertEquals(2, karma("history", "show", "abc").exitCode());
		assertEquals(2, karma("history", "show").exitCode());
	}

	@Test
	void runsNewestFirstByProfileAndOneRunWithItsItems() throws Exception {
		long adHoc = runId(karma("sync", left.toString(), right.toString(), "--json"));
		assertEquals(0, karma("profile", "add", "docs", "--left", left.toString(), "--right", right.toString()).exitCode());
		Files.writeString(left.resolve("new.txt"), "new!");
		Proc.Result first = karma("sync", "--profile", "docs", "--json");
		assertEquals(0, first.exitCode(), first::toString);
		long docs1 = runId(first);
		Files.writeString(left.resolve("a.txt"), "hello again");
		long docs2 = runId(karma("sync", "--profile", "docs", "--json"));
		assertTrue(adHoc < docs1 && docs1 < docs2);

		Proc.Result all = karma("history", "--json");
		assertEquals(0, all.exitCode(), all::toString);
		assertTrue(all.out().startsWith("[{\"id\":" + docs2 + ",\"profile\":\"docs\",\"title\":\"docs\",\"left\":\"" + left
				+ "\",\"right\":\"" + right + "\",\"mode\":\"TWO_WAY\",\"dryRun\":false,\"status\":\"ok\",\"started\":\""),
				all::toString);
		assertTrue(all.out().contains("{\"id\":" + adHoc + ",\"profile\":null,\"title\":\"" + left + " <-> " + right + "\""),
				all::toString);
		assertTrue(all.out().matches("(?s)\\[\\{\"id\":" + docs2 + ",.*\\},\\{\"id\":" + docs1 + ",.*\\},\\{\"id\":" + adHoc
				+ ",.*\\}\\]\n"), all::toString);
		assertTrue(all.out().contains("\"updated\":1,\"deleted\":0,\"conflicts\":0,\"errors\":0,\"bytes\":11,\"note\":null}"),
				all::toString);

		Proc.Result table = karma("history", "docs");
		assertEquals(0, table.exitCode(), table::toString);
		List<String> lines = table.out().lines().toList();
		assertEquals(3, lines.size(), table::toString);
		assertTrue(lines.get(0).matches(" *ID  STARTED +PROFILE  MODE +STATUS  CREATED  UPDATED  DELETED  CONFLICTS  ERRORS"
				+ " +BYTES +DURATION"), table::toString);
		assertTrue(lines.get(1).matches(" *" + docs2 + "  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  docs +two-way +ok +0 +1 +0"
				+ " +0 +0 +11 B +\\d+\\.\\d s"), table::toString);
		assertTrue(lines.get(2).matches(" *" + docs1 + "  .*  docs +two-way +ok +1 +0 +0 +0 +0 +4 B +\\d+\\.\\d s"),
				table::toString);

		Proc.Result limited = karma("history", "--limit", "1");
		assertEquals(2, limited.out().lines().count(), limited::toString);
		assertTrue(limited.out().lines().toList().get(1).matches(" *" + docs2 + " .*"), limited::toString);
		Proc.Result never = karma("history", "never-ran", "--json");
		assertEquals(0, never.exitCode(), never::toString);
		assertEquals("[]\n", never.out(), "a profile that never ran has an empty history");

		Proc.Result show = karma("history", "show", String.valueOf(adHoc));
		assertEquals(0, show.exitCode(), show::toString);
		assertTrue(show.out().startsWith("run " + adHoc + ": " + left + " <-> " + right + "\n  left:     " + left + "\n"),
				show::toString);
		assertTrue(show.out().contains("\n  status:   ok\n"), show::toString);
		assertTrue(show.out().contains("\n  items:    3 created, 0 updated, 0 deleted, 0 conflicts, 0 errors\n"),
				show::toString);
		Path log = work.resolve("home/logs/run-" + adHoc + ".log");
		assertTrue(show.out().contains("\n  log:      " + log + "\n"), show::toString);
		String text = Files.readString(log);
		assertTrue(text.matches("(?s)\\S+ run " + adHoc + ": two-way " + java.util.regex.Pattern.quote(left + " <-> " + right)
				+ "\n.*"), text);
		assertTrue(text.contains(" done copy-left-to-right a.txt 5 bytes\n"), text);
		assertTrue(text.contains(" done copy-left-to-right docs/b.txt 3 bytes\n"), text);
		assertTrue(text.matches("(?s).* finished OK: 3 created, 0 updated, 0 deleted, 0 conflicts, 0 errors, 8 bytes in \\d+ ms\n"),
				text);
		assertTrue(show.out().matches("(?s).*\n\nPATH +ACTION +SIZE  RESULT  ERROR\n.*"), show::toString);
		assertTrue(show.out().matches("(?s).*\na\\.txt +copy-left-to-right +5 B  done\n.*"), show::toString);
		assertTrue(show.out().matches("(?s).*\ndocs/b\\.txt +copy-left-to-right +3 B  done\n.*"), show::toString);

		Path purged = work.resolve("home/logs/run-" + docs1 + ".log");
		assertTrue(Files.readString(purged).contains("(profile docs)"), "a profile's run names it in its log");
		Files.delete(purged); // as the 7-day purge would
		Proc.Result json = karma("history", "show", String.valueOf(docs1), "--json");
		assertEquals(0, json.exitCode(), json::toString);
		assertTrue(json.out().startsWith("{\"id\":" + docs1 + ",\"profile\":\"docs\","), json::toString);
		assertTrue(json.out().endsWith(",\"items\":[{\"path\":\"new.txt\",\"action\":\"COPY_LEFT_TO_RIGHT\",\"size\":4,"
				+ "\"result\":\"done\",\"error\":null}],\"log\":\"" + purged + "\",\"logExists\":false}\n"), json::toString);
		assertTrue(karma("history", "show", String.valueOf(docs1)).out()
				.contains("\n  log:      " + purged + " (not there: none was written, or it was purged after 7 days)\n"));
		assertTrue(karma("history", "show", String.valueOf(adHoc), "--json").out().endsWith(",\"logExists\":true}\n"));
	}
}
