package org.karma.connector.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;

/** Temporary names, time precision and locations. */
class SmallPartsTest {

	@Test
	void temporaryNamesAreHiddenAndFit() {
		String t = TempNames.forWrite("report.txt");
		assertTrue(t.startsWith(".report.txt.karma-tmp-"), t);
		assertTrue(TempNames.isHidden(t));
		assertTrue(TempNames.isHidden(TempNames.forProbe()));
		for (String plain : new String[] { "report.txt", ".hidden", ".karma-tmp-", ".x.karma-tmp-123", "a.karma-tmp-0123456789abcdef" }) {
			assertFalse(TempNames.isHidden(plain), plain);
		}
		String longName = "\u00e9".repeat(127); // 254 bytes
		String tl = TempNames.forWrite(longName);
		assertTrue(tl.getBytes(StandardCharsets.UTF_8).length <= 255, tl);
		assertTrue(TempNames.isHidden(tl));
		String emoji = "\ud83d\ude00".repeat(80);
		String te = TempNames.forWrite(emoji);
		assertTrue(te.getBytes(StandardCharsets.UTF_8).length <= 255);
		assertEquals(te, new String(te.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), "no split surrogate");
	}

	@Test
	void truncationToPrecision() {
		Instant t = Instant.ofEpochSecond(1_000_000_001L, 123_456_789);
		assertEquals(t, Precision.truncate(t, Duration.ZERO));
		assertEquals(Instant.ofEpochSecond(1_000_000_001L, 123_456_700), Precision.truncate(t, Duration.ofNanos(100)));
		assertEquals(Instant.ofEpochSecond(1_000_000_001L, 123_000_000), Precision.truncate(t, Duration.ofMillis(1)));
		assertEquals(Instant.ofEpochSecond(1_000_000_001L), Precision.truncate(t, Duration.ofSeconds(1)));
		assertEquals(Instant.ofEpochSecond(1_000_000_000L), Precision.truncate(t, Duration.ofSeconds(2)));
		Instant before1970 = Instant.ofEpochSecond(-3, 500);
		assertEquals(Instant.ofEpochSecond(-4), Precision.truncate(before1970, Duration.ofSeconds(2)));
	}

	@Test
	void precisionIsRecognisedFromTheProbe() {
		Instant w = Precision.PROBE_TIME;
		assertEquals(Duration.ZERO, Precision.recognise(w, w));
		assertEquals(Duration.ofNanos(100), Precision.recognise(w, Precision.truncate(w, Duration.ofNanos(100))));
		assertEquals(Duration.ofNanos(1000), Precision.recognise(w, Precision.truncate(w, Duration.ofNanos(1000))));
		assertEquals(Duration.ofSeconds(1), Precision.recognise(w, Precision.truncate(w, Duration.ofSeconds(1))));
		assertEquals(Duration.ofSeconds(2), Precision.recognise(w, Precision.truncate(w, Duration.ofSeconds(2))));
		// file systems that round instead of truncating: the coarsest explanation is taken
		assertEquals(Duration.ofSeconds(2), Precision.recognise(w, Instant.ofEpochSecond(w.getEpochSecond() + 1)));
		assertEquals(Duration.ofMillis(10), Precision.recognise(w, Instant.ofEpochSecond(w.getEpochSecond(), 130_000_000)));
	}

	@Test
	void locations() throws Exception {
		assertEquals(Path.of("/home/ann/docs"), LocalConnectorFactory.parseLocation("/home/ann/docs"));
		assertEquals(Path.of("/home/ann/docs"), LocalConnectorFactory.parseLocation("file:/home/ann/docs"));
		assertEquals(Path.of("/home/ann/docs"), LocalConnectorFactory.parseLocation("file:///home/ann/docs"));
		assertEquals(Path.of("/home/ann/docs"), LocalConnectorFactory.parseLocation("file://localhost/home/ann/docs"));
		assertEquals(Path.of("/home/ann/My Docs"), LocalConnectorFactory.parseLocation("file:///home/ann/My%20Docs"));
		assertEquals(Path.of("/home/ann/My Docs"), LocalConnectorFactory.parseLocation("file:/home/ann/My Docs"));
		assertEquals(Path.of("/home/ann/50%20off"), LocalConnectorFactory.parseLocation("/home/ann/50%20off"));
		assertEquals(Path.of("/home/ann/docs"), LocalConnectorFactory.parseLocation("/home/ann/./x/../docs/"));
		for (String bad : new String[] { "docs", "", "file://server/share", "file:docs", "file:///a?follow_symlinks=true" }) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> LocalConnectorFactory.parseLocation(bad), bad);
			assertEquals(Reason.FATAL, e.reason());
		}
	}
}
