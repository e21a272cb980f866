package org.karma.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EndpointUriTest {

	private static EndpointUri parse(String text) throws Exception {
		return EndpointUri.parse(text);
	}

	private static String error(String text) {
		return assertThrows(EndpointUri.InvalidUriException.class, () -> EndpointUri.parse(text)).getMessage();
	}

	@Test
	void everySchemeParsesToACanonicalForm() throws Exception {
		assertEquals("/home/ann/My Docs", parse("/home/ann//My Docs/").withoutOptions());
		assertEquals("/home/ann", parse("file:/home/ann").withoutOptions());
		assertEquals("/home/ann", parse("file:///home/ann").withoutOptions());
		assertEquals("zip:/b/a.zip", parse("zip:/b/a.zip").withoutOptions());
		assertEquals("zip:/b/a.zip!/inner/x", parse("zip:/b/a.zip!/inner/x/").withoutOptions());
		assertEquals("ftp://me@ftp.example.com:2121/dir", parse("ftp://me@FTP.example.com:2121/dir").withoutOptions());
		assertEquals("ftps://host/dir", parse("ftps://host/dir").withoutOptions());
		assertEquals("sftp://me@host:2222/home/me/data", parse("sftp://me@host:2222/home/me/data").withoutOptions());
		assertEquals("smb://host:4455/share/dir", parse("smb://host:4455/share/dir").withoutOptions());
		assertEquals("s3://bucket/docs", parse("s3://bucket/docs").withoutOptions());
		assertEquals("dropbox:/Photos", parse("dropbox:/Photos").withoutOptions());
		assertEquals("dropbox:/", parse("dropbox:").withoutOptions());
		assertEquals("gdrive:/Work", parse("gdrive:/Work").withoutOptions());
		assertEquals("peer://10.0.0.2:7447/sync", parse("peer://10.0.0.2:7447/sync").withoutOptions());
		assertEquals("sftp://[::1]:22/x", parse("sftp://[::1]:22/x").withoutOptions());
	}

	@Test
	void optionsRideOnTheQuery() throws Exception {
		EndpointUri uri = parse("s3://bucket/docs?region=eu-west-1&endpoint=http://127.0.0.1:9000&path_style=true");
		assertEquals(Map.of("region", "eu-west-1", "endpoint", "http://127.0.0.1:9000", "path_style", "true"), uri.options());
		assertEquals(List.of("region", "endpoint", "path_style"), List.copyOf(uri.options().keySet()));
		assertEquals("s3://bucket/docs", uri.withoutOptions());
		assertEquals(Map.of("tls", "implicit", "concurrency", "4"), parse("ftp://me@host/dir?tls=implicit&concurrency=4").options());
		assertEquals(Map.of("prefix", "a b+c"), parse("s3://bucket?prefix=a%20b+c").options());
		assertEquals("'s3://bucket?region=a&region=b': option 'region' is given twice", error("s3://bucket?region=a&region=b"));
	}

	@Test
	void passwordsAreRefusedAndNeverShown() {
		String message = error("sftp://ann:s3cret@host/x");
		assertFalse(message.contains("s3cret"), message);
		assertTrue(message.contains("karma credentials set sftp://ann@host/x"), message);
		assertEquals("ftp://me:***@host/x?tls=explicit", EndpointUri.redact("ftp://me:pw@host/x?tls=explicit"));
		assertEquals("/plain/path", EndpointUri.redact("/plain/path"));
	}

	@Test
	void malformedUrisHaveSpecificMessages() {
		assertEquals("is empty; give a folder such as /data/photos or a URI such as sftp://me@host/data", error(" "));
		assertEquals("'relative/path' is neither an absolute path nor a URI with a scheme (file, zip, ftp, ftps, sftp, smb, s3, dropbox, gdrive, peer)",
				error("relative/path"));
		assertEquals("'/a/../b': '..' is not allowed in a path; give the folder itself", error("/a/../b"));
		assertEquals("'smb://host' names no share; expected smb://[user@]host[:port]/share/folder", error("smb://host"));
		assertEquals("'s3://Bad_Bucket/x': 'Bad_Bucket' is not a valid bucket name (3 to 63 lowercase letters, digits, '.' and '-')",
				error("s3://Bad_Bucket/x"));
		assertEquals("'ftp:///dir' names no host; expected ftp://[user@]host[:port]/folder", error("ftp:///dir"));
		assertEquals("'zip:a.zip': the archive path must be absolute, e.g. zip:/backup/a.zip", error("zip:a.zip"));
		assertEquals("'dropbox:Photos': the path must start with /, e.g. dropbox:/Photos", error("dropbox:Photos"));
		assertEquals("'s3://bucket:9000/x': an S3 URI names a bucket, not a host:port; give the server with ?endpoint=http://host:port",
				error("s3://bucket:9000/x"));
	}

	@Test
	void partsAreExposed() throws Exception {
		EndpointUri uri = parse("sftp://me@host/srv");
		assertEquals("sftp", uri.scheme());
		assertEquals("me", uri.user());
		assertEquals("host", uri.host());
		assertEquals(-1, uri.port());
		assertEquals(22, uri.effectivePort());
		assertEquals(List.of("srv"), uri.segments());
		assertTrue(uri.isNetwork());
		assertNull(parse("/x").host());
		assertEquals("/b/a.zip", parse("zip:/b/a.zip!/in").archive());
	}
}
