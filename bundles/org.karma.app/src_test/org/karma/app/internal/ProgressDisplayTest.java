package org.karma.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.RelPath;
import org.karma.engine.ProgressListener.Phase;
import org.karma.engine.Side;

/** The progress line's format, and when it is drawn, with a clock the test moves. */
class ProgressDisplayTest {

	private static final long MS = 1_000_000L;
	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
	private long now = 1_000 * MS;

	private String err() {
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private ProgressDisplay display(ProgressDisplay.Mode mode) {
		return new ProgressDisplay(err, mode, 5_000 * MS, 80, () -> now);
	}

	@Test
	void bytesInDecimalUnitsWithThreeDigits() {
		assertEquals("0 B", ProgressFormat.bytes(0));
		assertEquals("999 B", ProgressFormat.bytes(999));
		assertEquals("1.00 kB", ProgressFormat.bytes(1000));
		assertEquals("999 kB", ProgressFormat.bytes(999_499));
		assertEquals("1.00 MB", ProgressFormat.bytes(999_500));
		assertEquals("12.3 MB", ProgressFormat.bytes(12_345_678));
		assertEquals("205 MB", ProgressFormat.bytes(205_000_000));
		assertEquals("1.50 GB", ProgressFormat.bytes(1_500_000_000L));
		assertEquals("9.22 EB", ProgressFormat.bytes(Long.MAX_VALUE));
	}

	@Test
	void durations() {
		assertEquals("0:04", ProgressFormat.duration(4));
		assertEquals("12:30", ProgressFormat.duration(750));
		assertEquals("1:02:03", ProgressFormat.duration(3723));
	}

	@Test
	void plainLineOfTheExecution() {
		ProgressFormat.Sample s = new ProgressFormat.Sample(Phase.EXECUTE, 0, 1234, 20000, 12_300_000, 205_000_000,
				45_600_000, 4, "docs/a.txt");
		assertEquals("karma: progress 1234/20000 files, 12.3 MB/205 MB, 45.6 MB/s, ETA 0:04", ProgressFormat.plain(s));
		ProgressFormat.Sample early = new ProgressFormat.Sample(Phase.EXECUTE, 0, 0, 3, 0, 10, -1, -1, null);
		assertEquals("karma: progress 0/3 files, 0 B/10 B, - B/s, ETA -:--", ProgressFormat.plain(early));
		assertEquals("karma: progress scanning, 42 entries",
				ProgressFormat.plain(new ProgressFormat.Sample(Phase.SCAN, 42, 0, -1, 0, -1, -1, -1, null)));
	}

	@Test
	void liveLineFitsTheTerminalKeepingTheEndOfThePath() {
		ProgressFormat.Sample s = new ProgressFormat.Sample(Phase.EXECUTE, 0, 1, 2, 1000, 2000, 500, 2,
				"a/very/long/folder/name/that/goes/on/and/on/report-2026.pdf");
		String line = ProgressFormat.live(s, 70);
		assertEquals(69, line.length(), line);
		assertTrue(line.startsWith("syncing 1/2 files  1.00 kB/2.00 kB  500 B/s  ETA 0:02  "), line);
		assertTrue(line.endsWith("  a/v...2026.pdf"), line);
		assertTrue(line.contains("..."), line);
		assertEquals("syncing 1/2 files  1.00 kB/2.00 kB  500 B/s  ETA 0:02", ProgressFormat.live(s, 60),
				"no room for the file: left out");
		assertEquals("scanning: 12345 entries",
				ProgressFormat.live(new ProgressFormat.Sample(Phase.SCAN, 12345, 0, -1, 0, -1, -1, -1, null), 80));
		String wide = ProgressFormat.live(s, 200);
		assertTrue(wide.endsWith("  a/very/long/folder/name/that/goes/on/and/on/report-2026.pdf"), wide);
		assertEquals("abc", ProgressFormat.fit("abcdef", 3));
		assertEquals("", ProgressFormat.fit("abcdef", 0));
	}

	@Test
	void plainModePrintsNothingForShortRunsThenOneLinePerInterval() {
		ProgressDisplay d = display(ProgressDisplay.Mode.PLAIN);
		d.phase(Phase.SCAN);
		d.scanned(Side.LEFT, 10);
		d.scanned(Side.RIGHT, 5);
		d.scanned(Side.LEFT, 7); // running totals per side: the display shows their sum
		for (int i = 0; i < 49; i++) {
			now += 100 * MS;
			assertFalse(d.tick(), "nothing in the first 5 s");
		}
		assertEquals("", err());
		now += 100 * MS;
		assertTrue(d.tick());
		assertEquals("karma: progress scanning, 12 entries\n", err());
		now += 4_900 * MS;
		assertFalse(d.tick());
		now += 100 * MS;
		assertTrue(d.tick());
		d.finish();
		assertEquals(2, err().lines().count(), err());
		assertFalse(err().contains("\r"), "no terminal control in a log");
	}

	@Test
	void liveModeRedrawsAtMostTenTimesASecondAndClearsTheLine() {
		ProgressDisplay d = display(ProgressDisplay.Mode.LIVE);
		d.phase(Phase.EXECUTE);
		d.totals(2, 10_000_000);
		assertTrue(d.tick(), "drawn at once");
		int drawn = 1;
		for (int i = 0; i < 100; i++) { // one second in 10 ms steps
			now += 10 * MS;
			if (d.tick()) {
				drawn++;
			}
		}
		assertEquals(11, drawn, "at the start and every 100 ms");
		d.finish();
		assertTrue(err().endsWith("\r\u001b[K"), "cleared at the end");
		assertFalse(err().contains("\n"), "one line, redrawn in place");
	}

	@Test
	void rateAndEtaFollowTheBytesStreamedAndNotesDoNotBreakTheLine() {
		ProgressDisplay d = display(ProgressDisplay.Mode.LIVE);
		d.phase(Phase.EXECUTE);
		d.totals(1, 10_000_000);
		d.itemStarted(RelPath.of("big.iso"), 10_000_000);
		d.tick();
		for (int i = 0; i < 5; i++) { // 1 MB per 500 ms: 2 MB/s, the file half done
			now += 500 * MS;
			d.transferred(1_000_000);
			d.tick();
		}
		String line = err().substring(err().lastIndexOf('\r') + 1);
		assertEquals("syncing 0/1 files  5.00 MB/10.0 MB  2.00 MB/s  ETA 0:03  big.iso\u001b[K", line,
				"a single large file shows movement before it is finished");
		d.transferred(9_000_000); // a retried transfer streams again: never shown above the total
		now += 1_000 * MS;
		d.tick();
		line = err().substring(err().lastIndexOf('\r') + 1);
		assertTrue(line.startsWith("syncing 0/1 files  10.0 MB/10.0 MB"), line);
		d.note("karma: a note");
		assertTrue(err().endsWith("\r\u001b[Kkarma: a note\n"), err());
	}

	@Test
	void etaFromTheRecentRate() {
		ProgressDisplay d = display(ProgressDisplay.Mode.PLAIN);
		d.phase(Phase.EXECUTE);
		d.totals(3, 30_000_000);
		d.tick();
		for (int i = 0; i < 10; i++) { // 1 MB per 500 ms = 2 MB/s
			now += 500 * MS;
			d.transferred(1_000_000);
			if (i == 4) {
				d.itemFinished(RelPath.of("a"), 5_000_000, true);
			}
			d.tick();
		}
		// 10 MB of 30 MB after 5 s at 2 MB/s: 20 MB in 10 s
		assertEquals("karma: progress 1/3 files, 10.0 MB/30.0 MB, 2.00 MB/s, ETA 0:10\n", err());
	}

	@Test
	void manySmallFilesTakeTheirTimePerFile() {
		ProgressDisplay d = display(ProgressDisplay.Mode.PLAIN);
		d.phase(Phase.EXECUTE);
		d.totals(1000, 2_000_000);
		d.tick();
		for (int i = 0; i < 10; i++) { // 10 files (1 MB) per 500 ms: bytes say 1 s to go, files say 49 s
			now += 500 * MS;
			d.transferred(100_000);
			for (int f = 0; f < 10; f++) {
				d.itemFinished(RelPath.of("f"), 10_000, true);
			}
			d.tick();
		}
		assertEquals("karma: progress 100/1000 files, 1.00 MB/2.00 MB, 200 kB/s, ETA 0:45\n", err());
	}

	@Test
	void quietDrawsNothing() {
		ProgressDisplay d = display(ProgressDisplay.Mode.OFF);
		d.phase(Phase.EXECUTE);
		now += 60_000 * MS;
		assertFalse(d.tick());
		d.finish();
		assertEquals("", err());
	}

	@Test
	void terminalFacts() {
		assertEquals(new Terminal(true, 80, 5000), Terminal.of(true, Map.of("TERM", "xterm")));
		assertEquals(new Terminal(false, 80, 5000), Terminal.of(true, Map.of("TERM", "dumb")));
		assertEquals(new Terminal(false, 132, 200),
				Terminal.of(false, Map.of("COLUMNS", "132", "KARMA_PROGRESS_INTERVAL_MS", "200")));
		assertEquals(new Terminal(false, 80, 5000), Terminal.of(false, Map.of("COLUMNS", "x", "KARMA_PROGRESS_INTERVAL_MS", "-1")));
	}
}
