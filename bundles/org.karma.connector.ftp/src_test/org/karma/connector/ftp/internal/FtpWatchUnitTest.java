package org.karma.connector.ftp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;

/** The polling change feed's backoff and the poll_interval option. */
class FtpWatchUnitTest {

	@Test
	void failedPollsBackOffDoublingUpToFiveMinutes() {
		Duration s = Duration.ofSeconds(1);
		assertEquals(Duration.ofSeconds(1), FtpWatch.backoff(s, 0));
		assertEquals(Duration.ofSeconds(2), FtpWatch.backoff(s, 1));
		assertEquals(Duration.ofSeconds(8), FtpWatch.backoff(s, 3));
		assertEquals(Duration.ofMinutes(5), FtpWatch.backoff(s, 9));
		assertEquals(Duration.ofMinutes(5), FtpWatch.backoff(s, 1000));
		assertEquals(Duration.ofMinutes(10), FtpWatch.backoff(Duration.ofMinutes(10), 3), "never below the interval");
	}

	@Test
	void pollIntervalTakesUnits() throws Exception {
		assertEquals(Duration.ofSeconds(60), interval(null));
		assertEquals(Duration.ofSeconds(5), interval("5"));
		assertEquals(Duration.ofSeconds(30), interval("30s"));
		assertEquals(Duration.ofMinutes(2), interval("2m"));
		assertEquals(Duration.ofMillis(250), interval("250ms"));
		for (String bad : List.of("0", "-1", "fast", "1h", "1.5s")) {
			ConnectorException e = org.junit.jupiter.api.Assertions.assertThrows(ConnectorException.class, () -> interval(bad));
			assertEquals(ConnectorException.Reason.FATAL, e.reason());
			org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("poll_interval"), e.getMessage());
		}
	}

	private static Duration interval(String value) throws ConnectorException {
		Map<String, String> options = value == null ? Map.of() : Map.of("poll_interval", value);
		return FtpConnectorFactory.pollInterval(new ConnectionSpec("ftp://a@h/x", options, key -> java.util.Optional.empty()));
	}

	@Test
	void diffNamesCreatedChangedAndDeletedPaths() {
		var a = RelPath.of("a");
		var b = RelPath.of("b");
		var c = RelPath.of("c");
		assertEquals(List.of(), FtpWatch.diff(Map.of(), Map.of()));
		assertEquals(List.of(a, b, c), FtpWatch.diff(Map.of(a, stamp(1, "1@x"), c, stamp(2, "2@x")),
				Map.of(a, stamp(1, "1@y"), b, stamp(3, "3@x"))));
		assertEquals(List.of(), FtpWatch.diff(Map.of(a, stamp(1, "1@x")), Map.of(a, stamp(1, "1@x"))));
	}

	private static FtpWatch.Stamp stamp(long size, String version) {
		return new FtpWatch.Stamp(org.karma.connector.api.EntryKind.FILE, size, version);
	}
}
