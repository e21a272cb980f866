package org.karma.connector.s3.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;

class S3LocationTest {

	@Test
	void bucketPrefixAndKeyId() throws Exception {
		S3Location l = S3Location.parse("s3://AKIAEXAMPLE@backups/docs/2026/");
		assertEquals("AKIAEXAMPLE", l.accessKeyId());
		assertEquals("backups", l.bucket());
		assertEquals("docs/2026/", l.prefix());
		assertEquals("s3://backups/docs/2026", l.display());
		S3Location whole = S3Location.parse("s3://my.bucket_old");
		assertNull(whole.accessKeyId());
		assertEquals("my.bucket_old", whole.bucket());
		assertEquals("", whole.prefix());
	}

	@Test
	void badLocationsAreFatalWithAReason() {
		for (String bad : new String[] { "s3:/bucket", "ftp://bucket", "s3://", "s3://b", "s3://AKID:secret@bucket/x",
				"s3://bucket//x", "s3://bucket/a/../b", "s3://bucket/x?region=eu" }) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> S3Location.parse(bad), bad);
			assertEquals(Reason.FATAL, e.reason(), bad);
			assertTrue(e.getMessage().contains("not an S3 location"), e.getMessage());
		}
	}

	@Test
	void secretNeverEchoed() {
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> S3Location.parse("s3://AKID:topsecret@bucket/x"));
		assertTrue(e.getMessage().contains("secret key never goes into the URI"), e.getMessage());
		assertTrue(!e.getMessage().contains("topsecret"), e.getMessage());
	}

	@Test
	void mtimeMetadataRoundTripsNanoseconds() {
		Instant t = Instant.parse("2021-03-04T05:06:07.123456789Z");
		assertEquals("1614834367.123456789", S3Connection.formatMtime(t));
		assertEquals(Optional.of(t), S3Connection.parseMtime(S3Connection.formatMtime(t)));
		assertEquals(Optional.of(Instant.ofEpochSecond(1614834367, 500_000_000)), S3Connection.parseMtime("1614834367.5"));
		assertEquals(Optional.empty(), S3Connection.parseMtime("yesterday"));
	}

	@Test
	void versionIsEtagAndSecond() {
		assertEquals("abc@1614834367", S3Connection.version("\"abc\"", Instant.parse("2021-03-04T05:06:07.999Z")));
	}
}
