package org.karma.core.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The times {@code karma versions restore --at} accepts. */
class VersionsTimeTest {

	@Test
	void isoInstantsAndOffsets() {
		assertEquals(Instant.parse("2025-01-02T03:04:05.678Z"), VersionsOperation.parseTime("2025-01-02T03:04:05.678Z"));
		assertEquals(Instant.parse("2025-01-02T03:04:05.678Z"),
				VersionsOperation.parseTime("2025-01-02T04:04:05.678+01:00"));
	}

	@Test
	void aTimeToTheSecondCoversTheWholeSecond() {
		assertEquals(Instant.parse("2025-01-02T03:04:05.999Z"), VersionsOperation.parseTime("2025-01-02T03:04:05Z"));
		assertEquals(Instant.parse("2025-01-02T03:04:05.999Z"), VersionsOperation.parseTime("20250102-030405"));
	}

	@Test
	void theFormOfVersionNames() {
		assertEquals(Instant.parse("2025-01-02T03:04:05.678Z"), VersionsOperation.parseTime("20250102-030405.678"));
		assertEquals(Instant.parse("2025-01-02T03:04:05.678Z"), VersionsOperation.parseTime(" 20250102-030405.678 "));
	}

	@Test
	void anythingElseIsRefusedWithTheAcceptedForms() {
		for (String bad : new String[] { "yesterday", "2025-01-02", "2025-01-02T03:04:05", "20250102", "20251302-030405",
				"", "20250102-030405.6" }) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionsOperation.parseTime(bad),
					bad);
			assertTrue(e.getMessage().startsWith("'" + bad + "' is not"), e.getMessage());
			assertTrue(!e.getMessage().contains("\n"), "one line");
		}
	}
}
