package org.karma.connector.dropbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

class DropboxLocationTest {

	@Test
	void rootAndFolders() throws Exception {
		assertEquals("", DropboxLocation.parse("dropbox:/").root());
		assertEquals("/Docs/Work", DropboxLocation.parse("dropbox:/Docs/Work").root());
		assertEquals("/Docs", DropboxLocation.parse("dropbox:/Docs/").root());
	}

	@Test
	void remotePaths() throws Exception {
		assertEquals("", DropboxLocation.parse("dropbox:/").remote(RelPath.ROOT));
		assertEquals("/a/b.txt", DropboxLocation.parse("dropbox:/").remote(RelPath.of("a/b.txt")));
		assertEquals("/Docs/a/b.txt", DropboxLocation.parse("dropbox:/Docs").remote(RelPath.of("a/b.txt")));
		assertEquals("/Docs", DropboxLocation.parse("dropbox:/Docs").remote(RelPath.ROOT));
	}

	@Test
	void badLocationsAreFatalWithAReason() {
		for (String bad : new String[] { "dropbox:", "dropbox:Docs", "dropbox://host/Docs", "dropbox:/a//b", "dropbox:/a/../b",
				"sftp://x/y" }) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> DropboxLocation.parse(bad), bad);
			assertEquals(Reason.FATAL, e.reason());
			assertTrue(e.getMessage().contains("bad Dropbox location"), e.getMessage());
		}
	}

	@Test
	void credentialKeyIsTheAccount() throws Exception {
		DropboxConnectorFactory factory = new DropboxConnectorFactory();
		assertEquals("dropbox:/", factory.credentialKey("dropbox:/Docs/Work"));
		assertEquals("dropbox:/", factory.credentialKey("dropbox:/"));
	}
}
