package org.karma.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.RelPath;
import org.karma.engine.BaseEntry;
import org.karma.engine.BaseStore;
import org.karma.engine.FileState;

class GroupedBaseTest {

	private static BaseEntry entry(long size) {
		FileState state = FileState.file(size, Instant.parse("2026-01-01T00:00:00Z"));
		return new BaseEntry(state, state);
	}

	@Test
	void theLastOperationPerPathWinsAndEverythingIsDurableAfterClose() throws Exception {
		Path folder = Files.createTempDirectory("karma-grouped");
		try (BaseStore store = BaseStore.open(folder)) {
			try (SyncOperation.GroupedBase base = new SyncOperation.GroupedBase(store)) {
				base.put(RelPath.of("a"), entry(1));
				base.remove(RelPath.of("a"));
				base.remove(RelPath.of("b"));
				base.put(RelPath.of("b"), entry(2));
				for (int i = 0; i < 1000; i++) { // crosses the group size: flushed on the way
					base.put(RelPath.of("many/f" + i), entry(i));
				}
			}
		}
		try (BaseStore reopened = BaseStore.open(folder)) {
			assertNull(reopened.state().get(RelPath.of("a")), "put then remove: removed");
			assertEquals(2, reopened.state().get(RelPath.of("b")).left().size(), "remove then put: present");
			assertEquals(1002 - 1, reopened.state().entries().size());
			assertEquals(999, reopened.state().get(RelPath.of("many/f999")).right().size());
		}
	}
}
