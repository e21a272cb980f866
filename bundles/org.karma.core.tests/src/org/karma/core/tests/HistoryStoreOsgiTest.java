package org.karma.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.core.KarmaHome;
import org.karma.core.history.Counts;
import org.karma.core.history.HistoryStore;
import org.karma.core.history.Item;
import org.karma.core.history.ItemResult;
import org.karma.core.history.Run;
import org.karma.core.history.RunStatus;
import org.karma.core.history.RunSubject;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sqlite.SQLiteJDBCLoader;

/** SQLite works inside Equinox: the driver comes from its bundle and loads its native library. */
class HistoryStoreOsgiTest {

	private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

	@TempDir
	Path tmp;

	@Test
	void theDriverIsTheSqliteBundleAndRunsNatively() throws Exception {
		Bundle driver = FrameworkUtil.getBundle(SQLiteJDBCLoader.class);
		assertNotNull(driver, "org.sqlite must come from a bundle, not the class path");
		assertEquals("org.xerial.sqlite-jdbc", driver.getSymbolicName());
		assertEquals("org.karma.core", FrameworkUtil.getBundle(HistoryStore.class).getSymbolicName());

		try (HistoryStore store = HistoryStore.open(tmp.resolve("h.db"), Clock.systemUTC())) {
			assertTrue(store.runs(Optional.empty(), 1).isEmpty());
		}
		assertTrue(SQLiteJDBCLoader.isNativeMode(), "the native library is loaded");

		// the library was extracted from the bundle into org.sqlite.tmpdir (set by this bundle's pom)
		String dir = System.getProperty("org.sqlite.tmpdir");
		if (dir != null) {
			try (Stream<Path> files = Files.list(Path.of(dir))) {
				List<String> names = files.map(p -> p.getFileName().toString()).toList();
				System.out.println("sqlite native library extracted into " + dir + ": " + names);
				assertTrue(names.stream().anyMatch(n -> n.startsWith("sqlite-" + SQLiteJDBCLoader.getVersion())
						&& n.endsWith("libsqlitejdbc.so")), names.toString());
			}
		}
	}

	@Test
	void tenThousandItemsAreWrittenQueriedAndThereAfterReopening() throws Exception {
		Path db = HistoryStore.defaultFile(KarmaHome.at(tmp));
		Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
		int n = 10_000;
		long id;
		try (HistoryStore store = HistoryStore.open(db, clock)) {
			id = store.startRun(RunSubject.profile("osgi"), "file:/a", "file:/b", "TWO_WAY", false, T0);
			long t = System.nanoTime();
			for (int i = 0; i < n; i++) {
				store.recordItem(id, "dir/file-" + i, "COPY_LEFT_TO_RIGHT", i, i % 100 == 0 ? ItemResult.FAILED : ItemResult.DONE,
						i % 100 == 0 ? "disk full" : null);
			}
			store.finishRun(id, RunStatus.PARTIAL, new Counts(n - n / 100, 0, 0, 0, n / 100), 12345, T0.plusSeconds(60));
			double seconds = (System.nanoTime() - t) / 1e9;
			System.out.printf("history in OSGi: %d items in %.3f s = %.0f items/s%n", n, seconds, n / seconds);
		}
		try (HistoryStore store = HistoryStore.open(db, clock)) {
			Run run = store.lastRun("osgi").orElseThrow();
			assertEquals(id, run.id());
			assertEquals(RunStatus.PARTIAL, run.status());
			assertEquals(new Counts(9900, 0, 0, 0, 100), run.counts());
			assertEquals(12345, run.bytes());
			List<Item> items = store.items(id);
			assertEquals(n, items.size());
			assertEquals(new Item(id, "dir/file-0", "COPY_LEFT_TO_RIGHT", 0, ItemResult.FAILED, Optional.of("disk full")),
					items.get(0));
			assertEquals("dir/file-9999", items.get(n - 1).path());
			assertEquals(100, items.stream().filter(i -> i.result() == ItemResult.FAILED).count());
		}
	}
}
