package org.karma.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.tck.memory.MemoryConnectorFactory;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.history.RunStatus;
import org.karma.core.sync.SyncOperation;
import org.karma.engine.ConflictKind;
import org.karma.engine.PlanItem;
import org.karma.model.Profiles;
import org.karma.model.profile.SyncProfile;

/**
 * Two-way: a file edited on both sides to the same size with the same time looks in sync by size
 * and time; the sync reads both and, when the bytes differ, plans a conflict (both kept) instead of
 * taking them as "changed the same way".
 */
class LookAlikeChangesTest {

	@TempDir
	Path dir;

	final MemoryConnectorFactory memory = new MemoryConnectorFactory();
	SyncOperation operation;

	@BeforeEach
	void setUp() {
		ConnectorRegistry registry = new ConnectorRegistry();
		registry.addFactory(new FileAsMemory(memory));
		operation = new SyncOperation(KarmaHome.at(dir.resolve("home")), registry, Clock.systemUTC());
	}

	void put(String root, String path, String text, Instant mtime) throws Exception {
		try (Connection c = memory.connect(ConnectionSpec.of(root), null)) {
			c.write(RelPath.of(path), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT.withCreateParents(true).withMtime(mtime), null);
		}
	}

	Map<String, String> files(String root) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Connection c = memory.connect(ConnectionSpec.of(root), null)) {
			List<Entry> entries = new ArrayList<>();
			c.list(RelPath.ROOT, entries::add, null);
			for (Entry e : entries) {
				if (e.isFile()) {
					try (InputStream in = c.read(e.path(), null)) {
						files.put(e.path().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return files;
	}

	SyncOperation.Outcome sync(SyncProfile profile, boolean dryRun) throws Exception {
		return operation.run(profile, SyncOperation.pairId(profile, false), dryRun, false, null, note -> {
		}, null);
	}

	@Test
	void sameSizeAndTimeButDifferentBytesOnBothSidesIsAConflictThatKeepsBoth() throws Exception {
		String left = dir.resolve("left").toString();
		String right = dir.resolve("right").toString();
		Instant t0 = Instant.parse("2026-11-01T10:00:00Z");
		put(left, "report.txt", "first draft", t0);
		put(left, "same.txt", "unchanged", t0);
		SyncProfile profile = Profiles.create("docs", left, right);
		profile.setParallelTransfers(1);
		assertEquals(RunStatus.OK, sync(profile, false).status());

		Instant t1 = Instant.parse("2026-11-02T10:00:00Z");
		put(left, "report.txt", "edit on the laptop", t1); // 18 bytes
		put(right, "report.txt", "edit on the server", t1); // 18 bytes, same time
		put(left, "same.txt", "both made this", t1);
		put(right, "same.txt", "both made this", t1); // truly the same change

		SyncOperation.Outcome preview = sync(profile, true);
		PlanItem report = item(preview, "report.txt");
		assertEquals(ConflictKind.BOTH_MODIFIED, report.conflict(), report.toString());
		PlanItem same = item(preview, "same.txt");
		assertEquals(ConflictKind.PSEUDO, same.conflict(), "alike by content too: " + same);

		SyncOperation.Outcome run = sync(profile, false);
		assertTrue(run.result().conflicts() <= 1, run.result().toString());
		Map<String, String> l = files(left);
		Map<String, String> r = files(right);
		assertTrue(l.containsValue("edit on the laptop") && l.containsValue("edit on the server"), "both kept: " + l);
		assertEquals(l, r, "both sides hold both versions");
	}

	static PlanItem item(SyncOperation.Outcome outcome, String path) {
		return outcome.plan().items().stream().filter(i -> i.path().equals(RelPath.of(path))).findFirst().orElseThrow();
	}
}
