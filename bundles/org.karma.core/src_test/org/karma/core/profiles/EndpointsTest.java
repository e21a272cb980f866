package org.karma.core.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.karma.model.OptionCatalog;

/** A scheme picked from a list plus a typed location, as the wizard has them, and what the command line makes of the same. */
class EndpointsTest {

	private static final OptionCatalog NO_OPTIONS = scheme -> Optional.empty();
	private static final Path HOME = Path.of("/home/ann");

	private static String uri(String text) throws Exception {
		return Endpoints.fromText(text, HOME, NO_OPTIONS).getUri();
	}

	@Test
	void cloudFoldersArePathsAfterTheSchemeAsTheirConnectorsTakeThem() throws Exception {
		for (String scheme : new String[] { "dropbox", "gdrive" }) {
			for (String typed : new String[] { "/Photos", "Photos", " /Photos ", scheme + ":/Photos" }) {
				String text = Endpoints.withScheme(scheme, typed);
				assertEquals(scheme + ":/Photos", text, typed);
				assertEquals(uri(scheme + ":/Photos"), uri(text), "what 'karma profile add --right " + scheme + ":/Photos' stores");
			}
			assertEquals(scheme + ":/", Endpoints.withScheme(scheme, "/"));
			assertEquals(scheme + ":/", uri(Endpoints.withScheme(scheme, "/")));
		}
	}

	@Test
	void archivesArePathsAndServersGetAHostPart() throws Exception {
		assertEquals("zip:/backup/a.zip", Endpoints.withScheme("zip", "/backup/a.zip"));
		assertEquals("zip:/backup/a.zip!/docs", uri(Endpoints.withScheme("zip", "/backup/a.zip!/docs")));
		assertEquals("sftp://me@host.example:2222/data", Endpoints.withScheme("sftp", "me@host.example:2222/data"));
		assertEquals("ftps://host/in", uri(Endpoints.withScheme("ftps", "host/in")));
		assertEquals("ftp://nas:2121/in", uri(Endpoints.withScheme("ftp", "nas:2121/in")));
		assertEquals("smb://nas/share/photos", uri(Endpoints.withScheme("smb", "nas/share/photos")));
		assertEquals("s3://bucket-1/prefix", uri(Endpoints.withScheme("s3", "bucket-1/prefix")));
		assertEquals("peer://10.0.0.2:7000/x", Endpoints.withScheme("peer", "10.0.0.2:7000/x"));
	}

	@Test
	void foldersAndTypedUrisAreTakenAsTheyAre() throws Exception {
		assertEquals("/data/photos", Endpoints.withScheme("file", " /data/photos "));
		assertEquals("/home/ann/photos", uri(Endpoints.withScheme("file", "photos")));
		assertEquals("sftp://h/x", Endpoints.withScheme("dropbox", "sftp://h/x"));
		assertEquals("", Endpoints.withScheme("dropbox", "  "));
		assertEquals("", Endpoints.withScheme("sftp", null));
	}
}
