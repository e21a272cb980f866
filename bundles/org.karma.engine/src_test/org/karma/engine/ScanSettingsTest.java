package org.karma.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/** Value types of the scan, without a connection. */
class ScanSettingsTest {

	@Test
	void settingsValidateAndCopy() {
		ScanSettings s = ScanSettings.of(p -> true);
		assertNull(s.hashKind());
		assertEquals(4, s.parallelism());
		assertThrows(IllegalArgumentException.class, () -> s.withParallelism(0));
		assertThrows(IllegalArgumentException.class, () -> s.withRetries(-1, Duration.ZERO, d -> {
		}));
		assertEquals(Long.valueOf(5), s.withSizeLimits(5L, null).minSize());
	}

	@Test
	void snapshotKnowsWhatLiesBelowAProblem() {
		Snapshot s = new Snapshot(Map.of(RelPath.of("a"), FileState.directory()), true,
				List.of(new ScanProblem(RelPath.of("a"), Reason.PERMISSION_DENIED, null)));
		assertTrue(s.isUnknown(RelPath.of("a/b")));
		assertTrue(s.isUnknown(RelPath.of("a/b/c")));
		assertFalse(s.isUnknown(RelPath.of("a")));
		assertFalse(s.isUnknown(RelPath.of("ab")));
		assertEquals("", s.problems().get(0).message());
		assertTrue(new Snapshot(Map.of(), true).problems().isEmpty());
	}
}
